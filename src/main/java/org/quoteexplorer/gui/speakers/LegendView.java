package org.quoteexplorer.gui.speakers;

import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The speakers: colour swatch, name, number of quotes, digit shortcut. */
public final class LegendView extends ListView<LegendEntry> {

    static final double ROW_HEIGHT = 26;
    private static final double NAME_KEPT = 180;

    public LegendView(LegendViewModel viewModel, SpeakerEditingViewModel editing, QuoteListViewModel quoteList) {
        this(viewModel, editing, quoteList, id -> { });
    }

    /** @param showQuotes opens the speaker view on a speaker: the menu's "All Their Quotes" and a double click */
    public LegendView(LegendViewModel viewModel, SpeakerEditingViewModel editing, QuoteListViewModel quoteList,
                      java.util.function.Consumer<String> showQuotes) {
        super(viewModel.entries());
        setOnMouseClicked(e -> {
            LegendEntry entry = getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && entry != null && entry.speakerId() != null) {
                showQuotes.accept(entry.speakerId());
            }
        });
        setId("speakerList");
        getStyleClass().add("legend");
        setCellFactory(list -> new EntryCell());
        // rows of one height: the list shows as many speakers as it can and never reflows
        setFixedCellSize(ROW_HEIGHT);
        setPlaceholder(new Label("No speakers"));
        ContextMenu menu = new ContextMenu();
        menu.setId("speakerContextMenu");
        menu.setOnShowing(e -> {
            LegendEntry entry = getSelectionModel().getSelectedItem();
            menu.getItems().clear();
            if (entry == null) {
                menu.getItems().add(item("speakerAdd", "New Speaker\u2026", editing::addSpeaker));
                return;
            }
            if (entry.speakerId() == null) {
                menu.getItems().add(item("speakerShowOnly", "Show Only Unattributed Quotes",
                        () -> quoteList.speakerFilterProperty().set(org.quoteexplorer.review.edit.QuoteFilter.UNATTRIBUTED)));
                return;
            }
            String id = entry.speakerId();
            menu.getItems().addAll(
                    item("speakerShowOnly", "Show Only " + entry.name() + "'s Quotes", () -> quoteList.speakerFilterProperty().set(id)),
                    item("speakerQuotesOpen", "All Their Quotes, with Counts and Flags\u2026", () -> showQuotes.accept(id)),
                    new SeparatorMenuItem(),
                    item("speakerRename", "Rename…", () -> editing.rename(id)),
                    item("speakerEdit", "Edit Kind and Title…", () -> editing.editDetails(id)),
                    item("speakerMerge", "Merge Another Speaker into This…", () -> editing.mergeInto(id)),
                    item("speakerSplitAlias", "Split Alias Off…", () -> editing.splitAlias(id)),
                    item("speakerReassignAll", "Reassign All Quotes to…", () -> editing.reassignAll(id)),
                    item("speakerDelete", "Delete (when nobody is quoted)", () -> editing.delete(id)),
                    new SeparatorMenuItem(),
                    item("speakerAdd", "New Speaker…", editing::addSpeaker));
        });
        // a context menu without items never shows, so it starts with one and refills as it opens
        menu.getItems().add(item("speakerAdd", "New Speaker\u2026", editing::addSpeaker));
        setContextMenu(menu);
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static final class EntryCell extends ListCell<LegendEntry> {
        private final Region swatch = new Region();
        private final Label name = new Label();
        private final Label title = new Label();
        private final Label fromList = new Label(LegendEntry.FROM_LIST);
        private final Label count = new Label();
        private final Label key = new Label();
        private final HBox box;
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        EntryCell() {
            swatch.getStyleClass().add("swatch");
            name.getStyleClass().add("legend-name");
            title.getStyleClass().add("legend-title");
            count.getStyleClass().add("legend-count");
            key.getStyleClass().add("legend-key");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            // the count and the digit key are never cut; a long name or title ends in "…" instead
            count.setMinWidth(Region.USE_PREF_SIZE);
            key.setMinWidth(Region.USE_PREF_SIZE);
            // a name keeps up to 180 px before its title is cut: the name says who, the title only helps
            name.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.min(NAME_KEPT, name.prefWidth(-1)), name.textProperty(), name.fontProperty()));
            title.setMinWidth(0);
            fromList.getStyleClass().add("title-from-list");
            fromList.setMinWidth(Region.USE_PREF_SIZE);
            fromList.setTooltip(new javafx.scene.control.Tooltip(LegendEntry.FROM_LIST_WHY));
            box = new HBox(8, swatch, name, title, fromList, spacer, count, key);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LegendEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                // hidden rather than taken out: putting it back re-applied the CSS of the whole row
                box.setVisible(false);
                box.setManaged(false);
                setTooltip(null);
                return;
            }
            if (getGraphic() != box) {
                setGraphic(box);
            }
            box.setManaged(true);
            box.setVisible(true);
            // an unchanged class list is left alone: setting it re-applies the swatch's CSS
            if (swatch.getStyleClass().size() != 2 || !swatch.getStyleClass().get(1).equals(entry.speakerClass())) {
                swatch.getStyleClass().setAll("swatch", entry.speakerClass());
            }
            name.setText(entry.name());
            title.setText(entry.title());
            fromList.setVisible(entry.titleFromList());
            fromList.setManaged(entry.titleFromList());
            String whole = entry.title().isEmpty() ? entry.name() : entry.name() + " \u2014 " + entry.title()
                    + (entry.titleFromList() ? " (" + LegendEntry.FROM_LIST + ": the article gives none)" : "");
            if (tip.getText() == null || !tip.getText().equals(whole)) {
                tip.setText(whole);
            }
            setTooltip(tip);
            count.setText(Integer.toString(entry.quoteCount()));
            key.setText(entry.shortcutText());
            key.setVisible(entry.shortcut() > 0);
        }
    }
}
