package org.quoteexplorer.io;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;

/**
 * Articles as JSON Lines, one object per line, as data lakes and feeds keep them:
 * {@code {"id": …, "text": …}} and, optionally, {@code title}, {@code date}, {@code publisher}
 * and {@code url}; other keys are ignored, so a feed's own fields can stay in the line. The
 * results go back out one annotated document per line.
 *
 * <p>Stateless and thread-safe: a command line and a cluster job call it the same way, so that
 * the same line gives the same bytes in both.
 */
public final class JsonLinesArticles {

    private JsonLinesArticles() {
    }

    /**
     * One input line as an article. Its text is read as the text of a plain-text file is (same
     * paragraph rules and limits), so a line and a {@code .txt} file of the same text attribute
     * alike; {@code date} may be a day or a timestamp (only the day is kept, as written).
     *
     * @param lineNumber 1-based, for the message
     * @throws ArticleLineException naming the line and what is wrong: not JSON, not an object,
     *                              no "id", "text" not a string or empty, a bad date, …
     */
    public static Article parse(String line, long lineNumber) throws ArticleLineException {
        if (line.isBlank()) {
            throw new ArticleLineException(lineNumber, "line " + lineNumber + ": empty line, expected an article "
                    + "{\"id\": …, \"text\": …}");
        }
        try {
            StrictNode root = JsonSupport.parse(line);
            if (!root.isObject()) {
                throw new ArticleLineException(lineNumber, "line " + lineNumber + ": expected an article "
                        + "{\"id\": …, \"text\": …}, found " + kindOf(root));
            }
            String id = id(root, lineNumber);
            String text = required(root, "text", lineNumber);
            String title = optional(root, "title");
            LocalDate published = date(root, lineNumber);
            String publisher = optional(root, "publisher");
            String url = optional(root, "url");
            String read = textAsFile(text, lineNumber);
            return new Article(id, title == null || title.isBlank() ? null : title.strip(), null, read, null, null,
                    published, publisher, url);
        } catch (AnnotationFormatException e) {
            throw new ArticleLineException(lineNumber, onLine(e, lineNumber));
        }
    }

    /**
     * The document as one line of JSON: the same content as {@link AnnotationJson#write} (the
     * file export), compact, with no line end, and U+2028/U+2029 escaped so that no line reader
     * splits it. {@link AnnotationJson#read} reads it back.
     *
     * @throws IllegalArgumentException as {@link AnnotationJson#write(AnnotatedArticle)}
     */
    public static String documentLine(AnnotatedArticle document) {
        return AnnotationJson.writeLine(document);
    }

    private static String id(StrictNode root, long lineNumber) throws AnnotationFormatException, ArticleLineException {
        if (!root.has("id") || root.json().get("id").isNull()) {
            throw new ArticleLineException(lineNumber, "line " + lineNumber + ": no \"id\": every article needs one "
                    + "(a string or a whole number)");
        }
        StrictNode node = root.field("id");
        if (node.json().isIntegralNumber()) {
            // Feeds number their articles as often as they name them; 17 and "17" are the same article.
            BigInteger number = node.json().bigIntegerValue();
            return number.toString();
        }
        if (!node.json().isTextual()) {
            throw node.error("\"id\" must be a string or a whole number");
        }
        String id = node.text();
        if (id.isBlank()) {
            throw node.error("\"id\" is empty");
        }
        return id;
    }

    private static String required(StrictNode root, String name, long lineNumber)
            throws AnnotationFormatException, ArticleLineException {
        if (!root.has(name) || root.json().get(name).isNull()) {
            throw new ArticleLineException(lineNumber, "line " + lineNumber + ": no \"" + name + "\"");
        }
        StrictNode node = root.field(name);
        if (!node.json().isTextual()) {
            throw node.error("\"" + name + "\" must be a string");
        }
        String value = node.text();
        if (value.isBlank()) {
            throw node.error("\"" + name + "\" is empty");
        }
        return value;
    }

    /** A feed writes null as often as it leaves a key out: both mean "not known". */
    private static String optional(StrictNode root, String name) throws AnnotationFormatException {
        if (!root.has(name) || root.json().get(name).isNull()) {
            return null;
        }
        StrictNode node = root.field(name);
        if (!node.json().isTextual()) {
            throw node.error("\"" + name + "\" must be a string");
        }
        return node.text().isBlank() ? null : node.text();
    }

    private static LocalDate date(StrictNode root, long lineNumber) throws AnnotationFormatException {
        String value = optional(root, "date");
        if (value == null) {
            return null;
        }
        Optional<LocalDate> day = ArticleDates.parse(value);
        if (day.isEmpty()) {
            throw root.field("date").error("\"date\" \"" + StrictNode.abbreviate(value)
                    + "\" is not a date like 2025-06-23 or a timestamp like 2025-06-23T14:05:00Z");
        }
        return day.get();
    }

    private static String textAsFile(String text, long lineNumber) throws ArticleLineException {
        // The reader names the "file" in its messages; the name is replaced by the field's.
        String name = "line.txt";
        try {
            return ArticleReader.read(text, name).article().text();
        } catch (ArticleReadException e) {
            String message = e.getMessage() == null ? "cannot be read as an article" : e.getMessage();
            if (message.startsWith(name)) {
                message = message.substring(name.length()).strip();
            }
            throw new ArticleLineException(lineNumber, "line " + lineNumber + ": \"text\" " + message);
        }
    }

    /** "line 1, column 12 (text): …" of the one-line document becomes "line 7, column 12: …" of the input. */
    private static String onLine(AnnotationFormatException e, long lineNumber) {
        String message = e.getMessage();
        String place = "line " + e.line() + ", column " + e.column();
        if (e.line() > 0 && message.startsWith(place)) {
            String rest = message.substring(place.length());
            if (rest.startsWith(" (")) {
                // The field is named in the problem itself.
                int close = rest.indexOf("):");
                rest = close >= 0 ? rest.substring(close + 1) : rest;
            }
            // Only the first line of the input document can be meant: it has no other.
            return "line " + lineNumber + ", column " + e.column() + rest;
        }
        return "line " + lineNumber + ": " + (message.startsWith("the input is empty") ? "empty line" : message);
    }

    private static String kindOf(StrictNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.json().isTextual()) {
            return "a string";
        }
        if (node.json().isNumber()) {
            return "a number";
        }
        return node.json().isNull() ? "null" : node.json().asText();
    }
}
