package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

class ReanchorTest {

    private static final String OLD = String.join("\n",
            "Budget talks",
            "\u201CWe agree,\u201D said Ann Lee after the first round.",
            "Later, the finance chief spoke again. \u201CWe agree,\u201D said Bo Chan, smiling.",
            "\u201CNothing is settled,\u201D Ann Lee warned.");

    @TempDir
    Path folder;

    private static AnnotatedArticle saved() {
        List<Speaker> speakers = List.of(new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, null, List.of()),
                new Speaker("s2", "Bo Chan", SpeakerKind.PERSON, null, List.of()));
        int second = OLD.indexOf("\u201CWe agree,\u201D", OLD.indexOf("spoke again"));
        Span firstAgree = Fixtures.find(OLD, "\u201CWe agree,\u201D");
        Span secondAgree = new Span(second, second + firstAgree.length());
        int bo = OLD.indexOf("Bo Chan");
        return new AnnotatedArticle(Article.of("budget", OLD), speakers, List.of(
                new Quote("q1", firstAgree, QuoteType.DIRECT, "s1", Fixtures.find(OLD, "Ann Lee"), null, 0.9, "rule:x", null, "first", List.of()),
                new Quote("q2", secondAgree, QuoteType.DIRECT, "s2", new Span(bo, bo + 7), null, 0.9, "rule:x", null, null, List.of()),
                new Quote("q3", Fixtures.find(OLD, "\u201CNothing is settled,\u201D"), QuoteType.DIRECT, "s1", null, null, 0.9, "manual", null, null, List.of())));
    }

    @Test
    void unchangedArticleKeepsEverything() {
        Reanchor.Result result = Reanchor.reanchor(saved(), Article.of("budget", OLD));

        assertThat(result.document()).isEqualTo(saved());
        assertThat(result.isComplete()).isTrue();
    }

    @Test
    void insertedTextMovesEveryQuoteAndRepeatedTextGoesToTheOccurrenceWithTheSameContext() {
        String changed = OLD.replace("Budget talks", "Budget talks \uD83D\uDCB0 resume\nA new first paragraph, quoting \u201CWe agree,\u201D once more.");

        Reanchor.Result result = Reanchor.reanchor(saved(), Article.of("budget", changed));

        assertThat(result.isComplete()).isTrue();
        AnnotatedArticle moved = result.document();
        assertThat(moved.text()).isEqualTo(changed);
        for (Quote quote : saved().quotes()) {
            Quote now = moved.quote(quote.id()).orElseThrow();
            assertThat(moved.textOf(now)).isEqualTo(saved().textOf(quote));
            assertThat(now.speakerId()).isEqualTo(quote.speakerId());
        }
        Quote q1 = moved.quote("q1").orElseThrow();
        Quote q2 = moved.quote("q2").orElseThrow();
        assertThat(changed.substring(q1.span().end(), q1.span().end() + 13)).isEqualTo(" said Ann Lee");
        assertThat(changed.substring(q2.span().end(), q2.span().end() + 13)).isEqualTo(" said Bo Chan");
        assertThat(q2.mention().of(changed)).isEqualTo("Bo Chan");
        assertThat(q1.note()).isEqualTo("first");
    }

    @Test
    void quoteWhoseWordsWereEditedIsPlacedByItsUnchangedContextAndReported() {
        String changed = OLD.replace("Nothing is settled", "Nothing is settled yet");

        Reanchor.Result result = Reanchor.reanchor(saved(), Article.of("budget", changed));

        assertThat(result.isComplete()).isTrue();
        assertThat(result.edited()).containsExactly("q3");
        assertThat(result.document().textOf(result.document().quote("q3").orElseThrow())).isEqualTo("\u201CNothing is settled yet,\u201D");
    }

    @Test
    void quoteThatWasDeletedIsReportedNotDropped() {
        String changed = OLD.replace("\u201CNothing is settled,\u201D Ann Lee warned.", "Ann Lee left.");

        Reanchor.Result result = Reanchor.reanchor(saved(), Article.of("budget", changed));

        assertThat(result.isComplete()).isFalse();
        assertThat(result.unanchored()).singleElement().satisfies(u -> {
            assertThat(u.quote().id()).isEqualTo("q3");
            assertThat(u.text()).isEqualTo("\u201CNothing is settled,\u201D");
            assertThat(u.speakerName()).isEqualTo("Ann Lee");
        });
        assertThat(result.document().quotes()).extracting(Quote::id).containsExactly("q1", "q2");
        // What remains can be saved: offsets valid, nothing overlapping.
        assertThat(AnnotationJson.write(result.document())).contains("\"q2\"");
    }

    @Test
    void openingAnArticleRestoresItsSavedReviewAndReanchorsWhenItChanged() throws Exception {
        Path article = folder.resolve("budget.txt");
        Files.writeString(article, OLD);
        AnnotationJson.save(saved(), AnnotationFiles.sidecarOf(article));

        AnnotationFiles.Opened unchanged = AnnotationFiles.open(article);
        Files.writeString(article, "Breaking: " + OLD);
        AnnotationFiles.Opened changed = AnnotationFiles.open(article);

        assertThat(AnnotationFiles.sidecarOf(article).getFileName().toString()).isEqualTo("budget.quotes.json");
        assertThat(unchanged.annotations().quotes()).isEqualTo(saved().quotes());
        assertThat(unchanged.reanchor()).isNull();
        assertThat(changed.reanchor().isComplete()).isTrue();
        assertThat(changed.annotations().text()).startsWith("Breaking: ");
        assertThat(changed.warnings()).singleElement().asString().contains("changed since its annotations were saved");
    }

    @Test
    void savingWhatWasOpenedWritesTheSameBytesAgain() throws Exception {
        AnnotatedArticle document = Fixtures.multilingual();
        Path article = folder.resolve("summit.txt");
        Files.writeString(article, document.text());
        Path sidecar = AnnotationFiles.sidecarOf(article);
        AnnotationJson.save(document, sidecar);
        byte[] first = Files.readAllBytes(sidecar);

        AnnotationFiles.Opened opened = AnnotationFiles.open(article);
        AnnotationJson.save(opened.annotations(), opened.savedTo());

        assertThat(opened.savedTo()).isEqualTo(sidecar);
        assertThat(Files.readAllBytes(sidecar)).isEqualTo(first);
    }

    @Test
    void openingAnExportedJsonGivesTheArticleBackFromDocumentText() throws Exception {
        Path file = folder.resolve("export.json");
        AnnotationJson.save(saved(), file);

        AnnotationFiles.Opened opened = AnnotationFiles.open(file);

        assertThat(opened.article().text()).isEqualTo(OLD);
        assertThat(opened.annotations()).isEqualTo(saved());
    }
}
