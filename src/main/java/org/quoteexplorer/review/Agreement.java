package org.quoteexplorer.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;

/**
 * Two analysts' reviews of the same article side by side: which quotes both found, where they
 * differ (span, speaker, status), and how far they agree.
 *
 * <p>Quotes are paired as shared/tools/score_quotes.py pairs gold and predicted quotes: a pair
 * needs an overlap of at least half the union of the two spans, and pairs are taken greedily by
 * overlap, each quote in at most one pair. Speakers are compared by name and aliases because each
 * review numbers its speakers on its own, so "s2" in one may be "s5" in the other.
 */
public final class Agreement {

    /** What differs between the two sides of a pair, or which side a lone quote is on. */
    public enum Kind {
        ONLY_A, ONLY_B, SPAN, SPEAKER, STATUS
    }

    /**
     * One difference. For a lone quote the other side is {@code null}.
     *
     * @param speakerA the speaker's name in review A, or {@code null} when unattributed or absent
     */
    public record Difference(Kind kind, Quote a, Quote b, String speakerA, String speakerB) {

        /** Where the difference is, for sorting by position in the article. */
        public Span where() {
            return a != null ? a.span() : b.span();
        }
    }

    /** A quote of review A and the quote of review B it was paired with. */
    public record Pair(Quote a, Quote b) {
    }

    /**
     * Counts of paired quotes by status in A (row) and in B (column), indexed by
     * {@link QuoteStatus#ordinal()}: the table Cohen's kappa is computed from.
     */
    public record StatusTable(long[][] counts) {

        public StatusTable {
            int n = QuoteStatus.values().length;
            long[][] copy = new long[n][n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(counts[i], 0, copy[i], 0, n);
            }
            counts = copy;
        }

        /** A copy: the table stays as computed. */
        @Override
        public long[][] counts() {
            long[][] copy = new long[counts.length][];
            for (int i = 0; i < counts.length; i++) {
                copy[i] = counts[i].clone();
            }
            return copy;
        }

        static StatusTable empty() {
            int n = QuoteStatus.values().length;
            return new StatusTable(new long[n][n]);
        }

        public long count(QuoteStatus a, QuoteStatus b) {
            return counts[a.ordinal()][b.ordinal()];
        }

        public long total() {
            long sum = 0;
            for (long[] row : counts) {
                for (long c : row) {
                    sum += c;
                }
            }
            return sum;
        }

        public long agreeing() {
            long sum = 0;
            for (int i = 0; i < counts.length; i++) {
                sum += counts[i][i];
            }
            return sum;
        }

        /**
         * Cohen's kappa: (observed − expected agreement) / (1 − expected), the expected agreement
         * being what two reviewers with these status shares would reach by chance. NaN when it is
         * undefined: no pairs, or both reviewers gave every quote one and the same status.
         */
        public double kappa() {
            long n = total();
            if (n == 0) {
                return Double.NaN;
            }
            double observed = (double) agreeing() / n;
            double expected = 0;
            for (int i = 0; i < counts.length; i++) {
                long row = 0;
                long column = 0;
                for (int j = 0; j < counts.length; j++) {
                    row += counts[i][j];
                    column += counts[j][i];
                }
                expected += ((double) row / n) * ((double) column / n);
            }
            if (expected >= 1) {
                return Double.NaN;
            }
            return (observed - expected) / (1 - expected);
        }

        StatusTable plus(StatusTable other) {
            long[][] sum = new long[counts.length][counts.length];
            for (int i = 0; i < counts.length; i++) {
                for (int j = 0; j < counts.length; j++) {
                    sum[i][j] = counts[i][j] + other.counts[i][j];
                }
            }
            return new StatusTable(sum);
        }
    }

    /**
     * The comparison of one article, or the pooled sum over several ({@code articles} > 1, and
     * then no pairs or differences are kept, only the counts).
     *
     * @param quotesA      quotes in review A
     * @param sameSpeaker  pairs whose two quotes have the same speaker (both unattributed counts as the same)
     */
    public record Result(String documentId, int articles, int quotesA, int quotesB, List<Pair> pairs,
            List<Difference> differences, int matched, int sameSpeaker, StatusTable statuses) {

        public Result {
            pairs = List.copyOf(pairs);
            differences = List.copyOf(differences);
        }

        /** Share of paired quotes with the same speaker; NaN when nothing was paired. */
        public double sameSpeakerShare() {
            return matched == 0 ? Double.NaN : (double) sameSpeaker / matched;
        }

        public double kappa() {
            return statuses.kappa();
        }

        public long count(Kind kind) {
            return differences.stream().filter(d -> d.kind() == kind).count();
        }
    }

    private Agreement() {
    }

    /**
     * Compares two reviews of one article.
     *
     * @throws IllegalArgumentException when the two are reviews of different texts: spans would
     *                                  then point at different words and any figure would mislead
     */
    public static Result compare(AnnotatedArticle a, AnnotatedArticle b) {
        if (!a.text().equals(b.text())) {
            throw new IllegalArgumentException("the two reviews are of different article texts ("
                    + a.article().id() + " and " + b.article().id() + ")");
        }
        List<Quote> qa = a.quotes();
        List<Quote> qb = b.quotes();
        List<int[]> candidates = new ArrayList<>();
        // Only B's quotes that may overlap each of A's are looked at: none starts more than B's
        // longest quote before one it overlaps, and as a document keeps its quotes in span order,
        // the first of B's that may overlap only moves on from one of A's quotes to the next.
        // Every pair of two articles of 24,000 quotes was half a billion comparisons.
        int[] startsB = new int[qb.size()];
        int longestB = 0;
        for (int j = 0; j < qb.size(); j++) {
            startsB[j] = qb.get(j).span().start();
            longestB = Math.max(longestB, qb.get(j).span().length());
        }
        int firstB = 0;
        for (int i = 0; i < qa.size(); i++) {
            Span sa = qa.get(i).span();
            while (firstB < startsB.length && startsB[firstB] < sa.start() - longestB) {
                firstB++;
            }
            for (int j = firstB; j < startsB.length && startsB[j] < sa.end(); j++) {
                Span sb = qb.get(j).span();
                int overlap = overlap(sa, sb);
                if (overlap > 0 && 2L * overlap >= union(sa, sb)) {
                    candidates.add(new int[] {overlap, i, j});
                }
            }
        }
        // Largest overlap first; ties as score_quotes.py breaks them (its reverse tuple sort).
        candidates.sort(Comparator.<int[]>comparingInt(c -> c[0])
                .thenComparingInt(c -> c[1]).thenComparingInt(c -> c[2]).reversed());
        boolean[] usedA = new boolean[qa.size()];
        boolean[] usedB = new boolean[qb.size()];
        List<Pair> pairs = new ArrayList<>();
        for (int[] c : candidates) {
            if (!usedA[c[1]] && !usedB[c[2]]) {
                usedA[c[1]] = true;
                usedB[c[2]] = true;
                pairs.add(new Pair(qa.get(c[1]), qb.get(c[2])));
            }
        }
        pairs.sort(Comparator.comparing((Pair p) -> p.a().span()));

        List<Difference> differences = new ArrayList<>();
        int n = QuoteStatus.values().length;
        long[][] counts = new long[n][n];
        int sameSpeaker = 0;
        Map<String, Speaker> speakersA = a.speakersById();
        Map<String, Speaker> speakersB = b.speakersById();
        for (Pair p : pairs) {
            Optional<Speaker> sa = Optional.ofNullable(speakersA.get(p.a().speakerId()));
            Optional<Speaker> sb = Optional.ofNullable(speakersB.get(p.b().speakerId()));
            String nameA = sa.map(Speaker::name).orElse(null);
            String nameB = sb.map(Speaker::name).orElse(null);
            if (!p.a().span().equals(p.b().span())) {
                differences.add(new Difference(Kind.SPAN, p.a(), p.b(), nameA, nameB));
            }
            if (sameSpeaker(sa, sb)) {
                sameSpeaker++;
            } else {
                differences.add(new Difference(Kind.SPEAKER, p.a(), p.b(), nameA, nameB));
            }
            if (p.a().status() != p.b().status()) {
                differences.add(new Difference(Kind.STATUS, p.a(), p.b(), nameA, nameB));
            }
            counts[p.a().status().ordinal()][p.b().status().ordinal()]++;
        }
        for (int i = 0; i < qa.size(); i++) {
            if (!usedA[i]) {
                Quote q = qa.get(i);
                differences.add(new Difference(Kind.ONLY_A, q, null, nameOf(speakersA, q), null));
            }
        }
        for (int j = 0; j < qb.size(); j++) {
            if (!usedB[j]) {
                Quote q = qb.get(j);
                differences.add(new Difference(Kind.ONLY_B, null, q, null, nameOf(speakersB, q)));
            }
        }
        differences.sort(Comparator.comparing(Difference::where).thenComparing(Difference::kind));
        return new Result(a.article().id(), 1, qa.size(), qb.size(), pairs, differences, pairs.size(), sameSpeaker,
                new StatusTable(counts));
    }

    /** The figures of several articles together: counts summed, kappa from the summed table. */
    public static Result pooled(List<Result> results) {
        int articles = 0;
        int quotesA = 0;
        int quotesB = 0;
        int matched = 0;
        int same = 0;
        StatusTable statuses = StatusTable.empty();
        for (Result r : results) {
            articles += r.articles();
            quotesA += r.quotesA();
            quotesB += r.quotesB();
            matched += r.matched();
            same += r.sameSpeaker();
            statuses = statuses.plus(r.statuses());
        }
        return new Result(null, articles, quotesA, quotesB, List.of(), List.of(), matched, same, statuses);
    }

    /**
     * Two speakers are the same person when their names match, or one's name is among the
     * other's aliases ("Smith" in one review, "Jane Smith" with alias "Smith" in the other).
     * Ignoring case and spacing: reviewers type names by hand.
     */
    static boolean sameSpeaker(Optional<Speaker> a, Optional<Speaker> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return samePerson(a.get(), b.get());
    }

    /** Whether two reviews' speakers are one person, by name and aliases as {@link #compare} pairs them. */
    public static boolean samePerson(Speaker a, Speaker b) {
        return samePersonByName(Optional.of(a), Optional.of(b));
    }

    private static boolean samePersonByName(Optional<Speaker> a, Optional<Speaker> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        String nameA = normal(a.get().name());
        String nameB = normal(b.get().name());
        return nameA.equals(nameB) || names(a.get()).contains(nameB) || names(b.get()).contains(nameA);
    }

    private static Set<String> names(Speaker s) {
        Set<String> names = new HashSet<>();
        names.add(normal(s.name()));
        s.aliases().forEach(alias -> names.add(normal(alias)));
        return names;
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String nameOf(Map<String, Speaker> speakers, Quote quote) {
        Speaker speaker = speakers.get(quote.speakerId());
        return speaker == null ? null : speaker.name();
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static int union(Span a, Span b) {
        return Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
    }
}
