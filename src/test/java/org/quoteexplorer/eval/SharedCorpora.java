package org.quoteexplorer.eval;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;

/**
 * The real corpora in ../shared (never copied into the repository), and scores on them computed
 * once per test JVM: train takes seconds of engine time, and the guard and the pin tests share it.
 *
 * <p>Without ../shared the tests skip, unless {@code -Dqe.requireShared=true} (as CI sets it):
 * then a missing corpus fails the build, so a broken checkout cannot pass the accuracy guard by
 * skipping it.
 */
public final class SharedCorpora {

    static final Set<String> ALL_KINDS = Set.of("direct", "mixed", "partial", "headline");

    /** How the gold text reaches the engine. */
    public enum Reading { THROUGH_THE_READER, RAW_GOLD_TEXT }

    private static final Map<String, Score> SCORES = new ConcurrentHashMap<>();

    private SharedCorpora() {
    }

    public static Path shared() {
        return Path.of(System.getProperty("qe.shared", "../shared"));
    }

    /** The file under ../shared; skips the test when it is absent, or fails it when ../shared is required. */
    public static Path require(String relative) {
        Path file = shared().resolve(relative);
        if (!Files.isRegularFile(file)) {
            String why = file.toAbsolutePath().normalize() + " is missing";
            if (Boolean.getBoolean("qe.requireShared")) {
                fail(why + ", and qe.requireShared=true: the accuracy guard cannot run without the shared corpora");
            }
            assumeTrue(false, why + "; the accuracy tests skip (set qe.shared to its folder)");
        }
        return file;
    }

    /** PolNeAR {@code split} ("dev" or "train"), attributed and scored on all kinds. */
    public static Score polnear(String split, Reading reading) {
        Path gold = require("corpus/polnear/" + split + ".json");
        return SCORES.computeIfAbsent(split + "/" + reading, key -> score(gold, reading));
    }

    private static Score score(Path goldFile, Reading reading) {
        List<GoldDocument> docs;
        try {
            docs = GoldCorpus.read(goldFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        QuoteEngine engine = new QuoteEngine();
        Map<String, AnnotatedArticle> predictions = new LinkedHashMap<>();
        for (GoldDocument doc : docs) {
            Article article;
            try {
                article = reading == Reading.THROUGH_THE_READER ? GoldArticles.asRead(doc) : GoldArticles.raw(doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            predictions.put(doc.id(), engine.attribute(article).annotated());
        }
        return Scorer.score(docs, predictions, ALL_KINDS);
    }
}
