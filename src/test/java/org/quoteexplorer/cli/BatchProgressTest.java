package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress of a batch: silent for short batches, a line every few seconds in a log, a bar on a terminal. */
class BatchProgressTest {

    private static final long SECOND = 1_000_000_000L;

    private final StringWriter err = new StringWriter();
    private final long[] now = {0};

    private BatchProgress progress(boolean terminal) {
        return new BatchProgress(new PrintWriter(err, true), terminal, 8400, () -> now[0]);
    }

    @Test
    void aShortBatchPrintsNothing() {
        BatchProgress progress = progress(false);
        for (int i = 1; i <= 19; i++) {
            now[0] = i * SECOND / 10;
            progress.update(i * 400, i * 2_000_000L);
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void withoutATerminalALineEveryFewSecondsWithArticlesMegabytesAndRate() {
        BatchProgress progress = progress(false);
        for (int tenth = 1; tenth <= 120; tenth++) {
            now[0] = tenth * SECOND / 10;
            progress.update(tenth * 10, tenth * 100_000L);
        }
        // Elapsed 5.0 s (the first line, after the quiet start) and 10.0 s.
        assertThat(err.toString().lines().toList()).containsExactly(
                "attribute: 500 of 8,400 articles, 5.0 MB, 1.0 MB/s",
                "attribute: 1,000 of 8,400 articles, 10.0 MB, 1.0 MB/s");
    }

    @Test
    void onATerminalABarIsRedrawnInPlaceAndClearedBeforeOtherLines() {
        BatchProgress progress = progress(true);
        now[0] = 3 * SECOND;
        progress.update(4200, 21_000_000L);
        progress.clear();

        assertThat(err.toString()).isEqualTo("\r[############............] 4,200 of 8,400 articles, 21.0 MB, 7.0 MB/s\033[K"
                + "\r\033[K");
    }
}
