package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Speaker;

/** A speaker's link to the workspace registry is kept by the native format, its schema and the W3C export. */
class RegistryIdFormatTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** The format-1.1 fixture with its first speaker linked to a registry entry. */
    private static AnnotatedArticle linked() {
        AnnotatedArticle document = FormatVersionTest.withScareQuoteAndTitleSources();
        List<Speaker> speakers = new java.util.ArrayList<>(document.speakers());
        speakers.set(0, speakers.get(0).withRegistryId("ann-lee"));
        return document.withSpeakers(speakers);
    }

    @Test
    void nativeFileKeepsTheRegistryIdAndPassesTheSchema() throws Exception {
        String json = AnnotationJson.write(linked());

        assertThat(PLAIN.readTree(json).path("speakers").get(0).path("registryId").textValue()).isEqualTo("ann-lee");
        assertThat(PLAIN.readTree(json).path("speakers").get(1).has("registryId")).isFalse();
        assertThat(AnnotationJson.read(json)).isEqualTo(linked());
        SchemaAssertions.assertValid(json);
        assertThat(SchemaAssertions.problems(json.replace("\"ann-lee\"", "\" \""))).isNotEmpty();
    }

    @Test
    void w3cExportKeepsTheRegistryId() throws Exception {
        String jsonLd = W3cAnnotations.write(linked());

        assertThat(PLAIN.readTree(jsonLd).path("qe:speakers").get(0).path("qe:registryId").textValue()).isEqualTo("ann-lee");
        assertThat(W3cAnnotations.read(jsonLd)).isEqualTo(linked());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            registry id in a version 1 file | quote-explorer/1   | "registryId": "ann-lee" | (speakers[0].registryId): field "registryId" needs format "quote-explorer/1.1", but the file says "quote-explorer/1"
            blank registry id               | quote-explorer/1.1 | "registryId": "  "      | (speakers[0].registryId)
            registry id not a string        | quote-explorer/1.1 | "registryId": 7         | (speakers[0].registryId)
            """)
    void registryIdOutsideTheFormatIsRefusedSayingWhere(String what, String format, String field, String expected) {
        String json = """
                {"format": "%s",
                 "document": {"id": "memo", "text": "Ann Lee said \\u201Cyes\\u201D."},
                 "speakers": [{"id": "s1", "name": "Ann Lee", %s}],
                 "quotes": [{"id": "q1", "start": 13, "end": 18, "text": "\\u201Cyes\\u201D", "speaker": "s1"}]}
                """.formatted(format, field);

        assertThatThrownBy(() -> AnnotationJson.read(json))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageStartingWith("line ")
                .hasMessageContaining(expected);
    }
}
