package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Validates exports against the published schema of the format the app writes, assets/schema/quote-explorer-1.1.schema.json. */
public final class SchemaAssertions {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final JsonSchema SCHEMA = load("assets/schema/quote-explorer-1.1.schema.json");
    private static final JsonSchema SCHEMA_1 = load("assets/schema/quote-explorer-1.schema.json");

    private SchemaAssertions() {
    }

    private static JsonSchema load(String path) {
        try {
            JsonNode schema = PLAIN.readTree(Files.readString(Path.of(path)));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<ValidationMessage> problems(String json) {
        try {
            return SCHEMA.validate(PLAIN.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems by the frozen schema of version 1, which files of that version still meet. */
    public static Set<ValidationMessage> problemsAsVersion1(String json) {
        try {
            return SCHEMA_1.validate(PLAIN.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertValid(String json) {
        assertThat(problems(json)).as("schema violations").isEmpty();
    }

    /**
     * Every {start, end, text} of a native export (quotes, mentions, cues) holds exactly the
     * document text at those code point offsets, counted independently of the code under test.
     *
     * @return how many spans were checked
     */
    public static int assertTextsAtCodePointOffsets(String json) {
        try {
            JsonNode root = PLAIN.readTree(json);
            int[] text = root.path("document").path("text").textValue().codePoints().toArray();
            int checked = 0;
            for (JsonNode quote : root.path("quotes")) {
                for (JsonNode span : new JsonNode[] {quote, quote.path("mention"), quote.path("cue")}) {
                    if (span.has("start")) {
                        int start = span.path("start").intValue();
                        int end = span.path("end").intValue();
                        assertThat(span.path("text").textValue()).as("text at %d..%d", start, end)
                                .isEqualTo(new String(text, start, end - start));
                        checked++;
                    }
                }
            }
            return checked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
