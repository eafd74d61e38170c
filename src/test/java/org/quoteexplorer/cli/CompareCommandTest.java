package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** {@code compare A B}: two analysts' reviews, as files or folders. */
class CompareCommandTest {

    private static final String TEXT = "Council votes\n\u201CWe will build it,\u201D Jane Smith said. "
            + "\u201CNot this year,\u201D said Tom Ode. \u201CMaybe later,\u201D he added.";

    @TempDir
    Path folder;

    private final CapturedCommandLine cli = new CapturedCommandLine();

    private static Span span(String text, String words) {
        int start = text.indexOf(words);
        return new Span(start, start + words.length());
    }

    private static Quote quote(String id, String words, String speakerId, QuoteStatus status) {
        return new Quote(id, span(TEXT, words), QuoteType.DIRECT, speakerId, null, null, 0.8, "manual", status, null, List.of());
    }

    private static AnnotatedArticle review(String id, List<Speaker> speakers, Quote... quotes) {
        return new AnnotatedArticle(Article.of(id, TEXT), speakers, List.of(quotes));
    }

    private static final List<Speaker> A_SPEAKERS = List.of(
            new Speaker("s1", "Jane Smith", SpeakerKind.PERSON, null, List.of("Smith")),
            new Speaker("s2", "Tom Ode", SpeakerKind.PERSON, null, List.of("Ode")));
    private static final List<Speaker> B_SPEAKERS = List.of(
            new Speaker("s4", "Tom Ode", SpeakerKind.PERSON, null, List.of()),
            new Speaker("s5", "Smith", SpeakerKind.PERSON, null, List.of()));

    /** A: three quotes, all accepted. B: same first speaker under another id, third quote rejected and given to Smith. */
    private void writeReviews(Path dirA, Path dirB, String id) throws Exception {
        Files.createDirectories(dirA);
        Files.createDirectories(dirB);
        AnnotationJson.save(review(id, A_SPEAKERS,
                quote("q1", "\u201CWe will build it,\u201D", "s1", QuoteStatus.ACCEPTED),
                quote("q2", "\u201CNot this year,\u201D", "s2", QuoteStatus.ACCEPTED),
                quote("q3", "\u201CMaybe later,\u201D", "s2", QuoteStatus.ACCEPTED)), dirA.resolve(id + ".quotes.json"));
        AnnotationJson.save(review(id, B_SPEAKERS,
                quote("q1", "\u201CWe will build it,\u201D", "s5", QuoteStatus.ACCEPTED),
                quote("q2", "\u201CNot this year,\u201D", "s4", QuoteStatus.ACCEPTED),
                quote("q3", "\u201CMaybe later,\u201D", "s5", QuoteStatus.REJECTED)), dirB.resolve(id + ".quotes.json"));
    }

    @Test
    void twoFilesPrintTheDifferencesAndTheAgreement() throws Exception {
        writeReviews(folder.resolve("a"), folder.resolve("b"), "council");

        int exit = cli.run("compare", folder.resolve("a/council.quotes.json").toString(),
                folder.resolve("b/council.quotes.json").toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("article council: 3 quotes in A, 3 in B, 3 paired")
                .contains("speaker    q3 at " + span(TEXT, "\u201CMaybe").start() + " A Tom Ode, B Smith")
                .contains("status     q3 at " + span(TEXT, "\u201CMaybe").start() + " A accepted, B rejected")
                .contains("same speaker: 2 of 3 (66.7%)")
                // A accepts all three, so chance agreement equals the observed 1/3: kappa 0.
                .contains("status: 2 of 3 agree, kappa 0.000")
                .doesNotContain("q1 at");
    }

    @Test
    void positionsAreInCodePointsAsTheFilesGiveThem() throws Exception {
        String text = "Council votes \uD83D\uDE00\uD83D\uDE00\n\u201CMaybe later,\u201D said Tom Ode.";
        Span utf16 = span(text, "\u201CMaybe later,\u201D");
        Speaker ode = new Speaker("s2", "Tom Ode", SpeakerKind.PERSON, null, List.of());
        Files.createDirectories(folder.resolve("a"));
        Files.createDirectories(folder.resolve("b"));
        for (String side : List.of("a", "b")) {
            Span span = side.equals("a") ? utf16 : new Span(utf16.start() + 1, utf16.end());
            AnnotationJson.save(new AnnotatedArticle(Article.of("emoji", text), List.of(ode), List.of(new Quote("q1", span,
                    QuoteType.DIRECT, "s2", null, null, 0.8, "manual", QuoteStatus.ACCEPTED, null, List.of()))),
                    folder.resolve(side + "/emoji.quotes.json"));
        }

        assertThat(cli.run("compare", folder.resolve("a/emoji.quotes.json").toString(),
                folder.resolve("b/emoji.quotes.json").toString())).as(cli.err()).isZero();

        // two emoji before the quote: 2 code points, 4 UTF-16 units
        int start = utf16.start() - 2;
        int end = utf16.end() - 2;
        assertThat(cli.out()).contains("span       q1 at " + start + " A " + start + "-" + end + ", B " + (start + 1) + "-" + end);
    }

    @Test
    void foldersArePairedByDocumentIdAndPooled() throws Exception {
        writeReviews(folder.resolve("a"), folder.resolve("b"), "council");
        writeReviews(folder.resolve("a/week2"), folder.resolve("b"), "budget");
        AnnotationJson.save(review("lonely", A_SPEAKERS), folder.resolve("a/lonely.quotes.json"));
        // The workspace's speaker registry sits among the reviews but is not one.
        Files.writeString(folder.resolve("b/quote-explorer-speakers.json"), "{\"format\":\"quote-explorer-registry/1\",\"speakers\":[]}");

        int exit = cli.run("compare", folder.resolve("a").toString(), folder.resolve("b").toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("article budget: 3 quotes in A, 3 in B, 3 paired")
                .contains("article council: 3 quotes in A, 3 in B, 3 paired")
                .contains("article lonely: only in " + folder.resolve("a"))
                .contains("all 2 articles: same speaker: 4 of 6 (66.7%); status: 4 of 6 agree, kappa 0.000");
    }

    @Test
    void hiddenFilesInAFolderAreNoReviewOfTheirOwn() throws Exception {
        writeReviews(folder.resolve("a"), folder.resolve("b"), "council");
        // a sync tool's hidden copy of the same review: read, it would hold article council twice
        Files.copy(folder.resolve("a/council.quotes.json"), folder.resolve("a/.council.quotes.json"));

        int exit = cli.run("compare", folder.resolve("a").toString(), folder.resolve("b").toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).doesNotContain("both hold article");
        assertThat(cli.out()).contains("article council: 3 quotes in A, 3 in B, 3 paired");
    }

    @Test
    void reviewsOfChangedTextsAreReportedNotPaired() throws Exception {
        Files.createDirectories(folder.resolve("b"));
        AnnotationJson.save(review("council", A_SPEAKERS), folder.resolve("a.json"));
        AnnotationJson.save(new AnnotatedArticle(Article.of("council", TEXT + " Later."), B_SPEAKERS, List.of()),
                folder.resolve("b.json"));

        int exit = cli.run("compare", folder.resolve("a.json").toString(), folder.resolve("b.json").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("article council: the two reviews are of different texts")
                .doesNotContain("Exception");
    }

    @Test
    void aFileAgainstAFolderIsAUsageError() throws Exception {
        writeReviews(folder.resolve("a"), folder.resolve("b"), "council");

        int exit = cli.run("compare", folder.resolve("a/council.quotes.json").toString(), folder.resolve("b").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("give two files or two folders");
    }
}
