package org.quoteexplorer.gui.quotes;

import org.quoteexplorer.gui.document.DocumentSession;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
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
            // A filter or search that hides the selected row makes the list select a neighbour of
            // its own, which is not the analyst's choice: the review model moves the review once, to
            // the next quote shown. While the rows of a search came in slices, the selection walked
            // along them, scrolling the article each time.
            if (!syncing && row != null && !viewModel.visibleRowsChanging()) {
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

    /**
     * Lines of a row below its header: the quote, or the quote and the note on the last line; a
     * longer quote ends in an ellipsis (the article and the selected-quote pane show it whole).
     * Rows of one height let the list place them by arithmetic: with rows as tall as their text,
     * the list measured rows again after every change of its items, a sixth of the FX thread's
     * work per key on a long article and most of clearing a search on a very long one.
     */
    static final int BODY_LINES = 2;

    private static final class QuoteCell extends org.quoteexplorer.gui.common.KeptBoxCell<QuoteRow> {
        private final Label mark = new Label();
        private final Label speaker = new Label();
        private final Label type = new Label();
        private final Label text = new Label();
        private final Label note = new Label();
        private final Label scores = new Label();
        private final VBox box;
        private boolean flaggedClass;
        private String statusClass;
        private String speakerClass;

        QuoteCell() {
            mark.getStyleClass().add("status-mark");
            speaker.getStyleClass().add("speaker-chip");
            type.getStyleClass().add("quote-type");
            text.getStyleClass().add("quote-text");
            text.setWrapText(true);
            // a row's height never depends on its text: see bodyLines
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMaxHeight(Region.USE_PREF_SIZE);
            text.setAlignment(Pos.TOP_LEFT);
            note.getStyleClass().add("quote-note");
            note.setMinHeight(Region.USE_PREF_SIZE);
            note.setMaxHeight(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            scores.getStyleClass().add("quote-scores");
            HBox header = new HBox(6, mark, speaker, spacer, scores, type);
            header.setAlignment(Pos.CENTER_LEFT);
            // the note joins the box only on a noted row: a hidden label still took the CSS pass a pulse
            // after each key, and a change to a node that paints nothing made the window repaint whole
            box = new VBox(4, header, text);
            box.getStyleClass().add("quote-cell-box");
            // an emptied cell keeps its classes: they style the box, hidden with it, and the flag's
            // bar on the cell itself is drawn on filled cells only (the stylesheet's :filled)
            keep(box);
        }

        @Override
        protected void show(QuoteRow row) {
            // Style classes change only when they differ: every change re-applies the CSS of the
            // cell and all its labels, and the list re-binds every visible cell after each edit.
            mark.setText(row.statusMark());
            speaker.setText(row.speakerName());
            if (!row.speakerClass().equals(speakerClass)) {
                org.quoteexplorer.gui.common.StyleClasses.swap(speaker.getStyleClass(), speakerClass, row.speakerClass());
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
            boolean noted = !row.note().isEmpty();
            if (noted) {
                note.setText(row.note());
                if (box.getChildren().size() < 3) {
                    box.getChildren().add(note);
                }
            } else if (box.getChildren().size() == 3) {
                box.getChildren().remove(note);
            }
            // the note takes the quote's last line, so a noted row is as tall as any other
            sizeBody(noted ? BODY_LINES - 1 : BODY_LINES, noted);
            setStatusClass("status-" + row.status().code());
        }

        private int textLines = -1;
        private javafx.scene.text.Font measuredFont;
        private double textLineHeight;
        private double noteLineHeight;

        /** Gives the quote text {@code lines} lines (an ellipsis ends a longer quote) and the note one. */
        private void sizeBody(int lines, boolean noted) {
            if (text.getFont() != measuredFont) {
                measuredFont = text.getFont();
                textLineHeight = lineHeight(text.getFont());
                noteLineHeight = lineHeight(note.getFont());
                textLines = -1;
            }
            if (lines != textLines) {
                // a little room over the lines' own height: a label measures its lines a shade taller and
                // would otherwise end the quote a line early
                text.setPrefHeight(Math.ceil((lines + 0.3) * textLineHeight));
                textLines = lines;
            }
            if (noted) {
                note.setPrefHeight(Math.ceil(1.3 * noteLineHeight));
            }
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            ListView<QuoteRow> list = getListView();
            if (list != null && list.getFixedCellSize() <= 0 && !isEmpty() && getGraphic() == box && textLines > 0
                    && text.getFont() == measuredFont) {
                // the fonts are known now that the stylesheet reached this cell
                double header = ((Region) box.getChildren().get(0)).prefHeight(-1);
                double body = Math.max(Math.ceil((BODY_LINES + 0.3) * textLineHeight),
                        Math.ceil((BODY_LINES - 1 + 0.3) * textLineHeight) + box.getSpacing() + Math.ceil(1.3 * noteLineHeight));
                list.setFixedCellSize(Math.ceil(snappedTopInset() + header + box.getSpacing() + body + snappedBottomInset()));
            }
        }

        private static double lineHeight(javafx.scene.text.Font font) {
            javafx.scene.text.Text probe = new javafx.scene.text.Text("Xg\nXg");
            probe.setFont(font);
            return probe.getLayoutBounds().getHeight() / 2;
        }

        /** "conf 0.82" and, for a flagged quote, "⚑ risk 0.45": what the engine believes and what the radar doubts. */
        static String scoresText(QuoteRow row) {
            String confidence = row.speakerId() == null ? "" : "conf " + org.quoteexplorer.gui.common.Decimals.fixed(row.confidence(), 2);
            if (!row.flagged()) {
                return confidence;
            }
            return (confidence.isEmpty() ? "" : confidence + "  ") + "\u2691 risk " + org.quoteexplorer.gui.common.Decimals.fixed(row.risk(), 2);
        }

        private void setStatusClass(String now) {
            if (java.util.Objects.equals(now, statusClass)) {
                return;
            }
            org.quoteexplorer.gui.common.StyleClasses.swap(getStyleClass(), statusClass, now);
            statusClass = now;
        }
    }
}
