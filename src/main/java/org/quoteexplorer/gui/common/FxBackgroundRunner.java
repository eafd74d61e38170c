package org.quoteexplorer.gui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.concurrent.Task;

/** Runs work in a {@link Task} on one daemon thread; results come back on the FX thread. */
public final class FxBackgroundRunner implements BackgroundRunner {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "quote-explorer-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    /** The task submitted last, until it ends; FX thread only. */
    private Task<?> current;

    @Override
    public <T> void run(String message, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(message);
                updateProgress(-1, 1);
                PROGRESS.set(done -> updateProgress(done, 1));
                try {
                    T result = work.call();
                    updateProgress(1, 1);
                    return result;
                } finally {
                    PROGRESS.remove();
                }
            }
        };
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            ended(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            ended(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> ended(task));
        current = task;
        executor.submit(task);
    }

    private void ended(Task<?> task) {
        if (current == task) {
            current = null;
            progress.unbind();
            progress.set(0);
        }
    }

    @Override
    public boolean cancel() {
        Task<?> task = current;
        return task != null && task.cancel(true);
    }

    /** -1 while work of unknown length runs, as {@link javafx.scene.control.ProgressIndicator} expects, else how far it got. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
