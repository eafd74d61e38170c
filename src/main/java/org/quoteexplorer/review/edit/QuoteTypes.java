package org.quoteexplorer.review.edit;

import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/**
 * Guesses the type of a quotation a person marked by hand, from where it sits in the text.
 *
 * <p>Deliberately simple and explainable: the person sees the guess and can change it. A
 * headline is on the first line or on a heading-like line (short, no closing punctuation); a
 * quote starts a direct utterance when it opens its sentence or follows an introducing colon or
 * comma with a capital letter; anything else quoted inside the writer's sentence is partial.
 */
public final class QuoteTypes {

    /** Longer lines read as paragraphs even without a full stop. */
    static final int MAX_HEADING_LENGTH = 150;
    private static final String OPENING_MARKS = "“\"«‘'„‹";
    private static final String CLOSING_MARKS = "”\"»’'“‛›)]";
    private static final String SENTENCE_END = ".!?…";

    private QuoteTypes() {
    }

    public static QuoteType guess(String text, Span span) {
        int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', span.start());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        if (lineStart == firstLineStart(text) || isHeadingLike(line)) {
            return QuoteType.HEADLINE;
        }
        char before = lastNonSpaceBefore(text, lineStart, span.start());
        if (before == 0 || SENTENCE_END.indexOf(before) >= 0 || CLOSING_MARKS.indexOf(before) >= 0) {
            return QuoteType.DIRECT;
        }
        boolean introduced = before == ':' || before == ',' || before == '—' || before == '–';
        return introduced && opensWithCapital(text, span) ? QuoteType.DIRECT : QuoteType.PARTIAL;
    }

    /** Leading blank lines do not push the headline down. */
    private static int firstLineStart(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    }

    private static boolean isHeadingLike(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_HEADING_LENGTH) {
            return false;
        }
        int last = trimmed.length() - 1;
        while (last > 0 && CLOSING_MARKS.indexOf(trimmed.charAt(last)) >= 0) {
            last--;
        }
        char end = trimmed.charAt(last);
        return SENTENCE_END.indexOf(end) < 0 && end != ':' && end != ';' && end != ',';
    }

    private static char lastNonSpaceBefore(String text, int lineStart, int offset) {
        for (int i = offset - 1; i >= lineStart; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    private static boolean opensWithCapital(String text, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
        }
        return false;
    }
}
