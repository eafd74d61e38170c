package org.quoteexplorer.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Words of a stretch of text with their offsets, lower-cased, for comparing quotes and narration. */
final class Words {

    /**
     * A word and where it starts and ends in the article; {@code stemId} and {@code textId} number
     * the distinct stems and words of one {@link Index} (-1 for a word read without one), so that
     * runs of stems are compared as numbers rather than joined into strings, and what a word is
     * (a common word, a speech verb…) is looked up once per distinct word.
     */
    record Word(String text, String stem, int start, int end, int stemId, int textId) {
        Word(String text, String stem, int start, int end) {
            this(text, stem, start, end, -1, -1);
        }

        boolean isContent() {
            return !STOP.contains(text) && text.length() > 1;
        }
    }

    /** Words too common to say that two passages share their content. */
    static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for",
            "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
            "these", "those", "we", "i", "you", "he", "she", "they", "our", "my", "your", "his", "her", "their", "us",
            "me", "him", "them", "not", "no", "do", "does", "did", "have", "has", "had", "will", "would", "can",
            "could", "should", "so", "if", "there", "what", "which", "who", "all", "about", "into", "than", "then",
            "also", "just", "very", "more", "course", "s", "t", "said", "says", "say");

    private Words() {
    }

    /** The words of {@code text[from, to)}. */
    static List<Word> of(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        scan(text, from, to, words, null);
        return words;
    }

    /** Reads the words of {@code text[from, to)} into {@code words}, their strings shared through {@code index} when given. */
    private static void scan(String text, int from, int to, List<Word> words, Index index) {
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i))
                    || (isApostrophe(text.charAt(i)) && i + 1 < to && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            if (i > start) {
                words.add(index == null ? word(text, start, i) : index.word(start, i));
            }
        }
    }

    private static Word word(String text, int start, int end) {
        String bare = bare(text, start, end);
        return new Word(bare, stem(bare), start, end);
    }

    /** The word lower-cased, without what follows an apostrophe. */
    private static String bare(String text, int start, int end) {
        String w = text.substring(start, end).toLowerCase(Locale.ROOT).replace('’', '\'');
        int apostrophe = w.indexOf('\'');
        // "Iran's" and "Iran" are the same word for matching.
        return apostrophe > 0 ? w.substring(0, apostrophe) : w;
    }

    /**
     * Every word of one article, read once and shared by the radar's checks: each of them
     * reading its own stretches again (every quote twice, every sentence, the whole text) and
     * making new strings for every word was most of the radar's time on a long article. A word
     * written many times is one string, its stem found once.
     */
    static final class Index {
        private final String text;
        private final Word[] words;
        private final int[] starts;
        private final int[] ends;
        /** Open addressing: a word's lower-cased form (as it is matched) to its shared strings. */
        private Word[] table = new Word[1024];
        /** The hash code of each slot's word, compared before its letters. */
        private int[] hashes = new int[1024];
        /**
         * The letters of every distinct word side by side, by {@link Word#textId()}: a word is
         * compared with one stretch of one array, not through its string, which for the
         * thousands of words of an article were as many reads from far apart in memory.
         */
        private char[] pool = new char[4096];
        private int[] poolStart = new int[1025];
        private int shift = 32 - 10;
        private int tableSize;
        private final HashMap<String, Integer> stemIds = new HashMap<>();
        private int texts;
        private boolean[] content = new boolean[1024];
        private char[] buffer = new char[64];

        Index(String text) {
            this.text = text;
            List<Word> all = new ArrayList<>(text.length() / 6 + 16);
            scan(text, 0, text.length(), all, this);
            this.words = all.toArray(new Word[0]);
            this.starts = new int[words.length];
            this.ends = new int[words.length];
            for (int k = 0; k < words.length; k++) {
                starts[k] = words[k].start();
                ends[k] = words[k].end();
            }
        }

        String text() {
            return text;
        }

        /** Every word of the text. */
        List<Word> all() {
            return Arrays.asList(words);
        }

        /** How many distinct words the text has: every {@link Word#textId()} is below it. */
        int texts() {
            return texts;
        }

        /** {@link Word#isContent()} of one of this index's words, looked up. */
        boolean isContent(Word w) {
            return content[w.textId()];
        }

        /**
         * Exactly {@link Words#of(String, int, int)}: the text's words inside the stretch, and
         * a word cut by either end read again as the stretch alone would read it.
         */
        List<Word> of(int from, int to) {
            if (from >= to) {
                return List.of();
            }
            // The first word ending after from; words are in text order and do not overlap.
            int lo = firstEndingAfter(from);
            if (lo == words.length || starts[lo] >= to) {
                return List.of();
            }
            int hi = lo;
            while (hi < words.length && ends[hi] <= to) {
                hi++;
            }
            boolean cutFirst = starts[lo] < from;
            boolean cutLast = hi < words.length && starts[hi] < to;
            if (!cutFirst && !cutLast) {
                return Arrays.asList(words).subList(lo, hi);
            }
            List<Word> out = new ArrayList<>(hi - lo + 2);
            if (cutFirst) {
                // A word cut by from: read from there to its end (or to), as the stretch alone reads it.
                scan(text, from, Math.min(to, ends[lo]), out, this);
                if (hi == lo) {
                    return out;
                }
                lo++;
            }
            out.addAll(Arrays.asList(words).subList(lo, hi));
            if (cutLast) {
                scan(text, starts[hi], to, out, this);
            }
            return out;
        }

        private int firstEndingAfter(int offset) {
            int lo = 0;
            int hi = words.length;
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

        /** The word text[start, end): its strings looked up rather than made again. */
        private Word word(int start, int end) {
            int n = 0;
            boolean plain = true;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\'' || c == '’') {
                    break;
                }
                if (c >= 128) {
                    plain = false;
                    break;
                }
                if (n == buffer.length) {
                    buffer = Arrays.copyOf(buffer, n * 2);
                }
                buffer[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
            String slow = null;
            if (!plain) {
                // Outside ASCII, lower-casing may change the length or depend on the letters around.
                slow = bare(text, start, end);
                n = slow.length();
                if (buffer.length < n) {
                    buffer = new char[n * 2];
                }
                slow.getChars(0, n, buffer, 0);
            }
            int hash = 0;
            for (int i = 0; i < n; i++) {
                hash = 31 * hash + buffer[i];
            }
            int mask = table.length - 1;
            int slot = slot(hash);
            for (Word w = table[slot]; w != null; w = table[slot]) {
                if (hashes[slot] == hash && same(w.textId(), n)) {
                    return new Word(w.text(), w.stem(), start, end, w.stemId(), w.textId());
                }
                slot = (slot + 1) & mask;
            }
            String bare = slow != null ? slow : new String(buffer, 0, n);
            String stem = stem(bare);
            Integer id = stemIds.get(stem);
            if (id == null) {
                id = stemIds.size();
                stemIds.put(stem, id);
            }
            if (texts == content.length) {
                content = Arrays.copyOf(content, texts * 2);
            }
            Word w = new Word(bare, stem, start, end, id, texts);
            content[texts] = w.isContent();
            if (texts + 2 > poolStart.length) {
                poolStart = Arrays.copyOf(poolStart, poolStart.length * 2);
            }
            int at = poolStart[texts];
            if (at + n > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, at + n));
            }
            System.arraycopy(buffer, 0, pool, at, n);
            poolStart[++texts] = at + n;
            table[slot] = w;
            hashes[slot] = hash;
            if (++tableSize * 2 > table.length) {
                grow();
            }
            return w;
        }

        private boolean same(int textId, int n) {
            int at = poolStart[textId];
            if (poolStart[textId + 1] - at != n) {
                return false;
            }
            return Arrays.equals(pool, at, at + n, buffer, 0, n);
        }

        /** Fibonacci hashing: words whose hash codes differ by little (short words) do not crowd one stretch of slots. */
        private int slot(int hash) {
            return (hash * 0x9E3779B9) >>> shift;
        }

        private void grow() {
            Word[] old = table;
            int[] oldHashes = hashes;
            table = new Word[old.length * 2];
            hashes = new int[old.length * 2];
            shift--;
            int mask = table.length - 1;
            for (int k = 0; k < old.length; k++) {
                if (old[k] != null) {
                    int slot = slot(oldHashes[k]);
                    while (table[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    table[slot] = old[k];
                    hashes[slot] = oldHashes[k];
                }
            }
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** A crude suffix stripper: enough that "expressing", "expressed" and "express" meet. */
    static String stem(String w) {
        String s = suffixless(w);
        return s.length() > 3 && s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
    }

    private static String suffixless(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return trimDouble(w.substring(0, w.length() - 3));
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return trimDouble(w.substring(0, w.length() - 2));
        }
        if (w.length() > 4 && w.endsWith("es") && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String trimDouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && w.charAt(n - 1) != 's' && w.charAt(n - 1) != 'l') {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
