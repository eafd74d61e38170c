package org.quoteexplorer.gui;

import org.quoteexplorer.gui.common.FxDialogService;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real error dialog: a long message is shown whole, and what failed inside only on request. */
@ExtendWith(ApplicationExtension.class)
class ErrorDialogWindowTest {

    private static final String LONG_MESSAGE = "/home/analyst/Harbour strike coverage, March 2026/Reviews handed in by the"
            + " night desk for checking/harbour-strike-live.quotes.json: line 2, column 70: a comma follows a comma; a"
            + " field name in double quotes was expected. Open the file in a text editor, or export it again from the"
            + " app that wrote it.";

    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 900, 600));
        stage.show();
        dialogs = new FxDialogService(() -> stage);
    }

    private DialogPane show(FxRobot robot, String message, String details) {
        Platform.runLater(() -> dialogs.showError("Could not open the file", message, details));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#errorDialog").queryAs(DialogPane.class);
    }

    private static void close(FxRobot robot, DialogPane pane) {
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
    }

    @Test
    void aLongMessageIsShownWholeWrappedAndNotCutOff(FxRobot robot) {
        DialogPane pane = show(robot, LONG_MESSAGE, null);

        Label message = robot.from(pane).lookup("#dialogMessage").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo(LONG_MESSAGE);
        assertThat(message.isWrapText()).isTrue();
        // What the label draws: a cut-off label draws its text shortened, ending in an ellipsis.
        Text drawn = (Text) message.lookup(".text");
        assertThat(drawn.getText()).isEqualTo(LONG_MESSAGE);
        assertThat(message.getHeight()).isGreaterThanOrEqualTo(message.prefHeight(message.getWidth()) - 0.5);
        assertThat(message.getWidth()).isLessThan(700);
        assertThat(((Stage) pane.getScene().getWindow()).isResizable()).isTrue();
        assertThat(pane.getExpandableContent()).isNull();
        close(robot, pane);
    }

    @Test
    void theTechnicalDetailsAreFoldedAwayUntilAskedFor(FxRobot robot) {
        Exception failure = new java.io.IOException("harbour.txt could not be read", new IllegalStateException("inner reason"));
        DialogPane pane = show(robot, MainViewModel.describe(failure), MainViewModel.technicalDetails(failure));

        assertThat(pane.isExpanded()).isFalse();
        Node details = pane.getExpandableContent();
        assertThat(details).isNotNull();
        robot.clickOn("Show Details");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.isExpanded()).isTrue();
        TextArea text = robot.from(pane).lookup("#errorDetails").queryAs(TextArea.class);
        assertThat(text.isVisible()).isTrue();
        assertThat(text.isEditable()).isFalse();
        assertThat(text.getText()).startsWith("java.io.IOException: harbour.txt could not be read\n"
                + "Caused by: java.lang.IllegalStateException: inner reason\n");
        assertThat(robot.from(pane).lookup("#dialogMessage").queryAs(Label.class).getText()).isEqualTo("harbour.txt could not be read");
        close(robot, pane);
    }

    @Test
    void aMessageTooLongForADialogScrollsInATextThatCanBeCopied(FxRobot robot) {
        String many = String.join("\n", java.util.Collections.nCopies(40, "q17 \u201CWe will not load a single ship\u2026\u201D could not be placed"));
        DialogPane pane = show(robot, many, null);

        TextArea message = robot.from(pane).lookup("#dialogMessage").queryAs(TextArea.class);
        assertThat(message.getText()).isEqualTo(many);
        assertThat(message.isEditable()).isFalse();
        assertThat(pane.getScene().getWindow().getHeight()).isLessThan(600);
        close(robot, pane);
    }
}
