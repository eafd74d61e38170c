package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.model.Quote;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The card that a resting pointer opens over a quote, in the real window. */
@ExtendWith(ApplicationExtension.class)
class HoverCardWindowTest {

    private final StubDialogs dialogs = new StubDialogs();
    private MainWindow window;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), dialogs);
    }

    private static java.util.Optional<String> shownCard() {
        return Window.getWindows().stream().filter(w -> w instanceof Popup && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".hover-card").stream())
                .map(node -> ((Label) node).getText()).findFirst();
    }

    @Test
    void aRestingPointerOverAQuoteShowsItsCardWhileJAndKRestyleUnderItAndMovingAwayHidesIt(FxRobot robot) throws Exception {
        Path file = temp.resolve("harbour.txt");
        Files.writeString(file, Fixtures.TEXT, StandardCharsets.UTF_8);
        Fixtures.openAndWait(window, file);
        Quote first = window.viewModel().session().getDocument().quotes().get(0);
        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        Bounds word = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(first.span().start() + 3,
                first.span().start() + 4).orElseThrow()).get(10, TimeUnit.SECONDS);

        robot.moveTo(new Point2D(word.getCenterX(), word.getCenterY()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownCard().isPresent());
        assertThat(shownCard()).hasValueSatisfying(card -> assertThat(card).contains("Ann Lee"));

        // J and K restyle the paragraphs under the resting pointer again and again
        for (Quote quote : window.viewModel().session().getDocument().quotes()) {
            robot.interact(() -> window.viewModel().session().select(quote.id()));
            robot.sleep(400);
        }
        WaitForAsyncUtils.waitForFxEvents();

        robot.moveTo("#speakerChooser");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownCard().isEmpty());
    }
}
