package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.model.QuoteStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review keys rebuild paragraphs of the article (A, R, U restyle one) and move the lists, and the
 * cells for them are built while the window lays out. No pulse may end with CSS still asked for:
 * JavaFX would then repaint the whole window in the pulse after.
 */
@ExtendWith(ApplicationExtension.class)
class CssAfterLayoutWindowTest {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), new StubDialogs());
        window.viewModel().openSample();
    }

    private DocumentSession session() {
        return window.viewModel().session();
    }

    @Test
    void noPulseAfterAReviewKeyEndsWithCssStillToDo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session().getDocument() != null);
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        robot.interact(() -> session().select(session().getDocument().quotes().get(0).id()));
        robot.interact(area::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        List<String> left = new ArrayList<>();
        String[] key = {""};
        // after the window's own listener, as the toolkit's end-of-pulse check comes after both
        robot.interact(() -> scene.addPostLayoutPulseListener(() -> {
            if (CssAfterLayout.pending(scene)) {
                left.add(key[0]);
            }
        }));

        for (KeyCode code : List.of(KeyCode.A, KeyCode.J, KeyCode.R, KeyCode.J, KeyCode.U, KeyCode.K, KeyCode.TAB)) {
            robot.interact(() -> key[0] = code.getName());
            robot.push(code);
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }

        // the keys took effect, restyling the paragraphs of the quotes they decided
        assertThat(session().getDocument().quotes()).filteredOn(q -> q.status() != QuoteStatus.SUGGESTED).hasSizeGreaterThanOrEqualTo(2);
        assertThat(left).as("keys after whose pulse CSS was left for the next one").isEmpty();
    }
}
