package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.gui.common.StubDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Rows of the quote list are all one height, so the list places them without measuring: a quote
 * longer than the row's lines ends in an ellipsis, a short one leaves the row as tall.
 */
@ExtendWith(ApplicationExtension.class)
class QuoteListRowsOneHeightWindowTest {

    private MainWindow window;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), new StubDialogs());
    }

    @Test
    void shortAndLongQuotesGetRowsOfOneHeightAndALongQuoteEndsInAnEllipsis(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder("Harbour Hearing\n\n");
        for (int i = 0; i < 8; i++) {
            String quote = i % 2 == 0 ? "Point " + i + " stands"
                    : "Point " + i + " is that" + " the harbour plan needs more time and money".repeat(8);
            text.append("\u201C").append(quote).append(",\u201D said Ann Lee.\n\n");
        }
        Path file = temp.resolve("hearing.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().open(file)).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.viewModel().session().getDocument() != null
                && !window.viewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<QuoteRow> list = robot.lookup("#quoteList").queryAs(ListView.class);

        List<Double> heights = new ArrayList<>();
        List<String> shownLongText = new ArrayList<>();
        List<String> shownShortText = new ArrayList<>();
        String[] ellipsis = {null};
        WaitForAsyncUtils.asyncFx(() -> {
            for (Node node : list.lookupAll(".list-cell")) {
                if (node instanceof ListCell<?> cell && cell.isVisible() && cell.getItem() instanceof QuoteRow row) {
                    heights.add(cell.getHeight());
                    Label quote = (Label) cell.lookup(".quote-text");
                    // what the label draws, which may be cut, not the text it holds
                    String drawn = ((javafx.scene.text.Text) quote.lookup(".text")).getText();
                    assertThat(quote.getText()).isEqualTo(row.text());
                    ellipsis[0] = quote.getEllipsisString();
                    (row.text().length() > 100 ? shownLongText : shownShortText).add(drawn);
                }
            }
            return null;
        }).get(10, TimeUnit.SECONDS);

        assertThat(list.getFixedCellSize()).as("rows of one height").isGreaterThan(0);
        assertThat(heights).hasSizeGreaterThanOrEqualTo(2).allSatisfy(h -> assertThat(h).isEqualTo(list.getFixedCellSize()));
        assertThat(shownLongText).isNotEmpty().allSatisfy(drawn -> assertThat(drawn).endsWith(ellipsis[0]));
        assertThat(shownShortText).isNotEmpty().allSatisfy(drawn -> assertThat(drawn).doesNotEndWith(ellipsis[0]));
    }
}
