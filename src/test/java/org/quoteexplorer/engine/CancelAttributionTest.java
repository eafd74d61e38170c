package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.model.Article;

/** A window's Cancel interrupts the thread attributing an article: the engine stops, and says how far it got. */
class CancelAttributionTest {

    private static Article article(int paragraphs) {
        StringBuilder text = new StringBuilder("Harbour News\n");
        for (int i = 0; i < paragraphs; i++) {
            text.append("\u201CWe will rebuild pier ").append(i).append(",\u201D said Mayor Ann Lee on Monday.\n");
        }
        return new Article("a", null, "a.txt", text.toString(), null, null);
    }

    @Test
    void anInterruptedThreadGetsACancellationInsteadOfAResult() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new QuoteEngine().attribute(article(50), QuoteEngine.Progress.NONE))
                    .isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).as("the flag stays for the caller to see").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void interruptingMidwayStopsTheEngineBeforeItFinishes() {
        List<Double> reached = new ArrayList<>();
        // Cancel arrives once the quotes are found: the sieves must not run to the end
        QuoteEngine.Progress cancelAfterScan = done -> {
            reached.add(done);
            if (done >= 0.1) {
                Thread.currentThread().interrupt();
            }
        };
        try {
            assertThatThrownBy(() -> new QuoteEngine().attribute(article(2000), cancelAfterScan))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(reached).isNotEmpty().doesNotContain(1.0);
    }

    @Test
    void progressRisesFromZeroToOneAndTheResultIsTheSameAsWithout() {
        List<Double> reached = new ArrayList<>();
        Article article = article(40);
        Attribution with = new QuoteEngine().attribute(article, reached::add);
        assertThat(reached.get(0)).isEqualTo(0.0);
        assertThat(reached.get(reached.size() - 1)).isEqualTo(1.0);
        assertThat(reached).isSorted();
        assertThat(with.annotated()).isEqualTo(new QuoteEngine().attribute(article).annotated());
    }

    @Test
    void anotherThreadsInterruptStopsALongAttribution() throws Exception {
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Article big = article(40_000);
        Thread worker = new Thread(() -> {
            try {
                new QuoteEngine().attribute(big, done -> {
                    if (done >= 0.1) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        worker.start();
        worker.join(120_000);
        assertThat(worker.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(CancellationException.class);
    }
}
