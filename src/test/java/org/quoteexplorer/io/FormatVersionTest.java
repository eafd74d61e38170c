package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.model.TitleSource;

/** Format 1.1: scare quotes and title sources are kept by every format, and version 1 files still open. */
class FormatVersionTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String TEXT = "Mayor Ann Lee said \u201Cwe will rebuild.\u201D Critics call it the so-called \u201Cbudget miracle\u201D.";

    /** One speaker per title source, one speech quote and one scare quote. */
    static AnnotatedArticle withScareQuoteAndTitleSources() {
        List<Speaker> speakers = List.of(
                new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, "Mayor", List.of("Lee"), TitleSource.ARTICLE),
                new Speaker("s2", "Tom Berg", SpeakerKind.PERSON, "Senator", List.of(), TitleSource.SPEAKER_LIST),
                new Speaker("s3", "Eva Holm", SpeakerKind.PERSON, "Treasurer", List.of(), TitleSource.ANALYST),
                new Speaker("s4", "Critics", SpeakerKind.GROUP, null, List.of()));
        List<Quote> quotes = List.of(
                new Quote("q1", Fixtures.find(TEXT, "\u201Cwe will rebuild.\u201D"), QuoteType.PARTIAL, "s1",
                        Fixtures.find(TEXT, "Ann Lee"), Fixtures.find(TEXT, "said"), 0.9, "rule:adjacent-cue",
                        QuoteStatus.SUGGESTED, null, List.of()),
                new Quote("q2", Fixtures.find(TEXT, "\u201Cbudget miracle\u201D"), QuoteType.SCARE, null, null, null, 0,
                        "rule:scare", QuoteStatus.SUGGESTED, null, List.of()));
        return new AnnotatedArticle(Article.of("budget", TEXT), speakers, quotes);
    }

    @Test
    void theAppWritesVersion11AndReadsItBackUnchanged() throws Exception {
        AnnotatedArticle document = withScareQuoteAndTitleSources();

        String json = AnnotationJson.write(document);

        assertThat(PLAIN.readTree(json).path("format").textValue()).isEqualTo("quote-explorer/1.1");
        assertThat(AnnotationJson.read(json)).isEqualTo(document);
        SchemaAssertions.assertValid(json);
    }

    @Test
    void theNewFieldsAreOutOfTheVersion1Schema() {
        String json = AnnotationJson.write(withScareQuoteAndTitleSources());

        assertThat(SchemaAssertions.problemsAsVersion1(json)).isNotEmpty();
        assertThat(SchemaAssertions.problemsAsVersion1(json.replace("\"quote-explorer/1.1\"", "\"quote-explorer/1\"")
                .replaceAll(",\\s*\"titleSource\"\\s*:\\s*\"[a-z_]+\"", "")
                .replace("\"scare\"", "\"partial\""))).isEmpty();
    }

    @Test
    void w3cExportKeepsTitleSourcesAndScareQuotes() throws Exception {
        AnnotatedArticle document = withScareQuoteAndTitleSources();

        String jsonLd = W3cAnnotations.write(document);

        assertThat(W3cAnnotations.read(jsonLd)).isEqualTo(document);
        JsonNode listed = PLAIN.readTree(jsonLd).path("qe:speakers").get(1);
        assertThat(listed.path("qe:titleSource").textValue()).isEqualTo("speaker_list");
    }

    @Test
    void version1FileOpensWithTitlesOfUnrecordedSource() throws Exception {
        String json = """
                {"format": "quote-explorer/1",
                 "document": {"id": "memo", "text": "Mayor Ann Lee said \\u201Cyes\\u201D."},
                 "speakers": [{"id": "s1", "name": "Ann Lee", "kind": "person", "title": "Mayor"}],
                 "quotes": [{"id": "q1", "start": 19, "end": 24, "text": "\\u201Cyes\\u201D", "speaker": "s1"}]}
                """;

        AnnotatedArticle document = AnnotationJson.read(json);

        assertThat(document.speakers().get(0).title()).isEqualTo("Mayor");
        assertThat(document.speakers().get(0).titleSource()).isNull();
        assertThat(PLAIN.readTree(AnnotationJson.write(document)).path("format").textValue()).isEqualTo("quote-explorer/1.1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            title source in a version 1 file   | quote-explorer/1   | "title": "Mayor", "titleSource": "article"  | partial | (speakers[0].titleSource): field "titleSource" needs format "quote-explorer/1.1", but the file says "quote-explorer/1"
            scare quote in a version 1 file    | quote-explorer/1   | "title": "Mayor"                            | scare   | (quotes[0].type): type "scare" needs format "quote-explorer/1.1"
            a later version                    | quote-explorer/1.2 | "title": "Mayor"                            | partial | unsupported format "quote-explorer/1.2"; this version of the app reads "quote-explorer/1" or "quote-explorer/1.1"
            title source without a title       | quote-explorer/1.1 | "titleSource": "article"                    | partial | (speakers[0].titleSource): titleSource without a title
            unknown title source               | quote-explorer/1.1 | "title": "Mayor", "titleSource": "wiki"     | partial | "wiki" is not one of article | speaker_list | analyst
            """)
    void fileOutsideItsVersionIsRefusedSayingWhy(String what, String format, String speakerFields, String type, String expected) {
        String json = """
                {"format": "%s",
                 "document": {"id": "memo", "text": "Mayor Ann Lee said \\u201Cyes\\u201D."},
                 "speakers": [{"id": "s1", "name": "Ann Lee", %s}],
                 "quotes": [{"id": "q1", "start": 19, "end": 24, "text": "\\u201Cyes\\u201D", "type": "%s"}]}
                """.formatted(format, speakerFields, type);

        assertThatThrownBy(() -> AnnotationJson.read(json))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageStartingWith("line ")
                .hasMessageContaining(expected);
    }

    @Test
    void jsonLinesAndCsvCarryTheTypeAndTheTitleSource() throws Exception {
        AnnotatedArticle document = withScareQuoteAndTitleSources();

        List<String> lines = ExportFormat.JSONL.write(document).lines().toList();
        JsonNode speech = PLAIN.readTree(lines.get(0));
        JsonNode scare = PLAIN.readTree(lines.get(1));
        assertThat(speech.path("speaker_title_source").textValue()).isEqualTo("article");
        assertThat(scare.path("type").textValue()).isEqualTo("scare");
        assertThat(scare.path("speaker_title_source").isNull()).isTrue();

        List<String> rows = ExportFormat.CSV.write(document).lines().toList();
        assertThat(rows.get(0)).endsWith(",origin,speaker_title,title_source,risk,flags,flag_reasons");
        assertThat(rows.get(1)).endsWith(",rule:adjacent-cue,Mayor,article,,,");
        assertThat(rows.get(2)).contains(",scare,").endsWith(",rule:scare,,,,,");
    }
}
