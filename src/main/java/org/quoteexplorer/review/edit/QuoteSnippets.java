package org.quoteexplorer.review.edit;

import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Span;

/**
 * How the app names a quote to a person: the start of its words in curly quotes, e.g.
 * “We will respond to every…”. Analysts never see quote ids, so undo labels, the status line and
 * messages name quotes this way.
 */
public final class QuoteSnippets {

    /** Characters of the quote's words shown before the ellipsis: enough to recognise it in a menu. */
    public static final int MAX_WORDS_LENGTH = 30;
    private static final String OPEN = "\u201C";
    private static final String CLOSE = "\u201D";
    private static final String ELLIPSIS = "\u2026";
    /** Every quotation mark the engine recognises, straight, curly, low-9 and angle. */
    private static final String MARKS = "\"'\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F";
    /** Punctuation that ends the quoted words where the sentence carries on ("…pier," said she). */
    private static final String TRAILING = ",;:";

    private QuoteSnippets() {
    }

    public static String of(AnnotatedArticle document, Quote quote) {
        return of(document.text(), quote.span());
    }

    /** The words at {@code span}, without their own quotation marks, shortened at a word boundary, in curly quotes. */
    public static String of(String text, Span span) {
        String words = span.of(text).strip().replaceAll("\\s+", " ");
        String bare = strip(words);
        if (bare.isEmpty()) {
            bare = words;
        }
        return OPEN + shortened(bare) + CLOSE;
    }

    private static String strip(String words) {
        int start = 0;
        int end = words.length();
        while (start < end && (MARKS.indexOf(words.charAt(start)) >= 0 || Character.isWhitespace(words.charAt(start)))) {
            start++;
        }
        while (end > start && (MARKS.indexOf(words.charAt(end - 1)) >= 0 || TRAILING.indexOf(words.charAt(end - 1)) >= 0
                || Character.isWhitespace(words.charAt(end - 1)))) {
            end--;
        }
        return words.substring(start, end);
    }

    private static String shortened(String words) {
        if (words.codePointCount(0, words.length()) <= MAX_WORDS_LENGTH) {
            return words;
        }
        int cut = words.offsetByCodePoints(0, MAX_WORDS_LENGTH);
        // end on a whole word unless that would leave too little to recognise the quote by
        int space = words.lastIndexOf(' ', cut);
        if (space >= MAX_WORDS_LENGTH / 2) {
            cut = space;
        }
        String head = words.substring(0, cut);
        int end = head.length();
        while (end > 0 && (TRAILING.indexOf(head.charAt(end - 1)) >= 0 || ".!?-\u2013\u2014".indexOf(head.charAt(end - 1)) >= 0
                || Character.isWhitespace(head.charAt(end - 1)))) {
            end--;
        }
        return head.substring(0, end) + ELLIPSIS;
    }
}
