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

        RadarReport report = Radar.assess(doc);
        Assessment a = report.of(regret.id());

        assertThat(a.has(FlagCode.NARRATION)).isTrue();
        String speaker = doc.speaker(regret.speakerId()).orElseThrow().name();
        assertThat(a.flags()).filteredOn(f -> f.code() == FlagCode.NARRATION).first()
                .satisfies(f -> assertThat(f.reason()).contains("expressing deep regret").contains(speaker));
        assertThat(report.queue()).contains(regret.id());
        assertThat(Files.exists(file)).isTrue();
    }
}
