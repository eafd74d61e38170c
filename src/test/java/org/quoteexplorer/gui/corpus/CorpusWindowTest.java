package org.quoteexplorer.gui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.MainWindow;
import org.quoteexplorer.gui.QuoteExplorerApp;
import org.quoteexplorer.gui.RecentFiles;
import org.quoteexplorer.gui.common.DialogService;
import org.quoteexplorer.model.FlagCode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Corpus window over a folder of two reviewed articles, opened from the main window. */
@ExtendWith(ApplicationExtension.class)
class CorpusWindowTest {

    @TempDir
    Path folder;
    private MainWindow window;
    private Stage mainStage;

    @Start
    void start(Stage stage) {
        mainStage = stage;
        // No dialog is expected: every question gets "no" and every chooser is cancelled.
        DialogService dialogs = (DialogService) Proxy.newProxyInstance(DialogService.class.getClassLoader(),
                new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    Class<?> type = method.getReturnType();
                    return type == Optional.class ? Optional.empty() : type == boolean.class ? Boolean.FALSE : null;
                });
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), dialogs);
    }

    /**
     * The Corpus window would stay on screen over the next test's main window. Only windows this
     * test's window owns are closed: hiding every other window also hid the toolkit's own, and
     * later tests' menus then never showed their items.
     */
    @org.junit.jupiter.api.AfterEach
    void closeTheCorpusWindow(FxRobot robot) {
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof Stage owned && owned.getOwner() == mainStage)
                .forEach(javafx.stage.Window::hide));
    }

    @Test
    void tableChartsConflictsAndJumpToTheArticleAtTheQuote(FxRobot robot) throws Exception {
        CorpusFixtures.save(folder, "monday.txt", LocalDate.of(2025, 3, 3), new String[][] {
                {"the harbour will reopen in spring", "Ann Field", "accepted"}, {"we have the money", "Tom Brook", "suggested"}});
        CorpusFixtures.save(folder, "tuesday.txt", LocalDate.of(2025, 3, 4), new String[][] {
                {"the harbour will reopen in spring", "Tom Brook", "suggested"}});

        robot.interact(() -> CorpusWindows.show(mainStage, window.viewModel(), folder));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#corpusConflicts").tryQueryAs(ListView.class).map(l -> !l.getItems().isEmpty()).orElse(false));

        TableView<?> table = robot.lookup("#corpusSpeakers").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        BarChart<?, ?> speakers = robot.lookup("#corpusChartSpeakers").queryAs(BarChart.class);
        assertThat(speakers.getData().get(0).getData()).hasSize(2);
        BarChart<?, ?> dates = robot.lookup("#corpusChartDates").queryAs(BarChart.class);
        assertThat(dates.getData().get(0).getData()).hasSize(2);
        // Saving a chart (a node snapshot) is left out here: on the headless Monocle toolkit a
        // snapshot left later tests' menus without their items. PngEncoderTest covers the encoding.
        byte[][] png = new byte[1][];

        robot.interact(() -> robot.lookup("#corpusConflicts").queryAs(ListView.class).getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#corpusOpenSecond").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "q1".equals(window.viewModel().session().getSelectedQuoteId())
                && window.viewModel().session().articleFileProperty().get() != null
                && window.viewModel().session().articleFileProperty().get().endsWith("tuesday.txt"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().radar().flagsOf("q1").stream()
                .anyMatch(f -> f.code() == FlagCode.CONFLICT && f.reason().contains("monday.txt")));
    }
}
