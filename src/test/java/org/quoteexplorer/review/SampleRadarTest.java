package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.eval.SharedCorpora;
import org.quoteexplorer.io.ArticleReader;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.Quote;

/** The radar on the sample article in ../shared (skipped when it is absent). */
class SampleRadarTest {

    @Test
    void asksAboutTheDeepRegretQuoteThatTheNarrationCreditsToAnotherSpeaker() throws Exception {
        Path file = SharedCorpora.require("corpus/seed/kremlin-iran.txt");
        AnnotatedArticle doc = new QuoteEngine(KnownSpeakers.loadDefault())
                .attribute(ArticleReader.read(file)).annotated();
        Quote regret = doc.quotes().stream().filter(q -> doc.textOf(q).contains("We express deep regret")).findFirst()
                .orElseThrow();

        RadarReport report = Radar.assess(doc, KnownSpeakers.loadDefault());
        Assessment a = report.of(regret.id());

        assertThat(a.has(FlagCode.NARRATION)).isTrue();
        String speaker = doc.speaker(regret.speakerId()).orElseThrow().name();
        assertThat(a.flags()).filteredOn(f -> f.code() == FlagCode.NARRATION).first()
                .satisfies(f -> assertThat(f.reason()).contains("expressing deep regret").contains(speaker));
        assertThat(report.queue()).contains(regret.id());
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void theQueueRunsFromTheRiskiestQuoteDownAndEveryQueuedQuoteSaysWhy() throws Exception {
        Path file = SharedCorpora.require("corpus/seed/kremlin-iran.txt");
        AnnotatedArticle doc = new QuoteEngine(KnownSpeakers.loadDefault())
                .attribute(ArticleReader.read(file)).annotated();

        RadarReport report = Radar.assess(doc, KnownSpeakers.loadDefault());

        assertThat(report.queue()).isNotEmpty();
        double previous = 1;
        for (String id : report.queue()) {
            Assessment a = report.of(id);
            assertThat(a.risk()).isLessThanOrEqualTo(previous);
            assertThat(a.flags()).isNotEmpty().allSatisfy(f -> assertThat(f.reason()).isNotBlank());
            previous = a.risk();
        }
        // Unflagged quotes have a risk too (the model's), but are not in the queue.
        assertThat(doc.quotes()).filteredOn(q -> !report.queue().contains(q.id()) && Radar.open(q))
                .allSatisfy(q -> assertThat(report.of(q.id()).flags()).isEmpty());
    }
}
