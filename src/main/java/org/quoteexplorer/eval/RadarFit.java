package org.quoteexplorer.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * Fits the radar's logistic model on a gold corpus (the training split): each found quote with a
 * gold speaker is an example, wrong or right as {@link RadarEvaluation} judges it, described by
 * {@link Radar#features} with the speaker list the engine was given. The L2 strength is chosen by K-fold cross-validation by document on
 * the same corpus, judged by the figure the radar is for: the share of wrong attributions in the
 * top fifth of the pooled held-out order.
 */
public final class RadarFit {

    /** A feature seen on fewer quotes than this is left out: its weight would be a guess. */
    static final int MIN_COUNT = 20;

    /** L2 strengths tried, as quotes' worth of pull toward 0 per unit of weight. */
    static final double[] LAMBDAS = {0.3, 1, 3, 10, 30, 100};

    record Example(String documentId, Map<String, Double> features, boolean wrong) {
    }

    /** The cross-validated figures of one L2 strength. */
    public record Trial(double lambda, double topShare, double logLoss) {
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

    /** Each L2 strength's held-out figures, documents going to folds by their place in id order. */
    public List<Trial> crossValidate(int folds) {
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < documentIds.size(); i++) {
            foldOf.put(documentIds.get(i), i % folds);
        }
        List<Trial> trials = new ArrayList<>();
        for (double lambda : LAMBDAS) {
            double[] held = new double[examples.size()];
            for (int k = 0; k < folds; k++) {
                int fold = k;
                RadarModel model = fit(examples.stream().filter(e -> foldOf.get(e.documentId()) != fold).toList(), lambda);
                for (int i = 0; i < examples.size(); i++) {
                    if (foldOf.get(examples.get(i).documentId()) == fold) {
                        held[i] = model.probability(examples.get(i).features());
                    }
                }
            }
            trials.add(new Trial(lambda, topShare(held), logLoss(held)));
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

    /** The model fitted on every example. */
    public RadarModel fitAll(double lambda) {
        return fit(examples, lambda);
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
     * L2-penalised logistic regression by Newton's method (iteratively reweighted least
     * squares); the intercept is not penalised. With a few dozen features and some thousand
     * quotes it converges in a handful of steps.
     */
    static RadarModel fit(List<Example> data, double lambda) {
        // A flag is a reason shown to the analyst for looking at a quote, so it must never lower
        // the risk: a flag that comes out negative (the rule and mention features already say the
        // same) is left out and the rest re-fitted, until none is.
        Set<String> left = new HashSet<>();
        while (true) {
            RadarModel model = fit(data, lambda, left);
            List<String> negative = model.weights().entrySet().stream()
                    .filter(e -> e.getKey().startsWith("flag:") && e.getValue() < 0).map(Map.Entry::getKey).toList();
            if (negative.isEmpty()) {
                return model;
            }
            left.addAll(negative);
        }
    }

    private static RadarModel fit(List<Example> data, double lambda, Set<String> leftOut) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Example e : data) {
            e.features().forEach((k, v) -> {
                if (v != 0) {
                    counts.merge(k, 1, Integer::sum);
                }
            });
        }
        List<String> names = new ArrayList<>();
        names.add("bias");
        counts.forEach((k, n) -> {
            if (!k.equals("bias") && n >= MIN_COUNT && !leftOut.contains(k)) {
                names.add(k);
            }
        });
        int p = names.size();
        int n = data.size();
        double[][] x = new double[n][p];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            Map<String, Double> f = data.get(i).features();
            for (int j = 0; j < p; j++) {
                x[i][j] = f.getOrDefault(names.get(j), 0.0);
            }
            y[i] = data.get(i).wrong() ? 1 : 0;
        }
        double[] w = new double[p];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] grad = new double[p];
            double[][] hess = new double[p][p];
            for (int i = 0; i < n; i++) {
                double z = 0;
                for (int j = 0; j < p; j++) {
                    z += w[j] * x[i][j];
                }
                double mu = 1 / (1 + Math.exp(-z));
                double r = mu - y[i];
                double s = Math.max(mu * (1 - mu), 1e-9);
                for (int j = 0; j < p; j++) {
                    if (x[i][j] == 0) {
                        continue;
                    }
                    grad[j] += r * x[i][j];
                    for (int k = j; k < p; k++) {
                        hess[j][k] += s * x[i][j] * x[i][k];
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < j; k++) {
                    hess[j][k] = hess[k][j];
                }
                if (j > 0) {
                    grad[j] += lambda * w[j];
                    hess[j][j] += lambda;
                } else {
                    hess[j][j] += 1e-6;
                }
            }
            double[] step = solve(hess, grad);
            double largest = 0;
            for (int j = 0; j < p; j++) {
                w[j] -= step[j];
                largest = Math.max(largest, Math.abs(step[j]));
            }
            if (largest < 1e-7) {
                break;
            }
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int j = 0; j < p; j++) {
            weights.put(names.get(j), w[j]);
        }
        return new RadarModel(weights);
    }

    /** Gaussian elimination with partial pivoting; the matrix is positive definite, so it never fails. */
    private static double[] solve(double[][] a, double[] b) {
        int p = b.length;
        double[][] m = new double[p][];
        double[] v = b.clone();
        for (int i = 0; i < p; i++) {
            m[i] = a[i].clone();
        }
        for (int c = 0; c < p; c++) {
            int pivot = c;
            for (int r = c + 1; r < p; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            double tv = v[c];
            v[c] = v[pivot];
            v[pivot] = tv;
            for (int r = c + 1; r < p; r++) {
                double factor = m[r][c] / m[c][c];
                for (int k = c; k < p; k++) {
                    m[r][k] -= factor * m[c][k];
                }
                v[r] -= factor * v[c];
            }
        }
        double[] out = new double[p];
        for (int r = p - 1; r >= 0; r--) {
            double sum = v[r];
            for (int k = r + 1; k < p; k++) {
                sum -= m[r][k] * out[k];
            }
            out[r] = sum / m[r][r];
        }
        return out;
    }

    /** The figures of a trial, for the command's output. */
    public static String describe(Trial t) {
        return String.format(Locale.ROOT, "  L2 %6.1f  top-20%% share %.3f  log loss %.4f", t.lambda(), t.topShare(), t.logLoss());
    }
}
