package org.quoteexplorer.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.Radar;
import org.quoteexplorer.review.RadarModel;

/**
 * Fits the radar's model on a gold corpus (the training split): each found quote with a gold
 * speaker is an example, wrong or right as {@link RadarEvaluation} judges it, described by
 * {@link Radar#features} with the speaker list the engine was given. The model is gradient-boosted
 * trees on the log loss; their depth and number are chosen by K-fold cross-validation by document
 * on the same corpus, judged by the figure the radar is for: the share of wrong attributions in
 * the top fifth of the pooled held-out order.
 */
public final class RadarFit {

    /** A feature seen on fewer quotes than this is left out: a split on it would be a guess. */
    static final int MIN_COUNT = 20;

    /** Depths tried: 2 lets two signals combine, 3 lets a third qualify them. */
    static final int[] DEPTHS = {2, 3};

    /** Numbers of trees tried for each depth. */
    static final int[] ROUNDS = {25, 50, 75, 100, 150, 200, 300};

    /** Each tree's leaves are shrunk by this much, so that later trees correct rather than repeat. */
    static final double SHRINKAGE = 0.1;

    /** Quotes' worth of pull of a leaf's value toward 0. */
    static final double LEAF_L2 = 1.0;

    /** A leaf holds at least this many quotes, so that no leaf is one article's quirk. */
    static final int MIN_LEAF = 20;

    /** Thresholds tried per feature at most: quantiles beyond this many distinct values. */
    static final int MAX_THRESHOLDS = 16;

    record Example(String documentId, Map<String, Double> features, boolean wrong) {
    }

    /** The cross-validated figures of one depth and number of trees. */
    public record Trial(int depth, int rounds, double topShare, double logLoss) {
    }

    private final List<Example> examples;
    private final List<String> documentIds;

    RadarFit(List<Example> examples) {
        this.examples = List.copyOf(examples);
        this.documentIds = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::documentId).toList()));
    }

    /** The examples of a corpus: the engine's found quotes with a gold speaker, with their features. */
    public static RadarFit of(List<GoldDocument> gold, Map<String, AnnotatedArticle> predictions, Set<String> kinds,
            List<Speaker> known) {
        List<Example> examples = new ArrayList<>();
        for (GoldDocument g : gold) {
            AnnotatedArticle pred = predictions.get(g.id());
            if (pred == null) {
                continue;
            }
            Map<String, Map<String, Double>> features = Radar.features(pred, known);
            for (RadarEvaluation.Judged j : RadarEvaluation.judge(g, pred, kinds)) {
                Map<String, Double> f = features.get(j.quote().id());
                if (f != null) {
                    examples.add(new Example(g.id(), f, j.wrong()));
                }
            }
        }
        return new RadarFit(examples);
    }

    public int size() {
        return examples.size();
    }

    /** Each depth and number of trees with its held-out figures, documents going to folds by their place in id order. */
    public List<Trial> crossValidate(int folds) {
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < documentIds.size(); i++) {
            foldOf.put(documentIds.get(i), i % folds);
        }
        int most = ROUNDS[ROUNDS.length - 1];
        List<Trial> trials = new ArrayList<>();
        for (int depth : DEPTHS) {
            double[][] held = new double[ROUNDS.length][examples.size()];
            for (int k = 0; k < folds; k++) {
                int fold = k;
                List<Example> train = examples.stream().filter(e -> foldOf.get(e.documentId()) != fold).toList();
                List<Integer> test = new ArrayList<>();
                for (int i = 0; i < examples.size(); i++) {
                    if (foldOf.get(examples.get(i).documentId()) == fold) {
                        test.add(i);
                    }
                }
                RadarModel model = fit(train, depth, most);
                double[] z = new double[test.size()];
                Arrays.fill(z, model.base());
                int r = 0;
                for (int c = 0; c < ROUNDS.length; c++) {
                    for (; r < ROUNDS[c]; r++) {
                        for (int t = 0; t < z.length; t++) {
                            z[t] += model.trees().get(r).value(examples.get(test.get(t)).features());
                        }
                    }
                    for (int t = 0; t < z.length; t++) {
                        held[c][test.get(t)] = 1 / (1 + Math.exp(-z[t]));
                    }
                }
            }
            for (int c = 0; c < ROUNDS.length; c++) {
                trials.add(new Trial(depth, ROUNDS[c], topShare(held[c]), logLoss(held[c])));
            }
        }
        return trials;
    }

    /** The trial with the best held-out share, the lower log loss breaking a tie. */
    public static Trial best(List<Trial> trials) {
        Trial best = trials.get(0);
        for (Trial t : trials) {
            if (t.topShare() > best.topShare() + 1e-9
                    || (Math.abs(t.topShare() - best.topShare()) <= 1e-9 && t.logLoss() < best.logLoss())) {
                best = t;
            }
        }
        return best;
    }

    /** The model fitted on every example with the trial's depth and number of trees. */
    public RadarModel fitAll(Trial trial) {
        return fit(examples, trial.depth(), trial.rounds());
    }

    private double topShare(double[] scores) {
        List<RadarEvaluation.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            outcomes.add(new RadarEvaluation.Outcome(examples.get(i).documentId(), null, examples.get(i).wrong(), scores[i], null));
        }
        return RadarEvaluation.topShare(outcomes, RadarEvaluation.Outcome::risk);
    }

    private double logLoss(double[] p) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - 1e-12, Math.max(1e-12, p[i]));
            sum -= examples.get(i).wrong() ? Math.log(q) : Math.log(1 - q);
        }
        return sum / p.length;
    }

    /**
     * Gradient boosting of trees of the given depth on the log loss (Newton leaves, as in
     * XGBoost), each split chosen among a few thresholds per feature.
     *
     * <p>A flag is a reason shown to the analyst for looking at a quote, so it must never lower
     * the risk: a split on a flag is taken only when the flagged side's value is at least the
     * other's, and the values below it are bounded by their midpoint, so that the whole sum of
     * trees rises (or stays) when a flag is raised, whatever the other features.
     */
    static RadarModel fit(List<Example> data, int depth, int rounds) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Example e : data) {
            e.features().forEach((k, v) -> {
                if (v != 0) {
                    counts.merge(k, 1, Integer::sum);
                }
            });
        }
        List<String> names = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (!k.equals("bias") && n >= MIN_COUNT) {
                names.add(k);
            }
        });
        return new Booster(data, names).run(depth, rounds);
    }

    /** The working state of one fit: each quote's bin per feature, and the trees so far. */
    private static final class Booster {
        private final int n;
        private final List<String> names;
        private final double[][] thresholds;
        /** bins[j][i]: how many of feature j's thresholds quote i's value reaches. */
        private final int[][] bins;
        private final boolean[] monotone;
        private final double[] y;
        private final double[] g;
        private final double[] h;

        Booster(List<Example> data, List<String> names) {
            this.n = data.size();
            this.names = names;
            int p = names.size();
            this.thresholds = new double[p][];
            this.bins = new int[p][n];
            this.monotone = new boolean[p];
            this.y = new double[n];
            this.g = new double[n];
            this.h = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = data.get(i).wrong() ? 1 : 0;
            }
            for (int j = 0; j < p; j++) {
                String name = names.get(j);
                monotone[j] = name.startsWith("flag:");
                double[] x = new double[n];
                for (int i = 0; i < n; i++) {
                    Double v = data.get(i).features().get(name);
                    x[i] = v == null ? 0 : v;
                }
                thresholds[j] = thresholds(x);
                for (int i = 0; i < n; i++) {
                    int b = Arrays.binarySearch(thresholds[j], x[i]);
                    bins[j][i] = b >= 0 ? b + 1 : -b - 1;
                }
            }
        }

        /** Midpoints between neighbouring distinct values, or between quantiles when there are many. */
        private static double[] thresholds(double[] x) {
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            double[] distinct = Arrays.stream(sorted).distinct().toArray();
            if (distinct.length > MAX_THRESHOLDS) {
                TreeSet<Double> q = new TreeSet<>();
                for (int k = 1; k < MAX_THRESHOLDS; k++) {
                    q.add(sorted[(int) ((long) k * (sorted.length - 1) / MAX_THRESHOLDS)]);
                }
                q.add(sorted[0]);
                q.add(sorted[sorted.length - 1]);
                distinct = q.stream().mapToDouble(Double::doubleValue).toArray();
            }
            double[] t = new double[Math.max(0, distinct.length - 1)];
            for (int k = 0; k < t.length; k++) {
                t[k] = (distinct[k] + distinct[k + 1]) / 2;
            }
            return t;
        }

        RadarModel run(int depth, int rounds) {
            double mean = Arrays.stream(y).average().orElse(0.5);
            mean = Math.min(1 - 1e-6, Math.max(1e-6, mean));
            double base = Math.log(mean / (1 - mean));
            double[] z = new double[n];
            Arrays.fill(z, base);
            List<RadarModel.Node> trees = new ArrayList<>();
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < n; i++) {
                    double mu = 1 / (1 + Math.exp(-z[i]));
                    g[i] = mu - y[i];
                    h[i] = Math.max(mu * (1 - mu), 1e-9);
                }
                double[] out = new double[n];
                RadarModel.Node tree = grow(all, depth, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, out);
                for (int i = 0; i < n; i++) {
                    z[i] += out[i];
                }
                trees.add(tree);
            }
            return new RadarModel(base, trees);
        }

        private static double leaf(double gs, double hs, double lo, double hi) {
            return Math.min(hi, Math.max(lo, -gs / (hs + LEAF_L2)));
        }

        /** The loss a leaf of value w takes off, to second order. */
        private static double gain(double gs, double hs, double w) {
            return -(gs * w + 0.5 * (hs + LEAF_L2) * w * w);
        }

        /** Grows a node over the quotes {@code rows}, writing each one's shrunk leaf value to {@code out}. */
        private RadarModel.Node grow(int[] rows, int depth, double lo, double hi, double[] out) {
            double gs = 0;
            double hs = 0;
            for (int i : rows) {
                gs += g[i];
                hs += h[i];
            }
            double own = leaf(gs, hs, lo, hi);
            int bestFeature = -1;
            int bestBin = -1;
            double bestGain = 1e-9;
            double bestBelow = 0;
            double bestAbove = 0;
            if (depth > 0 && rows.length >= 2 * MIN_LEAF) {
                double parent = gain(gs, hs, own);
                for (int j = 0; j < names.size(); j++) {
                    int k = thresholds[j].length;
                    if (k == 0) {
                        continue;
                    }
                    double[] gb = new double[k + 1];
                    double[] hb = new double[k + 1];
                    int[] cb = new int[k + 1];
                    int[] bj = bins[j];
                    for (int i : rows) {
                        gb[bj[i]] += g[i];
                        hb[bj[i]] += h[i];
                        cb[bj[i]]++;
                    }
                    double gl = 0;
                    double hl = 0;
                    int cl = 0;
                    for (int s = 0; s < k; s++) {
                        gl += gb[s];
                        hl += hb[s];
                        cl += cb[s];
                        if (cl < MIN_LEAF || rows.length - cl < MIN_LEAF) {
                            continue;
                        }
                        double wl = leaf(gl, hl, lo, hi);
                        double wr = leaf(gs - gl, hs - hl, lo, hi);
                        if (monotone[j] && wl > wr) {
                            continue;
                        }
                        double gain = gain(gl, hl, wl) + gain(gs - gl, hs - hl, wr) - parent;
                        if (gain > bestGain) {
                            bestGain = gain;
                            bestFeature = j;
                            bestBin = s;
                            bestBelow = wl;
                            bestAbove = wr;
                        }
                    }
                }
            }
            if (bestFeature < 0) {
                for (int i : rows) {
                    out[i] = SHRINKAGE * own;
                }
                return new RadarModel.Leaf(SHRINKAGE * own);
            }
            int[] bj = bins[bestFeature];
            int cut = bestBin;
            int[] below = Arrays.stream(rows).filter(i -> bj[i] <= cut).toArray();
            int[] above = Arrays.stream(rows).filter(i -> bj[i] > cut).toArray();
            double belowHi = hi;
            double aboveLo = lo;
            if (monotone[bestFeature]) {
                double mid = (bestBelow + bestAbove) / 2;
                belowHi = mid;
                aboveLo = mid;
            }
            RadarModel.Node left = grow(below, depth - 1, lo, belowHi, out);
            RadarModel.Node right = grow(above, depth - 1, aboveLo, hi, out);
            return new RadarModel.Split(names.get(bestFeature), thresholds[bestFeature][bestBin], left, right);
        }
    }

    /** The figures of a trial, for the command's output. */
    public static String describe(Trial t) {
        return String.format(Locale.ROOT, "  depth %d, %3d trees  top-20%% share %.3f  log loss %.4f", t.depth(), t.rounds(),
                t.topShare(), t.logLoss());
    }
}
