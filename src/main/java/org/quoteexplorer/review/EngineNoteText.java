package org.quoteexplorer.review;

import java.util.Locale;
import org.quoteexplorer.model.Diagnostic;

/**
 * An engine note as one line of text for a terminal: what the engine could not settle, and where
 * in the article's text. {@code attribute} prints it for files and for JSON Lines alike.
 */
public final class EngineNoteText {

    /** How much of the article the line shows from the note's place on. */
    private static final int EXCERPT_CODE_POINTS = 40;

    private EngineNoteText() {
    }

    /**
     * "warning: unclosed quotation mark … at line 2, column 50: “We need more…" — the line and
     * column count in the article's text (headline = line 1, one paragraph per line), and the
     * excerpt finds the place in the original file whatever its format.
     */
    public static String describe(Diagnostic diagnostic, String text) {
        String message = diagnostic.severity().name().toLowerCase(Locale.ROOT) + ": " + diagnostic.message();
        if (diagnostic.span() == null || diagnostic.span().end() > text.length()) {
            return message;
        }
        int start = diagnostic.span().start();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        long line = text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        int column = text.codePointCount(lineStart, start) + 1;
        int lineEnd = text.indexOf('\n', start);
        String rest = text.substring(start, lineEnd < 0 ? text.length() : lineEnd);
        int cut = rest.offsetByCodePoints(0, Math.min(EXCERPT_CODE_POINTS, rest.codePointCount(0, rest.length())));
        String excerpt = cut < rest.length() ? rest.substring(0, cut) + "…" : rest;
        return message + " at line " + line + ", column " + column + ": " + excerpt;
    }
}
