package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.queue.RadarViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.review.Radar;
import org.quoteexplorer.review.RadarReport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window while the radar's report on the article shown is held back: F says the radar
 * is still assessing, A accepts at once, and the report that comes later leaves the accepted
 * quote out of the queue.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120) // a key that waits for the held report freezes the window: the test would hang
class RadarStillAssessingWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), new StubDialogs());
    }

    @Test
    void keysActWhileTheReportIsHeldBackAndTheReportThatComesRespectsThem(FxRobot robot) throws Exception {
        AnnotatedArticle document = Fixtures.document();
        RadarReport report = Radar.assess(document);
        String riskiest = report.queue().get(0);
        CompletableFuture<RadarReport> coming = new CompletableFuture<>();
        robot.interact(() -> {
            window.viewModel().radar().expectComing(document, coming);
            window.viewModel().session().open(document, null, null);
            window.viewModel().session().select(riskiest);
            robot.lookup("#articleView").queryAs(StyleClassedTextArea.class).requestFocus();
        });

        robot.push(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).isEqualTo(RadarViewModel.STILL_ASSESSING);
        assertThat(robot.lookup("#flagCount").queryAs(Label.class).getText()).isEqualTo(RadarViewModel.ASSESSING_FLAGS);
        ListView<?> queue = robot.lookup("#reviewQueue").queryAs(ListView.class);
        assertThat(((Label) queue.getPlaceholder()).getText()).isEqualTo(RadarViewModel.STILL_ASSESSING);

        robot.push(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(coming).isNotDone();
        assertThat(window.viewModel().session().getDocument().quote(riskiest).orElseThrow().status())
                .isEqualTo(QuoteStatus.ACCEPTED);

        coming.complete(report);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewModel().radar().reportProperty().get() != null
                && !window.viewModel().radar().assessingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        RadarReport expected = Radar.assess(window.viewModel().session().getDocument());
        assertThat(window.viewModel().radar().queue()).extracting(RadarViewModel.QueueEntry::quoteId)
                .containsExactlyElementsOf(expected.queue()).doesNotContain(riskiest);
        assertThat(robot.lookup("#flagCount").queryAs(Label.class).getText()).isEqualTo(expected.flagCount() == 1 ? "1 flag" : expected.flagCount() + " flags");
    }
}
