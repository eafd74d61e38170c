package org.quoteexplorer.gui.common;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once a delay has passed since the last {@link #restart()}, such as the autosave
 * a few seconds after the last edit.
 *
 * <p>Not a JavaFX {@code PauseTransition}: a running animation asks the toolkit for a pulse every
 * frame, and one restarted at each review key kept the window drawing sixty times a second for
 * seconds after every edit, each frame a walk of the whole scene and a wait for the renderer that
 * the next key's frame queued behind. This waits on a timer thread and hands the action to the
 * FX thread once, through {@code fx}.
 */
public final class IdleDelay {

    /** Starts {@code task} after {@code delay}; the returned handle cancels it. */
    @FunctionalInterface
    public interface Scheduler {
        Runnable schedule(Duration delay, Runnable task);
    }

    /** One daemon thread for every delay of the app: it only waits, and hands the actions on. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "quote-explorer-idle-timer");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration delay;
    private final Runnable action;
    private final Executor fx;
    private final Scheduler scheduler;
    /** Counts restarts: a wait that a later restart overtook does not run the action. Read and written on the FX thread. */
    private long generation;
    private Runnable cancelPending = () -> { };

    /** Waits on the app's timer thread and runs {@code action} through {@code fx}. */
    public IdleDelay(Duration delay, Runnable action, Executor fx) {
        this(delay, action, fx, IdleDelay::onTimerThread);
    }

    public IdleDelay(Duration delay, Runnable action, Executor fx, Scheduler scheduler) {
        this.delay = Objects.requireNonNull(delay);
        this.action = Objects.requireNonNull(action);
        this.fx = Objects.requireNonNull(fx);
        this.scheduler = Objects.requireNonNull(scheduler);
    }

    /** The delay starts again from now; the action runs once it has passed without another restart. Call on the FX thread. */
    public void restart() {
        long asked = ++generation;
        cancelPending.run();
        cancelPending = scheduler.schedule(delay, () -> fx.execute(() -> {
            if (asked == generation) {
                action.run();
            }
        }));
    }

    /** The action does not run for the restarts so far. Call on the FX thread. */
    public void stop() {
        generation++;
        cancelPending.run();
        cancelPending = () -> { };
    }

    private static Runnable onTimerThread(Duration delay, Runnable task) {
        ScheduledFuture<?> pending = TIMER.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> pending.cancel(false);
    }
}
