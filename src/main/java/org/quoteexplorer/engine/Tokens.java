package org.quoteexplorer.engine;

import java.util.Arrays;
import java.util.Locale;

/**
 * The article cut into word and punctuation tokens, once, in one linear pass.
 *
 * <p>Arrays rather than token objects: the sieves look tokens up by index millions of times on
 * a large corpus, and parallel primitive arrays keep that cheap. A possessive {@code ’s} is its
 * own token so that "Norland’s Foreign Minister" can be read as determiner + title + name;
 * abbreviations and initials keep their period ("Mr.", "U.S.", "J.") so that the period is not
 * taken for the end of a sentence.
 */
final class Tokens {

    // Shape bits kept beside the lexicon's word-class bits, so the hot checks read one int.
    private static final int WORD = 1 << 30;
    private static final int CAPITALISED = 1 << 29;

    /** One-character tokens are mostly punctuation: share their strings. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(Character.toLowerCase(c));
        }
    }

    private final String text;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private String[] lower = new String[256];
    private int[] classes = new int[256];
    private int size;

    Tokens(String text) {
        this.text = text;
        tokenize();
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        lower = Arrays.copyOf(lower, size);
        classes = Arrays.copyOf(classes, size);
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Lower-cased token text; the lexicon is keyed on it. */
    String lower(int i) {
        return lower[i];
    }

    /** Whether the token belongs to any of the {@link Lexicon} word classes in {@code mask}. */
    boolean is(int i, int mask) {
        return (classes[i] & mask) != 0;
    }

    String text(int i) {
        return text.substring(starts[i], ends[i]);
    }

    boolean isWord(int i) {
        return (classes[i] & WORD) != 0;
    }

    boolean isCapitalised(int i) {
        return (classes[i] & CAPITALISED) != 0;
    }

    boolean isPunct(int i, char c) {
        return ends[i] - starts[i] == 1 && text.charAt(starts[i]) == c;
    }

    boolean isPossessive(int i) {
        return "'s".equals(lower[i]) || "’s".equals(lower[i]);
    }

    /** Index of the first token that ends after {@code offset} (binary search). */
    int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first token that starts at or after {@code offset}. */
    int firstStartingAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void tokenize() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                i = word(i, n);
            } else {
                add(i, i + 1);
                i++;
            }
        }
    }

    private int word(int from, int n) {
        int j = from + 1;
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((c == '\'' || c == '’' || c == '-' || c == '.' || c == '‑')
                    && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        int wordEnd = j;
        // Possessive 's: split it off so the owner is a token of its own.
        if (wordEnd - from > 2) {
            char apostrophe = text.charAt(wordEnd - 2);
            char s = text.charAt(wordEnd - 1);
            if ((apostrophe == '\'' || apostrophe == '’') && (s == 's' || s == 'S')) {
                add(from, wordEnd - 2);
                add(wordEnd - 2, wordEnd);
                return wordEnd;
            }
        }
        if (wordEnd < n && text.charAt(wordEnd) == '.' && keepsPeriod(from, wordEnd)) {
            wordEnd++;
        }
        add(from, wordEnd);
        return wordEnd;
    }

    /** "Mr.", "U.S.", "J." keep their period: it abbreviates, it does not end a sentence. */
    private boolean keepsPeriod(int from, int end) {
        int length = end - from;
        if (length == 1 && Character.isUpperCase(text.charAt(from))) {
            return true;
        }
        String word = text.substring(from, end);
        if (word.indexOf('.') >= 0) {
            return true;
        }
        return Lexicon.ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            lower = Arrays.copyOf(lower, size * 2);
            classes = Arrays.copyOf(classes, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        char first = text.charAt(start);
        lower[size] = end - start == 1 && first < 128 ? ASCII[first]
                : text.substring(start, end).toLowerCase(Locale.ROOT);
        int shape = Character.isLetterOrDigit(first) ? WORD : 0;
        if (Character.isUpperCase(first)) {
            shape |= CAPITALISED;
        }
        classes[size] = (shape & WORD) != 0 ? Lexicon.classesOf(lower[size]) | shape : shape;
        size++;
    }
}
