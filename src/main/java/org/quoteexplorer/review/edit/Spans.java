package org.quoteexplorer.review.edit;

import java.util.Set;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Span;

/** Checks on spans a person selected, with messages that say what is wrong. */
final class Spans {

    private Spans() {
    }

    static void requireWithin(String text, Span span, String what) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException(what + " " + show(span) + " lies outside the text (length "
                    + text.length() + ")");
        }
        requireCharacterBoundary(text, span.start(), what);
        requireCharacterBoundary(text, span.end(), what);
    }

    /**
     * Offsets are UTF-16 indices, but the export counts code points: a boundary between the two
     * halves of a surrogate pair (an emoji, say) has no code point offset, so it is refused here.
     */
    static void requireCharacterBoundary(String text, int offset, String what) {
        if (offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset))) {
            throw new IllegalArgumentException(what + " cuts a character in half at offset " + offset);
        }
    }

    /** {@code offset} moved by {@code delta} code points, or -1 if that leaves the text. */
    static int shiftByCodePoints(String text, int offset, int delta) {
        int moved = offset;
        for (int step = 0; step < Math.abs(delta); step++) {
            if (delta > 0 ? moved >= text.length() : moved <= 0) {
                return -1;
            }
            moved += delta > 0 ? Character.charCount(text.codePointAt(moved))
                    : -Character.charCount(text.codePointBefore(moved));
        }
        return moved;
    }

    /**
     * The selection without surrounding white space: a drag or double-click selection often picks
     * up a space, which would otherwise become part of the annotation.
     */
    static Span trimmedSelection(String text, Span selection, String what) {
        requireWithin(text, selection, what);
        int start = selection.start();
        int end = selection.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new IllegalArgumentException(what + " " + show(selection) + " is empty");
        }
        return new Span(start, end);
    }

    /** Quotes never overlap: each character belongs to at most one quotation. */
    static void requireNoOtherQuote(AnnotatedArticle document, Span span, Set<String> exceptIds, String what) {
        for (Quote other : document.quotes()) {
            if (!exceptIds.contains(other.id()) && other.span().overlaps(span)) {
                throw new IllegalArgumentException(what + " would overlap the quote " + QuoteSnippets.of(document, other));
            }
        }
    }

    /** The speaker is named outside the words they are quoted as saying. */
    static void requireOutsideQuote(Span evidence, Span quote, String what) {
        if (evidence.overlaps(quote)) {
            throw new IllegalArgumentException(what + " " + show(evidence) + " lies inside the quote " + show(quote));
        }
    }

    static String show(Span span) {
        return "[" + span.start() + ", " + span.end() + ")";
    }
}
