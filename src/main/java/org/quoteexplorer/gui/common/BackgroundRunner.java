package org.quoteexplorer.gui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/** Runs slow work off the FX thread and reports back on it; tests run it in place. */
public interface BackgroundRunner {

    <T> void run(String message, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Where work reports how far it got (0 to 1) on the thread it runs on; the runner sets it. */
    ThreadLocal<DoubleConsumer> PROGRESS = ThreadLocal.withInitial(() -> done -> { });

    /** For the work itself: how far it got, shown by a runner that can show it, ignored otherwise. */
    static void reportProgress(double done) {
        PROGRESS.get().accept(done);
    }

    /**
     * Gives up the work running now: neither of its callbacks will run. Work that cannot be
     * stopped midway may go on in the background, but its result is dropped.
     *
     * @return whether there was work to give up
     */
    default boolean cancel() {
        return false;
    }

    /** Runs the work at once on the calling thread: for view-model tests without a toolkit. */
    static BackgroundRunner inPlace() {
        return new BackgroundRunner() {
            @Override
            public <T> void run(String message, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
