package org.quoteexplorer.gui.document;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.quoteexplorer.review.RadarReport;

/**
 * A long article's radar report whose work starts when asked to: by the window once it has drawn
 * the article, or by the first caller that waits for it. Started beside the engine's last steps,
 * the radar took the second core from the FX thread while it drew a 1 MB article: drawing it took
 * twice as long (about 470 ms instead of 250), for flags nobody could see yet.
 */
final class LaterReport extends CompletableFuture<RadarReport> {

    private final AtomicBoolean started = new AtomicBoolean();
    private final Consumer<LaterReport> work;

    /** @param work hands the report's work to its thread; called once, on the first {@link #start()} */
    LaterReport(Consumer<LaterReport> work) {
        this.work = work;
    }

    /** Starts the work unless it started already; a cancelled report's work gives up at once. */
    void start() {
        if (started.compareAndSet(false, true)) {
            work.accept(this);
        }
    }

    boolean isStarted() {
        return started.get();
    }

    // Whoever waits for the report starts it: nothing may wait for a report nobody will start.

    @Override
    public RadarReport join() {
        start();
        return super.join();
    }

    @Override
    public RadarReport get() throws InterruptedException, ExecutionException {
        start();
        return super.get();
    }

    @Override
    public RadarReport get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        start();
        return super.get(timeout, unit);
    }
}
