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
    private static final int POSSESSIVE = 1 << 28;
    private static final int AFTER_LINE_BREAK = 1 << 27;

    /** One-character tokens are mostly punctuation: share their strings. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(Character.toLowerCase(c));
        }
    }

    /** Single ASCII characters' word classes ("a", "I"), looked up once. */
    private static final int[] ASCII_CLASSES = new int[128];
    private static final int[] ASCII_HASHES = new int[128];

    /** Typographic punctuation (’ “ ” — …) is as common as ASCII: share its strings too. */
    private static final char PUNCTUATION_FIRST = '\u2000';
    private static final String[] PUNCTUATION = new String['\u2070' - PUNCTUATION_FIRST];
    private static final int[] PUNCTUATION_CLASSES = new int[PUNCTUATION.length];
    private static final int[] PUNCTUATION_HASHES = new int[PUNCTUATION.length];

    /**
     * The lexicon's words, keyed by their characters: a token is lower-cased and looked up
     * without building a string first, and a lexicon word (half of all tokens: the, of, said …)
     * shares the lexicon's string instead of a new one. Open addressing over a power-of-two
     * table; a slot holds its word's {@link String#hashCode()} for a quick reject.
     */
    private static final String[] LEXICON_WORDS;
    private static final char[][] LEXICON_CHARS;
    private static final int[] LEXICON_HASHES;
    private static final int[] LEXICON_CLASSES;

    /*
     * Word numbers (see wordId): a lexicon word's is its slot in the lexicon's table; a one-char
     * ASCII or punctuation token's is its lexicon slot when it is a lexicon word, else one of its
     * own after the table's; the article's other words are numbered from FIRST_SEEN_ID on.
     */
    private static final int[] ASCII_IDS = new int[128];
    private static final int[] PUNCTUATION_IDS = new int[PUNCTUATION.length];
    private static final int FIRST_SEEN_ID;

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_CLASSES[c] = Lexicon.classesOf(ASCII[c]);
            ASCII_HASHES[c] = ASCII[c].hashCode();
        }
        for (int i = 0; i < PUNCTUATION.length; i++) {
            PUNCTUATION[i] = String.valueOf((char) (PUNCTUATION_FIRST + i)).toLowerCase(Locale.ROOT);
            PUNCTUATION_CLASSES[i] = Lexicon.classesOf(PUNCTUATION[i]);
            PUNCTUATION_HASHES[i] = PUNCTUATION[i].hashCode();
        }
        java.util.Set<String> words = Lexicon.classifiedWords();
        int capacity = Integer.highestOneBit(Math.max(16, words.size() * 4));
        LEXICON_WORDS = new String[capacity];
        LEXICON_CHARS = new char[capacity][];
        LEXICON_HASHES = new int[capacity];
        LEXICON_CLASSES = new int[capacity];
        for (String w : words) {
            int slot = w.hashCode() & (capacity - 1);
            while (LEXICON_WORDS[slot] != null) {
                slot = (slot + 1) & (capacity - 1);
            }
            LEXICON_WORDS[slot] = w;
            LEXICON_CHARS[slot] = w.toCharArray();
            LEXICON_HASHES[slot] = w.hashCode();
            LEXICON_CLASSES[slot] = Lexicon.classesOf(w);
        }
        for (char c = 0; c < 128; c++) {
            int slot = lexiconSlot(ASCII[c]);
            // numbered by the lower-cased char: "K" and "k" are one word
            ASCII_IDS[c] = slot >= 0 ? slot : capacity + ASCII[c].charAt(0);
        }
        for (int i = 0; i < PUNCTUATION.length; i++) {
            int slot = lexiconSlot(PUNCTUATION[i]);
            // no case in this block: each char is its own lower case
            PUNCTUATION_IDS[i] = slot >= 0 ? slot : capacity + 128 + i;
        }
        FIRST_SEEN_ID = capacity + 128 + PUNCTUATION.length;
    }

    /** The word's slot in the lexicon's table, or -1 when it is no lexicon word. */
    private static int lexiconSlot(String word) {
        int hash = word.hashCode();
        int mask = LEXICON_WORDS.length - 1;
        for (int slot = hash & mask; LEXICON_WORDS[slot] != null; slot = (slot + 1) & mask) {
            if (LEXICON_HASHES[slot] == hash && LEXICON_WORDS[slot].equals(word)) {
                return slot;
            }
        }
        return -1;
    }

    /** Longest abbreviation: a longer word needs no look-up to know it is none. */
    private static final int MAX_ABBREVIATION_LENGTH = Lexicon.ABBREVIATIONS.stream().mapToInt(String::length)
            .max().orElse(0);

    /** {@link Lexicon#ABBREVIATIONS} by hash code, open addressing over a power-of-two table. */
    private static final char[][] ABBREVIATION_TABLE = new char[Integer.highestOneBit(
            Math.max(16, Lexicon.ABBREVIATIONS.size() * 4))][];
    private static final int[] ABBREVIATION_HASHES = new int[ABBREVIATION_TABLE.length];

    static {
        for (String a : Lexicon.ABBREVIATIONS) {
            int slot = a.hashCode() & (ABBREVIATION_TABLE.length - 1);
            while (ABBREVIATION_TABLE[slot] != null) {
                slot = (slot + 1) & (ABBREVIATION_TABLE.length - 1);
            }
            ABBREVIATION_TABLE[slot] = a.toCharArray();
            ABBREVIATION_HASHES[slot] = a.hashCode();
        }
    }

    private final String text;
    /** The text's chars: array reads are cheaper than {@link String#charAt} in the tokeniser's loops. */
    private final char[] chars;
    /** Scratch space for a token being lower-cased. */
    private char[] lowered = new char[64];
    // Sized for about five chars a token (news text) and not trimmed afterwards: growing and
    // trimming copies were a quarter of all the engine's allocation. Only [0, size) is used.
    private int[] starts;
    private int[] ends;
    private String[] lower;
    private int[] classes;
    /** {@code lower[i].hashCode()}, for {@link #lowerIs}. */
    private int[] lowerHashes;
    /** See {@link #wordId}. */
    private int[] wordIds;
    private int size;
    /** Whether the tokeniser has passed a line break since the last token. */
    private boolean lineBreak;

    Tokens(String text) {
        this(text, text.toCharArray());
    }

    /** {@code chars}: the text's, only read. */
    Tokens(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
        int capacity = text.length() / 4 + 16;
        starts = new int[capacity];
        ends = new int[capacity];
        lower = new String[capacity];
        classes = new int[capacity];
        lowerHashes = new int[capacity];
        wordIds = new int[capacity];
        // About one new word per four chars of a news article's first few thousand, fewer later:
        // started at 256, the table grew three times for an article of a few kilobytes, and its
        // copies were a fourteenth of the engine's allocation.
        int seenCapacity = Integer.highestOneBit(Math.max(256, Math.min(1 << 14, text.length() / 4)));
        seenWords = new String[seenCapacity];
        seenChars = new char[seenCapacity][];
        seenHashes = new int[seenCapacity];
        seenIds = new int[seenCapacity];
        tokenize();
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

    /** {@code lower(i).hashCode()}, computed by the tokeniser: for {@link WordSet} look-ups. */
    int lowerHash(int i) {
        return lowerHashes[i];
    }

    /**
     * The token's word number: two tokens have the same one exactly when their {@link #lower}
     * texts are equal, and every number is below {@link #wordIdLimit()}. A table indexed by it
     * answers "how is this word used elsewhere in the article" without hashing strings.
     */
    int wordId(int i) {
        return wordIds[i];
    }

    /** One more than the highest word number of this article. */
    int wordIdLimit() {
        return FIRST_SEEN_ID + seenCount;
    }

    /** Whether the token belongs to any of the {@link Lexicon} word classes in {@code mask}. */
    boolean is(int i, int mask) {
        return (classes[i] & mask) != 0;
    }

    String text(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /**
     * The article's chars, shared, not copied: callers must not write to it. Reading an array
     * keeps their compiled loops small; {@link String#charAt} brings both of the string's
     * encodings into every loop that calls it.
     */
    char[] chars() {
        return chars;
    }

    boolean isWord(int i) {
        return (classes[i] & WORD) != 0;
    }

    boolean isCapitalised(int i) {
        return (classes[i] & CAPITALISED) != 0;
    }

    boolean isPunct(int i, char c) {
        return ends[i] - starts[i] == 1 && chars[starts[i]] == c;
    }

    /**
     * Whether the token lower-cased is {@code word}. The hash codes are compared first, so
     * most tokens are told apart without reading their string: the per-token cue checks and
     * the scans for other uses of a word ask this of every token.
     */
    boolean lowerIs(int i, String word) {
        return lowerHashes[i] == word.hashCode() && word.equals(lower[i]);
    }

    /** A hyphen, en dash or em dash standing alone: the punctuation of asides and bylines. */
    boolean isDash(int i) {
        return isPunct(i, '-') || isPunct(i, '—') || isPunct(i, '–');
    }

    /** {@code 's} or {@code ’s}, split off its owner. */
    boolean isPossessive(int i) {
        return (classes[i] & POSSESSIVE) != 0;
    }

    /** Whether a line break separates token {@code i} from the token before it. */
    boolean followsLineBreak(int i) {
        return (classes[i] & AFTER_LINE_BREAK) != 0;
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
        return firstStartingAt(offset, 0, size);
    }

    /**
     * As {@link #firstStartingAt(int)}, for callers walking forward through the text: the search
     * gallops from token {@code from}, so that a next quote a few tokens on costs a few steps,
     * not a binary search over the whole article with a cache miss per step. Any {@code from}
     * gives the same answer.
     */
    int firstStartingAtFrom(int offset, int from) {
        if (from <= 0 || from > size || starts[from - 1] >= offset) {
            return firstStartingAt(offset);
        }
        int lo = from;
        int step = 1;
        while (lo < size && starts[lo] < offset) {
            int probe = lo + step;
            if (probe >= size || starts[probe] >= offset) {
                return firstStartingAt(offset, lo + 1, Math.min(probe, size));
            }
            lo = probe + 1;
            step <<= 1;
        }
        return lo;
    }

    /** The first token in [lo, hi) that starts at or after {@code offset}, or {@code hi}. */
    private int firstStartingAt(int offset, int from, int to) {
        int lo = from;
        int hi = to;
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
        char[] cs = chars;
        int n = cs.length;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            int k = CharClasses.of(c);
            if ((k & CharClasses.SPACE) != 0) {
                lineBreak |= c == '\n';
                i++;
            } else if ((k & CharClasses.LETTER_OR_DIGIT) != 0) {
                i = word(i, n);
            } else {
                add(i, i + 1);
                i++;
            }
        }
    }

    private int word(int from, int n) {
        char[] cs = chars;
        int j = from + 1;
        while (j < n) {
            int k = CharClasses.of(cs[j]);
            if ((k & CharClasses.WORD_PART) != 0) {
                j++;
            } else if ((k & CharClasses.JOINER) != 0 && j + 1 < n && isLetterOrDigit(cs[j + 1])) {
                j++;
            } else {
                break;
            }
        }
        int wordEnd = j;
        // Possessive 's: split it off so the owner is a token of its own.
        if (wordEnd - from > 2) {
            char apostrophe = cs[wordEnd - 2];
            char s = cs[wordEnd - 1];
            // Table bits and a case fold, not == chains: a curly ’S in the first article that has
            // one would otherwise throw away the compiled tokeniser (the branch was never taken).
            if (CharClasses.is(apostrophe, CharClasses.APOSTROPHE) && isLetterS(s)) {
                add(from, wordEnd - 2);
                add(wordEnd - 2, wordEnd);
                return wordEnd;
            }
        }
        if (wordEnd < n && cs[wordEnd] == '.' && keepsPeriod(from, wordEnd)) {
            wordEnd++;
        }
        add(from, wordEnd);
        return wordEnd;
    }

    /** "Mr.", "U.S.", "J." keep their period: it abbreviates, it does not end a sentence. */
    private boolean keepsPeriod(int from, int end) {
        int length = end - from;
        if (length == 1 && CharClasses.is(chars[from], CharClasses.UPPER)) {
            return true;
        }
        for (int i = from; i < end; i++) {
            if (chars[i] == '.') {
                return true;
            }
        }
        // Lower-casing never shortens a word, so a longer one cannot be an abbreviation.
        return length <= MAX_ABBREVIATION_LENGTH && isAbbreviation(from, end);
    }

    /**
     * Whether the word lower-cased is one of {@link Lexicon#ABBREVIATIONS}. Asked of every word
     * before a full stop: an ASCII word is lower-cased and looked up without building a string
     * (a substring and its lower case per sentence were a few percent of the tokeniser's time).
     */
    private boolean isAbbreviation(int from, int end) {
        char[] out = lowered;
        int length = end - from;
        int hash = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[from + i];
            if (c >= 128) {
                return Lexicon.ABBREVIATIONS.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
            }
            char l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            out[i] = l;
            hash = 31 * hash + l;
        }
        int mask = ABBREVIATION_TABLE.length - 1;
        for (int slot = hash & mask; ABBREVIATION_TABLE[slot] != null; slot = (slot + 1) & mask) {
            char[] a = ABBREVIATION_TABLE[slot];
            if (ABBREVIATION_HASHES[slot] == hash && sameChars(a, out, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} equals the first {@code length} chars of {@code b}: a
     * plain loop, not Arrays.equals, whose vectorised mismatch takes a different path for short
     * and long words and was compiled for the lengths seen first, to be thrown away at the others.
     */
    private static boolean sameChars(char[] word, char[] b, int length) {
        if (word.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (word[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterS(char c) {
        return (c | 0x20) == 's';
    }

    private static boolean isLetterOrDigit(char c) {
        return (CharClasses.of(c) & CharClasses.LETTER_OR_DIGIT) != 0;
    }

    /** "al-Mansouri", "el-Sisi": an Arabic name under its lower-case article is a capitalised name. */
    private boolean isArticledName(int start, int end) {
        return end - start >= 4 && chars[start + 1] == 'l' && chars[start + 2] == '-'
                && (CharClasses.of(chars[start + 3]) & CharClasses.UPPER) != 0;
    }

    private void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            lower = Arrays.copyOf(lower, size * 2);
            classes = Arrays.copyOf(classes, size * 2);
            lowerHashes = Arrays.copyOf(lowerHashes, size * 2);
            wordIds = Arrays.copyOf(wordIds, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        char first = chars[start];
        int firstClasses = CharClasses.of(first);
        int shape = (firstClasses & CharClasses.LETTER_OR_DIGIT) != 0 ? WORD : 0;
        if ((firstClasses & CharClasses.UPPER) != 0 || (first == 'a' || first == 'e') && isArticledName(start, end)) {
            shape |= CAPITALISED;
        }
        if (end - start == 2 && (firstClasses & CharClasses.APOSTROPHE) != 0 && isLetterS(chars[start + 1])) {
            shape |= POSSESSIVE;
        }
        if (lineBreak) {
            shape |= AFTER_LINE_BREAK;
            lineBreak = false;
        }
        int wordClasses = end - start == 1 && hasSharedString(first) ? shareOneChar(first) : lowerAndClasses(start, end);
        classes[size] = (shape & WORD) != 0 ? wordClasses | shape : shape;
        size++;
    }

    /**
     * Sets {@code lower[size]} to the token lower-cased as {@link String#toLowerCase(Locale)}
     * with {@link Locale#ROOT} would, and returns its lexicon classes.
     */
    private int lowerAndClasses(int start, int end) {
        int length = end - start;
        if (lowered.length < length) {
            lowered = new char[Math.max(length, lowered.length * 2)];
        }
        char[] cs = chars;
        char[] out = lowered;
        int hash = 0;
        for (int i = 0; i < length; i++) {
            char c = cs[start + i];
            char l;
            if (c < 128) {
                l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
                // Lower-cased into two chars, by context or by code point (dotted I, final
                // sigma, supplementary letters): char by char would differ; rare, so the slow way.
                String lowerCased = text.substring(start, end).toLowerCase(Locale.ROOT);
                char[] lowerChars = lowerCased.toCharArray();
                return intern(lowerChars, lowerChars.length, lowerCased.hashCode());
            } else {
                l = Character.toLowerCase(c);
            }
            out[i] = l;
            hash = 31 * hash + l;
        }
        // The hash is String.hashCode() of the lower-cased token, computed here once.
        return intern(out, length, hash);
    }

    /** Whether a one-char token of {@code c} takes a shared string ({@link #ASCII}, {@link #PUNCTUATION}). */
    private static boolean hasSharedString(char c) {
        return c < 128 || c >= PUNCTUATION_FIRST && c - PUNCTUATION_FIRST < PUNCTUATION.length;
    }

    /**
     * Sets token {@code size}'s lower-cased text, hash and word number to the shared ones of
     * {@code c} (one of {@link #hasSharedString}; either case of an ASCII letter), and returns its
     * lexicon classes.
     */
    private int shareOneChar(char c) {
        if (c < 128) {
            lower[size] = ASCII[c];
            lowerHashes[size] = ASCII_HASHES[c];
            wordIds[size] = ASCII_IDS[c];
            return ASCII_CLASSES[c];
        }
        int p = c - PUNCTUATION_FIRST;
        lower[size] = PUNCTUATION[p];
        lowerHashes[size] = PUNCTUATION_HASHES[p];
        wordIds[size] = PUNCTUATION_IDS[p];
        return PUNCTUATION_CLASSES[p];
    }

    /**
     * Sets the lower-cased text of token {@code size}, its hash and its word number from its
     * lower-cased chars, and returns its lexicon classes. A one-char result takes the one-char
     * tokens' strings and numbers ("K", the kelvin sign, lower-cases to "k"), so that equal texts
     * always share a number.
     */
    private int intern(char[] out, int length, int hash) {
        if (length == 1 && hasSharedString(out[0])) {
            return shareOneChar(out[0]);
        }
        lowerHashes[size] = hash;
        int mask = LEXICON_WORDS.length - 1;
        for (int slot = hash & mask; LEXICON_WORDS[slot] != null; slot = (slot + 1) & mask) {
            if (LEXICON_HASHES[slot] == hash && sameChars(LEXICON_CHARS[slot], out, length)) {
                lower[size] = LEXICON_WORDS[slot];
                wordIds[size] = slot;
                return LEXICON_CLASSES[slot];
            }
        }
        seen(out, length, hash);
        return 0;
    }

    /**
     * The article's other words, one string per distinct lower case: a string per token was most
     * of the engine's memory on a large article (a 16 MB one has millions of word tokens but
     * some tens of thousands of words). Open addressing, grown at half full.
     */
    private String[] seenWords;
    /**
     * Each seen word's chars, compared as arrays: a loop over {@link String#charAt} depends on
     * whether the string holds only Latin-1, and the first word that does not (a name with "ł")
     * made the optimised tokeniser, which inlines this comparison, be thrown away and rebuilt.
     */
    private char[][] seenChars;
    private int[] seenHashes;
    private int[] seenIds;
    private int seenCount;

    /** Sets token {@code size}'s lower-cased text and word number to the seen word's, seeing it first if new. */
    private void seen(char[] word, int length, int hash) {
        int mask = seenWords.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        for (String w; (w = seenWords[slot]) != null; slot = (slot + 1) & mask) {
            if (seenHashes[slot] == hash && sameChars(seenChars[slot], word, length)) {
                lower[size] = w;
                wordIds[size] = seenIds[slot];
                return;
            }
        }
        char[] chars = Arrays.copyOf(word, length);
        String w = new String(chars);
        seenWords[slot] = w;
        seenChars[slot] = chars;
        seenHashes[slot] = hash;
        seenIds[slot] = FIRST_SEEN_ID + seenCount;
        lower[size] = w;
        wordIds[size] = seenIds[slot];
        if (++seenCount * 2 > seenWords.length) {
            growSeen();
        }
    }

    private void growSeen() {
        String[] words = seenWords;
        char[][] chars = seenChars;
        int[] hashes = seenHashes;
        int[] ids = seenIds;
        seenWords = new String[words.length * 2];
        seenChars = new char[words.length * 2][];
        seenHashes = new int[words.length * 2];
        seenIds = new int[words.length * 2];
        int newMask = seenWords.length - 1;
        for (int i = 0; i < words.length; i++) {
            if (words[i] != null) {
                int to = (hashes[i] ^ (hashes[i] >>> 16)) & newMask;
                while (seenWords[to] != null) {
                    to = (to + 1) & newMask;
                }
                seenWords[to] = words[i];
                seenChars[to] = chars[i];
                seenHashes[to] = hashes[i];
                seenIds[to] = ids[i];
            }
        }
    }
}
