package org.quoteexplorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
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
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Span;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one configured Jackson {@link ObjectMapper} of the app, and a strict reader whose refusals
 * name a line and column, also for problems found after parsing ("offset past the end of the
 * text"). Every JSON the app reads goes through the limits configured here.
 */
final class JsonSupport {

    /**
     * Deepest nesting accepted. The formats need six levels; the margin is for tools that wrap
     * them. Hostile input nested 10,000 deep is refused by the parser before any recursion.
     */
    static final int MAX_NESTING_DEPTH = 64;

    /** Longest string accepted, in chars: an article of this size is no longer a news article. */
    static final int MAX_STRING_CHARS = Limits.MAX_ARTICLE_CHARS;

    /**
     * Most tokens accepted: some 40,000 fully annotated quotes. Bounds the memory a hostile file
     * of millions of tiny values could make the tree take.
     */
    static final long MAX_TOKENS = 1_000_000;

    /** Longest number accepted: offsets and confidences need a handful of digits. */
    static final int MAX_NUMBER_DIGITS = 64;

    /** Largest input accepted, in chars or bytes. */
    static final long MAX_DOCUMENT_LENGTH = 4L * Limits.MAX_ARTICLE_CHARS;

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

    /** Jackson's hints for the programmer: "(from `StreamReadConstraints…`)", ": enable `JsonReadFeature…` to allow". */
    private static final Pattern PROGRAMMER_ADVICE = Pattern.compile(
            ":? ?enable `[^`]*` to allow|,? ?\\(?from `[^`]*`\\)?|\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)");

    private JsonSupport() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static String pretty(JsonNode node) {
        try {
            return PRETTY_WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises: " + e.getOriginalMessage(), e);
        }
    }

    static String compact(JsonNode node) {
        try {
            return COMPACT_WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises: " + e.getOriginalMessage(), e);
        }
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
        try (JsonParser parser = MAPPER.createParser(json)) {
            try {
                if (parser.nextToken() == null) {
                    throw new AnnotationFormatException("the input is empty: expected a JSON document");
                }
                JsonNode root = readValue(parser);
                if (parser.nextToken() != null) {
                    throw atParser(parser, "unexpected content after the end of the JSON document", null);
                }
                return StrictNode.root(root, json);
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new AnnotationFormatException(plainMessage(e), where.getLineNr(), where.getColumnNr(), "", e);
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
    static int[] locate(String json, String pointer) {
        try (JsonParser parser = MAPPER.createParser(json)) {
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
            return e.getClass().getSimpleName();
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
        message = SOURCE_REFERENCE.matcher(message.strip()).replaceAll("line $1, column $2");
        return PROGRAMMER_ADVICE.matcher(message).replaceAll("").strip();
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
                    String name = parser.currentName();
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
                return nodes.textNode(parser.getText());
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
