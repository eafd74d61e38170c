package org.quoteexplorer.gui;

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

    @Override
    public <T> void run(String message, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(message);
                updateProgress(-1, 1);
                T result = work.call();
                updateProgress(1, 1);
                return result;
            }
        };
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            progress.unbind();
            progress.set(0);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            progress.unbind();
            progress.set(0);
            onFailure.accept(task.getException());
        });
        executor.submit(task);
    }

    /** -1 while work of unknown length runs, as {@link javafx.scene.control.ProgressIndicator} expects. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
