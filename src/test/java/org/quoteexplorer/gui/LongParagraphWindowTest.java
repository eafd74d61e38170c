package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.common.FxBackgroundRunner;
import org.quoteexplorer.model.Quote;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A quote deep inside a paragraph taller than the window, and giving up a load, in the real window. */
@ExtendWith(ApplicationExtension.class)
class LongParagraphWindowTest {

    private final StubDialogs dialogs = new StubDialogs();
    private MainWindow window;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), dialogs);
    }

    private void openAndWait(Path file) throws Exception {
        Fixtures.openAndWait(window, file);
    }

    @Test
    void pressingJShowsAQuoteDeepInsideALongParagraph(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder("One Long Paragraph\n\u201CAt the top,\u201D said Ann Lee.");
        for (int i = 0; i < 400; i++) {
            text.append(" The council met again on day ").append(i).append(" and discussed the harbour at length.");
        }
        text.append(" \u201CDeep down here,\u201D said Tom Ray.");
        pressingJSelectsAndShows(robot, "long.txt", text.toString(), "Deep down", 1);
    }

    @Test
    void pressingJShowsAQuoteAtTheEndOfAParagraphThatIsCentredRatherThanFollowed(FxRobot robot)
            throws Exception {
        StringBuilder text = new StringBuilder("Short Paragraphs Then A Tall One\n\u201CAt the top,\u201D said Ann Lee.");
        for (int i = 0; i < 60; i++) {
            text.append("\nThe council met on day ").append(i).append('.');
        }
        StringBuilder tall = new StringBuilder();
        while (tall.length() < 1850) {
            tall.append("The council discussed the harbour at length. ");
        }
        tall.append("\u201CNear the end,\u201D said Tom Ray.");
        // under ArticleView's LONG_PARAGRAPH (2,000 characters), so it is centred: its top goes to the
        // middle of the window, and its last line, with the quote, far below the window's bottom
        assertThat(tall.length()).isLessThan(2000);
        text.append('\n').append(tall);
        pressingJSelectsAndShows(robot, "tall.txt", text.toString(), "Near the end", 2);
    }

    @Test
    void reviewKeysKeepTheQuoteOnScreenInALineCutIntoPieces(FxRobot robot) throws Exception {
        // one line of 60,000 characters with no break: the window shows it cut into pieces, the
        // first set as the headline, in large type, taller than the window, with a quote near its end
        StringBuilder text = new StringBuilder();
        while (text.length() < 800) {
            text.append("The harbour plan went before the council once more this week. ");
        }
        String[] names = {"Ann Lee", "Tom Ray", "Bo Chen", "Eva Holm"};
        for (int i = 0; text.length() < 60_000; i++) {
            text.append("The council met again on day ").append(i).append(" and discussed the harbour. \u201CWe spoke of item ")
                    .append(i).append(",\u201D said ").append(names[i % names.length]).append(". ");
        }
        Path file = temp.resolve("one-line.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        openAndWait(file);
        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        robot.interact(area::requestFocus);

        for (javafx.scene.input.KeyCode key : new javafx.scene.input.KeyCode[] {
                javafx.scene.input.KeyCode.J, javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.J,
                javafx.scene.input.KeyCode.J, javafx.scene.input.KeyCode.R, javafx.scene.input.KeyCode.K,
                javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.U}) {
            robot.type(key);
            WaitForAsyncUtils.waitForFxEvents();
            String id = window.viewModel().session().getSelectedQuoteId();
            Quote selected = window.viewModel().session().getDocument().quote(id).orElseThrow();
            assertThat(inView(area, selected)).as("the selected quote is on screen after " + key).isTrue();
        }
    }

    /**
     * Opens {@code text} from a file, checks that the quote containing {@code marker} is out of
     * sight, presses J {@code presses} times, and checks that this quote is selected and on screen.
     */
    private void pressingJSelectsAndShows(FxRobot robot, String fileName, String text, String marker, int presses)
            throws Exception {
        Path file = temp.resolve(fileName);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        openAndWait(file);
        Quote target = window.viewModel().session().getDocument().quotes().stream()
                .filter(q -> q.span().of(text).contains(marker)).findFirst().orElseThrow();
        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        assertThat(inView(area, target)).as("far below at first").isFalse();

        robot.interact(area::requestFocus);
        for (int i = 0; i < presses; i++) {
            robot.type(javafx.scene.input.KeyCode.J);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.viewModel().session().getSelectedQuoteId()).isEqualTo(target.id());
        assertThat(inView(area, target)).as("the selected quote is on screen").isTrue();
    }

    private static boolean inView(StyleClassedTextArea area, Quote quote) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Optional<Bounds> at = area.getCharacterBoundsOnScreen(quote.span().start(), quote.span().start() + 1);
            Bounds view = area.localToScreen(area.getLayoutBounds());
            return at.isPresent() && at.get().getMinY() >= view.getMinY() - 1 && at.get().getMaxY() <= view.getMaxY() + 1;
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void cancelWhileOpeningKeepsTheArticleOnScreen(FxRobot robot) throws Exception {
        Path first = temp.resolve("harbour.txt");
        Files.writeString(first, Fixtures.TEXT, StandardCharsets.UTF_8);
        openAndWait(first);
        var before = window.viewModel().session().getDocument();

        // the runner is single-threaded: a piece of work holding it stands for a slow article
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean reported = new AtomicBoolean();
        FxBackgroundRunner runner = window.runner();
        robot.interact(() -> runner.run("hold", () -> {
            release.await(30, TimeUnit.SECONDS);
            return 1;
        }, ok -> reported.set(true), failed -> reported.set(true)));
        Path second = temp.resolve("other.txt");
        Files.writeString(second, "Other News\n\u201CA different story,\u201D said Bo Chen.", StandardCharsets.UTF_8);
        robot.interact(() -> window.viewModel().open(second));
        Button cancel = robot.lookup("#cancelLoading").queryButton();
        assertThat(cancel.isVisible()).isTrue();

        robot.clickOn(cancel);
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, reported::get);
        // the cancelled load was queued behind the held work: give it the time it would have taken
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.viewModel().session().getDocument()).isSameAs(before);
        assertThat(window.viewModel().session().articleFileProperty().get()).isEqualTo(first);
        assertThat(window.viewModel().busyProperty().get()).isFalse();
        assertThat(robot.lookup("#cancelLoading").queryButton().isVisible()).isFalse();
    }

}
