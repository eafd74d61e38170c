package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.gui.document.DocumentLoader;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.io.RecoveryStore;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.review.edit.Edits;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The start after a crash, as the app runs it: the window offers the autosaved review and shows it under the article's name. */
@ExtendWith(ApplicationExtension.class)
class CrashRestoreWindowTest {

    /** Static, so it exists before {@link Start} runs. */
    @TempDir
    static Path temp;

    private final StubDialogs dialogs = new StubDialogs();
    private Path article;
    private AnnotatedArticle unsaved;
    private Stage stage;
    private MainWindow window;

    /** A review of harbour.txt edited and autosaved, then the app was killed; this is the next start. */
    @Start
    void start(Stage primary) throws Exception {
        Path folder = Files.createTempDirectory(temp, "run");
        article = folder.resolve("harbour.txt");
        Files.writeString(article, Fixtures.TEXT);
        RecoveryStore store = new RecoveryStore(folder.resolve("recovery"));
        MainViewModel beforeTheCrash = new MainViewModel(new DocumentLoader(KnownSpeakers.loadDefault()),
                BackgroundRunner.inPlace(), dialogs, RecentFiles.inMemory(), store);
        beforeTheCrash.open(article);
        AnnotatedArticle document = beforeTheCrash.session().getDocument();
        beforeTheCrash.session().perform(Edits.withSystemClock().reject(document, document.quotes().get(0).id()));
        beforeTheCrash.autosave();
        unsaved = beforeTheCrash.session().getDocument();

        stage = primary;
        dialogs.confirmAnswer = true;
        window = QuoteExplorerApp.openWindow(primary, RecentFiles.inMemory(), dialogs, store);
        window.viewModel().offerRecovery();
    }

    @Test
    void theRestoredReviewIsTitledAfterItsArticleMarkedUnsavedAndSavesNextToIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.questions).containsExactly("Restore unsaved work?");
        assertThat(window.viewModel().session().getDocument().quotes()).isEqualTo(unsaved.quotes());
        assertThat(stage.getTitle()).isEqualTo("*harbour.txt \u2014 " + MainViewModel.APP_NAME);
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).isEqualTo("Restored unsaved work on harbour.txt");

        robot.clickOn("#articleView");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        // the file is written in the background; the title loses its * once it is
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !stage.getTitle().startsWith("*"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isEmpty();
        Path sidecar = article.resolveSibling("harbour.quotes.json");
        assertThat(AnnotationJson.load(sidecar).quotes()).isEqualTo(window.viewModel().session().getDocument().quotes());
        assertThat(stage.getTitle()).isEqualTo("harbour.txt \u2014 " + MainViewModel.APP_NAME);
    }
}
