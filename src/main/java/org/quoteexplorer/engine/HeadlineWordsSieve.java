package org.quoteexplorer.engine;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/**
 * A headline quote with no cue of its own is usually a shortened body quote
 * ({@code “Depends on the Weather”} ↔ {@code “… everything depends on the weather.”}): it takes
 * the speaker of the attributed body quote that contains most of its words.
 */
final class HeadlineWordsSieve implements Sieve {

    private static final Set<String> STOP = WordLists.words("headline-stop-words.txt");

    @Override
    public Decision decide(QuoteSite site, SieveContext context) {
        if (site.type() != QuoteType.HEADLINE) {
            return null;
        }
        String text = context.analysis().text();
        Set<String> words = words(text, site.found().inner());
        if (words.isEmpty()) {
            return null;
        }
        // Scored only against the body quotes that share one of the headline's rarest words: a
        // quote sharing 60% of the words must hold one of any (n - 60% + 1) of them. Comparing
        // every headline with every body quote grew with the square of the article (an article of
        // many short title-like lines has as many headlines as quotes).
        String[] ordered = words.toArray(new String[0]);
        int[][] postings = new int[ordered.length][];
        for (int w = 0; w < ordered.length; w++) {
            postings[w] = context.bodyQuotesWith(ordered[w]);
        }
        Integer[] byRarity = new Integer[ordered.length];
        for (int w = 0; w < byRarity.length; w++) {
            byRarity[w] = w;
        }
        java.util.Arrays.sort(byRarity, (a, b) -> Integer.compare(postings[a].length, postings[b].length));
        int need = 1;
        while (need < words.size() && need / (double) words.size() < 0.6) {
            need++;
        }
        java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
        for (int r = 0; r < words.size() - need + 1; r++) {
            for (int q : postings[byRarity[r]]) {
                candidates.add(q);
            }
        }
        int best = -1;
        double bestScore = 0;
        for (int other : candidates) { // in text order: the first of equally good quotes wins, as before
            if (context.decisionOf(other) == null) {
                continue;
            }
            int shared = 0;
            for (int[] posting : postings) {
                if (java.util.Arrays.binarySearch(posting, other) >= 0) {
                    shared++;
                }
            }
            double score = shared / (double) words.size();
            if (score > bestScore) {
                bestScore = score;
                best = other;
            }
        }
        if (best < 0 || bestScore < 0.6) {
            return null;
        }
        return Decision.sameSpeakerAs(best, "headline-words", Confidence.of("headline-words", null) * bestScore);
    }

    /** Content words, crudely stemmed so that "Needs" meets "needs" and "Depends" "depend". */
    static Set<String> words(String text, Span span) {
        Set<String> words = new HashSet<>();
        int i = span.start();
        while (i < span.end()) {
            while (i < span.end() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < span.end() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i - start >= 3) {
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!STOP.contains(w)) {
                    words.add(stem(w));
                }
            }
        }
        return words;
    }

    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
