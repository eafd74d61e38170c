package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.eval.GoldArticles;
import org.quoteexplorer.eval.GoldCorpus;
import org.quoteexplorer.eval.GoldDocument;
import org.quoteexplorer.eval.SharedCorpora;
import org.quoteexplorer.io.ArticleReader;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Speaker;

/**
 * The window takes the radar's report after A, R or F from the report before them instead of
 * assessing the whole article again: that must be exactly what assessing again would say.
 */
class RadarAfterDecisionsTest {

    private static final QuoteStatus[] DECISIONS = {QuoteStatus.ACCEPTED, QuoteStatus.REJECTED, QuoteStatus.CORRECTED};

    @Test
    void decidingOnQuotesOfTheSampleGivesTheReportAFreshAssessmentGives() throws Exception {
        AnnotatedArticle doc = new QuoteEngine(KnownSpeakers.loadDefault())
                .attribute(ArticleReader.read(SharedCorpora.require("corpus/seed/kremlin-iran.txt"))).annotated();

        int stillQueued = 0;
        for (int every = 1; every <= 4; every++) {
            stillQueued += assertSameAsAssessingAgain(doc, KnownSpeakers.loadDefault(), every);
        }
        assertThat(stillQueued).as("quotes left open and flagged").isPositive();
    }

    @Test
    void decidingOnQuotesOfRealNewsGivesTheReportAFreshAssessmentGives() throws Exception {
        List<GoldDocument> docs = GoldCorpus.read(SharedCorpora.require("corpus/polnear/dev.json"));
        QuoteEngine engine = new QuoteEngine(KnownSpeakers.loadDefault());
        int checked = 0;
        int stillQueued = 0;
        for (GoldDocument gold : docs.subList(0, Math.min(40, docs.size()))) {
            AnnotatedArticle doc = engine.attribute(GoldArticles.asRead(gold)).annotated();
            stillQueued += assertSameAsAssessingAgain(doc, KnownSpeakers.loadDefault(), 2 + checked % 3);
            checked++;
        }
        assertThat(stillQueued).as("quotes left open and flagged").isGreaterThan(10);
    }

    /** @return how many quotes the report still queues */
    private static int assertSameAsAssessingAgain(AnnotatedArticle doc, List<Speaker> known, int every) {
        RadarReport before = Radar.assess(doc, known);
        List<Quote> decided = new ArrayList<>();
        for (int i = 0; i < doc.quotes().size(); i++) {
            Quote q = doc.quotes().get(i);
            decided.add(i % every == 0 ? q.withStatus(DECISIONS[i % DECISIONS.length]) : q.withNote("looked at"));
        }
        AnnotatedArticle now = doc.withQuotes(decided);

        RadarReport derived = before.afterDecisions(now);
        RadarReport fresh = Radar.assess(now, known);

        assertThat(derived.assessments()).isEqualTo(fresh.assessments());
        assertThat(derived.queue()).isEqualTo(fresh.queue());
        return derived.queue().size();
    }
}
