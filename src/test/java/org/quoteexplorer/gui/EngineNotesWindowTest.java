package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.model.Diagnostic;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar counts the engine's notes; choosing one, by mouse or by keys, shows its place in the article. */
@ExtendWith(ApplicationExtension.class)
class EngineNotesWindowTest {

    private final StubDialogs dialogs = new StubDialogs();
    private MainWindow window;
    private StyleClassedTextArea area;
    private MenuButton notesButton;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), dialogs);
    }

    /** Three unclosed quotes; the last one far enough down that showing it needs a scroll. */
    @BeforeEach
    void openAnArticleWithThreeNotes(FxRobot robot) throws Exception {
        List<String> lines = new ArrayList<>(List.of("Ferry Fares Rise",
                "\u201CFares go up, said the chair.",
                "\u201CNothing more to add,\u201D a clerk said.",
                "Critics called the plan \u201Ca costly dream with no end."));
        for (int i = 0; i < 60; i++) {
            lines.add("Residents of the island crowded into the hall for the " + (i + 1) + "th meeting of the board.");
        }
        lines.add("\u201CWe lose money, said the treasurer.");
        lines.add("The vote was close.");
        Path article = temp.resolve("fares.txt");
        Files.writeString(article, String.join("\n", lines) + "\n");
        robot.interact(() -> window.viewModel().open(article));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewModel().session().getDocument() != null);
        WaitForAsyncUtils.waitForFxEvents();
        area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        notesButton = robot.lookup("#engineNotes").queryAs(MenuButton.class);
    }

    private List<Diagnostic> notes() {
        return window.viewModel().engineNotes().notes();
    }

    private int paragraphOf(Diagnostic note) {
        return window.viewModel().article().layoutProperty().get().paragraphOf(note.span().start());
    }

    private void assertShown(Diagnostic note) {
        IndexRange selection = area.getSelection();
        assertThat(selection.getStart()).isEqualTo(note.span().start());
        assertThat(selection.getEnd()).isEqualTo(note.span().end());
        assertThat(window.viewModel().session().selectedQuote()).hasValueSatisfying(
                quote -> assertThat(quote.span().overlaps(note.span())).isTrue());
        int first = area.visibleParToAllParIndex(0);
        int last = area.visibleParToAllParIndex(area.getVisibleParagraphs().size() - 1);
        assertThat(paragraphOf(note)).as("paragraph of the note on screen").isBetween(first, last);
    }

    @Test
    void theStatusBarCountsEveryNoteAndListsEachWithItsLine() {
        assertThat(notes()).hasSize(3);
        assertThat(notesButton.isVisible()).isTrue();
        assertThat(notesButton.getText()).isEqualTo("\u26A0 3 engine notes");
        assertThat(notesButton.getItems()).extracting(item -> item.getText())
                .containsExactly(notes().stream().map(window.viewModel().engineNotes()::describe).toArray(String[]::new));
        assertThat(notesButton.getItems().get(2).getText()).startsWith("Line 65: ");
    }

    @Test
    void clickingTheCountAndANoteSelectsItsQuoteAndScrollsTheArticleToIt(FxRobot robot) {
        Diagnostic last = notes().get(2);
        int first = area.visibleParToAllParIndex(0);
        int lastVisible = area.visibleParToAllParIndex(area.getVisibleParagraphs().size() - 1);
        assertThat(paragraphOf(last)).as("below the screen before").isGreaterThan(lastVisible);
        assertThat(first).isZero();

        robot.clickOn("#engineNotes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notesButton.isShowing()).isTrue();
        robot.clickOn(notesButton.getItems().get(2).getText());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(notesButton.isShowing()).isFalse();
        assertShown(last);
        assertThat(area.isFocused()).as("the review keys work on at once").isTrue();
    }

    @Test
    void f8OpensTheListAndTheArrowKeysAndEnterChooseANote(FxRobot robot) {
        robot.interact(area::requestFocus);
        robot.push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notesButton.isShowing()).isTrue();
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(notesButton.isShowing()).isFalse();
        assertShown(notes().get(1));

        robot.push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notesButton.isShowing()).isFalse();
    }

    @Test
    void anArticleWithoutNotesHidesTheCount(FxRobot robot) throws Exception {
        Path clean = temp.resolve("clean.txt");
        Files.writeString(clean, "Ferry Fares Rise\n\u201CFares go up,\u201D said the chair.\n");
        robot.interact(() -> window.viewModel().open(clean));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewModel().session().getDocument().text().contains("chair"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notesButton.isVisible()).isFalse();
        assertThat(notesButton.getItems()).isEmpty();
    }
}
