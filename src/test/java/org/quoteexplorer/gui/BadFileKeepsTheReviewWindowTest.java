package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.common.DialogService;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.io.RecoveryStore;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An analyst with unsaved corrections picks a file that cannot be read, and says "Don't save"
 * when asked: the error is shown, and the review they were working on stays exactly as it was:
 * text, corrected quote, the unsaved mark, undo, and its autosave.
 */
@ExtendWith(ApplicationExtension.class)
class BadFileKeepsTheReviewWindowTest {

    /** Static, so it exists before {@link Start} runs. */
    @TempDir
    static Path temp;

    private final StubDialogs dialogs = new StubDialogs();
    private RecoveryStore recovery;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        stage = primary;
        recovery = new RecoveryStore(Files.createTempDirectory(temp, "recovery"));
        window = QuoteExplorerApp.openWindow(primary, RecentFiles.inMemory(), dialogs, recovery);
    }

    private DocumentSession session() {
        return window.viewModel().session();
    }

    private static byte[] contentOf(String kind) {
        return switch (kind) {
            case "binary" -> new byte[] {'P', 'K', 3, 4, 0, 0, 0, 8, 0, 'x', 0, 0};
            case "empty" -> new byte[0];
            case "malformed JSON" -> "{\"format\": \"quote-explorer/1\",\n  \"document\": {\"id\": \"x\",,}\n}".getBytes(StandardCharsets.UTF_8);
            case "CSV export" -> "quote_id,document,start,end\nq1,harbour,0,4\n".getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{1} ({0})")
    @CsvSource(textBlock = """
            report.txt,    binary,         binary file
            notes.txt,     empty,          is empty
            review.json,   malformed JSON, line 2
            quotes.csv,    CSV export,     cannot be read back
            """)
    void aFileThatCannotBeReadLeavesTheUnsavedReviewUntouched(String name, String kind, String explanation, FxRobot robot)
            throws Exception {
        Path article = Files.createTempDirectory(temp, "articles").resolve("harbour.txt");
        Files.writeString(article, Fixtures.TEXT + "\n");
        robot.interact(() -> window.viewModel().open(article));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session().getDocument() != null && !window.viewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        Quote first = session().getDocument().quotes().get(0);
        robot.interact(() -> session().select(first.id()));
        robot.interact(area::requestFocus);
        robot.push(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.viewModel().autosave());
        // written in the background
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> recovery.list().size() == 1);

        AnnotatedArticle edited = session().getDocument();
        assertThat(edited.quote(first.id()).orElseThrow().status()).isEqualTo(QuoteStatus.ACCEPTED);
        String title = stage.getTitle();
        assertThat(title).startsWith("*harbour.txt");
        String undo = session().undoDescriptionProperty().get();
        assertThat(recovery.list()).hasSize(1);

        Path bad = Files.createTempDirectory(temp, "bad").resolve(name);
        Files.write(bad, contentOf(kind));
        dialogs.unsavedChoice = DialogService.UnsavedChoice.DISCARD;
        dialogs.fileToOpen = bad;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty() && !window.viewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Could not open the file: ").contains(name).contains(explanation);
        assertThat(dialogs.errorDetails).singleElement().asString().contains("Exception");
        assertThat(session().getDocument()).isSameAs(edited);
        assertThat(area.getText()).isEqualTo(edited.text());
        assertThat(session().articleFileProperty().get()).isEqualTo(article);
        assertThat(session().isDirty()).isTrue();
        assertThat(stage.getTitle()).isEqualTo(title);
        assertThat(session().undoDescriptionProperty().get()).isEqualTo(undo);
        assertThat(recovery.list()).as("the autosave of the review still open").hasSize(1);

        robot.interact(area::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().getDocument().quote(first.id()).orElseThrow()).isEqualTo(first);
        assertThat(stage.getTitle()).isEqualTo("harbour.txt \u2014 " + MainViewModel.APP_NAME);
    }
}
