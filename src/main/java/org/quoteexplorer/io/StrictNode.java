package org.quoteexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON value with its place in the input, whose accessors refuse anything unexpected with a
 * message naming the field ("quotes[2].end") and its line and column.
 */
final class StrictNode {

    private final JsonNode node;
    private final String pointer;
    private final String path;
    /** The parsed input, kept to find a value's line and column again when it is refused. */
    private final JsonSupport.Source source;

    private StrictNode(JsonNode node, String pointer, String path, JsonSupport.Source source) {
        this.node = node;
        this.pointer = pointer;
        this.path = path;
        this.source = source;
    }

    static StrictNode root(JsonNode node, JsonSupport.Source source) {
        return new StrictNode(node, "", "", source);
    }

    JsonNode json() {
        return node;
    }

    String path() {
        return path;
    }

    boolean isObject() {
        return node.isObject();
    }

    boolean isArray() {
        return node.isArray();
    }

    boolean has(String name) {
        return node.isObject() && node.has(name);
    }

    AnnotationFormatException error(String problem) {
        int[] where = JsonSupport.locate(source, pointer);
        return new AnnotationFormatException(problem, where[0], where[1], path, null);
    }

    StrictNode requireObject() throws AnnotationFormatException {
        if (!node.isObject()) {
            throw error("expected an object, found " + describe(node));
        }
        return this;
    }

    /** Refuses fields this format does not define: a misspelt "speker" must not vanish silently. */
    StrictNode allowOnly(Set<String> names) throws AnnotationFormatException {
        requireObject();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!names.contains(name)) {
                throw child(name).error("unknown field \"" + name + "\"; expected one of " + new TreeSet<>(names));
            }
        }
        return this;
    }

    StrictNode field(String name) throws AnnotationFormatException {
        requireObject();
        JsonNode value = node.get(name);
        if (value == null) {
            throw error("missing required field \"" + name + "\"");
        }
        return child(name);
    }

    /** The field, or empty when it is absent or {@code null}. */
    Optional<StrictNode> optionalField(String name) throws AnnotationFormatException {
        requireObject();
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(child(name));
    }

    /** The text of an optional field, or {@code null} when it is absent or null. */
    String optionalText(String name) throws AnnotationFormatException {
        Optional<StrictNode> field = optionalField(name);
        return field.isPresent() ? field.get().text() : null;
    }

    Instant optionalInstant(String name) throws AnnotationFormatException {
        Optional<StrictNode> field = optionalField(name);
        return field.isPresent() ? field.get().instant() : null;
    }

    /** An optional calendar day like 2025-06-23, or {@code null} when the field is absent. */
    java.time.LocalDate optionalDay(String name) throws AnnotationFormatException {
        Optional<StrictNode> field = optionalField(name);
        if (field.isEmpty()) {
            return null;
        }
        String text = field.get().text();
        try {
            return java.time.LocalDate.parse(requireFourDigitYear(text));
        } catch (DateTimeParseException e) {
            throw field.get().error("\"" + abbreviate(text) + "\" is not a date like 2025-06-23");
        }
    }

    private StrictNode child(String name) {
        String childPath = path.isEmpty() ? name : path + "." + name;
        return new StrictNode(node.get(name), pointer + "/" + JsonSupport.escapePointer(name), childPath, source);
    }

    List<StrictNode> elements() throws AnnotationFormatException {
        if (!node.isArray()) {
            throw error("expected an array, found " + describe(node));
        }
        List<StrictNode> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new StrictNode(node.get(i), pointer + "/" + i, path + "[" + i + "]", source));
        }
        return elements;
    }

    String text() throws AnnotationFormatException {
        if (!node.isTextual()) {
            throw error("expected a string, found " + describe(node));
        }
        return node.textValue();
    }

    String nonBlankText() throws AnnotationFormatException {
        String text = text();
        if (text.isBlank()) {
            throw error("must not be empty");
        }
        return text;
    }

    int integer() throws AnnotationFormatException {
        if (!node.isIntegralNumber()) {
            throw error("expected an integer, found " + describe(node));
        }
        if (!node.canConvertToInt()) {
            throw error("integer " + node.asText() + " is out of range");
        }
        return node.intValue();
    }

    double number() throws AnnotationFormatException {
        if (!node.isNumber()) {
            throw error("expected a number, found " + describe(node));
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw error("number " + node.asText() + " is out of range");
        }
        return value;
    }

    Instant instant() throws AnnotationFormatException {
        String text = text();
        try {
            return Instant.parse(requireFourDigitYear(text));
        } catch (DateTimeParseException e) {
            throw error("\"" + abbreviate(text) + "\" is not a UTC timestamp like 2025-06-23T14:05:00Z");
        }
    }

    /**
     * Java reads years beyond 9999 and before 0 ("+12025-…", "-0001-…"), which the format's
     * schema (four digits) and other tools do not: refused as unreadable, not written back so.
     */
    private static String requireFourDigitYear(String text) {
        if (text.length() < 5 || text.charAt(4) != '-' || !Character.isDigit(text.charAt(0)) || !Character.isDigit(text.charAt(1))
                || !Character.isDigit(text.charAt(2)) || !Character.isDigit(text.charAt(3))) {
            throw new DateTimeParseException("not a four-digit year", text, 0);
        }
        return text;
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "the string \"" + abbreviate(value.textValue()) + "\"";
        }
        if (value.isNumber()) {
            return "the number " + abbreviate(value.asText());
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isNull()) {
            return "null";
        }
        return value.isArray() ? "an array" : "an object";
    }

    static String abbreviate(String text) {
        // Cut at a code point boundary so that no half of a surrogate pair reaches the message.
        return text.codePointCount(0, text.length()) <= 40 ? text : text.substring(0, text.offsetByCodePoints(0, 37)) + "...";
    }
}
