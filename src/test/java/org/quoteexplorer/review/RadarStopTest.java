package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;

/** An assessment nobody wants any more (a window gave up opening the article) ends where it is asked to. */
class RadarStopTest {

    private static final int QUOTES = 120;

    private static AnnotatedArticle article() {
        StringBuilder text = new StringBuilder("Harbour Works\n\n");
        for (int i = 0; i < QUOTES / 2; i++) {
            text.append("\u201CWe will rebuild pier ").append(i).append(",\u201D said Mayor Ann Lee.\n\n");
            text.append("\u201CNobody asked us about pier ").append(i).append(",\u201D he added.\n\n");
        }
        AnnotatedArticle document = new QuoteEngine(List.of()).attribute(Article.of("harbour", text.toString())).annotated();
        assertThat(document.quotes()).hasSize(QUOTES);
        return document;
    }

    @ParameterizedTest(name = "stopped after {0} answers no")
    @CsvSource({"0", "1", "50", "130"})
    void theAssessmentEndsAtTheFirstYesAndAsksNoMore(int noes) {
        AnnotatedArticle document = article();
        int[] asked = {0};

        assertThatThrownBy(() -> Radar.assess(document, List.of(), () -> asked[0]++ >= noes))
                .isInstanceOf(CancellationException.class);

        assertThat(asked[0]).isEqualTo(noes + 1);
    }

    @Test
    void neverStoppedItIsTheSameReportAndWasAskedAtLeastOncePerQuote() {
        AnnotatedArticle document = article();
        int[] asked = {0};

        RadarReport report = Radar.assess(document, List.of(), () -> {
            asked[0]++;
            return false;
        });

        RadarReport plain = Radar.assess(document, List.of());
        assertThat(report.queue()).isEqualTo(plain.queue());
        assertThat(report.assessments()).isEqualTo(plain.assessments());
        assertThat(asked[0]).isGreaterThanOrEqualTo(QUOTES);
    }
}
