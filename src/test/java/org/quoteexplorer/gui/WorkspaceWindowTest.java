package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.workspace.WorkspaceViewModel;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.review.WorkspaceEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A folder of hand-made articles in the real window: opened with Ctrl+Shift+O, reviewed with the
 * keyboard one article after another, its list showing the progress, and reopened where it was left.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceWindowTest {

    @TempDir
    static Path temp;

    private final StubDialogs dialogs = new StubDialogs();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) throws IOException {
        stage = primary;
        window = QuoteExplorerApp.openWindow(primary, RecentFiles.inFile(temp.resolve("recent-files.txt")), dialogs);
    }

    private static Path article(Path folder, String path, String headline, String words) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<html><body><h1>" + headline + "</h1><p>\u201C" + words
                + ",\u201D said the chair, Ana Lopez.</p><p>\u201CWe have heard every side,\u201D she added.</p></body></html>");
        return file;
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path openArticle() {
        return window.viewModel().session().articleFileProperty().get();
    }

    private WorkspaceViewModel workspace() {
        return window.viewModel().workspace();
    }

    /** Alt+PageDown, as the analyst presses it, from the article. */
    private void nextArticle(FxRobot robot, Path expected) throws Exception {
        robot.press(KeyCode.ALT, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.ALT);
        waitFor(() -> expected.equals(openArticle()) && !window.viewModel().busyProperty().get());
    }

    private void acceptFirstQuote(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#articleView").query().requestFocus());
        robot.type(KeyCode.A);
        waitFor(() -> window.viewModel().session().isDirty());
    }

    @Test
    void aFolderIsReviewedArticleByArticleAndReopensWhereItWasLeft(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("week"));
        Path budget = article(folder, "council/budget.html", "Budget Vote Delayed", "The vote waits for the auditors");
        Path ferry = article(folder, "ferry.html", "Ferry Fares Rise", "Fares must go up this winter");
        Path harbour = article(folder, "harbour.html", "Harbour Plan Approved", "We will decide on Friday");
        dialogs.folderToOpen = folder;

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> budget.equals(openArticle()) && !workspace().attributingProperty().get()
                && workspace().rows().size() == 3 && !window.viewModel().busyProperty().get());

        ListView<?> list = robot.lookup("#workspaceList").queryAs(ListView.class);
        assertThat(list.isVisible()).isTrue();
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#workspaceName").queryAs(Label.class).getText()).isEqualTo("week");

        acceptFirstQuote(robot);
        nextArticle(robot, ferry);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        acceptFirstQuote(robot);
        nextArticle(robot, harbour);

        assertThat(dialogs.errors).isEmpty();
        for (Path reviewed : new Path[] {budget, ferry}) {
            assertThat(AnnotationJson.load(AnnotationFiles.sidecarOf(reviewed)).quotes())
                    .as("saved review of %s", reviewed.getFileName())
                    .extracting(q -> q.status()).containsExactly(QuoteStatus.ACCEPTED, QuoteStatus.SUGGESTED);
        }
        assertThat(workspace().rows()).extracting(WorkspaceViewModel::fraction).containsExactly("1/2", "1/2", "0/2");
        assertThat(robot.lookup(".workspace-fraction").queryAllAs(Label.class)).extracting(Label::getText)
                .filteredOn(text -> !text.isEmpty()).containsExactly("1/2", "1/2", "0/2");
        assertThat(robot.lookup("#workspaceCount").queryAs(Label.class).getText()).isEqualTo("3 articles \u00B7 0 reviewed");
        screenshot("workspace.png");

        // the folder closes with the window's place in it, and Open Recent brings it back as it was
        robot.interact(() -> workspace().close());
        assertThat(robot.lookup("#workspacePane").query().isVisible()).isFalse();
        robot.clickOn("File");
        robot.clickOn("Open Recent");
        robot.clickOn("week (folder)  \u2014  " + temp.toAbsolutePath());
        waitFor(() -> workspace().openProperty().get() && !window.viewModel().busyProperty().get()
                && workspace().currentProperty().get() != null);

        assertThat(openArticle()).isEqualTo(harbour);
        assertThat(list.getSelectionModel().getSelectedItem()).extracting(e -> ((WorkspaceEntry) e).path())
                .isEqualTo("harbour.html");
        assertThat(stage.getTitle()).startsWith("harbour.html");
    }

    /** Writes the window as an image into target/, to look at, when {@code -Dqe.screenshots} is set. */
    private void screenshot(String name) throws Exception {
        if (System.getProperty("qe.screenshots") == null) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = stage.getScene().snapshot(null)).get(30, TimeUnit.SECONDS);
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path target = Path.of(System.getProperty("qe.screenshots"));
        Files.createDirectories(target);
        ImageIO.write(out, "png", target.resolve(name).toFile());
    }
}
