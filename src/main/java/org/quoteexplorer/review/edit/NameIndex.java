package org.quoteexplorer.review.edit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a text first names something as a whole word, ignoring case, for the legend's order.
 *
 * <p>Scanning the whole text once per speaker and alias cost seconds on a long article, after
 * every keystroke: a speaker the text never names is looked for in every position. The text is
 * split into words once; a name is then looked for only where its first word occurs, and each
 * answer is kept, as the text never changes under review. Immutable apart from that memo;
 * safe to share between threads.
 */
public final class NameIndex {

    private static volatile NameIndex last;

    private final String text;
    /** Offsets of each word, folded, in text order. */
    private final Map<String, int[]> words;
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();

    private NameIndex(String text) {
        this.text = text;
        Map<String, int[]> found = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            String word = fold(text, start, i);
            int count = counts.merge(word, 1, Integer::sum);
            int[] offsets = found.get(word);
            if (offsets == null) {
                offsets = new int[4];
                found.put(word, offsets);
            } else if (count > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
                found.put(word, offsets);
            }
            offsets[count - 1] = start;
        }
        found.replaceAll((word, offsets) -> Arrays.copyOf(offsets, counts.get(word)));
        this.words = found;
    }

    /** The index of {@code text}: the last one built is kept, since every edit asks about the same text. */
    public static NameIndex of(String text) {
        NameIndex index = last;
        if (index == null || index.text != text) {
            index = new NameIndex(text);
            last = index;
        }
        return index;
    }

    /** Offset where the text first names {@code name} as a whole word, ignoring case; -1 if it never does. */
    public int firstOf(String name) {
        String word = name.strip();
        if (word.isEmpty()) {
            return -1;
        }
        return answers.computeIfAbsent(word, this::find);
    }

    private int find(String name) {
        int firstRun = 0;
        while (firstRun < name.length() && Character.isLetterOrDigit(name.charAt(firstRun))) {
            firstRun++;
        }
        if (firstRun == 0) {
            return scan(name);
        }
        int[] offsets = words.get(fold(name, 0, firstRun));
        if (offsets == null) {
            return -1;
        }
        for (int at : offsets) {
            if (matchesAt(text, at, name)) {
                return at;
            }
        }
        return -1;
    }

    /** A name that begins with a mark rather than a letter: looked for everywhere, as before. */
    private int scan(String name) {
        for (int at = 0; at + name.length() <= text.length(); at++) {
            if (matchesAt(text, at, name) && !isWordChar(text, at - 1)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean matchesAt(String text, int at, String name) {
        return text.regionMatches(true, at, name, 0, name.length()) && !isWordChar(text, at + name.length());
    }

    private static boolean isWordChar(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
    }

    /** Case folded as {@link String#regionMatches(boolean, int, String, int, int)} compares, char by char. */
    private static String fold(String s, int from, int to) {
        char[] folded = new char[to - from];
        for (int i = from; i < to; i++) {
            folded[i - from] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        }
        return new String(folded);
    }
}
