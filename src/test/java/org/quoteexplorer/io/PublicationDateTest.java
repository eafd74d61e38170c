package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

class PublicationDateTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String BODY = "<article><h1>Harbour deal</h1><p>“We agree,” said Ann Lee.</p></article>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Open Graph published time               | <meta property="article:published_time" content="2024-03-05T22:30:00-08:00"> |            | 2024-03-05
            schema.org meta item                    | <meta itemprop="datePublished" content="2023-11-30">                      |            | 2023-11-30
            JSON-LD datePublished                   | <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-09T08:00:00Z"}</script> | | 2022-01-09
            time element in the body                |                                                                           | <time datetime="2021-07-04">4 July</time> | 2021-07-04
            RFC 1123 date                           | <meta name="date" content="Tue, 3 Jun 2008 11:05:30 GMT">                 |            | 2008-06-03
            metadata wins over a time in the body   | <meta property="article:published_time" content="2020-02-02">             | <time datetime="2019-01-01">x</time> | 2020-02-02
            an unreadable meta falls back to JSON-LD | <meta property="article:published_time" content="soon"><script type="application/ld+json">{"datePublished":"2018-05-06"}</script> | | 2018-05-06
            """)
    void htmlMetadataGivesThePublicationDay(String what, String head, String inBody, String expected) throws Exception {
        String html = "<html><head>" + (head == null ? "" : head) + "</head><body>" + (inBody == null ? "" : inBody)
                + BODY + "</body></html>";

        Article article = ArticleReader.read(html, "story.html").article();

        assertThat(article.published()).isEqualTo(LocalDate.parse(expected));
        assertThat(article.text()).doesNotContain("datePublished");
    }

    @Test
    void htmlWithoutMetadataHasNoDate() throws Exception {
        assertThat(ArticleReader.read("<html><body>" + BODY + "</body></html>", "story.html").article().published()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain date          | date: 2024-02-29               | 2024-02-29
            quoted timestamp    | date: "2023-10-01T09:00:00+02:00" | 2023-10-01
            published key       | published: 2022-12-24          | 2022-12-24
            impossible day      | date: 2023-02-30               |
            no date in the block | author: Ann Lee               |
            """)
    void markdownFrontMatterGivesTheDateAndIsNotArticleText(String what, String line, String expected) throws Exception {
        String markdown = "---\ntitle: Harbour deal\n" + line + "\n---\n# Harbour deal\n\n“We agree,” said Ann Lee.\n";

        Article article = ArticleReader.read(markdown, "story.md").article();

        assertThat(article.published()).isEqualTo(expected == null ? null : LocalDate.parse(expected));
        assertThat(article.text()).isEqualTo("Harbour deal\n“We agree,” said Ann Lee.");
    }

    @Test
    void plainTextHasNoDateEvenWithADateLine() throws Exception {
        Article article = ArticleReader.read("---\ndate: 2024-01-01\n---\n“We agree,” said Ann Lee.\n", "story.txt").article();

        assertThat(article.published()).isNull();
    }

    @Test
    void savedReviewKeepsTheDateAndPassesTheSchema() throws Exception {
        AnnotatedArticle document = dated(LocalDate.of(2024, 3, 5));

        String json = AnnotationJson.write(document);

        assertThat(PLAIN.readTree(json).path("document").path("published").textValue()).isEqualTo("2024-03-05");
        SchemaAssertions.assertValid(json);
        assertThat(AnnotationJson.read(json)).isEqualTo(document);
    }

    @Test
    void reviewWithoutDateWritesNoField() throws Exception {
        String json = AnnotationJson.write(dated(null));

        assertThat(PLAIN.readTree(json).path("document").has("published")).isFalse();
        assertThat(AnnotationJson.read(json).article().published()).isNull();
    }

    @Test
    void w3cCollectionKeepsTheDate() throws Exception {
        AnnotatedArticle document = dated(LocalDate.of(2019, 12, 31));

        String jsonLd = W3cAnnotations.write(document);

        assertThat(PLAIN.readTree(jsonLd).path("qe:document").path("published").textValue()).isEqualTo("2019-12-31");
        assertThat(W3cAnnotations.read(jsonLd)).isEqualTo(document);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a date in a version 1 file | quote-explorer/1   | 2024-03-05 | field "published" needs format "quote-explorer/1.1"
            not a calendar day         | quote-explorer/1.1 | 2024-13-01 | "2024-13-01" is not a date like 2025-06-23
            a timestamp, not a day     | quote-explorer/1.1 | 2024-03-05T10:00:00Z | is not a date like 2025-06-23
            a year beyond four digits  | quote-explorer/1.1 | +12025-06-23 | "+12025-06-23" is not a date like 2025-06-23
            a year before 0            | quote-explorer/1.1 | -0001-06-23 | "-0001-06-23" is not a date like 2025-06-23
            """)
    void strictReaderRefusesABadDateSayingWhere(String what, String format, String published, String expected) {
        String json = """
                {"format": "%s",
                 "document": {"id": "memo", "published": "%s", "text": "Ann Lee said \\u201Cyes\\u201D."},
                 "speakers": [], "quotes": []}
                """.formatted(format, published);

        assertThatThrownBy(() -> AnnotationJson.read(json))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageStartingWith("line ")
                .hasMessageContaining("published")
                .hasMessageContaining(expected);
    }

    @Test
    void workspaceSummaryReadsTheDateWithoutTheText(@TempDir Path dir) throws Exception {
        Path review = dir.resolve("story.quotes.json");
        Files.writeString(review, AnnotationJson.write(dated(LocalDate.of(2021, 6, 1))));

        ReviewSummary summary = WorkspaceFolder.summarise(review);

        assertThat(summary.published()).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(summary.quotes()).isEqualTo(1);
    }

    private static AnnotatedArticle dated(LocalDate day) {
        String text = "Harbour deal\n“We agree,” said Ann Lee.";
        Article article = new Article("story", "Harbour deal", "story.html", text, null, null, day);
        Speaker ann = new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, null, List.of());
        int start = text.indexOf('“');
        int end = text.indexOf('”') + 1;
        Quote quote = new Quote("q1", new org.quoteexplorer.model.Span(start, end), QuoteType.DIRECT, "s1", null, null,
                0.9, "rule:adjacent-cue", QuoteStatus.ACCEPTED, null, List.of());
        return new AnnotatedArticle(article, List.of(ann), List.of(quote));
    }
}
