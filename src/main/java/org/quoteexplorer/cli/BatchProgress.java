package org.quoteexplorer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long batch on standard error: a bar redrawn in place on a terminal, otherwise
 * (a log file, a CI job) a line every few seconds. A batch that ends within a couple of seconds
 * prints nothing, so small runs and tests stay quiet.
 */
final class BatchProgress {

    static final long QUIET_NANOS = 2_000_000_000L;
    static final long LINE_EVERY_NANOS = 5_000_000_000L;
    private static final long REDRAW_EVERY_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private final LongSupplier clock;
    private final long start;
    private long lastShown;
    private boolean barShown;

    /** For a stream, whose length is not known until it ends: figures without a total or a bar. */
    static final int UNKNOWN_TOTAL = -1;

    /** @param total the articles to do, or {@link #UNKNOWN_TOTAL} */
    BatchProgress(PrintWriter err, boolean terminal, int total, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastShown = start;
    }

    /** Shows the figures if it is time to; called often, by the thread that prints the batch's lines. */
    void update(int articlesDone, long bytesDone) {
        long now = clock.getAsLong();
        long every = terminal ? REDRAW_EVERY_NANOS : LINE_EVERY_NANOS;
        if (now - start < QUIET_NANOS || now - lastShown < every) {
            return;
        }
        lastShown = now;
        String figures = figures(articlesDone, bytesDone, now - start);
        if (terminal && total == UNKNOWN_TOTAL) {
            err.print("\r" + figures + "\033[K");
            barShown = true;
        } else if (terminal) {
            int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * articlesDone / total);
            err.print("\r[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + figures + "\033[K");
            barShown = true;
        } else {
            err.println("attribute: " + figures);
        }
        err.flush();
    }

    /** Before a line of the batch's own: the bar must not be left half-overwritten by it. */
    void clear() {
        if (barShown) {
            err.print("\r\033[K");
            barShown = false;
        }
    }

    String figures(int articlesDone, long bytesDone, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos, 1) / 1e9;
        if (total == UNKNOWN_TOTAL) {
            return String.format(Locale.ROOT, "%,d articles, %.1f MB, %.1f MB/s",
                    articlesDone, bytesDone / 1e6, bytesDone / 1e6 / seconds);
        }
        return String.format(Locale.ROOT, "%,d of %,d articles, %.1f MB, %.1f MB/s",
                articlesDone, total, bytesDone / 1e6, bytesDone / 1e6 / seconds);
    }
}
