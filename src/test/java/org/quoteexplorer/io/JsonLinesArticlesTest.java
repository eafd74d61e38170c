package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;

class JsonLinesArticlesTest {

    private static final String TEXT = "Harbour deal\\n\\n\\u201CWe agree,\\u201D said Ann Lee.";

    @Test
    void aLineWithOnlyIdAndTextIsAnArticleWhoseTitleIsItsFirstLine() throws Exception {
        Article article = JsonLinesArticles.parse("{\"id\": \"a1\", \"text\": \"" + TEXT + "\"}", 1);

        assertThat(article.id()).isEqualTo("a1");
        assertThat(article.title()).isEqualTo("Harbour deal");
        assertThat(article.text()).isEqualTo("Harbour deal\n\u201CWe agree,\u201D said Ann Lee.");
        assertThat(article.source()).isNull();
        assertThat(article.published()).isNull();
        assertThat(article.publisher()).isNull();
        assertThat(article.url()).isNull();
    }

    @Test
    void metadataIsKeptAndUnknownKeysAreIgnored() throws Exception {
        Article article = JsonLinesArticles.parse("{\"id\": \"a1\", \"lang\": \"en\", \"title\": \"Deal at last\", "
                + "\"date\": \"2024-03-05T22:30:00-08:00\", \"publisher\": \"Harbour Times\", "
                + "\"url\": \"https://example.org/a1\", \"text\": \"" + TEXT + "\", \"extra\": {\"x\": [1, 2]}}", 3);

        assertThat(article.title()).isEqualTo("Deal at last");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(article.publisher()).isEqualTo("Harbour Times");
        assertThat(article.url()).isEqualTo("https://example.org/a1");
    }

    @Test
    void aNumericIdIsTheArticlesIdAsText() throws Exception {
        assertThat(JsonLinesArticles.parse("{\"id\": 12345678901234567890, \"text\": \"x y\"}", 1).id())
                .isEqualTo("12345678901234567890");
    }

    @Test
    void nullOptionalFieldsMeanNotKnown() throws Exception {
        Article article = JsonLinesArticles.parse("{\"id\": \"a\", \"text\": \"x y\", \"title\": null, \"date\": null, "
                + "\"publisher\": null, \"url\": null}", 1);

        assertThat(article.title()).isEqualTo("x y");
        assertThat(article.published()).isNull();
        assertThat(article.publisher()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                | {"id": "a", "text": oops}                 | line 7, column
            not an object           | ["a", "b"]                                | line 7: expected an article
            truncated               | {"id": "a", "text": "x                    | line 7, column
            no id                   | {"text": "x y"}                           | line 7: no "id"
            blank id                | {"id": " ", "text": "x y"}                | line 7, column 8: "id" is empty
            id an object            | {"id": {}, "text": "x y"}                 | line 7, column 8: "id" must be a string or a whole number
            no text                 | {"id": "a"}                               | line 7: no "text"
            text a number           | {"id": "a", "text": 42}                   | line 7, column 21: "text" must be a string
            empty text              | {"id": "a", "text": ""}                   | line 7, column 21: "text" is empty
            title a number          | {"id": "a", "text": "x", "title": 1}      | line 7, column 35: "title" must be a string
            bad date                | {"id": "a", "text": "x", "date": "soon"}  | line 7, column 34: "date" "soon" is not a date
            key given twice         | {"id": "a", "id": "b", "text": "x"}       | line 7, column
            blank line              | '   '                                     | line 7: empty line
            NUL in the text         | {"id": "a", "text": "x\\u0000y"}          | line 7: "text" looks like binary data
            """)
    void aLineThatIsNoArticleIsRefusedNamingTheLineAndWhatIsWrong(String what, String line, String expected) {
        assertThatThrownBy(() -> JsonLinesArticles.parse(line, 7))
                .isInstanceOf(ArticleLineException.class)
                .hasMessageStartingWith(expected)
                .satisfies(e -> assertThat(((ArticleLineException) e).lineNumber()).isEqualTo(7))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception", "com.fasterxml", "Feature"));
    }

    @Test
    void theDocumentLineIsTheFileExportOnOneLineAndReadsBack() throws Exception {
        Article read = JsonLinesArticles.parse("{\"id\": \"a1\", \"date\": \"2024-03-05\", \"publisher\": \"Harbour Times\", "
                + "\"url\": \"https://example.org/a1\", \"text\": \"Harbour deal\\n\\u201CWe agree,\\u201D said Ann Lee.\"}", 1);
        // The reader makes paragraph breaks of line and paragraph separators; a document holds them
        // when it comes from an annotation file, and its line must still be one line.
        Article article = new Article(read.id(), read.title(), read.source(),
                read.text().replace("Ann Lee.", "Ann Lee in a\u2028line\u2029 separator."), read.created(), read.modified(),
                read.published(), read.publisher(), read.url());
        AnnotatedArticle document = new QuoteEngine(List.of()).attribute(article).annotated();

        String line = JsonLinesArticles.documentLine(document);

        assertThat(line).doesNotContain("\n", "\r", "\u2028", "\u2029").contains("\\u2028", "\\u2029");
        assertThat(document.quotes()).isNotEmpty();
        AnnotatedArticle back = AnnotationJson.read(line);
        assertThat(back).isEqualTo(document);
        assertThat(JsonSupport.MAPPER.readTree(line)).isEqualTo(JsonSupport.MAPPER.readTree(AnnotationJson.write(document)));
        SchemaAssertions.assertValid(line);
    }

    @Test
    void publisherAndUrlSurviveTheW3cRoundTrip() throws Exception {
        Article article = JsonLinesArticles.parse("{\"id\": \"a1\", \"publisher\": \"Harbour Times\", "
                + "\"url\": \"https://example.org/a1\", \"text\": \"Harbour deal\\n\\u201CWe agree,\\u201D said Ann Lee.\"}", 1);
        AnnotatedArticle document = new QuoteEngine(List.of()).attribute(article).annotated();

        AnnotatedArticle back = W3cAnnotations.read(W3cAnnotations.write(document));

        assertThat(back.article().publisher()).isEqualTo("Harbour Times");
        assertThat(back.article().url()).isEqualTo("https://example.org/a1");
        assertThat(back).isEqualTo(document);
    }

    @Test
    void aVersion1FileWithPublisherIsRefusedAsNeedingVersion1Point1() {
        String v1 = "{\"format\": \"quote-explorer/1\", \"document\": {\"id\": \"a\", \"publisher\": \"P\", \"text\": \"x\"}, "
                + "\"speakers\": [], \"quotes\": []}";

        assertThatThrownBy(() -> AnnotationJson.read(v1)).hasMessageContaining("needs format \"quote-explorer/1.1\"");
    }
}
