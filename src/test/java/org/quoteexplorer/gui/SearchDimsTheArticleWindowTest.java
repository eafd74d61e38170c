package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing a search over hundreds of quotes, faster than the results come back, leaves the article
 * with exactly the quotes the list leaves out drawn plainly, and clearing it brings every quote back,
 * with no history of those styles kept.
 */
@ExtendWith(ApplicationExtension.class)
class SearchDimsTheArticleWindowTest {

    private MainWindow window;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), new StubDialogs());
    }

    @Test
    void everyQuoteTheSearchLeavesOutIsDimmedAndOnlyThose(FxRobot robot) throws Exception {
        openHarbourWeek();
        QuoteListViewModel list = window.viewModel().quoteList();
        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        assertThat(list.rows()).hasSizeGreaterThan(100);

        robot.clickOn(search);
        robot.write("ferr");
        robot.write("y");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.appliedSearch().equals("ferry"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dimmedInArticle(area).size() == list.rows().size() - list.visibleRows().size());

        List<String> dimmed = dimmedInArticle(area);
        assertThat(list.visibleQuoteIds()).isNotEmpty().doesNotContainAnyElementsOf(dimmed);
        assertThat(dimmed).hasSize(list.rows().size() - list.visibleQuoteIds().size());

        robot.interact(() -> search.setText(""));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dimmedInArticle(area).isEmpty());
        assertThat(list.visibleRows()).hasSameSizeAs(list.rows());
        // each dimming kept in the text area's own undo history made a long article's heap grow by
        // hundreds of megabytes over a few searches, and the window froze in garbage collection
        assertThat(WaitForAsyncUtils.asyncFx(() -> area.getUndoManager().isUndoAvailable()).get(10, TimeUnit.SECONDS))
                .as("the text area remembers the styles it was given").isFalse();
    }

    @Test
    void aSearchThatHidesTheQuoteUnderReviewMovesTheReviewOnceToTheNextQuoteShown(FxRobot robot) throws Exception {
        openHarbourWeek();
        QuoteListViewModel list = window.viewModel().quoteList();
        javafx.scene.control.ListView<?> rows = robot.lookup("#quoteList").queryAs(javafx.scene.control.ListView.class);
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        // day 3 is about the pier; the next quote about the ferry is day 5's
        String pier = list.rows().get(3).quoteId();
        String nextFerry = list.rows().get(5).quoteId();
        robot.interact(() -> window.viewModel().session().select(pier));
        List<String> reviewed = new ArrayList<>();
        robot.interact(() -> window.viewModel().session().selectedQuoteIdProperty().addListener((obs, old, id) -> reviewed.add(id)));

        // results in slices of 10 rows, as a long article's come in slices of hundreds
        list.searchOn(java.util.concurrent.ForkJoinPool.commonPool(), javafx.application.Platform::runLater, 10);
        for (String typed : new String[] {"f", "fe", "fer", "ferr", "ferry"}) {
            robot.interact(() -> search.setText(typed));
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.appliedSearch().equals("ferry"));
        WaitForAsyncUtils.waitForFxEvents();

        // the list view, losing its selected row, selected a neighbour of its own; that is not the analyst moving on
        assertThat(reviewed).as("the quotes put under review while typing").containsExactly(nextFerry);
        assertThat(rows.getSelectionModel().getSelectedItem()).isSameAs(list.visibleRows().get(1));

        robot.interact(() -> search.setText(""));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.visibleRows().size() == list.rows().size());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reviewed).containsExactly(nextFerry);
        assertThat(rows.getSelectionModel().getSelectedIndex()).isEqualTo(5);
    }

    @Test
    void rejectingTheQuoteUnderReviewWhileRejectedOnesAreHiddenMovesTheReviewToTheNextQuote(FxRobot robot) throws Exception {
        openHarbourWeek();
        QuoteListViewModel list = window.viewModel().quoteList();
        javafx.scene.control.ListView<?> rows = robot.lookup("#quoteList").queryAs(javafx.scene.control.ListView.class);
        String third = list.rows().get(3).quoteId();
        String fourth = list.rows().get(4).quoteId();
        robot.interact(() -> {
            list.hideRejectedProperty().set(true);
            window.viewModel().session().select(third);
        });

        robot.interact(() -> window.viewModel().review().reject());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list.visibleQuoteIds()).doesNotContain(third);
        assertThat(window.viewModel().session().getSelectedQuoteId()).isEqualTo(fourth);
        assertThat(rows.getSelectionModel().getSelectedIndex()).isEqualTo(3);
    }

    private void openHarbourWeek() throws Exception {
        StringBuilder text = new StringBuilder("Harbour Week\n");
        for (int i = 0; i < 150; i++) {
            String word = i % 3 == 0 ? "pier" : i % 3 == 1 ? "budget" : "ferry";
            text.append("\u201CThe ").append(word).append(" matters on day ").append(i).append(",\u201D said Ann Lee.")
                    .append(i % 4 == 3 ? "\n" : " ");
        }
        Path file = temp.resolve("harbour-week.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Fixtures.openAndWait(window, file);
    }

    /** Ids of the quotes whose first character the text area draws plainly, in text order. */
    private List<String> dimmedInArticle(StyleClassedTextArea area) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            AnnotatedArticle document = window.viewModel().session().getDocument();
            List<String> dimmed = new ArrayList<>();
            for (Quote quote : document.quotes()) {
                if (area.getStyleOfChar(quote.span().start() + 1).contains("filtered-out")) {
                    dimmed.add(quote.id());
                }
            }
            return dimmed;
        }).get(10, TimeUnit.SECONDS);
    }
}
