package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.FlagCode;

/** The radar's risk and flags travel with every export and come back unchanged. */
class FlagsExportTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static AnnotatedArticle flagged() {
        AnnotatedArticle document = FormatVersionTest.withScareQuoteAndTitleSources();
        String first = document.quotes().get(0).id();
        return document.withAssessments(Map.of(first, new Assessment(0.4567, List.of(
                new Flag(FlagCode.NARRATION, "The writer's sentence credits Ann Lee's deputy with “rebuilding”, but this quote is Ann Lee's."),
                new Flag(FlagCode.WEAK_EVIDENCE, "Attributed through the pronoun \"she\".")))));
    }

    @Test
    void nativeJsonCarriesRiskAndFlagsAndReadsThemBack() throws Exception {
        AnnotatedArticle document = flagged();

        String json = AnnotationJson.write(document);

        JsonNode quote = PLAIN.readTree(json).path("quotes").get(0);
        assertThat(quote.path("risk").doubleValue()).isEqualTo(0.457);
        assertThat(quote.path("flags").get(0).path("code").textValue()).isEqualTo("narration");
        assertThat(quote.path("flags").get(1).path("reason").textValue()).isEqualTo("Attributed through the pronoun \"she\".");
        assertThat(PLAIN.readTree(json).path("quotes").get(1).has("flags")).isFalse();
        AnnotatedArticle back = AnnotationJson.read(json);
        assertThat(back.assessment(document.quotes().get(0).id()).flags()).isEqualTo(document.assessment(document.quotes().get(0).id()).flags());
        assertThat(back.assessment(document.quotes().get(0).id()).risk()).isEqualTo(0.457);
        SchemaAssertions.assertValid(json);
    }

    @Test
    void theStreamedAndTheTreeWriterWriteTheSameFlags() throws Exception {
        AnnotatedArticle document = flagged();
        StringWriter streamed = new StringWriter();

        AnnotationJson.write(document, streamed);

        assertThat(streamed.toString()).isEqualTo(JsonSupport.pretty(AnnotationJson.toJson(document)));
    }

    @Test
    void w3cCarriesThemAsQeTerms() throws Exception {
        AnnotatedArticle document = flagged();

        String jsonLd = W3cAnnotations.write(document);

        JsonNode annotation = PLAIN.readTree(jsonLd).path("first").path("items").get(0);
        assertThat(annotation.path("qe:flags").get(0).path("code").textValue()).isEqualTo("narration");
        assertThat(W3cAnnotations.read(jsonLd).assessment(document.quotes().get(0).id()).flags()).hasSize(2);
    }

    @Test
    void jsonLinesAndCsvGiveRiskCodesAndReasonsAsFlatCells() throws Exception {
        AnnotatedArticle document = flagged();

        JsonNode line = PLAIN.readTree(ExportFormat.JSONL.write(document).lines().findFirst().orElseThrow());
        assertThat(line.path("risk").doubleValue()).isEqualTo(0.457);
        assertThat(line.path("flags").textValue()).isEqualTo("narration, weak-evidence");
        assertThat(line.path("flag_reasons").textValue()).contains(" | Attributed through the pronoun");

        List<String> rows = ExportFormat.CSV.write(document).lines().toList();
        assertThat(rows.get(1)).contains(",0.457,\"narration, weak-evidence\",");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            flags in a version 1 file     | quote-explorer/1   | "risk": 0.5, "flags": []                                        | field "risk" needs format "quote-explorer/1.1"
            risk without flags            | quote-explorer/1.1 | "risk": 0.5                                                     | "risk" and "flags" go together
            risk above one                | quote-explorer/1.1 | "risk": 1.5, "flags": []                                        | risk 1.5 is not between 0 and 1
            an unknown flag               | quote-explorer/1.1 | "risk": 0.5, "flags": [{"code": "gut-feeling", "reason": "hm"}] | unknown flag "gut-feeling"
            a flag without a reason       | quote-explorer/1.1 | "risk": 0.5, "flags": [{"code": "conflict"}]                    | reason
            """)
    void aBrokenFlagIsRefusedSayingWhy(String what, String format, String fields, String expected) {
        String json = """
                {"format": "%s",
                 "document": {"id": "memo", "text": "Mayor Ann Lee said \\u201Cyes\\u201D."},
                 "speakers": [],
                 "quotes": [{"id": "q1", "start": 19, "end": 24, "text": "\\u201Cyes\\u201D", %s}]}
                """.formatted(format, fields);

        assertThatThrownBy(() -> AnnotationJson.read(json))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageStartingWith("line ")
                .hasMessageContaining(expected);
    }
}
