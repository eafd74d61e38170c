package org.quoteexplorer.engine;

import java.util.ArrayList;
import java.util.List;
import org.quoteexplorer.model.Span;

/**
 * The article's lines: one paragraph per non-blank line, the first one its headline. Lines that
 * look like headings (short, title case, no closing full stop) are headings too: quotes in them
 * are headline quotes, and their grammar (capitalised verbs, no articles) is not the body's.
 */
final class Paragraphs {

    private final String text;
    private final List<Span> spans = new ArrayList<>();
    private final List<Boolean> headings = new ArrayList<>();
    private final int[] starts;

    Paragraphs(String text) {
        this.text = text;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? n : newline;
            int s = start;
            int e = end;
            while (s < e && Whitespace.is(text.charAt(s))) {
                s++;
            }
            while (e > s && Whitespace.is(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                spans.add(new Span(s, e));
                headings.add(spans.size() == 1 || looksLikeHeading(s, e));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        starts = SpanSearch.starts(spans);
    }

    int size() {
        return spans.size();
    }

    Span span(int index) {
        return spans.get(index);
    }

    boolean isHeading(int index) {
        return headings.get(index);
    }

    /** Index of the paragraph containing {@code offset}, or of the last one before it. */
    int indexOf(int offset) {
        return SpanSearch.indexAtOrBefore(starts, offset);
    }

    private boolean looksLikeHeading(int start, int end) {
        if (end - start > 140) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (last == '.' || last == ':' || last == ',' || last == ';') {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i >= end) {
                break;
            }
            int w = i;
            while (i < end && !Whitespace.is(text.charAt(i))) {
                i++;
            }
            if (i - w > 3) { // short function words stay lower case in title case
                words++;
                if (Character.isUpperCase(text.charAt(w))) {
                    capitalised++;
                }
            }
        }
        return words >= 2 && capitalised * 10 >= words * 7;
    }
}
