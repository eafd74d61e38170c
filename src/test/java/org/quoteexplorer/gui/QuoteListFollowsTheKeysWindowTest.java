package org.quoteexplorer.gui;

import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.quotes.QuoteRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * J and F walk the quote list one row at a time; the row they land on must be on screen in the
 * list even when a row is so tall (a long quote) that only two or three fit in the list.
 */
@ExtendWith(ApplicationExtension.class)
class QuoteListFollowsTheKeysWindowTest {

    private final StubDialogs dialogs = new StubDialogs();
    private MainWindow window;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), dialogs);
    }

    /** Thirty long quotes, each wrapping over several lines of the list, some of them said by no one the radar trusts. */
    private Path longQuotes() throws Exception {
        StringBuilder text = new StringBuilder("Harbour Hearing Runs Late\n\n");
        String[] speakers = {"Ann Lee", "Tom Ray", "Bo Chen"};
        for (int i = 0; i < 30; i++) {
            StringBuilder quote = new StringBuilder("Point " + i + " is that");
            for (int w = 0; w < 6; w++) {
                quote.append(" the harbour plan needs more time and money");
            }
            String speaker = speakers[i % speakers.length];
            if (i % 4 == 3) {
                text.append("\u201C").append(quote).append(",\u201D a resident wrote.\n\n");
            } else {
                text.append("\u201C").append(quote).append(",\u201D said ").append(speaker).append(".\n\n");
            }
        }
        Path file = temp.resolve("hearing.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private void openAndWaitForTheRadar(Path file) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().open(file)).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.viewModel().session().getDocument() != null
                && !window.viewModel().busyProperty().get()
                && window.viewModel().radar().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void jAndFLandOnARowTheListShowsAfterTheRadarRescoredTheRows(FxRobot robot) throws Exception {
        openAndWaitForTheRadar(longQuotes());
        @SuppressWarnings("unchecked")
        ListView<QuoteRow> list = robot.lookup("#quoteList").queryAs(ListView.class);
        assertThat(WaitForAsyncUtils.asyncFx(() -> list.getItems().stream().anyMatch(QuoteRow::flagged))
                .get(10, TimeUnit.SECONDS)).as("the radar re-scored some rows").isTrue();
        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        robot.interact(area::requestFocus);

        KeyCode[] keys = new KeyCode[16];
        java.util.Arrays.fill(keys, 0, 12, KeyCode.J);
        java.util.Arrays.fill(keys, 12, 16, KeyCode.F);
        for (KeyCode key : keys) {
            robot.type(key);
            WaitForAsyncUtils.waitForFxEvents();
            String selected = window.viewModel().session().getSelectedQuoteId();
            assertThat(selected).as("%s selects a quote", key).isNotNull();
            assertThat(rowShown(list, selected)).as("after %s the list shows the row of %s", key, selected).isTrue();
        }
    }

    @Test
    void aRowLeftEmptyByASearchDrawsNoFlag(FxRobot robot) throws Exception {
        openAndWaitForTheRadar(longQuotes());
        @SuppressWarnings("unchecked")
        ListView<QuoteRow> list = robot.lookup("#quoteList").queryAs(ListView.class);
        java.util.List<QuoteRow> flagged = WaitForAsyncUtils.asyncFx(() -> list.getItems().stream().filter(QuoteRow::flagged).toList())
                .get(10, TimeUnit.SECONDS);
        assertThat(flagged).hasSizeGreaterThan(2);
        robot.interact(() -> window.viewModel().session().select(flagged.get(0).quoteId()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flagDrawnOn(list)).as("flagged rows on screen draw their flag").hasSizeGreaterThan(1);

        QuoteRow kept = flagged.get(2);
        java.util.regex.Matcher point = java.util.regex.Pattern.compile("Point \\d+ is that").matcher(kept.text());
        assertThat(point.find()).isTrue();
        javafx.scene.control.TextField search = robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> search.setText(point.group()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(flagDrawnOn(list)).as("cells drawing a flag").containsExactly(String.valueOf(kept));
    }

    /** The cells of the list that draw the flag's bar on their left: what they show, "empty" for an emptied one. */
    private static java.util.List<String> flagDrawnOn(ListView<QuoteRow> list) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            java.util.List<String> drawing = new java.util.ArrayList<>();
            for (Node node : list.lookupAll(".list-cell")) {
                if (node instanceof ListCell<?> cell && cell.isVisible() && cell.getBorder() != null
                        && cell.getBorder().getStrokes().stream().anyMatch(stroke -> stroke.getWidths().getLeft() > 0
                        && !javafx.scene.paint.Color.TRANSPARENT.equals(stroke.getLeftStroke()))) {
                    drawing.add(cell.isEmpty() ? "empty" : String.valueOf(cell.getItem()));
                }
            }
            return drawing;
        }).get(10, TimeUnit.SECONDS);
    }

    /** Whether a selected cell of the quote lies wholly inside the list's viewport. */
    private static boolean rowShown(ListView<QuoteRow> list, String quoteId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Bounds view = list.localToScene(list.getLayoutBounds());
            for (Node node : list.lookupAll(".list-cell")) {
                if (node instanceof ListCell<?> cell && cell.isVisible() && cell.getItem() instanceof QuoteRow row
                        && row.quoteId().equals(quoteId)) {
                    Bounds bounds = cell.localToScene(cell.getLayoutBounds());
                    return cell.isSelected() && bounds.getMinY() >= view.getMinY() - 1 && bounds.getMaxY() <= view.getMaxY() + 1;
                }
            }
            return false;
        }).get(10, TimeUnit.SECONDS);
    }
}
