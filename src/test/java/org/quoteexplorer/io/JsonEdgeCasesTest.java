package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/** Line separators in JSON Lines, lone surrogates, and parser messages fit for an analyst. */
class JsonEdgeCasesTest {

    private static final String VALID = String.join("\n",
            "{",
            "  \"format\": \"quote-explorer/1\",",
            "  \"document\": {\"id\": \"memo\", \"text\": \"She said \u201Cyes\u201D.\"},",
            "  \"speakers\": [],",
            "  \"quotes\": [",
            "    {\"id\": \"q1\", \"start\": 9, \"end\": 14, \"text\": \"\u201Cyes\u201D\", \"note\": \"NOTE\"}",
            "  ]",
            "}");

    @Test
    void jsonLinesEscapesLineAndParagraphSeparatorsSoEveryRecordIsOneLineToAnyReader() throws Exception {
        String text = "She said \u201Cone\u2028two\u2029three\u201D.";
        Quote quote = new Quote("q1", new Span(9, text.length() - 1), QuoteType.DIRECT, null, null, null, 0, "manual",
                QuoteStatus.SUGGESTED, "a note\u2028on two lines", List.of());
        AnnotatedArticle document = new AnnotatedArticle(Article.of("sep", text), List.of(), List.of(quote));

        String lines = ExportFormat.JSONL.write(document);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        ExportFormat.JSONL.write(document, streamed);

        assertThat(lines).doesNotContain("\u2028", "\u2029").contains("\\u2028", "\\u2029");
        assertThat(lines.split("\\R")).hasSize(1);
        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(lines);
        var row = JsonMapper.builder().build().readTree(lines);
        assertThat(row.path("text").textValue()).isEqualTo("\u201Cone\u2028two\u2029three\u201D");
        assertThat(row.path("note").textValue()).isEqualTo("a note\u2028on two lines");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                      | note as written in the file | refused
            lone high surrogate         | a \\ud800 b                  | true
            lone low surrogate          | a \\udc00 b                  | true
            reversed pair               | \\udc00\\ud800               | true
            high surrogate at the end   | ab\\ud83d                    | true
            valid pair                  | \\ud83d\\ude00 smile          | false
            plain text                  | fine                         | false
            """)
    void loneSurrogatesInAnyStringAreRefusedWithLineAndColumn(String what, String note, boolean refused) throws Exception {
        String json = VALID.replace("NOTE", note);

        if (refused) {
            assertThatThrownBy(() -> AnnotationJson.read(json))
                    .isInstanceOf(AnnotationFormatException.class)
                    .hasMessageStartingWith("line 6, column ")
                    .hasMessageContaining("unpaired UTF-16 surrogate")
                    .satisfies(e -> assertThat(((AnnotationFormatException) e).column()).isPositive());
            assertThatThrownBy(() -> AnnotationFiles.read(json)).hasMessageContaining("unpaired UTF-16 surrogate");
        } else {
            String written = AnnotationJson.write(AnnotationJson.read(json));
            assertThat(written).doesNotContain("?");
            assertThat(AnnotationJson.read(written).quotes().get(0).note()).doesNotContain("?");
        }
    }

    @Test
    void aLoneSurrogateInAFieldNameOrIdIsRefusedToo() {
        assertThatThrownBy(() -> AnnotationJson.read(VALID.replace("\"id\": \"q1\"", "\"id\": \"q\\ud800\"")))
                .hasMessageStartingWith("line 6, column ").hasMessageContaining("unpaired UTF-16 surrogate");
        assertThatThrownBy(() -> AnnotationJson.read(VALID.replace("\"note\"", "\"n\\udfffote\"")))
                .hasMessageStartingWith("line 6, column ").hasMessageContaining("unpaired UTF-16 surrogate");
    }

    private static final Pattern JAVA_CLASS_NAME = Pattern.compile(
            "\\b(?:com|java|javax|org)\\.[a-z]+\\.|\\b[A-Z]\\w*(?:Exception|Feature|Constraints|Parser|Node|Factory)\\b");

    @ParameterizedTest(name = "case {index}")
    @ValueSource(strings = {
            "{",
            "[",
            "{\"a\":",
            "{\"a\": 1",
            "{\"a\": [1, 2",
            "{\"a\" 1}",
            "{a: 1}",
            "{'a': 1}",
            "{\"a\": 1,}",
            "[1, 2,]",
            "{\"a\": tru}",
            "{\"a\": nul}",
            "{\"a\": 01}",
            "{\"a\": -}",
            "{\"a\": 1.}",
            "{\"a\": .5}",
            "{\"a\": +1}",
            "{\"a\": 1e}",
            "{\"a\": \"unterminated",
            "{\"a\": \"bad \\x escape\"}",
            "{\"a\": \"bad \\u12 escape\"}",
            "{\"a\": \"tab\there\"}",
            "{\"a\": NaN}",
            "{\"a\": Infinity}",
            "{\"a\": 1} // comment",
            "/* comment */ {}",
            "# hash comment\n{}",
            "{\"a\": 1} {\"b\": 2}",
            "{\"a\": 1, \"a\": 2}",
            "]",
            "}",
            "\u0000",
            "\uFEFF{}",
            "{\"a\": 1}]",
            "{\"a\":\u00A0}",
            })
    void malformedJsonIsRefusedInPlainWords(String json) {
        assertThatThrownBy(() -> AnnotationFiles.read(json))
                .isInstanceOf(AnnotationFormatException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("`", "StreamReadFeature", "JsonReadFeature", "Source:", "REDACTED", "was expecting", "end-of-input", "CTRL-CHAR", "(code ")
                        .doesNotContainPattern(JAVA_CLASS_NAME));
        assertThatThrownBy(() -> AnnotationFiles.read(json))
                .satisfies(e -> assertThat(((AnnotationFormatException) e).line()).isPositive());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # input    | message
            ]          | line 1, column 1: a closing ']' with nothing open to close
            }          | line 1, column 1: a closing '}' with nothing open to close
            ~{~        | line 1, column 2: the text ends before the '}' that closes the object begun at line 1, column 1; was it cut off?
            ~{"a": [1~ | line 1, column 9: the text ends before the ']' that closes the array begun at line 1, column 7; was it cut off?
            [1, 2      | line 1, column 6: the text ends before the ']' that closes the array begun at line 1, column 1; was it cut off?
            """)
    void unbalancedBracketsAreNamedWithTheirPlace(String json, String message) {
        assertThatThrownBy(() -> AnnotationFiles.read(json)).hasMessage(message);
    }

    @Test
    void malformedBytesFromAFileAreRefusedInPlainWordsToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        for (String json : List.of("{\"a\": \"unterminated", "{\"a\" 1}", "{\"a\": [1, 2", "{\"a\": \u00e9}")) {
            java.nio.file.Path file = java.nio.file.Files.writeString(folder.resolve("broken.json"), json);
            assertThatThrownBy(() -> AnnotationFiles.load(file))
                    .isInstanceOf(AnnotationFormatException.class)
                    .satisfies(e -> assertThat(e.getMessage())
                            .startsWith(file.toString())
                            .doesNotContain("`", "StreamReadFeature", "JsonReadFeature", "Source:", "REDACTED", "was expecting", "end-of-input", "CTRL-CHAR", "(code ")
                            .doesNotContainPattern(JAVA_CLASS_NAME));
        }
    }
}
