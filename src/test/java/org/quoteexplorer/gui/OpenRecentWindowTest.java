package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.gui.document.DocumentLoader;
import org.quoteexplorer.io.KnownSpeakers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Open Recent in the real window, with the recent list where the app keeps it: under a
 * {@code user.home} that this test points at a temporary folder, so the real home is never read or changed.
 */
@ExtendWith(ApplicationExtension.class)
class OpenRecentWindowTest {

    /** Static, so it exists before {@link Start} runs. */
    @TempDir
    static Path temp;

    private final StubDialogs dialogs = new StubDialogs();
    private final String realHome = System.getProperty("user.home");
    private Path home;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        stage = primary;
        home = Files.createTempDirectory(temp, "home");
        System.setProperty("user.home", home.toString());
        window = QuoteExplorerApp.openWindow(primary, RecentFiles.inUserHome(), dialogs);
    }

    @AfterEach
    void restoreTheRealHome() {
        System.setProperty("user.home", realHome);
    }

    private Path article(String folder, String name, String headline) throws Exception {
        Path file = Files.createDirectories(temp.resolve(folder)).resolve(name);
        Files.writeString(file, headline + "\n\u201CWe will decide on Friday,\u201D said the chair.\n");
        return file;
    }

    private void openWithCtrlO(FxRobot robot, Path file, String headline) throws Exception {
        dialogs.fileToOpen = file;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewModel().session().getDocument() != null
                && window.viewModel().session().getDocument().text().startsWith(headline));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Menu recentMenu(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> "menuRecent".equals(i.getId()))
                .findFirst().orElseThrow();
    }

    /** A menu's popup appears a pulse or more after the click; on a loaded machine, later than the next lookup. */
    private static void clickWhenShown(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(text).tryQuery()
                .map(node -> node.getScene() != null && node.getScene().getWindow() != null
                        && node.getScene().getWindow().isShowing())
                .orElse(false));
        robot.clickOn(text);
    }

    @Test
    void openRecentListsTheOpenedFilesNewestFirstAndOpensTheOneChosen(FxRobot robot) throws Exception {
        Path harbour = article("council", "harbour.txt", "Harbour Plan Approved");
        Path ferry = article("transport", "ferry.txt", "Ferry Fares Rise");
        Menu recent = recentMenu(robot);
        assertThat(recent.isDisable()).as("nothing opened yet under this home").isTrue();

        openWithCtrlO(robot, harbour, "Harbour");
        openWithCtrlO(robot, ferry, "Ferry");

        assertThat(recent.isDisable()).isFalse();
        assertThat(recent.getItems()).extracting(MenuItem::getText).containsExactly(
                "ferry.txt  \u2014  " + ferry.getParent(),
                "harbour.txt  \u2014  " + harbour.getParent());

        robot.clickOn("File");
        clickWhenShown(robot, "Open Recent");
        // The item itself is fired rather than clicked: under load the submenu's popup can be
        // replaced between finding its label and the click landing, on Monocle more than on a desktop.
        MenuItem chosen = recent.getItems().stream()
                .filter(i -> i.getText().equals("harbour.txt  \u2014  " + harbour.getParent())).findFirst().orElseThrow();
        robot.interact(() -> {
            chosen.fire();
            recent.getParentMenu().hide();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.viewModel().session().getDocument().text().startsWith("Harbour"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.viewModel().session().articleFileProperty().get()).isEqualTo(harbour.toAbsolutePath());
        assertThat(stage.getTitle()).isEqualTo("harbour.txt \u2014 " + MainViewModel.APP_NAME);
        assertThat(recent.getItems()).extracting(MenuItem::getText).containsExactly(
                "harbour.txt  \u2014  " + harbour.getParent(),
                "ferry.txt  \u2014  " + ferry.getParent());

        // kept under the home of this run, where the next start finds it
        Path kept = home.resolve(".quote-explorer").resolve(RecentFiles.FILE_NAME);
        assertThat(Files.readAllLines(kept)).containsExactly(harbour.toAbsolutePath().toString(), ferry.toAbsolutePath().toString());
        MainViewModel nextStart = new MainViewModel(new DocumentLoader(KnownSpeakers.loadDefault()), BackgroundRunner.inPlace(),
                dialogs, RecentFiles.inUserHome());
        assertThat(nextStart.recentFiles()).containsExactly(harbour.toAbsolutePath(), ferry.toAbsolutePath());
    }
}
