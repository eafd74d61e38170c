package org.quoteexplorer.gui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.review.Radar;
import org.quoteexplorer.review.RadarReport;

/** A long article's radar report starts its work when asked, once, or when somebody waits for it. */
class LaterReportTest {

    private static final RadarReport DONE = Radar.assess(new QuoteEngine()
            .attribute(Article.of("pier", "\u201CWe will rebuild the pier,\u201D said Ann Lee.")).annotated());

    private final List<LaterReport> handedOver = new ArrayList<>();
    private final LaterReport report = new LaterReport(handedOver::add);

    @Test
    void theWorkStartsOnlyWhenAskedAndOnlyOnce() {
        assertThat(handedOver).isEmpty();
        assertThat(report.isStarted()).isFalse();

        report.start();
        report.start();

        assertThat(handedOver).containsExactly(report);
        assertThat(report.isStarted()).isTrue();
    }

    @Test
    void waitingForTheReportStartsItsWork() throws Exception {
        LaterReport answered = new LaterReport(r -> r.complete(DONE));

        assertThat(answered.join()).isSameAs(DONE);
        assertThat(new LaterReport(r -> r.complete(DONE)).get()).isSameAs(DONE);
        assertThat(new LaterReport(r -> r.complete(DONE)).get(1, TimeUnit.SECONDS)).isSameAs(DONE);
    }

    @Test
    void aCancelledReportIsDoneBeforeItsWorkStarts() {
        report.cancel(false);

        assertThat(report.isDone()).isTrue();
        assertThat(handedOver).isEmpty();
    }
}
