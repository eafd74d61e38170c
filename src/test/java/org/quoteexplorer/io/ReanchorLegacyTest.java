package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Span;

/**
 * Reviews saved by the release that read any .txt with a blank line as hard-wrapped (see the
 * README next to the resources) must open under the newer reading, where every line is a
 * paragraph unless the file is hard-wrapped, with every quote, speaker, status, note and history
 * step where it was.
 */
class ReanchorLegacyTest {

    private static final String FOLDER = "legacy-paragraphs/";

    @TempDir
    Path temp;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ReanchorLegacyTest.class.getResource(FOLDER + name).toURI());
    }

    private static String raw(String article) throws Exception {
        return Files.readString(resource(article), StandardCharsets.UTF_8);
    }

    /** The newer reading of a file with one paragraph per line: every non-blank line, stripped, is one paragraph. */
    static String linePerParagraph(String raw) {
        return String.join("\n", raw.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    /** The newer reading of a hard-wrapped file: lines run on until one ends a sentence. */
    static String reflowed(String raw) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : raw.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            if (paragraphs.isEmpty() || line.matches(".*[.!?][\u201D\"]?")) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        return String.join("\n", paragraphs);
    }

    private static UnaryOperator<String> newReading(String rule) {
        return rule.equals("reflowed") ? ReanchorLegacyTest::reflowed : ReanchorLegacyTest::linePerParagraph;
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static AnnotatedArticle saved(String article) throws Exception {
        return AnnotationJson.load(resource(ArticleReader.idOf(article) + AnnotationFiles.SIDECAR_SUFFIX));
    }

    /** Everything the analyst decided is on the same words of the new text. */
    private static void assertNothingLost(AnnotatedArticle saved, Reanchor.Result result) {
        assertThat(result.unanchored()).as("quotes that could not be placed").isEmpty();
        assertThat(result.isComplete()).isTrue();
        assertThat(result.edited()).as("quotes whose words changed").isEmpty();
        AnnotatedArticle now = result.document();
        assertThat(now.speakers()).isEqualTo(saved.speakers());
        assertThat(now.quotes()).extracting(Quote::id).containsExactlyElementsOf(saved.quotes().stream().map(Quote::id).toList());
        for (Quote before : saved.quotes()) {
            Quote after = now.quote(before.id()).orElseThrow();
            String was = saved.textOf(before);
            String is = now.textOf(after);
            // A quote that ran over a line end of the old text runs over a space now, or the other way round.
            assertThat(words(is)).as("text of %s", before.id()).isEqualTo(words(was));
            if (!was.contains("\n")) {
                assertThat(is).as("text of %s", before.id()).isEqualTo(was);
            }
            assertThat(after.speakerId()).as("speaker of %s", before.id()).isEqualTo(before.speakerId());
            assertThat(after.status()).as("status of %s", before.id()).isEqualTo(before.status());
            assertThat(after.note()).as("note of %s", before.id()).isEqualTo(before.note());
            assertThat(after.history()).as("history of %s", before.id()).isEqualTo(before.history());
            assertThat(after.type()).isEqualTo(before.type());
            assertThat(after.origin()).isEqualTo(before.origin());
            assertThat(after.confidence()).isEqualTo(before.confidence());
            assertEvidenceKept("mention", before.mention(), after.mention(), saved.text(), now.text());
            assertEvidenceKept("cue", before.cue(), after.cue(), saved.text(), now.text());
        }
        // What was carried over can be saved again.
        assertThat(AnnotationJson.write(now)).contains("\"" + saved.quotes().get(0).id() + "\"");
    }

    private static void assertEvidenceKept(String what, Span before, Span after, String oldText, String newText) {
        if (before == null) {
            assertThat(after).as(what).isNull();
            return;
        }
        assertThat(after).as(what + " " + before.of(oldText)).isNotNull();
        assertThat(words(after.of(newText))).isEqualTo(words(before.of(oldText)));
    }

    @ParameterizedTest(name = "{0} read as {1}")
    @CsvSource(textBlock = """
            harbour-strike-live.txt, line per paragraph
            council-vote-wire.txt,   line per paragraph
            ferry-fares-wrapped.txt, reflowed
            """)
    void aReviewSavedUnderTheOldReadingIsCarriedOverWhole(String article, String rule) throws Exception {
        AnnotatedArticle saved = saved(article);
        String newText = newReading(rule).apply(raw(article));
        assertThat(newText).as("the two readings differ for this file").isNotEqualTo(saved.text());

        Reanchor.Result result = Reanchor.reanchor(saved, new Article(saved.article().id(), saved.article().title(),
                article, newText, null, null));

        assertThat(result.document().text()).isEqualTo(newText);
        assertNothingLost(saved, result);
    }

    /**
     * Through the app's open path: the article file is written out already in its new reading (one
     * paragraph per line, no blank line), which the old and the new reader read alike, with the
     * saved review next to it.
     */
    @ParameterizedTest(name = "{0} read as {1}")
    @CsvSource(textBlock = """
            harbour-strike-live.txt, line per paragraph
            council-vote-wire.txt,   line per paragraph
            ferry-fares-wrapped.txt, reflowed
            """)
    void openingTheArticleRestoresTheOldReviewOnItsNewParagraphs(String article, String rule) throws Exception {
        AnnotatedArticle saved = saved(article);
        String newText = newReading(rule).apply(raw(article));
        Path file = temp.resolve(article);
        Files.writeString(file, newText + "\n", StandardCharsets.UTF_8);
        Files.copy(resource(ArticleReader.idOf(article) + AnnotationFiles.SIDECAR_SUFFIX), AnnotationFiles.sidecarOf(file));

        AnnotationFiles.Opened opened = AnnotationFiles.open(file);

        assertThat(opened.article().text()).isEqualTo(newText);
        assertThat(opened.reanchor()).as("the review was carried over, not taken as current").isNotNull();
        assertNothingLost(saved, opened.reanchor());
        assertThat(opened.annotations()).isEqualTo(opened.reanchor().document());
        assertThat(opened.savedTo()).isEqualTo(AnnotationFiles.sidecarOf(file));
        assertThat(opened.warnings()).singleElement().asString()
                .contains(file.getFileName().toString(), saved.quotes().size() + " quotes were found again")
                .doesNotContain("could not be placed");
    }

    /**
     * The real files with their real reviews, through the real reader. Whatever the reader makes
     * of the paragraphs, nothing the analyst did may be lost.
     */
    @ParameterizedTest
    @ValueSource(strings = {"harbour-strike-live.txt", "council-vote-wire.txt", "ferry-fares-wrapped.txt"})
    void theSavedFilesOpenWithNothingLostWhateverTheReaderDoesWithTheirParagraphs(String article) throws Exception {
        AnnotatedArticle saved = saved(article);
        Path file = temp.resolve(article);
        Files.copy(resource(article), file);
        Files.copy(resource(ArticleReader.idOf(article) + AnnotationFiles.SIDECAR_SUFFIX), AnnotationFiles.sidecarOf(file));

        AnnotationFiles.Opened opened = AnnotationFiles.open(file);

        Reanchor.Result result = opened.reanchor() != null ? opened.reanchor()
                : new Reanchor.Result(opened.annotations(), List.of(), List.of());
        assertNothingLost(saved, result);
    }

    /**
     * Depends on the new .txt reading (every line a paragraph): skipped while the reader still
     * joins blank-line blocks, as the release that saved these reviews did.
     */
    @ParameterizedTest
    @ValueSource(strings = {"harbour-strike-live.txt", "council-vote-wire.txt"})
    void withTheNewReaderTheRealFilesAreReanchoredOnOneParagraphPerLine(String article) throws Exception {
        String read = ArticleReader.load(resource(article)).article().text();
        Assumptions.assumeTrue(read.equals(linePerParagraph(raw(article))),
                "the reader still joins the lines of a blank-line block (the old reading)");
        Path file = temp.resolve(article);
        Files.copy(resource(article), file);
        Files.copy(resource(ArticleReader.idOf(article) + AnnotationFiles.SIDECAR_SUFFIX), AnnotationFiles.sidecarOf(file));

        AnnotationFiles.Opened opened = AnnotationFiles.open(file);

        assertThat(opened.reanchor()).isNotNull();
        assertThat(Arrays.asList(opened.article().text().split("\n"))).hasSizeGreaterThan(saved(article).text().split("\n").length);
        assertNothingLost(saved(article), opened.reanchor());
    }
}
