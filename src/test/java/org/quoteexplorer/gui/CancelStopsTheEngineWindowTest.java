package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.gui.common.FxBackgroundRunner;
import org.quoteexplorer.model.Article;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Cancel in the real window stops the engine itself, not only the wait for its result. */
@ExtendWith(ApplicationExtension.class)
class CancelStopsTheEngineWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), new StubDialogs());
    }

    private static Article article() {
        StringBuilder text = new StringBuilder("Harbour News\n");
        for (int i = 0; i < 3000; i++) {
            text.append("\u201CWe will rebuild pier ").append(i).append(",\u201D said Mayor Ann Lee on Monday.\n");
        }
        return new Article("a", null, "a.txt", text.toString(), null, null);
    }

    @Test
    void cancelInterruptsTheEngineAndTheWorkerGoesIdle(FxRobot robot) throws Exception {
        Article article = article();
        AtomicReference<Throwable> ended = new AtomicReference<>();
        AtomicBoolean reported = new AtomicBoolean();
        FxBackgroundRunner runner = window.runner();
        // an article that never ends: only the engine noticing the interrupt stops this work
        robot.interact(() -> runner.run("endless", () -> {
            try {
                while (true) {
                    new QuoteEngine().attribute(article, BackgroundRunner::reportProgress);
                }
            } catch (CancellationException e) {
                ended.set(e);
                throw e;
            }
        }, ok -> reported.set(true), failed -> reported.set(true)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> runner.progressProperty().get() > 0);
        ProgressBar bar = robot.lookup("#busyIndicator").queryAs(ProgressBar.class);
        assertThat(bar.getProgress()).as("the bar shows how far the engine got").isBetween(0.0, 1.0);

        robot.interact(() -> assertThat(runner.cancel()).isTrue());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ended.get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ended.get()).isInstanceOf(CancellationException.class);
        assertThat(reported.get()).as("a cancelled load reports nothing").isFalse();
        assertThat(runner.progressProperty().get()).isZero();
    }
}
