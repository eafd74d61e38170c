package org.quoteexplorer.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether confidences mean what they say: quotes grouped by confidence, each group's share of
 * right speakers beside its mean confidence; and the same per rule. Printed as Markdown tables
 * so they can go into the README as they are.
 */
public final class Reliability {

    /** Lower edges of the confidence buckets; the last bucket includes 1.0. */
    static final double[] EDGES = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

    /** A bucket is held to its mean confidence only with this many quotes: fewer leave the share too noisy. */
    public static final int MIN_QUOTES = 100;

    /** How far, in share, a bucket of {@link #MIN_QUOTES} or more may be from its mean confidence. */
    public static final double TOLERANCE = 0.04;

    /** One judged quote: the rule that decided it, its confidence, whether its speaker is right. */
    public record Judged(String rule, double confidence, boolean right) {
    }

    /** The quotes that fell in one group and how they fared. */
    public record Row(String label, int quotes, int right, double confidenceSum) {

        public double share() {
            return quotes == 0 ? 0 : (double) right / quotes;
        }

        public double meanConfidence() {
            return quotes == 0 ? 0 : confidenceSum / quotes;
        }

        /** Share right minus mean confidence: negative when the confidence promises too much. */
        public double gap() {
            return share() - meanConfidence();
        }

        /** Held to the target (enough quotes) and within it. */
        public boolean withinTolerance() {
            return quotes < MIN_QUOTES || Math.abs(gap()) <= TOLERANCE + 1e-9;
        }

        Row plus(Judged j) {
            return new Row(label, quotes + 1, right + (j.right() ? 1 : 0), confidenceSum + j.confidence());
        }
    }

    private Reliability() {
    }

    /**
     * The verdicts of a scoring run on attributed quotes, as judged quotes. A quote left without a
     * speaker claims nothing, so it has no confidence to hold to account.
     */
    public static List<Judged> judged(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.quote().isAttributed()).map(o -> new Judged(o.rule(), o.quote().confidence(), o.right())).toList();
    }

    /** One row per confidence bucket that holds any quote, lowest first. */
    public static List<Row> buckets(List<Judged> judged) {
        Row[] rows = new Row[EDGES.length];
        for (int b = 0; b < EDGES.length; b++) {
            String upper = b + 1 < EDGES.length ? f2(EDGES[b + 1]) + ")" : "1.00]";
            rows[b] = new Row("[" + f2(EDGES[b]) + ", " + upper, 0, 0, 0);
        }
        for (Judged j : judged) {
            int b = bucket(j.confidence());
            rows[b] = rows[b].plus(j);
        }
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.quotes() > 0) {
                out.add(r);
            }
        }
        return out;
    }

    /** One row per rule, by name. */
    public static List<Row> rules(List<Judged> judged) {
        Map<String, Row> rows = new TreeMap<>();
        for (Judged j : judged) {
            rows.merge(j.rule(), new Row(j.rule(), 0, 0, 0).plus(j), (a, b) ->
                    new Row(a.label(), a.quotes() + b.quotes(), a.right() + b.right(), a.confidenceSum() + b.confidenceSum()));
        }
        return List.copyOf(rows.values());
    }

    static int bucket(double confidence) {
        // Confidences carry two decimals; the small margin keeps 0.95 from falling below its edge.
        for (int b = EDGES.length - 1; b > 0; b--) {
            if (confidence >= EDGES[b] - 1e-9) {
                return b;
            }
        }
        return 0;
    }

    /** The bucket table in Markdown, with a last column saying whether each bucket meets the target. */
    public static List<String> bucketTable(List<Judged> judged) {
        List<String> lines = new ArrayList<>();
        lines.add("| confidence | quotes | share right | mean confidence | gap | within " + Math.round(TOLERANCE * 100)
                + " points |");
        lines.add("| --- | ---: | ---: | ---: | ---: | --- |");
        for (Row r : buckets(judged)) {
            String verdict = r.quotes() < MIN_QUOTES ? "(fewer than " + MIN_QUOTES + ")" : r.withinTolerance() ? "yes" : "NO";
            lines.add("| " + r.label() + " | " + r.quotes() + " | " + f3(r.share()) + " | " + f3(r.meanConfidence())
                    + " | " + signed(r.gap()) + " | " + verdict + " |");
        }
        return lines;
    }

    /** The per-rule table in Markdown. */
    public static List<String> ruleTable(List<Judged> judged) {
        List<String> lines = new ArrayList<>();
        lines.add("| rule | quotes | share right | mean confidence | gap |");
        lines.add("| --- | ---: | ---: | ---: | ---: |");
        for (Row r : rules(judged)) {
            lines.add("| " + r.label() + " | " + r.quotes() + " | " + f3(r.share()) + " | " + f3(r.meanConfidence())
                    + " | " + signed(r.gap()) + " |");
        }
        return lines;
    }

    static String f2(double x) {
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String f3(double x) {
        return Score.f3(x);
    }

    private static String signed(double x) {
        String s = f3(x);
        return x >= 0 ? "+" + s : s;
    }
}
