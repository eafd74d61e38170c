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

    /**
     * The text's chars, not the string: a charAt or indexOf loop compiled on Latin-1 articles is
     * thrown away at the first article with a curly quote, and back again.
     */
    private final char[] text;
    private final List<Span> spans = new ArrayList<>();
    private final List<Boolean> headings = new ArrayList<>();
    private final int[] starts;

    Paragraphs(String source) {
        this(source.toCharArray());
    }

    /** Over the text's chars as the tokeniser has them ({@link Tokens#chars}), not a copy of its own. */
    Paragraphs(char[] text) {
        this.text = text;
        int start = 0;
        int n = text.length;
        while (start <= n) {
            int newline = newlineFrom(start);
            int end = newline < 0 ? n : newline;
            int s = start;
            int e = end;
            while (s < e && Whitespace.is(text[s])) {
                s++;
            }
            while (e > s && Whitespace.is(text[e - 1])) {
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

    private int newlineFrom(int from) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the word from {@code from} to {@code to}, without the punctuation after it, is a verb of speech. */
    private boolean isSpeechVerb(int from, int to) {
        int end = to;
        while (end > from && !CharClasses.is(text[end - 1], CharClasses.LETTER)) {
            end--;
        }
        return end > from && Lexicon.isSpeechVerb(new String(text, from, end - from));
    }

    private boolean looksLikeHeading(int start, int end) {
        if (end - start > 140) {
            return false;
        }
        char last = text[end - 1];
        if (last == '.' || last == ':' || last == ',' || last == ';') {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        int i = start;
        while (i < end) {
            while (i < end && !CharClasses.is(text[i], CharClasses.LETTER)) {
                i++;
            }
            if (i >= end) {
                break;
            }
            int w = i;
            while (i < end && !Whitespace.is(text[i])) {
                i++;
            }
            if (i - w > 3) { // short function words stay lower case in title case
                words++;
                if (CharClasses.is(text[w], CharClasses.UPPER)) {
                    capitalised++;
                } else if (isSpeechVerb(w, i)) {
                    // "Ukrainian President Volodymyr Zelensky wrote on Telegram: …": names make a
                    // sentence look like title case, but a headline capitalises its verb ("Writes").
                    return false;
                }
            }
        }
        return words >= 2 && capitalised * 10 >= words * 7;
    }
}
