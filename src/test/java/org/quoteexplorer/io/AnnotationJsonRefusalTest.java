package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed and hostile input is refused with the problem and its place. */
class AnnotationJsonRefusalTest {

    /** Valid; each case below breaks one thing in it. Line numbers matter to the assertions. */
    private static final String VALID = String.join("\n",
            "{",
            "  \"format\": \"quote-explorer/1\",",
            "  \"document\": {\"id\": \"memo\", \"text\": \"She said \u201Cyes\u201D. He said \u201Cno\u201D.\"},",
            "  \"speakers\": [{\"id\": \"s1\", \"name\": \"Ann Lee\", \"kind\": \"person\", \"aliases\": []}],",
            "  \"quotes\": [",
            "    {\"id\": \"q1\", \"start\": 9, \"end\": 14, \"text\": \"\u201Cyes\u201D\", \"speaker\": \"s1\", \"status\": \"accepted\"},",
            "    {\"id\": \"q2\", \"start\": 24, \"end\": 28, \"text\": \"\u201Cno\u201D\", \"confidence\": 0.5}",
            "  ]",
            "}");

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                arguments("syntax error", "\"s1\", \"status\"", "\"s1\" \"status\"", "where a comma should separate the fields of an object", 6),
                arguments("string where an integer belongs", "\"start\": 24", "\"start\": \"24\"", "(quotes[1].start): expected an integer, found the string \"24\"", 7),
                arguments("fractional offset", "\"start\": 24", "\"start\": 24.5", "expected an integer", 7),
                arguments("offset past the end", "\"end\": 28", "\"end\": 99", "(quotes[1].end): end 99 is outside document.text (0..29 code points)", 7),
                arguments("negative offset", "\"start\": 9", "\"start\": -1", "start -1 is outside", 6),
                arguments("end before start", "\"end\": 14", "\"end\": 8", "must be greater than start", 6),
                arguments("quote text not at its offsets", "\"\u201Cno\u201D\"", "\"\u201CNo\u201D\"", "(quotes[1].text): text \"\u201CNo\u201D\" is not the document text at 24..28", 7),
                arguments("overlapping quotes", "\"start\": 24, \"end\": 28, \"text\": \"\u201Cno\u201D\"",
                        "\"start\": 12, \"end\": 16, \"text\": \"s\u201D. \"", "quote \"q2\" overlaps quote \"q1\"", 7),
                arguments("unknown speaker id", "\"speaker\": \"s1\"", "\"speaker\": \"s7\"", "(quotes[0].speaker): unknown speaker id \"s7\"", 6),
                arguments("misspelt field", "\"speaker\": \"s1\"", "\"speker\": \"s1\"", "unknown field \"speker\"", 6),
                arguments("status out of the vocabulary", "\"accepted\"", "\"maybe\"", "\"maybe\" is not one of suggested | accepted | corrected | rejected | unsure", 6),
                arguments("kind out of the vocabulary", "\"person\"", "\"alien\"", "(speakers[0].kind)", 4),
                arguments("duplicate key", "\"id\": \"q1\",", "\"id\": \"q1\", \"id\": \"q3\",", "Duplicate field 'id'", 6),
                arguments("other format version", "quote-explorer/1", "quote-explorer/2", "unsupported format \"quote-explorer/2\"", 2),
                arguments("misspelt top-level field", "\"quotes\": [", "\"quotez\": [", "unknown field \"quotez\"; expected one of [document, format, quotes, speakers]", 5),
                arguments("speakers not an array", "[{\"id\": \"s1\", \"name\": \"Ann Lee\", \"kind\": \"person\", \"aliases\": []}]",
                        "{\"id\": \"s1\"}", "(speakers): expected an array, found an object", 4),
                arguments("required field absent", "  \"speakers\": [{\"id\": \"s1\", \"name\": \"Ann Lee\", \"kind\": \"person\", \"aliases\": []}],\n", "",
                        "missing required field \"speakers\"", 1),
                arguments("trailing content", "  ]\n}", "  ]\n}\n{}", "unexpected content after the end", 10),
                arguments("confidence above one", "0.5}", "1.5}", "confidence 1.5 is not between 0 and 1", 7),
                arguments("duplicate quote id", "{\"id\": \"q2\"", "{\"id\": \"q1\"", "quote id \"q1\" is used twice", 7),
                arguments("wrong sha256", "\"id\": \"memo\",", "\"id\": \"memo\", \"sha256\": \"" + "0".repeat(64) + "\",",
                        "(document.sha256): does not match document.text", 3),
                arguments("bad timestamp", "\"id\": \"memo\",", "\"id\": \"memo\", \"created\": \"yesterday\",", "is not a UTC timestamp", 3),
                arguments("a timestamp beyond year 9999", "\"id\": \"memo\",",
                        "\"id\": \"memo\", \"created\": \"+12025-06-23T14:05:00Z\",", "is not a UTC timestamp", 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFileIsRefusedNamingTheProblemAndItsLine(String what, String find, String replace, String expected, int line) {
        assertThat(VALID).contains(find);
        String broken = VALID.replace(find, replace);

        assertThatThrownBy(() -> AnnotationJson.read(broken))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageContaining(expected)
                .hasMessageStartingWith("line " + line + ", column ")
                .satisfies(e -> assertThat(((AnnotationFormatException) e).line()).isEqualTo(line));
    }

    @Test
    void theUnbrokenFileIsAccepted() throws Exception {
        assertThat(AnnotationJson.read(VALID).quotes()).hasSize(2);
    }

    @Test
    void tenThousandDeepNestingIsRefusedWithoutAStackOverflow() {
        String deep = "{\"format\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertThatThrownBy(() -> AnnotationJson.read(deep))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageContaining("nested more than 64 levels deep")
                .hasMessageStartingWith("line 1, column ");
    }

    @Test
    void hundredMegabyteStringIsRefusedAsLongerThanAnyArticle() {
        String huge = "{\"format\": \"quote-explorer/1\", \"document\": {\"id\": \"x\", \"text\": \""
                + "a".repeat(100_000_000) + "\"}}";

        assertThatThrownBy(() -> AnnotationJson.read(huge))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageContaining("a text value is longer than " + JsonSupport.MAX_STRING_CHARS + " characters");
    }

    @Test
    void aFileLargerThanAnyExportIsRefusedBeforeItIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path file = folder.resolve("huge.json");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(JsonSupport.MAX_DOCUMENT_LENGTH + 1);
        }

        assertThatThrownBy(() -> AnnotationFiles.load(file))
                .hasMessageContaining("huge.json")
                .hasMessageContaining("larger than " + Limits.limit(JsonSupport.MAX_DOCUMENT_LENGTH) + " is refused");
    }

    @Test
    void stringLongerThanAnyArticleIsRefusedWithItsPlace() {
        String json = "{\"format\": \"quote-explorer/1\",\n \"document\": {\"id\": \"x\", \"text\": \""
                + "a".repeat(JsonSupport.MAX_STRING_CHARS + 1) + "\"}}";

        assertThatThrownBy(() -> AnnotationJson.read(json))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageContaining("a text value is longer than " + JsonSupport.MAX_STRING_CHARS + " characters")
                .hasMessageStartingWith("line 2, column ");
    }

    @Test
    void millionsOfTinyValuesAreRefusedBeforeTheyFillTheMemory() {
        String flood = "{\"format\": [" + "0,".repeat((int) JsonSupport.MAX_TOKENS) + "0]}";

        assertThatThrownBy(() -> AnnotationJson.read(flood))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageContaining("more than " + JsonSupport.MAX_TOKENS + " values")
                .hasMessageStartingWith("line 1, column ");
    }

    @Test
    void emptyInputIsRefused() {
        assertThatThrownBy(() -> AnnotationJson.read("  \n")).hasMessageContaining("empty");
    }

    @Test
    void unpairedSurrogateInTheTextIsRefused() {
        String json = VALID.replace("She said", "\\uD83C She said");

        assertThatThrownBy(() -> AnnotationJson.read(json))
                .hasMessageStartingWith("line 3, column ")
                .hasMessageContaining("unpaired UTF-16 surrogate (\\ud83c) at code point 0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            NaN                | {"confidence": NaN}        | 'NaN' is not a JSON number
            comment            | {"a": 1} // note           | comments are not allowed in JSON
            number of 70 digits| {"a": 1111111111111111111111111111111111111111111111111111111111111111111111} | a number with more than 64 digits
            trailing comma     | {"a": 1,}                  | found '}' where a field name in double quotes should begin (a comma too many before it?)
            single quotes      | {'a': 1}                   | found "'" where a field name in double quotes should begin (JSON needs double quotes, not single ones)
            curly quotes       | {\u201Ca\u201D: 1}                 | found '\u201C' where a field name in double quotes should begin (JSON needs straight double quotes ", not curly ones)
            missing colon      | {"a" 1}                    | found '1' where a colon should follow the field name
            missing comma      | [1 2]                      | found '2' where a comma should separate the values of an array (a comma missing?)
            comma too many     | [1,]                       | found ']' where a value should be (a comma too many before it?)
            missing value      | {"a": }                    | found '}' where a value should be
            word, not a value  | {"a": yes}                 | 'yes' is not a JSON value (expected text in double quotes, a number, true, false, null, [ or {)
            capital literal    | {"a": True}                | 'True' is not a JSON value (expected text in double quotes, a number, true, false, null, [ or {); JSON writes true in lower case
            cut-off string     | {"a": "x                   | the text ends inside a string (its closing double quote is missing); was it cut off?
            cut-off object     | {"a":                      | the text ends inside an object; was it cut off?
            leading zero       | {"a": 01}                  | a number with a leading zero (JSON writes 1, not 01)
            bare decimal point | {"a": 1.}                  | a malformed number: decimal point not followed by a digit
            unknown escape     | {"a": "\\q"}               | '\\q' is not a JSON escape (a backslash in text is written \\\\)
            short escape       | {"a": "\\u12"}             | a \\u escape needs four hexadecimal digits; found '"'
            control character  | {"a": "x\u0001"}           | a control character (U+0001) inside a string; JSON writes it as \\u0001
            plus sign          | {"a": +5}                  | a number with a plus sign (JSON writes 5, not +5)
            """)
    void parserRefusalsSpeakToTheUserNotToTheProgrammer(String what, String json, String expected) {
        assertThatThrownBy(() -> AnnotationJson.read(json))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageContaining(expected)
                .hasMessageNotContainingAny("`", "Feature", "StreamReadConstraints", "enable");
    }
}
