package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.RadarViewModel;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.review.ReviewAction;
import org.quoteexplorer.review.ReviewActions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The review queue, its keys, bulk accept and the action table, through the real window. */
@ExtendWith(ApplicationExtension.class)
class ReviewQueueWindowTest {

    private final StubDialogs dialogs = new StubDialogs();
    private MainWindow window;
    private FxRobot robot;

    @Start
    void start(Stage primary) {
        window = QuoteExplorerApp.openWindow(primary, RecentFiles.inMemory(), dialogs);
        window.viewModel().openSample();
    }

    @BeforeEach
    void waitForTheSample(FxRobot fxRobot) throws Exception {
        robot = fxRobot;
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session().getDocument() != null);
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        robot.interact(area::requestFocus);
    }

    private DocumentSession session() {
        return window.viewModel().session();
    }

    private RadarViewModel radar() {
        return window.viewModel().radar();
    }

    private List<String> queueIds() {
        return radar().queue().stream().map(RadarViewModel.QueueEntry::quoteId).toList();
    }

    private Quote quote(String id) {
        return session().getDocument().quote(id).orElseThrow();
    }

    private void key(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fWalksTheQueueRiskiestFirstAndAcceptingClearsTheFlagButKeepsItInTheHistory() {
        List<String> queue = queueIds();
        assertThat(queue).as("the sample has flagged quotes").hasSizeGreaterThan(1);
        Label count = robot.lookup("#flagCount").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo(queue.size() + " flags");
        ListView<?> shown = robot.lookup("#reviewQueue").queryAs(ListView.class);
        assertThat(shown.getItems()).hasSize(queue.size());

        key(KeyCode.F);
        assertThat(session().getSelectedQuoteId()).isEqualTo(queue.get(0));
        assertThat(shown.getSelectionModel().getSelectedIndex()).isEqualTo(0);
        key(KeyCode.F);
        assertThat(session().getSelectedQuoteId()).isEqualTo(queue.get(1));
        key(KeyCode.SHIFT, KeyCode.F);
        assertThat(session().getSelectedQuoteId()).isEqualTo(queue.get(0));

        String first = queue.get(0);
        key(KeyCode.A);
        assertThat(quote(first).status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(queueIds()).doesNotContain(first).hasSize(queue.size() - 1);
        assertThat(count.getText()).isEqualTo((queue.size() - 1) + ((queue.size() - 1) == 1 ? " flag" : " flags"));
        assertThat(quote(first).history()).extracting(HistoryEntry::action).contains("clear-flags");
        assertThat(robot.lookup("#quoteList .list-cell.flagged").queryAll())
                .as("no list row of the accepted quote is marked")
                .noneMatch(cell -> cell instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof QuoteRow row
                        && row.quoteId().equals(first));

        key(KeyCode.F);
        assertThat(session().getSelectedQuoteId()).isEqualTo(queueIds().get(0));

        key(KeyCode.CONTROL, KeyCode.Z);
        assertThat(quote(first).status()).isEqualTo(QuoteStatus.SUGGESTED);
        assertThat(queueIds()).isEqualTo(queue);
    }

    @Test
    void queueRowsShowTheirOwnEntryAfterTheQueueShrinksAndGrowsAgain() {
        List<String> queue = queueIds();
        assertThat(queue).as("the sample has flagged quotes").hasSizeGreaterThan(1);
        ListView<?> shown = robot.lookup("#reviewQueue").queryAs(ListView.class);
        assertRowsShowTheQueue(shown);

        key(KeyCode.F);
        key(KeyCode.A);
        assertThat(queueIds()).hasSize(queue.size() - 1);
        assertRowsShowTheQueue(shown);

        key(KeyCode.CONTROL, KeyCode.Z);
        assertThat(queueIds()).isEqualTo(queue);
        assertRowsShowTheQueue(shown);
    }

    private static List<javafx.scene.control.ListCell<?>> cells(ListView<?> list) {
        return list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> && n.isVisible())
                .<javafx.scene.control.ListCell<?>>map(n -> (javafx.scene.control.ListCell<?>) n).toList();
    }

    /** Each row shows its entry's speaker and snippet, not a row's it showed before; an empty row shows no text. */
    private void assertRowsShowTheQueue(ListView<?> list) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = new java.util.ArrayList<>();
        robot.interact(() -> {
            list.layout();
            for (javafx.scene.control.ListCell<?> cell : cells(list)) {
                List<String> visible = cell.lookupAll(".label").stream()
                        .filter(n -> n instanceof Label l && shownIn(l, cell) && l.getText() != null && !l.getText().isEmpty())
                        .map(n -> ((Label) n).getText()).toList();
                if (cell.isEmpty() || cell.getItem() == null) {
                    assertThat(visible).as("an empty row at %d", cell.getIndex()).isEmpty();
                } else {
                    RadarViewModel.QueueEntry entry = (RadarViewModel.QueueEntry) cell.getItem();
                    assertThat(visible).as("row %d", cell.getIndex()).contains(entry.speakerName(), entry.snippet());
                    texts.add(entry.quoteId());
                }
            }
        });
        assertThat(texts).as("rows on screen").isNotEmpty();
    }

    private static boolean shownIn(javafx.scene.Node node, javafx.scene.Node cell) {
        for (javafx.scene.Node at = node; at != null && at != cell; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void bulkAcceptNamesItsCountFirstAndUndoesInOneStep() {
        double level = 0.9;
        List<String> candidates = window.viewModel().review().bulkAcceptCandidates(level);
        assertThat(candidates).as("the sample has sure, unflagged suggestions").isNotEmpty();
        assertThat(candidates).noneMatch(id -> radar().current().of(id).isFlagged());
        int before = window.viewModel().review().reviewedProperty().get();
        dialogs.answer("\u2265 0.90  (" + candidates.size() + (candidates.size() == 1 ? " quote)" : " quotes)"));
        dialogs.confirmAnswer = true;

        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        assertThat(dialogs.confirmMessages).hasSize(1);
        assertThat(dialogs.confirmMessages.get(0)).startsWith("Accept " + candidates.size() + " quote");
        assertThat(candidates).allMatch(id -> quote(id).status() == QuoteStatus.ACCEPTED);
        assertThat(window.viewModel().review().reviewedProperty().get()).isEqualTo(before + candidates.size());

        key(KeyCode.CONTROL, KeyCode.Z);
        assertThat(candidates).allMatch(id -> quote(id).status() == QuoteStatus.SUGGESTED);
        assertThat(session().canUndoProperty().get()).isFalse();
    }

    @Test
    void bulkAcceptDoesNothingWhenTheAnalystDeclines() {
        List<String> candidates = window.viewModel().review().bulkAcceptCandidates(0.9);
        dialogs.answer("\u2265 0.90  (" + candidates.size() + (candidates.size() == 1 ? " quote)" : " quotes)"));
        dialogs.confirmAnswer = false;
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        assertThat(session().canUndoProperty().get()).isFalse();
    }

    @Test
    void everyActionOfTheTableIsInItsMenuTheContextMenuAndTheShortcutSheet() {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<MenuItem> menuItems = bar.getMenus().stream().flatMap(m -> m.getItems().stream()).toList();
        for (ReviewAction action : ReviewActions.all()) {
            if (action.menu() == null) {
                continue;
            }
            String id = ActionAdapter.nodeId("menu", action);
            MenuItem item = menuItems.stream().filter(i -> id.equals(i.getId())).findFirst().orElse(null);
            assertThat(item).as("menu item %s", id).isNotNull();
            assertThat(item.getParentMenu().getText()).isEqualTo(action.menu());
            if (!action.id().equals("undo") && !action.id().equals("redo")) {
                assertThat(item.getText()).startsWith(action.label());
            }
            if (action.hasKey() && ActionAdapter.isAccelerator(action.keys().get(0))) {
                assertThat(item.getAccelerator()).isEqualTo(KeyCombination.keyCombination(action.keys().get(0)));
            } else if (action.hasKey()) {
                assertThat(item.getText()).contains(ReviewActions.keyText(action.keys().get(0)));
            }
        }
        ListView<?> list = robot.lookup("#quoteList").queryAs(ListView.class);
        List<String> contextIds = list.getContextMenu().getItems().stream().map(MenuItem::getId).filter(Objects::nonNull).toList();
        for (ReviewAction action : ReviewActions.contextActions()) {
            assertThat(contextIds).contains(ActionAdapter.nodeId("ctx", action));
        }

        key(KeyCode.F1);
        List<String> sheetKeys = robot.lookup("#shortcutSheet .shortcut-keys").queryAllAs(Label.class).stream()
                .sorted(java.util.Comparator.comparingInt(l -> javafx.scene.layout.GridPane.getRowIndex(l)))
                .map(Label::getText).toList();
        assertThat(sheetKeys).isEqualTo(ReviewActions.sheet().stream().map(ReviewActions.SheetRow::keys).toList());
        assertThat(sheetKeys).contains("F", "Shift+F", "F7");
        key(KeyCode.ESCAPE);
    }

    @Test
    void f7FocusesTheQueueAndChoosingAnEntrySelectsItsQuote() {
        key(KeyCode.F7);
        ListView<?> shown = robot.lookup("#reviewQueue").queryAs(ListView.class);
        assertThat(shown.isFocused()).isTrue();
        key(KeyCode.DOWN);
        assertThat(session().getSelectedQuoteId()).isEqualTo(queueIds().get(1));
    }
}
