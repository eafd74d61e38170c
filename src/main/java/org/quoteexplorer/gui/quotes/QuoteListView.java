package org.quoteexplorer.gui.quotes;

import org.quoteexplorer.gui.document.DocumentSession;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.VBox;

/** The quotes in text order: status mark, speaker chip, type, the quote. Selection follows the session. */
public final class QuoteListView extends ListView<QuoteRow> {

    private boolean syncing;

    public QuoteListView(QuoteListViewModel viewModel, DocumentSession session,
                         java.util.function.Supplier<java.util.List<javafx.scene.control.MenuItem>> contextItems) {
        super(viewModel.visibleRows());
        setId("quoteList");
        getStyleClass().add("quote-list");
        setCellFactory(list -> new QuoteCell());
        setPlaceholder(new Label("No quotes match"));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        menu.setId("quoteListContextMenu");
        // a context menu without items never shows, so it starts filled and refills as it opens
        menu.getItems().setAll(contextItems.get());
        menu.setOnShowing(e -> menu.getItems().setAll(contextItems.get()));
        setContextMenu(menu);
        getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                viewModel.select(row);
            }
        });
        session.selectedQuoteIdProperty().addListener((obs, old, id) -> syncSelection(viewModel));
        getItems().addListener((javafx.collections.ListChangeListener<QuoteRow>) change -> syncSelection(viewModel));
    }

    private void syncSelection(QuoteListViewModel viewModel) {
        int index = viewModel.selectedIndex();
        syncing = true;
        try {
            if (index < 0) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedIndex() != index
                    || getSelectionModel().getSelectedItem() != getItems().get(index)) {
                QuoteRow before = getSelectionModel().getSelectedItem();
                boolean moved = before == null || !before.quoteId().equals(getItems().get(index).quoteId());
                // a row the radar re-scored is a new item at the same index: select it again
                getSelectionModel().clearAndSelect(index);
                if (moved) {
                    // a re-scored row leaves the list where the analyst scrolled it
                    reveal(index);
                }
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Scrolls just enough for row {@code index} to be wholly on screen, and not at all when it
     * already is. Scrolling a fixed two rows above it (the list's scrollTo puts a row at the top)
     * hid the row whenever fewer than three rows fit, as they do once long quotes wrap; and
     * scrolling to a row already in sight re-laid out every cell at each J or K.
     */
    private void reveal(int index) {
        reveal(this, index);
    }

    /** {@link #reveal(int)} for any list of the window, such as the review queue. */
    public static void reveal(ListView<?> list, int index) {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getCellCount() == list.getItems().size()) {
            flow.scrollTo(index);
        } else {
            // no skin yet, or the flow has not counted a change of the rows: the list's own
            // scrollTo brings the count up to date first
            list.scrollTo(index);
        }
    }

    private static final class QuoteCell extends ListCell<QuoteRow> {
        private final Label mark = new Label();
        private final Label speaker = new Label();
        private final Label type = new Label();
        private final Label text = new Label();
        private final Label note = new Label();
        private final Label scores = new Label();
        private final VBox box;
        private boolean flaggedClass;
        /** What the cell shows now: a row equal to it needs no new text, classes or CSS pass. */
        private QuoteRow shown;
        private String statusClass;
        private String speakerClass;

        QuoteCell() {
            mark.getStyleClass().add("status-mark");
            speaker.getStyleClass().add("speaker-chip");
            type.getStyleClass().add("quote-type");
            text.getStyleClass().add("quote-text");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            note.getStyleClass().add("quote-note");
            note.setWrapText(true);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            scores.getStyleClass().add("quote-scores");
            HBox header = new HBox(6, mark, speaker, spacer, scores, type);
            header.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(4, header, text, note);
            box.getStyleClass().add("quote-cell-box");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(QuoteRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                // The list measures rows with a spare cell it empties after each one. Hiding the
                // box keeps it, and the cell's classes, in the scene: taking it out and putting it
                // back re-applied the CSS of every label each time. The classes only style the box.
                box.setVisible(false);
                box.setManaged(false);
                setText(null);
                return;
            }
            if (getGraphic() != box) {
                setGraphic(box);
            }
            box.setManaged(true);
            box.setVisible(true);
            if (row.equals(shown)) {
                return;
            }
            shown = row;
            // Style classes change only when they differ: every change re-applies the CSS of the
            // cell and all its labels, and the list re-binds every visible cell after each edit.
            mark.setText(row.statusMark());
            speaker.setText(row.speakerName());
            if (!row.speakerClass().equals(speakerClass)) {
                if (speakerClass != null) {
                    speaker.getStyleClass().remove(speakerClass);
                }
                speaker.getStyleClass().add(row.speakerClass());
                speakerClass = row.speakerClass();
            }
            type.setText(row.type().code());
            scores.setText(scoresText(row));
            if (row.flagged() != flaggedClass) {
                if (row.flagged()) {
                    getStyleClass().add("flagged");
                } else {
                    getStyleClass().remove("flagged");
                }
                flaggedClass = row.flagged();
            }
            text.setText(row.text());
            note.setText(row.note());
            note.setVisible(!row.note().isEmpty());
            note.setManaged(!row.note().isEmpty());
            setStatusClass("status-" + row.status().code());
            setText(null);
        }

        /** "conf 0.82" and, for a flagged quote, "⚑ risk 0.45": what the engine believes and what the radar doubts. */
        static String scoresText(QuoteRow row) {
            String confidence = row.speakerId() == null ? "" : String.format(java.util.Locale.ROOT, "conf %.2f", row.confidence());
            if (!row.flagged()) {
                return confidence;
            }
            return (confidence.isEmpty() ? "" : confidence + "  ") + "\u2691 " + String.format(java.util.Locale.ROOT, "risk %.2f", row.risk());
        }

        private void setStatusClass(String now) {
            if (java.util.Objects.equals(now, statusClass)) {
                return;
            }
            if (statusClass != null) {
                getStyleClass().remove(statusClass);
            }
            if (now != null) {
                getStyleClass().add(now);
            }
            statusClass = now;
        }
    }
}
