package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.ExportFormat;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.review.edit.Edits;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Save and export run off the FX thread in the real window, and write what a save on the spot writes. */
@ExtendWith(ApplicationExtension.class)
class BackgroundSaveWindowTest {

    private final StubDialogs dialogs = new StubDialogs();
    private MainWindow window;
    private Stage stage;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), dialogs);
    }

    private DocumentSession session() {
        return window.viewModel().session();
    }

    @Test
    void saveInTheBackgroundWritesTheSameBytesAsASaveOnTheSpotAndClearsTheUnsavedMark(FxRobot robot) throws Exception {
        Path article = temp.resolve("harbour.txt");
        Files.writeString(article, Fixtures.TEXT, StandardCharsets.UTF_8);
        robot.interact(() -> window.viewModel().open(article));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session().getDocument() != null);
        robot.interact(() -> {
            AnnotatedArticle document = session().getDocument();
            session().perform(Edits.withSystemClock().reject(document, document.quotes().get(0).id()));
        });
        assertThat(stage.getTitle()).startsWith("*");
        Path target = temp.resolve("harbour.quotes.json");

        robot.interact(() -> window.viewModel().saveTo(target));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.getTitle().startsWith("*"));
        WaitForAsyncUtils.waitForFxEvents();

        // the session now carries the save's time stamps: written on the spot, it must give the same file
        // (with the radar's report, which a save writes into the file)
        AnnotatedArticle assessed = session().getDocument()
                .withAssessments(window.viewModel().radar().current().assessments());
        Path onTheSpot = temp.resolve("on-the-spot.json");
        AnnotationJson.save(assessed, onTheSpot);
        assertThat(Files.readAllBytes(target)).isEqualTo(Files.readAllBytes(onTheSpot));
        assertThat(dialogs.errors).isEmpty();
        assertThat(session().isDirty()).isFalse();

        Path csv = temp.resolve("harbour.csv");
        robot.interact(() -> window.viewModel().exportTo(ExportFormat.CSV, csv));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().statusProperty().get().equals("Exported harbour.csv"));
        Path csvOnTheSpot = temp.resolve("on-the-spot.csv");
        ExportFormat.CSV.save(assessed, csvOnTheSpot);
        assertThat(Files.readAllBytes(csv)).isEqualTo(Files.readAllBytes(csvOnTheSpot));
    }

    @Test
    void anEditMadeWhileTheFileIsWrittenStaysUnsaved(FxRobot robot) throws Exception {
        Path article = temp.resolve("harbour.txt");
        Files.writeString(article, Fixtures.TEXT, StandardCharsets.UTF_8);
        robot.interact(() -> window.viewModel().open(article));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session().getDocument() != null);
        Path target = temp.resolve("harbour.quotes.json");
        robot.interact(() -> {
            AnnotatedArticle document = session().getDocument();
            session().perform(Edits.withSystemClock().reject(document, document.quotes().get(0).id()));
            window.viewModel().saveTo(target);
            // before the write's result comes back to the FX thread
            AnnotatedArticle now = session().getDocument();
            session().perform(Edits.withSystemClock().accept(now, now.quotes().get(1).id()));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().statusProperty().get().startsWith("Saved"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getTitle()).as("the second edit is not in the file").startsWith("*");
        assertThat(session().saveTargetProperty().get()).isEqualTo(target);
        AnnotatedArticle saved = AnnotationJson.load(target);
        assertThat(saved.quotes().get(0).status()).isEqualTo(session().getDocument().quotes().get(0).status());
        assertThat(saved.quotes().get(1).status()).isNotEqualTo(session().getDocument().quotes().get(1).status());
    }
}
