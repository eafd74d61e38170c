package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.SpeakerRegistryFile;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.RegistryColours;
import org.quoteexplorer.review.RegistryHistory;
import org.quoteexplorer.review.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A folder of two hand-made articles: the analyst confirms a speaker in one from the Speakers menu,
 * opens the other and sees the same person linked, in the same colour.
 */
@ExtendWith(ApplicationExtension.class)
class RegistryLinkWindowTest {

    @TempDir
    Path folder;

    private final StubDialogs dialogs = new StubDialogs();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), dialogs);
    }

    private void article(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        AnnotatedArticle review = new QuoteEngine().attribute(Article.of(name.replace(".txt", ""), text)).annotated();
        AnnotationJson.save(review, AnnotationFiles.sidecarOf(file));
    }

    /** As the workspace window opens an article: its review linked to the registry as it is now. */
    private void openArticle(FxRobot robot, Workspace ws, RegistryHistory history, String path) throws IOException {
        AnnotatedArticle review = ws.link(ws.folder().loadReview(path));
        robot.interact(() -> {
            window.viewModel().speakerEditing().useWorkspace(ws, history, path);
            window.viewModel().session().open(review, folder.resolve(path), null);
            window.viewModel().session().select("q1");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Speaker speakerOfFirstQuote() {
        AnnotatedArticle doc = window.viewModel().session().getDocument();
        return doc.speaker(doc.quote("q1").orElseThrow().speakerId()).orElseThrow();
    }

    private static Set<String> swatchClasses(FxRobot robot) {
        return robot.lookup(".swatch").queryAll().stream().flatMap((Node n) -> n.getStyleClass().stream())
                .filter(c -> c.startsWith("speaker-")).collect(Collectors.toSet());
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean showing(String name) {
        Path open = window.viewModel().session().articleFileProperty().get();
        return folder.resolve(name).equals(open) && !window.viewModel().busyProperty().get();
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void folderOpenedWithTheKeyboardLinksAConfirmedSpeakerInTheNextArticle(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("monday.txt"), "Harbour news\n\u201CThe dock reopens on Monday,\u201D said Nadia Okafor.\n");
        Files.writeString(folder.resolve("tuesday.txt"), "Tolls\n\u201CFees will not rise,\u201D said Nadia Okafor on Tuesday.\n");
        SpeakerRegistryFile.update(SpeakerRegistryFile.in(folder), disk -> List.of());
        dialogs.folderToOpen = folder;

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> showing("monday.txt") && !window.viewModel().workspace().attributingProperty().get());
        assertThat(speakerOfFirstQuote().registryId()).isNull();

        MenuItem confirm = menuItem(robot, "menuConfirmSpeaker");
        assertThat(confirm.isDisable()).isFalse();
        robot.interact(confirm::fire);
        WaitForAsyncUtils.waitForFxEvents();
        Workspace ws = window.viewModel().workspace().workspaceProperty().get();
        RegistryEntry entry = ws.registry().find("Nadia Okafor").orElseThrow();
        String colour = "speaker-" + RegistryColours.slotOf(entry);
        assertThat(speakerOfFirstQuote().registryId()).isEqualTo(entry.id());

        robot.press(KeyCode.ALT, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.ALT);
        waitFor(() -> showing("tuesday.txt"));

        assertThat(dialogs.errors).isEmpty();
        assertThat(speakerOfFirstQuote().registryId()).isEqualTo(entry.id());
        assertThat(swatchClasses(robot)).containsExactly(colour);

        // with the folder closed, the article on screen has no registry to confirm speakers in
        robot.interact(() -> window.viewModel().workspace().close());
        robot.interact(() -> window.viewModel().session().select("q1"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(confirm::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().statusProperty().get()).contains("open the folder");
    }

    @Test
    void speakerConfirmedInOneArticleIsLinkedInTheOtherInTheSameColour(FxRobot robot) throws IOException {
        article("monday.txt", "Harbour news\n\u201CThe dock reopens on Monday,\u201D said Nadia Okafor.\n");
        article("tuesday.txt", "Tolls\n\u201CFees will not rise,\u201D said Nadia Okafor on Tuesday.\n");
        SpeakerRegistryFile.update(SpeakerRegistryFile.in(folder), disk -> List.of());
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));
        RegistryHistory history = new RegistryHistory(ws);
        openArticle(robot, ws, history, "monday.txt");
        assertThat(speakerOfFirstQuote().registryId()).isNull();

        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem confirm = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menuConfirmSpeaker".equals(i.getId())).findFirst().orElseThrow();
        assertThat(confirm.isDisable()).isFalse();
        robot.interact(confirm::fire);
        WaitForAsyncUtils.waitForFxEvents();

        RegistryEntry entry = ws.registry().find("Nadia Okafor").orElseThrow();
        String colour = "speaker-" + RegistryColours.slotOf(entry);
        assertThat(speakerOfFirstQuote().registryId()).isEqualTo(entry.id());
        assertThat(swatchClasses(robot)).contains(colour);

        openArticle(robot, ws, history, "tuesday.txt");

        assertThat(window.viewModel().session().getDocument().article().id()).isEqualTo("tuesday");
        assertThat(speakerOfFirstQuote().registryId()).isEqualTo(entry.id());
        assertThat(swatchClasses(robot)).containsExactly(colour);
    }
}
