package org.quoteexplorer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.engine.Confidence;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.AnnotatedArticle;

/**
 * Confidences mean what they say, on PolNeAR through the app's reading path: a bucket of 100 or
 * more quotes is right about as often as its mean confidence. Skips without ../shared.
 */
class ConfidenceReliabilityTest {

    @Test
    void onTrainEachBucketOfOneHundredQuotesIsWithinFourPointsOnFoldsTheConfidencesWereNotSetOn() throws IOException {
        List<Outcome> outcomes = outcomes("train");

        List<Reliability.Judged> held = new Calibration(outcomes, Confidence.precisions(), 20).crossValidated(5);

        assertThat(Reliability.buckets(held)).filteredOn(r -> r.quotes() >= Reliability.MIN_QUOTES)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.withinTolerance()).as(String.join("\n", Reliability.bucketTable(held)))
                        .isTrue());
    }

    /**
     * Dev is where the rules were developed, so it is easier than unseen news and its quotes are
     * right more often than train-set confidences say; what must never happen there is a bucket
     * promising more than it delivers.
     */
    @Test
    void onDevNoBucketOfOneHundredQuotesPromisesMoreThanFourPointsAboveItsShareRight() throws IOException {
        List<Reliability.Judged> judged = Reliability.judged(outcomes("dev"));

        assertThat(Reliability.buckets(judged)).filteredOn(r -> r.quotes() >= Reliability.MIN_QUOTES)
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(r -> assertThat(r.gap()).as(String.join("\n", Reliability.bucketTable(judged)))
                        .isGreaterThanOrEqualTo(-Reliability.TOLERANCE));
    }

    private static List<Outcome> outcomes(String split) throws IOException {
        List<GoldDocument> docs = GoldCorpus.read(SharedCorpora.require("corpus/polnear/" + split + ".json"));
        QuoteEngine engine = new QuoteEngine();
        Map<String, AnnotatedArticle> predictions = new LinkedHashMap<>();
        for (GoldDocument doc : docs) {
            predictions.put(doc.id(), engine.attribute(GoldArticles.asRead(doc)).annotated());
        }
        return Scorer.score(docs, predictions, SharedCorpora.ALL_KINDS).outcomes();
    }
}
