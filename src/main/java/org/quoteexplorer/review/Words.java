package org.quoteexplorer.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Words of a stretch of text with their offsets, lower-cased, for comparing quotes and narration. */
final class Words {

    /** A word and where it starts and ends in the article. */
    record Word(String text, String stem, int start, int end) {
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
                String w = text.substring(start, i).toLowerCase(Locale.ROOT).replace('’', '\'');
                int apostrophe = w.indexOf('\'');
                // "Iran's" and "Iran" are the same word for matching.
                String bare = apostrophe > 0 ? w.substring(0, apostrophe) : w;
                words.add(new Word(bare, stem(bare), start, i));
            }
        }
        return words;
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
