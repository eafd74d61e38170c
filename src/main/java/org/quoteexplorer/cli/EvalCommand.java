package org.quoteexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.quoteexplorer.engine.Confidence;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.eval.Calibration;
import org.quoteexplorer.eval.GoldArticles;
import org.quoteexplorer.eval.GoldCorpus;
import org.quoteexplorer.eval.GoldDocument;
import org.quoteexplorer.eval.Reliability;
import org.quoteexplorer.eval.Score;
import org.quoteexplorer.eval.RadarEvaluation;
import org.quoteexplorer.eval.RadarFit;
import org.quoteexplorer.eval.Scorer;
import org.quoteexplorer.eval.ScoringError;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.AtomicFiles;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.RadarModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the engine on every document of a gold corpus and scores it with the protocol of
 * shared/tools/score_quotes.py, printing the same lines, then the first errors. Each gold text
 * goes through the article reader first, as a file opened in the app or given to
 * {@code attribute} would, so the figures are those of the path users take.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the engine against a gold corpus (same figures as score_quotes.py).")
public final class EvalCommand implements Callable<Integer> {

    static final Set<String> ALL_KINDS = Set.of("direct", "mixed", "partial", "headline");

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "gold corpus: a JSON array of documents")
    Path gold;

    @Option(names = "--kinds", paramLabel = "KIND,...", split = ",",
            description = "gold quote kinds to score (default: all: direct,mixed,partial,headline)")
    List<String> kinds;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "list up to N errors after the figures")
    int errors;

    @Option(names = "--save", paramLabel = "DIR", description = "write each document's annotated JSON as DIR/<id>.json")
    Path save;

    @Option(names = "--reliability",
            description = "after the figures, tables of confidence bucket and of rule against the share of right speakers")
    boolean reliability;

    @Option(names = "--calibrate", arity = "0..1", fallbackValue = "", paramLabel = "FILE",
            description = "measure each rule's precision on this corpus with cross-validation, print the proposed "
                    + "confidence table, and write it to FILE if given (the engine's confidence.txt)")
    Path calibrate;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "folds for --calibrate (default: 5)")
    int folds;

    @Option(names = "--prior-weight", paramLabel = "A", defaultValue = "20",
            description = "for --calibrate, how many quotes' worth a rule's estimate leans toward the overall rate (default: 20)")
    double priorWeight;

    @Option(names = "--radar", description = "also measure the misattribution radar: the share of wrong attributions "
            + "in the top 20%% by risk (attributes with the bundled speaker list, as the app does)")
    boolean radar;

    @Option(names = "--fit-radar", arity = "0..1", fallbackValue = "", paramLabel = "FILE",
            description = "fit the radar's risk model on this corpus (use the training split), choosing the depth "
                    + "and number of its trees by cross-validation (--folds); print the model, and write it to FILE if given "
                    + "(the radar's radar-model.txt)")
    Path fitRadar;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<String> scored = kinds == null || kinds.isEmpty() ? ALL_KINDS : new LinkedHashSet<>(kinds);
        if (!ALL_KINDS.containsAll(scored)) {
            err.println("eval: unknown kind in --kinds " + String.join(",", scored) + " (known: direct, mixed, partial, headline)");
            return 2;
        }
        if (errors < 0) {
            err.println("eval: --errors must be 0 or more");
            return 2;
        }
        if (folds < 2) {
            err.println("eval: --folds must be 2 or more");
            return 2;
        }
        if (!(priorWeight >= 0)) {
            err.println("eval: --prior-weight must be 0 or more");
            return 2;
        }
        List<GoldDocument> docs;
        try {
            docs = GoldCorpus.read(gold);
        } catch (IOException | RuntimeException e) {
            err.println("eval: cannot read gold corpus " + gold + ": " + e.getMessage());
            return 1;
        }
        List<Speaker> known = radar || fitRadar != null ? KnownSpeakers.loadDefault() : List.of();
        QuoteEngine engine = new QuoteEngine(known);
        Map<String, AnnotatedArticle> predictions = new LinkedHashMap<>();
        for (GoldDocument doc : docs) {
            Article article;
            try {
                article = GoldArticles.asRead(doc);
            } catch (IOException e) {
                err.println("eval: gold document " + doc.id() + ": " + e.getMessage());
                return 1;
            }
            predictions.put(doc.id(), engine.attribute(article).annotated());
        }
        if (save != null) {
            try {
                saveAll(predictions);
            } catch (IOException | UnsupportedOperationException e) {
                err.println("eval: cannot save to " + save + ": " + e.getMessage());
                return 1;
            }
        }
        Score score;
        try {
            score = Scorer.score(docs, predictions, scored);
        } catch (IllegalArgumentException e) {
            err.println("eval: gold document " + e.getMessage());
            return 1;
        }
        score.lines().forEach(out::println);
        if (radar) {
            RadarEvaluation.measure(docs, predictions, scored, known, RadarModel.bundled()).lines().forEach(out::println);
        }
        List<ScoringError> shown = score.errors().subList(0, Math.min(errors, score.errors().size()));
        if (!shown.isEmpty()) {
            out.println();
            out.println("errors (" + shown.size() + " of " + score.errors().size() + "):");
            shown.forEach(e -> out.println(e.describe()));
        }
        if (reliability) {
            List<Reliability.Judged> judged = Reliability.judged(score.outcomes());
            out.println();
            out.println("reliability (" + judged.size() + " matched quotes with a gold speaker):");
            Reliability.bucketTable(judged).forEach(out::println);
            out.println();
            Reliability.ruleTable(judged).forEach(out::println);
        }
        if (fitRadar != null) {
            int code = fitRadar(docs, predictions, scored, known, out, err);
            if (code != 0 || calibrate == null) {
                out.flush();
                return code;
            }
        }
        if (calibrate != null) {
            return calibrate(score, out, err);
        }
        out.flush();
        return 0;
    }

    private int calibrate(Score score, PrintWriter out, PrintWriter err) {
        Calibration calibration;
        try {
            calibration = new Calibration(score.outcomes(), Confidence.precisions(), priorWeight);
        } catch (IllegalArgumentException e) {
            err.println("eval: cannot calibrate: " + e.getMessage());
            return 1;
        }
        List<Reliability.Judged> held = calibration.crossValidated(folds);
        out.println();
        out.println(folds + "-fold cross-validation by document: each quote at the confidence set on the other folds");
        Reliability.bucketTable(held).forEach(out::println);
        out.println();
        Reliability.ruleTable(held).forEach(out::println);
        out.println();
        out.println("discounted quotes, by the share of the rule's precision they were given:");
        calibration.discountTable().forEach(out::println);
        List<String> table = Calibration.resource(calibration.estimate(), gold.getFileName().toString(), priorWeight, folds);
        out.println();
        out.println("proposed confidence table (from the whole corpus):");
        table.forEach(out::println);
        out.flush();
        if (!calibrate.toString().isEmpty()) {
            try {
                AtomicFiles.write(calibrate, (String.join("\n", table) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("eval: cannot write the confidence table to " + calibrate + ": " + e.getMessage());
                return 1;
            }
            out.println("written to " + calibrate);
            out.flush();
        }
        return 0;
    }

    private int fitRadar(List<GoldDocument> docs, Map<String, AnnotatedArticle> predictions, Set<String> scored,
            List<Speaker> known, PrintWriter out, PrintWriter err) {
        RadarFit fit = RadarFit.of(docs, predictions, scored, known);
        if (fit.size() == 0) {
            err.println("eval: cannot fit the radar: no found quote of " + gold + " has a gold speaker");
            return 1;
        }
        out.println();
        out.println("radar model: " + folds + "-fold cross-validation by document on " + fit.size() + " quotes");
        List<RadarFit.Trial> trials = fit.crossValidate(folds);
        trials.forEach(t -> out.println(RadarFit.describe(t)));
        RadarFit.Trial best = RadarFit.best(trials);
        RadarModel model = fit.fitAll(best);
        List<String> table = model.resource(List.of(
                "Fitted on " + gold.getFileName() + " (" + fit.size() + " found quotes with a gold speaker): "
                        + model.trees().size() + " trees of depth " + best.depth() + ", chosen by " + folds
                        + "-fold cross-validation by document:",
                "held-out share of wrong attributions in the top 20% by risk " + String.format(java.util.Locale.ROOT, "%.3f", best.topShare())
                        + ", log loss " + String.format(java.util.Locale.ROOT, "%.4f", best.logLoss()) + "."));
        out.println();
        out.println("proposed radar model (" + best.rounds() + " trees of depth " + best.depth() + ", from the whole corpus):");
        table.forEach(out::println);
        out.flush();
        if (!fitRadar.toString().isEmpty()) {
            try {
                AtomicFiles.write(fitRadar, (String.join("\n", table) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("eval: cannot write the radar model to " + fitRadar + ": " + e.getMessage());
                return 1;
            }
            out.println("written to " + fitRadar);
        }
        return 0;
    }

    /**
     * Writes DIR/&lt;id&gt;.json for each document, each file whole or not at all. An id that is no
     * plain file name ("../x", "a/b", "/tmp/x") is refused before anything is written: it would
     * write outside DIR, or into a folder that is not there.
     */
    private void saveAll(Map<String, AnnotatedArticle> predictions) throws IOException {
        for (String id : predictions.keySet()) {
            if (!isPlainFileName(id + ".json")) {
                throw new IOException("the gold document id \"" + id + "\" is not a plain file name, so it cannot be "
                        + "saved as " + save.resolve("<id>.json") + "; nothing was saved");
            }
        }
        Files.createDirectories(save);
        for (Map.Entry<String, AnnotatedArticle> e : predictions.entrySet()) {
            AtomicFiles.write(save.resolve(e.getKey() + ".json"), AnnotationJson.write(e.getValue()).getBytes(StandardCharsets.UTF_8));
        }
    }

    static boolean isPlainFileName(String name) {
        if (name.isBlank() || name.startsWith(".") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
                || name.indexOf('\0') >= 0) {
            return false;
        }
        try {
            Path path = Path.of(name);
            return path.getNameCount() == 1 && !path.isAbsolute() && path.getFileName().toString().equals(name);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

}
