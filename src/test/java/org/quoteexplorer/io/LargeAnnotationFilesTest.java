package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** Whatever the app writes for the largest article it accepts, it can open again. */
class LargeAnnotationFilesTest {

    @TempDir
    Path folder;

    @Test
    void anArticleOfTwentyFiveThousandShortQuotesSavesReopensAndConvertsToW3cAndBackLosslessly() throws Exception {
        String text = "\u201Ca,\u201D said Bob. ".repeat(25_000);
        AnnotatedArticle attributed = new QuoteEngine()
                .attribute(new Article("dense", "Dense", "dense.txt", text, null, null)).annotated();
        assertThat(attributed.quotes()).hasSize(25_000);
        String nativeJson = AnnotationJson.write(attributed);

        Path sidecar = folder.resolve("dense.quotes.json");
        AnnotationJson.save(attributed, sidecar);
        AnnotatedArticle reopened = AnnotationFiles.load(sidecar);
        Path w3c = folder.resolve("dense.jsonld");
        ExportFormat.W3C.save(reopened, w3c);
        AnnotatedArticle fromW3c = AnnotationFiles.load(w3c);

        assertThat(Files.size(sidecar)).isGreaterThan(10_000_000);
        assertThat(reopened).isEqualTo(attributed);
        assertThat(AnnotationJson.write(fromW3c)).isEqualTo(nativeJson);
    }

    @Test
    void theLongestArticleWithTensOfThousandsOfQuotesSavesAndReopens() throws Exception {
        // Half the cap keeps the test quick; the full cap (92 MB native, 188 MB W3C) was measured by hand.
        AnnotatedArticle largest = largest(JsonSupport.MAX_QUOTES / 2);
        assertThat(largest.text()).hasSize(Limits.MAX_ARTICLE_CHARS);

        Path file = folder.resolve("largest.quotes.json");
        AnnotationJson.save(largest, file);

        assertThat(AnnotationFiles.load(file)).isEqualTo(largest);
    }

    @Test
    void aDocumentThatReadingWouldRefuseIsNotWrittenAndTheOldFileStays() throws Exception {
        Article memo = Article.of("memo", "She said \u201Cyes\u201D.");
        Quote quote = new Quote("q1", new Span(9, 14), QuoteType.DIRECT, null, null, null, 0, "manual",
                QuoteStatus.SUGGESTED, "n".repeat(JsonSupport.MAX_STRING_CHARS + 1), List.of());
        AnnotatedArticle tooLongANote = new AnnotatedArticle(memo, List.of(), List.of(quote));
        Path file = Files.writeString(folder.resolve("memo.quotes.json"), "old");

        for (ExportFormat format : List.of(ExportFormat.NATIVE, ExportFormat.W3C)) {
            assertThatThrownBy(() -> format.save(tooLongANote, file))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("could not be opened again")
                    .hasMessageContaining("more than the longest article");
        }

        assertThat(file).hasContent("old");
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    /**
     * An article of the largest size, in a script of 3-byte chars (the most UTF-8 a BMP char
     * takes), with {@code count} quotes spread over it, each with a speaker, mention and cue.
     * Built directly: the engine would take minutes on it.
     */
    static AnnotatedArticle largest(int count) {
        int total = Limits.MAX_ARTICLE_CHARS;
        int segment = total / count;
        String sentence = "\u201C\u4E2D\u6587\u5F15\u8A00 and some words,\u201D said Ann Lee. ";
        int close = sentence.indexOf('\u201D') + 1;
        int cue = sentence.indexOf("said");
        int mention = sentence.indexOf("Ann Lee");
        StringBuilder text = new StringBuilder(total);
        List<Quote> quotes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = text.length();
            text.append(sentence);
            quotes.add(new Quote("q" + (i + 1), new Span(at, at + close), QuoteType.DIRECT, "s1",
                    new Span(at + mention, at + mention + 7), new Span(at + cue, at + cue + 4), 0.9, "rule:test",
                    QuoteStatus.SUGGESTED, null, List.of()));
            text.append("\u6587".repeat(at + segment - text.length()));
        }
        text.append("x".repeat(total - text.length()));
        Article article = new Article("largest", "Largest", null, text.toString(), null, null);
        return new AnnotatedArticle(article, List.of(new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, null, List.of())), quotes);
    }
}
