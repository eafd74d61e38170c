package org.quoteexplorer.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Sets each rule's precision from verdicts on a training corpus, and checks by cross-validation
 * that precisions set this way hold on documents they were not measured on.
 *
 * <p>A sieve may discount a rule's precision for one quote (a bare role, a weak cue, a partial
 * headline match). That discount is read off the quote as its confidence over the rule's current
 * precision, and the new precision is {@code (right + a * prior) / (sum of discounts + a)}: the
 * rule's quotes as a whole then come out right as often as their mean confidence says, and a rule
 * with few cases is pulled toward the corpus-wide rate instead of reaching 1.0 on a handful of
 * lucky quotes.
 */
public final class Calibration {

    /** Precisions stay below certainty: no rule is never wrong on news it has not seen. */
    static final double CEILING = 0.99;

    /** A rule with fewer cases than this is rare: its own rate is too noisy to stand alone. */
    static final int RARE = 100;

    /** One verdict, with the document it came from and its discount relative to the rule's precision. */
    record Case(String documentId, String rule, double discount, boolean right) {
    }

    /** What one rule's cases gave: count, right, sum of discounts, and the precision set from them. */
    public record Estimate(String rule, int quotes, int right, double discounts, double precision) {
    }

    private final List<Case> cases;
    private final Map<String, Double> current;
    private final double priorWeight;

    /**
     * @param outcomes    verdicts on the engine's quotes, as produced with the {@code current} table
     * @param current     the precisions the engine used, rule to precision
     * @param priorWeight the {@code a} of the shrinkage: how many quotes' worth the prior counts for
     */
    public Calibration(List<Outcome> outcomes, Map<String, Double> current, double priorWeight) {
        this.current = new LinkedHashMap<>(current);
        this.priorWeight = priorWeight;
        this.cases = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (!o.quote().isAttributed()) {
                continue; // no speaker, no confidence to set
            }
            Double base = current.get(o.rule());
            if (base == null) {
                throw new IllegalArgumentException("rule \"" + o.rule() + "\" has no precision in the current table");
            }
            cases.add(new Case(o.documentId(), o.rule(), Math.min(1.0, o.quote().confidence() / base), o.right()));
        }
    }

    /** Precisions from all cases; rules with none keep their current value. In the current table's order. */
    public Map<String, Estimate> estimate() {
        return estimate(cases);
    }

    private Map<String, Estimate> estimate(List<Case> from) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Double> sums = new HashMap<>();
        for (Case c : from) {
            int[] n = counts.computeIfAbsent(c.rule(), r -> new int[2]);
            n[0]++;
            n[1] += c.right() ? 1 : 0;
            sums.merge(c.rule(), c.discount(), Double::sum);
        }
        double prior = prior(counts, sums);
        Map<String, Estimate> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : current.entrySet()) {
            String rule = e.getKey();
            int[] n = counts.getOrDefault(rule, new int[2]);
            double sum = sums.getOrDefault(rule, 0.0);
            double precision = n[0] == 0 ? e.getValue()
                    : Math.min(CEILING, (n[1] + priorWeight * prior) / (sum + priorWeight));
            out.put(rule, new Estimate(rule, n[0], n[1], sum, round2(precision)));
        }
        return out;
    }

    /**
     * The rate rare rules lean toward: that of the rules with fewer than {@link #RARE} cases taken
     * together. Those are fallbacks that fire when no plain cue does, and they are right less often
     * than the common cue rules, so the corpus-wide rate would flatter them.
     */
    private static double prior(Map<String, int[]> counts, Map<String, Double> sums) {
        int right = 0;
        double discounts = 0;
        int allRight = 0;
        double allDiscounts = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            allRight += e.getValue()[1];
            allDiscounts += sums.get(e.getKey());
            if (e.getValue()[0] < RARE) {
                right += e.getValue()[1];
                discounts += sums.get(e.getKey());
            }
        }
        if (discounts > 0) {
            return right / discounts;
        }
        return allDiscounts > 0 ? allRight / allDiscounts : 0;
    }

    /**
     * Each case judged with the confidence it would get from precisions set on the other folds.
     * Documents go to folds by their place in id order, so the split is the same on every run.
     */
    public List<Reliability.Judged> crossValidated(int folds) {
        List<String> ids = new ArrayList<>(new TreeSet<>(cases.stream().map(Case::documentId).toList()));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            foldOf.put(ids.get(i), i % folds);
        }
        List<Reliability.Judged> judged = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            int held = k;
            Map<String, Estimate> table = estimate(cases.stream().filter(c -> foldOf.get(c.documentId()) != held).toList());
            for (Case c : cases) {
                if (foldOf.get(c.documentId()) == held) {
                    double confidence = round2(Math.min(1.0, table.get(c.rule()).precision() * c.discount()));
                    judged.add(new Reliability.Judged(c.rule(), confidence, c.right()));
                }
            }
        }
        return judged;
    }

    /**
     * The cases a sieve discounted, by rule and discount, in Markdown: whether a discount (a bare
     * role, a weak cue) matches how much less often those quotes are right than the rule's others.
     */
    public List<String> discountTable() {
        Map<String, Reliability.Row> rows = new java.util.TreeMap<>();
        for (Case c : cases) {
            String key = c.rule() + " × " + Reliability.f2(c.discount());
            Reliability.Row r = rows.getOrDefault(key, new Reliability.Row(key, 0, 0, 0));
            rows.put(key, new Reliability.Row(key, r.quotes() + 1, r.right() + (c.right() ? 1 : 0),
                    r.confidenceSum() + c.discount()));
        }
        List<String> lines = new ArrayList<>();
        lines.add("| rule × discount | quotes | share right |");
        lines.add("| --- | ---: | ---: |");
        for (Reliability.Row r : rows.values()) {
            lines.add("| " + r.label() + " | " + r.quotes() + " | " + Reliability.f3(r.share()) + " |");
        }
        return lines;
    }

    /** The table as the resource file holds it, with each rule's evidence in a comment. */
    public static List<String> resource(Map<String, Estimate> table, String source, double priorWeight, int folds) {
        List<String> lines = new ArrayList<>();
        lines.add("# How often each rule's speaker is right (see Confidence.java). Written by");
        lines.add("#   eval --gold " + source + " --calibrate=FILE");
        lines.add("# precision = (right + a * prior) / (quotes, each weighted by its sieve's discount, + a), a = "
                + Reliability.f2(priorWeight) + ",");
        lines.add("# prior = the rate of the rules with fewer than " + RARE + " quotes; checked by " + folds
                + "-fold cross-validation. Rules without quotes keep their value.");
        for (Estimate e : table.values()) {
            lines.add("# " + e.rule() + ": " + e.right() + " right of " + e.quotes());
            lines.add(e.rule() + " " + Reliability.f2(e.precision()));
        }
        return lines;
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
