package org.quoteexplorer.gui.corpus;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.quoteexplorer.gui.common.BackgroundRunner;

/**
 * Runs the Corpus window's reading and searching on a thread of its own and reports back on the
 * FX thread. The main window's runner is not used: it shows one piece of work at a time, and a
 * search of the corpus must not cancel (or wait for) the opening of an article.
 */
final class FxThreadRunner implements BackgroundRunner {

    @Override
    public <T> void run(String message, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Thread thread = new Thread(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | OutOfMemoryError e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        }, "corpus: " + message);
        // Closing the app must not wait for a search.
        thread.setDaemon(true);
        thread.start();
    }
}
