package org.quoteexplorer.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Speaker;

/**
 * Quotes that contradict each other: the same words credited to two speakers, a headline quote
 * whose body counterpart has another speaker, a quote inside another with another speaker.
 */
final class Conflicts {

    /** Words per shingle for longer quotes; shorter quotes are matched as a whole. */
    private static final int SHINGLE = 4;
    /** Share of a quote's shingles found in another for "nearly the same words". */
    private static final double SAME = 0.5;
    /**
     * Quotes listed under one shingle at most. Boilerplate repeated hundreds of times would
     * otherwise make the comparison quadratic; past this many, the words say nothing about who.
     */
    private static final int BUCKET = 40;

    private Conflicts() {
    }

    static void find(AnnotatedArticle doc, Words.Index words, Map<String, Speaker> speakers,
            Map<String, List<Flag>> flags) {
        List<Quote> quotes = doc.quotes().stream().filter(q -> q.type() != QuoteType.SCARE && q.isAttributed()).toList();
        nested(doc.text(), quotes, speakers, flags);
        sameWords(words, quotes, speakers, flags);
    }

    private static void nested(String text, List<Quote> quotes, Map<String, Speaker> speakers, Map<String, List<Flag>> flags) {
        Deque<Quote> outer = new ArrayDeque<>();
        for (Quote q : quotes) {
            while (!outer.isEmpty() && outer.peek().span().end() <= q.span().start()) {
                outer.pop();
            }
            Quote around = outer.peek();
            if (around != null && around.span().contains(q.span()) && !around.speakerId().equals(q.speakerId())) {
                flag(flags, q, FlagCode.NESTED_CONFLICT, "This quote sits inside " + snippet(text, around) + ", which is attributed to "
                        + name(speakers, around) + ", not " + name(speakers, q) + ".");
                flag(flags, around, FlagCode.NESTED_CONFLICT, "The quote " + snippet(text, q) + " inside this one is attributed to "
                        + name(speakers, q) + ", not " + name(speakers, around) + ".");
            }
            outer.push(q);
        }
    }

    private static void sameWords(Words.Index index, List<Quote> quotes, Map<String, Speaker> speakers,
            Map<String, List<Flag>> flags) {
        String text = index.text();
        int n = quotes.size();
        long[][] keysOf = new long[n][];
        KeyedLists byKey = new KeyedLists();
        for (int i = 0; i < n; i++) {
            List<Words.Word> read = index.of(quotes.get(i).span().start(), quotes.get(i).span().end());
            String[] stems = new String[read.size()];
            for (int k = 0; k < stems.length; k++) {
                stems[k] = read.get(k).stem();
            }
            List<String> words = Arrays.asList(stems);
            keysOf[i] = ownKeys(words);
            for (int len = 2; len <= SHINGLE; len++) {
                for (int k = 0; k + len <= stems.length; k++) {
                    int bucket = byKey.list(key(words, k, k + len));
                    // A run met twice in one quote lists the quote once.
                    if (byKey.size(bucket) <= BUCKET && (byKey.size(bucket) == 0 || byKey.last(bucket) != i)) {
                        byKey.add(bucket, i);
                    }
                }
            }
        }
        // Per other quote, the shingles shared with the quote at hand, quotes listed in the order first met.
        int[] shared = new int[n];
        int[] met = new int[n];
        for (int i = 0; i < n; i++) {
            Quote q = quotes.get(i);
            long[] keys = keysOf[i];
            if (keys.length == 0 || !Radar.open(q)) {
                continue;
            }
            int metCount = 0;
            for (long key : keys) {
                int bucket = byKey.find(key);
                if (bucket < 0 || byKey.size(bucket) > BUCKET) {
                    continue;
                }
                for (int e = byKey.first(bucket); e >= 0; e = byKey.next(e)) {
                    int j = byKey.value(e);
                    if (j != i && shared[j]++ == 0) {
                        met[metCount++] = j;
                    }
                }
            }
            Set<String> named = new HashSet<>();
            for (int m = 0; m < metCount; m++) {
                int j = met[m];
                int count = shared[j];
                shared[j] = 0;
                Quote other = quotes.get(j);
                if (other.speakerId().equals(q.speakerId()) || other.span().overlaps(q.span())
                        || count < SAME * keys.length || !named.add(other.speakerId())) {
                    continue;
                }
                boolean same = count == keys.length;
                String words = same ? "The same words" : "Nearly the same words";
                boolean headline = (q.type() == QuoteType.HEADLINE) != (other.type() == QuoteType.HEADLINE);
                if (headline) {
                    String where = q.type() == QuoteType.HEADLINE ? "its counterpart in the body, " + snippet(text, other)
                            : "the headline quote " + snippet(text, other);
                    flag(flags, q, FlagCode.HEADLINE_CONFLICT, words + " appear in " + where + ", attributed to "
                            + name(speakers, other) + ", not " + name(speakers, q) + ".");
                } else {
                    flag(flags, q, FlagCode.CONFLICT, words + " appear in " + snippet(text, other) + ", attributed to "
                            + name(speakers, other) + ", not " + name(speakers, q) + ".");
                }
            }
        }
    }

    /** The keys a quote looks up: its 4-word shingles, or the whole quote when it is shorter. */
    static long[] ownKeys(List<String> words) {
        if (words.size() < SHINGLE) {
            long content = words.stream().filter(w -> !Words.STOP.contains(w) && w.length() > 1).count();
            // Two common words ("of course") say nothing about who said them.
            return words.size() >= 2 && content >= 2 ? new long[] {key(words, 0, words.size())} : new long[0];
        }
        long[] keys = new long[words.size() - SHINGLE + 1];
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            keys[i] = key(words, i, i + SHINGLE);
        }
        return keys;
    }

    /** The keys under which a quote is found: every run of 2, 3 and 4 words, so that short quotes find it. */
    static Set<Long> allKeys(List<String> words) {
        Set<Long> keys = new HashSet<>();
        for (int n = 2; n <= SHINGLE; n++) {
            for (int i = 0; i + n <= words.size(); i++) {
                keys.add(key(words, i, i + n));
            }
        }
        return keys;
    }

    /**
     * A run of words as one 64-bit number (their hashes mixed in order, with the run's length):
     * joining them into strings was most of the radar's time on a long article, and two different
     * runs meeting here is as likely as a one-in-2⁶⁴ draw.
     */
    private static long key(List<String> words, int from, int to) {
        long h = 0x9E3779B97F4A7C15L * (to - from);
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            long x = h ^ (w.hashCode() * 0xC2B2AE3D27D4EB4FL + w.length());
            h = Long.rotateLeft(x * 0x165667B19E3779F9L, 31) * 0x9E3779B97F4A7C15L;
        }
        return h;
    }

    static String name(Map<String, Speaker> speakers, Quote q) {
        Speaker s = speakers.get(q.speakerId());
        return s == null ? "nobody" : s.name();
    }

    static void flag(Map<String, List<Flag>> flags, Quote q, FlagCode code, String reason) {
        if (Radar.open(q)) {
            List<Flag> own = flags.get(q.id());
            if (own.stream().noneMatch(f -> f.code() == code && f.reason().equals(reason))) {
                own.add(new Flag(code, reason));
            }
        }
    }

    /** The quote's first words as an analyst can find them: "“We will reopen the port in…”", not an id. */
    static String snippet(String text, Quote q) {
        return snippetOf(q.span().of(text));
    }

    /** As {@link #snippet}, of a quote's text already cut out. */
    static String snippetOf(String quoted) {
        String inner = quoted.strip();
        String[] words = inner.split("\\s+");
        if (words.length <= 6) {
            return inner;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, 6)) + "…";
    }
}
