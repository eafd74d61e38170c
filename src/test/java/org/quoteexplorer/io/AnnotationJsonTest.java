package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

class AnnotationJsonTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void writeThenReadGivesBackTheSameDocumentWithEveryField() throws Exception {
        AnnotatedArticle original = Fixtures.multilingual();

        AnnotatedArticle reread = AnnotationJson.read(AnnotationJson.write(original));

        assertThat(reread).isEqualTo(original);
        assertThat(reread.article().created()).isEqualTo(original.article().created());
        assertThat(reread.quote("q2").orElseThrow().status().code()).isEqualTo("unsure");
    }

    @Test
    void everyExportedTextEqualsTheDocumentTextAtItsCodePointOffsets() throws Exception {
        JsonNode json = PLAIN.readTree(AnnotationJson.write(Fixtures.multilingual()));
        String text = json.path("document").path("text").textValue();

        int checked = 0;
        for (JsonNode quote : json.path("quotes")) {
            for (JsonNode span : List.of(quote, quote.path("mention"), quote.path("cue"))) {
                if (span.has("start")) {
                    assertThat(span.path("text").textValue())
                            .isEqualTo(Fixtures.codePointSlice(text, span.path("start").intValue(), span.path("end").intValue()));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(5 + 4 + 2);
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() throws Exception {
        String text = "\uD83C\uDF89\uD83C\uDF89 \u201Chi\u201D";
        AnnotatedArticle document = new AnnotatedArticle(Article.of("party", text), List.of(),
                List.of(Quote.unattributed("q1", Fixtures.find(text, "\u201Chi\u201D"), QuoteType.DIRECT)));

        JsonNode quote = PLAIN.readTree(AnnotationJson.write(document)).path("quotes").path(0);

        assertThat(quote.path("start").intValue()).isEqualTo(3);
        assertThat(quote.path("end").intValue()).isEqualTo(7);
    }

    @Test
    void documentCarriesTheSha256OfTheUtf8TextAndTheFormatName() throws Exception {
        AnnotatedArticle document = Fixtures.multilingual();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.text().getBytes(StandardCharsets.UTF_8));

        JsonNode json = PLAIN.readTree(AnnotationJson.write(document));

        assertThat(json.path("format").textValue()).isEqualTo("quote-explorer/1.1");
        assertThat(json.path("document").path("sha256").textValue()).isEqualTo(HexFormat.of().formatHex(digest));
        assertThat(json.path("document").path("id").textValue()).isEqualTo("summit");
    }

    @Test
    void unattributedQuoteHasNoSpeakerMentionOrCueFields() throws Exception {
        JsonNode q5 = PLAIN.readTree(AnnotationJson.write(Fixtures.multilingual())).path("quotes").path(0);

        assertThat(q5.path("id").textValue()).isEqualTo("q5");
        assertThat(q5.has("speaker")).isFalse();
        assertThat(q5.has("mention")).isFalse();
        assertThat(q5.has("cue")).isFalse();
    }

    @Test
    void writeRefusesADocumentItCouldNotReadBack() {
        AnnotatedArticle document = Fixtures.multilingual();
        Quote orphan = document.quotes().get(0).withSpeaker("s99");
        AnnotatedArticle broken = document.withQuotes(List.of(orphan));

        assertThatThrownBy(() -> AnnotationJson.write(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s99");
    }

    @Test
    void writeRefusesASpanThatSplitsASurrogatePair() {
        String text = "\uD83C\uDF89 \u201Chi\u201D";
        AnnotatedArticle document = new AnnotatedArticle(Article.of("x", text), List.of(),
                List.of(Quote.unattributed("q1", new Span(1, text.length()), QuoteType.DIRECT)));

        assertThatThrownBy(() -> AnnotationJson.write(document)).hasMessageContaining("surrogate pair");
    }

    @Test
    void saveReplacesTheFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path file = folder.resolve("summit.quotes.json");
        Files.writeString(file, "old content");
        AnnotatedArticle document = Fixtures.multilingual();

        AnnotationJson.save(document, file);

        assertThat(AnnotationJson.load(file)).isEqualTo(document);
        try (var listing = Files.list(folder)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("summit.quotes.json");
        }
    }

    @Test
    void loadToleratesAByteOrderMark() throws Exception {
        Path file = folder.resolve("bom.json");
        Files.writeString(file, "\uFEFF" + AnnotationJson.write(Fixtures.multilingual()), StandardCharsets.UTF_8);

        assertThat(AnnotationJson.load(file)).isEqualTo(Fixtures.multilingual());
    }

    @Test
    void loadRefusesBytesThatAreNotUtf8NamingTheFile() throws Exception {
        Path file = folder.resolve("latin1.json");
        Files.write(file, "{\"format\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> AnnotationJson.load(file))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageContaining("latin1.json")
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void readingAMinimalHandWrittenFileFillsInTheDefaults() throws Exception {
        String json = """
                {"format": "quote-explorer/1",
                 "document": {"id": "memo", "text": "She said \\u201Cyes\\u201D."},
                 "speakers": [],
                 "quotes": [{"id": "q1", "start": 9, "end": 14, "text": "\\u201Cyes\\u201D"}]}
                """;

        AnnotatedArticle document = AnnotationJson.read(json);

        Quote quote = document.quotes().get(0);
        assertThat(document.article().title()).isEqualTo("She said \u201Cyes\u201D.");
        assertThat(quote.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(quote.status().code()).isEqualTo("suggested");
        assertThat(quote.origin()).isEqualTo("manual");
        assertThat(quote.isAttributed()).isFalse();
    }

    @Test
    void theArticleComesBackFromDocumentText() throws Exception {
        ObjectNode json = (ObjectNode) PLAIN.readTree(AnnotationJson.write(Fixtures.multilingual()));

        AnnotatedArticle document = AnnotationJson.read(json.toString());

        assertThat(document.article().text()).isEqualTo(Fixtures.MULTILINGUAL_TEXT);
        assertThat(document.article().source()).isEqualTo("summit.txt");
    }
}
