package org.quoteexplorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one configured Jackson {@link ObjectMapper} of the app, and a strict reader whose refusals
 * name a line and column, also for problems found after parsing ("offset past the end of the
 * text"). Every JSON the app reads goes through the limits configured here.
 */
final class JsonSupport {

    /**
     * Deepest nesting accepted. The formats need seven levels (a history entry in a recovery
     * file); the margin is for tools that wrap them. Hostile input nested 10,000 deep is refused by
     * the parser before any recursion.
     */
    static final int MAX_NESTING_DEPTH = 64;

    /**
     * Most quotes an annotation file may hold: as many as the engine attributes in one article.
     * The limits below are derived from it and from the longest article, so that whatever the
     * app writes for such an article it can read back.
     */
    static final int MAX_QUOTES = QuoteEngine.MAX_QUOTES;

    /**
     * Longest string accepted, in chars: the article text, which every other string (a quote, a
     * note, a name) is at most as long as.
     */
    static final int MAX_STRING_CHARS = Limits.MAX_ARTICLE_CHARS;

    /**
     * Most tokens (every brace, bracket, key and value) accepted. Per quote, counted on what the
     * writers produce: the native format needs 43 (41 measured with speaker, mention and cue,
     * plus a note), W3C needs 80 measured plus 14 for a note body and a speaker's title and type,
     * so 94; each history entry adds 10 and each alias of the speaker 1 (W3C repeats the speaker
     * in every annotation). A budget of 200 per quote leaves room for 10 history entries or
     * aliases on every quote: 100,000 quotes x 200 = 20,000,000; the speaker list (at most one
     * speaker per quote, some 40 tokens with aliases) adds 4,000,000. Bounds the memory a hostile
     * file of millions of tiny values could make the tree take.
     */
    static final long MAX_TOKENS = (long) MAX_QUOTES * 200 + (long) MAX_QUOTES * 40;

    /** Longest number accepted: offsets and confidences need a handful of digits. */
    static final int MAX_NUMBER_DIGITS = 64;

    /**
     * Largest input accepted, in chars or UTF-8 bytes (bytes are never fewer). The article text
     * is written once in full and once more in the quotes' own text (quotes do not overlap): at
     * 3 bytes a char (any BMP script; a surrogate pair is 4 bytes for 2 chars) that is
     * 2 x 3 x 16 Mi = 96 MiB. Each quote adds its fields: measured 460 bytes in the native format
     * and 1,300 in W3C (ids, selectors with 2 x 32 code points of context, the speaker body), so
     * a budget of 2,048 bytes a quote covers long ids, 4-byte context, a note and some history:
     * 100,000 x 2,048 = 195 MiB. 96 + 195 = 291 MiB, rounded up to 320 MiB. For scale: the
     * densest text ("“a,” said Bob. " repeated, 25 times its size in native JSON, 70 in W3C)
     * reaches the cap in 1.9 MB and exports to 46 MB native, 131 MB W3C. What still exceeds a
     * limit (hand-made mentions spanning the whole text, huge notes) is refused when writing, so
     * the app never writes a file it cannot read back.
     */
    static final long MAX_DOCUMENT_LENGTH = 320L * 1024 * 1024;

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_STRING_CHARS)
                            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                            .maxNumberLength(MAX_NUMBER_DIGITS)
                            .maxTokenCount(MAX_TOKENS)
                            .build())
                    // A key given twice is ambiguous: which value did the author mean?
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    // Callers own their streams: standard output must stay open after an export.
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build())
            // For direct readTree/readValue calls; parse() checks for trailing content itself.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Two-space indentation, {@code "key": value}, one array element per line, LF line ends on every OS. */
    static final ObjectWriter PRETTY_WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** One line per value, for JSON Lines. */
    static final ObjectWriter COMPACT_WRITER = MAPPER.writer();

    /** How Jackson cites a location inside its messages, e.g. "start marker at [Source: …; line: 1, column: 1]". */
    private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    /**
     * Any other citation of the input ("[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`
     * disabled); line: 1]" has no column): the place is reported by the exception anyway.
     */
    private static final Pattern OTHER_SOURCE_REFERENCE = Pattern.compile(" ?(?:at )?\\[Source: [^\\]]*\\]");

    /** Jackson's hints for the programmer: "(from `StreamReadConstraints…`)", ": enable `JsonReadFeature…` to allow". */
    private static final Pattern PROGRAMMER_ADVICE = Pattern.compile(
            ":? ?enable `[^`]*` to allow|,? ?\\(?from `[^`]*`\\)?|\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)");

    /** What is left of a library's own names after the patterns above: `Feature.NAME`, a class name. */
    private static final Pattern INTERNAL_NAMES = Pattern.compile(
            "\\(?`[^`]*`\\)?|\\b(?:com|java|javax)\\.[\\w.$]+|\\b[A-Z]\\w*(?:Feature|Exception|Constraints)(?:\\.[A-Z_]+)?\\b");

    private JsonSupport() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static String pretty(JsonNode node) {
        StringWriter out = new StringWriter();
        try {
            writePretty(node, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the tree as the app's pretty JSON, ending with a newline, after checking that
     * reading would accept it: no file the app writes is refused when opened again.
     *
     * @throws IllegalArgumentException if the tree exceeds a read limit; nothing is written then
     */
    static void writePretty(JsonNode node, Writer out) throws IOException {
        requireReadable(node);
        PRETTY_WRITER.writeValue(out, node);
        out.write('\n');
    }

    /** A generator writing the app's pretty JSON, as {@link #writePretty} does; closing it leaves {@code out} open. */
    static JsonGenerator prettyGenerator(Writer out) throws IOException {
        return PRETTY_WRITER.createGenerator(out);
    }

    static String compact(JsonNode node) {
        try {
            return COMPACT_WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises: " + e.getOriginalMessage(), e);
        }
    }

    /** The limits reading applies, checked on a tree about to be written. */
    static void requireReadable(JsonNode node) throws IOException {
        Size size = new Size();
        size.add(node, 1);
        if (size.tokens > MAX_TOKENS) {
            throw tooLarge("it would have " + size.tokens + " JSON values, more than the " + MAX_TOKENS + " a file may have");
        }
        if (size.longestString > MAX_STRING_CHARS) {
            throw tooLarge("a text value would be " + size.longestString + " characters long, more than the longest article ("
                    + MAX_STRING_CHARS + ")");
        }
        if (size.deepest > MAX_NESTING_DEPTH) {
            throw tooLarge("it would be nested " + size.deepest + " levels deep");
        }
        if (size.maxBytes > MAX_DOCUMENT_LENGTH) {
            // The bound is loose (every char counted as an escape): measure exactly before refusing.
            Utf8Counter counter = new Utf8Counter();
            PRETTY_WRITER.writeValue(counter, node);
            if (counter.bytes + 1 > MAX_DOCUMENT_LENGTH) {
                throw tooLarge("it would be " + Limits.size(counter.bytes + 1) + ", more than the "
                        + Limits.limit(MAX_DOCUMENT_LENGTH) + " a file may have");
            }
        }
    }

    private static IllegalArgumentException tooLarge(String why) {
        return new IllegalArgumentException("cannot export: the file could not be opened again: " + why);
    }

    /** Tokens as the parser counts them, and a cheap upper bound of the pretty-printed size in UTF-8. */
    private static final class Size {
        long tokens;
        long maxBytes;
        int longestString;
        int deepest;

        void add(JsonNode node, int depth) {
            deepest = Math.max(deepest, depth);
            // A line break, the indentation and a comma before every value.
            maxBytes += 2L * depth + 2;
            if (node.isObject()) {
                tokens += 2;
                maxBytes += 2;
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    tokens++;
                    string(field.getKey());
                    maxBytes += 2;
                    add(field.getValue(), depth + 1);
                }
            } else if (node.isArray()) {
                tokens += 2;
                maxBytes += 2;
                for (JsonNode element : node) {
                    add(element, depth + 1);
                }
            } else {
                tokens++;
                if (node.isTextual()) {
                    string(node.textValue());
                } else {
                    maxBytes += 32;
                }
            }
        }

        private void string(String value) {
            longestString = Math.max(longestString, value.length());
            // Six bytes for a control char written as an escape (backslash, u, four hex digits); no char takes more.
            maxBytes += 6L * value.length() + 2;
        }
    }

    /** Counts the UTF-8 bytes of what is written to it, keeping none. */
    private static final class Utf8Counter extends Writer {
        long bytes;

        @Override
        public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                // A surrogate pair is 4 bytes: 2 for each half.
                bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
        }

        @Override
        public void write(String text, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                char c = text.charAt(i);
                bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    // ------------------------------------------------------------------ reading

    /** A JSON input that can be read more than once: a second pass finds a refused value's place. */
    @FunctionalInterface
    interface Source {
        JsonParser open() throws IOException;
    }

    /**
     * Parses one JSON document strictly: syntax errors, duplicate keys, trailing content and
     * anything beyond the limits are refused with their line and column.
     */
    static StrictNode parse(String json) throws AnnotationFormatException {
        if (json.length() > MAX_DOCUMENT_LENGTH) {
            throw new AnnotationFormatException("the input is " + json.length() + " characters long; at most "
                    + MAX_DOCUMENT_LENGTH + " are accepted");
        }
        return parse(() -> MAPPER.createParser(json));
    }

    /**
     * Parses UTF-8 bytes without first making a String of them (a large file would otherwise be
     * in memory three times: bytes, String and tree). A byte order mark is skipped; bytes that
     * are not UTF-8 are refused.
     */
    static StrictNode parse(byte[] utf8) throws AnnotationFormatException {
        if (utf8.length > MAX_DOCUMENT_LENGTH) {
            throw new AnnotationFormatException("the input is " + utf8.length + " bytes long; at most "
                    + MAX_DOCUMENT_LENGTH + " are accepted");
        }
        int start = hasBom(utf8) ? 3 : 0;
        return parse(() -> MAPPER.createParser(new InputStreamReader(
                new ByteArrayInputStream(utf8, start, utf8.length - start),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))));
    }

    static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static StrictNode parse(Source source) throws AnnotationFormatException {
        try (JsonParser parser = source.open()) {
            try {
                if (parser.nextToken() == null) {
                    throw new AnnotationFormatException("the input is empty: expected a JSON document");
                }
                JsonNode root = readValue(parser);
                if (parser.nextToken() != null) {
                    throw atParser(parser, "unexpected content after the end of the JSON document", null);
                }
                return StrictNode.root(root, source);
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new AnnotationFormatException(plainMessage(e), where.getLineNr(), where.getColumnNr(), "", e);
            } catch (CharacterCodingException e) {
                JsonLocation where = parser.currentLocation();
                throw new AnnotationFormatException("not UTF-8 text (invalid byte sequence) near line " + where.getLineNr(), e);
            }
        } catch (AnnotationFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new AnnotationFormatException("cannot read the JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Line and column of the value at {@code pointer} in a document that {@link #parse} accepted.
     * Found by parsing again: problems are rare, and remembering the place of every value up front
     * would cost memory on every read.
     */
    static int[] locate(Source source, String pointer) {
        try (JsonParser parser = source.open()) {
            JsonPointer target = JsonPointer.compile(pointer);
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY
                        && parser.getParsingContext().pathAsPointer().equals(target)) {
                    JsonLocation where = parser.currentTokenLocation();
                    return new int[] {where.getLineNr(), where.getColumnNr()};
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // The document parsed once already; failing now means no place can be given.
        }
        return new int[] {0, 0};
    }

    private static AnnotationFormatException atParser(JsonParser parser, String problem, Throwable cause) {
        JsonLocation where = parser.currentTokenLocation();
        return new AnnotationFormatException(problem, where.getLineNr(), where.getColumnNr(), "", cause);
    }

    /**
     * Jackson's message without its appended location and source excerpt (we report those
     * ourselves), and without its advice to programmers ("enable `JsonReadFeature…`", "from
     * `StreamReadConstraints…`"), which an analyst can do nothing with.
     */
    private static String plainMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "the input is not valid JSON";
        }
        if (e instanceof StreamConstraintsException) {
            String limit = beyondLimit(message);
            if (limit != null) {
                return limit;
            }
        }
        if (message.contains("ALLOW_COMMENTS")) {
            return "comments are not allowed in JSON";
        }
        if (message.startsWith("Unexpected close marker") && message.contains("for root")) {
            // Jackson cites the root without a column ("[Source: REDACTED (`…`); line: 1]").
            return "a closing " + message.substring("Unexpected close marker ".length(), message.indexOf(':'))
                    + " with nothing open to close";
        }
        message = SOURCE_REFERENCE.matcher(message.strip()).replaceAll("line $1, column $2");
        message = OTHER_SOURCE_REFERENCE.matcher(message).replaceAll("");
        message = PROGRAMMER_ADVICE.matcher(message).replaceAll("");
        Optional<String> plain = JsonSyntaxWording.of(message);
        if (plain.isPresent()) {
            return plain.get();
        }
        return INTERNAL_NAMES.matcher(message).replaceAll("").replaceAll(" {2,}", " ").replaceAll(" ([,.;:)])", "$1").strip();
    }

    private static String beyondLimit(String message) {
        if (message.startsWith("Document nesting depth")) {
            return "nested more than " + MAX_NESTING_DEPTH + " levels deep; annotation files need only a few levels";
        }
        if (message.startsWith("String value length")) {
            return "a text value is longer than " + MAX_STRING_CHARS + " characters, the most an article may have";
        }
        if (message.startsWith("Token count")) {
            return "more than " + MAX_TOKENS + " values; split the file";
        }
        if (message.startsWith("Number value length")) {
            return "a number with more than " + MAX_NUMBER_DIGITS + " digits";
        }
        return null;
    }

    /**
     * Builds the tree by hand rather than with {@code readTree} so that every token passes the
     * stream constraints before a node exists for it. Recursion is bounded by
     * {@link #MAX_NESTING_DEPTH}: the parser refuses deeper input before this method descends further.
     */
    private static JsonNode readValue(JsonParser parser) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = checkedText(parser, parser.currentName());
                    parser.nextToken();
                    object.set(name, readValue(parser));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser));
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(checkedText(parser, parser.getText()));
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return nodes.numberNode(parser.getIntValue());
                    case LONG:
                        return nodes.numberNode(parser.getLongValue());
                    default:
                        return nodes.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw atParser(parser, "unexpected " + token, null);
        }
    }

    /**
     * JSON can spell a lone surrogate ("\\ud800"); Java strings hold it, but it is no character,
     * and writing it as UTF-8 later turns it into "?". Refused here, where the place is known.
     */
    private static String checkedText(JsonParser parser, String text) throws AnnotationFormatException {
        int unpaired = DocumentChecks.unpairedSurrogate(text);
        if (unpaired >= 0) {
            throw atParser(parser, "a text value has an unpaired UTF-16 surrogate (\\u"
                    + Integer.toHexString(text.charAt(unpaired)) + ") at code point " + text.codePointCount(0, unpaired)
                    + ": not valid Unicode text", null);
        }
        return text;
    }

    static String escapePointer(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
    // ------------------------------------------------------------------ writing helpers shared by the formats

    static void putIfPresent(ObjectNode target, String name, String value) {
        if (value != null) {
            target.put(name, value);
        }
    }

    static void putIfPresent(ObjectNode target, String name, Instant value) {
        if (value != null) {
            target.put(name, value.toString());
        }
    }

    /** The article as both formats carry it, so that either converts back to the other unchanged. */
    static void putDocument(ObjectNode doc, Article article) {
        doc.put("id", article.id());
        doc.put("title", article.title());
        putIfPresent(doc, "source", article.source());
        doc.put("sha256", article.sha256());
        putIfPresent(doc, "created", article.created());
        putIfPresent(doc, "modified", article.modified());
        if (article.published() != null) {
            doc.put("published", article.published().toString());
        }
        putIfPresent(doc, "publisher", article.publisher());
        putIfPresent(doc, "url", article.url());
        doc.put("text", article.text());
    }

    /** A span as {start, end, text} in code points: the one shape every format uses for it. */
    static void putSpan(ObjectNode target, Span span, String text, CodePointIndex index) {
        target.put("start", index.toCodePoints(span.start()));
        target.put("end", index.toCodePoints(span.end()));
        target.put("text", span.of(text));
    }

    static void putHistory(ArrayNode target, List<HistoryEntry> history) {
        for (HistoryEntry entry : history) {
            ObjectNode h = target.addObject();
            h.put("time", entry.time().toString());
            h.put("action", entry.action());
            putIfPresent(h, "from", entry.from());
            putIfPresent(h, "to", entry.to());
        }
    }
}
