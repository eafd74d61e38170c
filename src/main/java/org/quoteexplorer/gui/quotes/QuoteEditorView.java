package org.quoteexplorer.gui.quotes;

import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.speakers.LegendEntry;
import org.quoteexplorer.gui.speakers.SpeakerChoice;
import org.quoteexplorer.gui.speakers.SpeakerChooserViewModel;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

/**
 * The selected quote: its text, why it is attributed so, the searchable speaker chooser and
 * the review buttons. Every control is bound; handlers only call the view models.
 */
public final class QuoteEditorView extends VBox {

    /*
     * Fixed heights: a box that grew with each quote's text moved the quote list and the speakers
     * under the analyst's eyes at every J; longer texts end in "…" and show whole in a tooltip.
     */
    static final double QUOTE_HEIGHT = 54;
    static final double EVIDENCE_HEIGHT = 32;
    static final double HISTORY_HEIGHT = 32;

    private final SearchableComboBox<SpeakerChoice> chooser = new SearchableComboBox<>();
    private boolean showingCurrent;
    private boolean picked;

    public QuoteEditorView(SpeakerChooserViewModel chooserModel, ReviewViewModel review) {
        setId("quoteEditor");
        getStyleClass().add("quote-editor");
        setSpacing(6);

        Label heading = new Label("Selected quote");
        heading.getStyleClass().addAll("section-title");
        Label quoteText = new Label();
        quoteText.setId("selectedQuoteText");
        quoteText.getStyleClass().add("selected-quote-text");
        quoteText.setWrapText(true);
        fixedLines(quoteText, QUOTE_HEIGHT);
        quoteText.textProperty().bind(Bindings.when(review.hasSelectionBinding())
                .then(review.selectedTextBinding()).otherwise("Select a quote in the article or the list."));

        Label evidence = new Label();
        evidence.setId("selectedQuoteEvidence");
        evidence.getStyleClass().addAll("evidence", Styles.TEXT_MUTED);
        evidence.setWrapText(true);
        fixedLines(evidence, EVIDENCE_HEIGHT);
        evidence.textProperty().bind(Bindings.createStringBinding(() -> {
            QuoteDetails details = review.selectedDetailsBinding().get();
            if (details == null) {
                return "";
            }
            if (details.type().equals(org.quoteexplorer.model.QuoteType.SCARE.code())) {
                return ArticleViewModel.SCARE_LABEL + " \u00B7 not anybody's words: no speaker to review";
            }
            if (QuoteDetails.UNATTRIBUTED.equals(details.speaker()) && details.confidence() == 0) {
                // "0%" would read as the engine's verdict on a speaker; it found none
                return "no speaker found \u00B7 " + details.status();
            }
            String because = details.evidence().isEmpty() ? "" : " \u00B7 \u201C" + details.evidence() + "\u201D";
            return details.rule() + " \u00B7 " + details.confidenceText() + because + " \u00B7 " + details.status();
        }, review.selectedDetailsBinding()));

        Label history = new Label();
        history.setId("selectedQuoteHistory");
        history.getStyleClass().addAll("quote-history", Styles.TEXT_MUTED);
        history.setWrapText(true);
        fixedLines(history, HISTORY_HEIGHT);
        history.textProperty().bind(Bindings.createStringBinding(() -> {
            QuoteDetails details = review.selectedDetailsBinding().get();
            if (details == null || details.history().isEmpty()) {
                return "";
            }
            java.util.List<String> lines = details.history();
            // the latest steps: the full history is in the export
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 2), lines.size()));
        }, review.selectedDetailsBinding()));

        chooser.setId("speakerChooser");
        chooser.itemsProperty().bind(chooserModel.choicesProperty());
        chooser.setPromptText("Speaker \u2014 type to search or add");
        chooser.setMaxWidth(Double.MAX_VALUE);
        // A set width (the row grows it): measured, the box laid out a popup cell per speaker at
        // each layout of the pane, the biggest part of the FX thread's work per J on a long article.
        chooser.setPrefWidth(CHOOSER_WIDTH);
        // popup cells as wide as the chooser: long names are cut short rather than push the popup off screen
        chooser.setCellFactory(list -> {
            ChoiceCell cell = new ChoiceCell();
            cell.setPrefWidth(0);
            return cell;
        });
        chooser.setButtonCell(new ChoiceCell());
        chooser.disableProperty().bind(review.hasSelectionBinding().not());
        HBox.setHgrow(chooser, Priority.ALWAYS);
        chooserModel.currentProperty().addListener((obs, old, now) -> showCurrent(now));
        // The box draws its value as the row of that index in the popup's list, which is still
        // narrowed to the typed name when a new speaker (typed name + Enter, or its redo) joins the
        // list: the row is out of range and the box showed nobody although the quote was theirs.
        // Once the list is whole again the value is set anew, so the row is looked up again.
        Runnable redraw = () -> javafx.application.Platform.runLater(() -> {
            if (!chooser.isShowing()) {
                // the popup's list stays narrowed to the search text until the next opening
                if (chooser.lookup("#speakerSearch") instanceof TextField search && !search.getText().isEmpty()) {
                    search.clear();
                }
                SpeakerChoice current = chooserModel.currentProperty().get();
                showCurrent(null);
                showCurrent(current);
            }
        });
        chooser.itemsProperty().addListener((obs, old, now) -> redraw.run());
        chooser.showingProperty().addListener((obs, was, showing) -> {
            if (!showing) {
                redraw.run();
            }
        });
        showCurrent(chooserModel.currentProperty().get());
        chooser.valueProperty().addListener((obs, old, now) -> {
            // only a person's pick reassigns; the chooser also changes when the selection moves
            if (!showingCurrent && now != null && chooser.isShowing()) {
                // the open list also changes its value on keys that only type (Space picks the
                // "New speaker: Ann" of "Ann Example"): a pick counts once the list closes on it
                picked = true;
            } else if (!showingCurrent && now != null && chooser.isFocused()) {
                chooserModel.choose(now);
            }
        });
        chooser.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                return;
            }
            SpeakerChoice now = chooser.getValue();
            if (picked) {
                picked = false;
                if (now != null && !now.equals(chooserModel.currentProperty().get())) {
                    chooserModel.choose(now);
                }
            }
            // However the list closed (a pick, the same speaker, Escape): J/K, A, digits and
            // Ctrl+Z are the article's again, not typed into the chooser's search
            javafx.application.Platform.runLater(() -> {
                javafx.scene.Node article = getScene() == null ? null : getScene().lookup("#articleView");
                if (article != null && !chooser.isShowing() && chooser.isFocused()) {
                    article.requestFocus();
                }
            });
        });
        chooser.skinProperty().addListener((obs, old, skin) -> {
            if (chooser.lookup("#search") instanceof TextField search) {
                search.setId("speakerSearch");
                search.textProperty().addListener((o, before, typed) -> chooserModel.setTypedName(typed));
            }
        });
        Label speakerLabel = new Label("Speaker");
        speakerLabel.setLabelFor(chooser);
        speakerLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        speakerLabel.getStyleClass().add(Styles.TEXT_MUTED);
        HBox speakerRow = new HBox(8, speakerLabel, chooser);
        speakerRow.setAlignment(Pos.CENTER_LEFT);

        Button accept = button("acceptButton", "\u2713 Accept", "A", review::accept, Styles.SUCCESS);
        Button unsure = button("unsureButton", "? Unsure", "U", review::markUnsure, Styles.WARNING);
        Button reject = button("rejectButton", "\u2717 Reject", "R", review::reject, Styles.DANGER);
        HBox buttons = new HBox(6, accept, unsure, reject);
        for (Button b : new Button[] {accept, unsure, reject}) {
            b.disableProperty().bind(review.hasSelectionBinding().not());
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setMaxWidth(Double.MAX_VALUE);
        }
        getChildren().addAll(heading, quoteText, evidence, speakerRow, buttons, history);
    }

    private void showCurrent(SpeakerChoice current) {
        showingCurrent = true;
        try {
            chooser.setValue(current);
        } finally {
            showingCurrent = false;
        }
    }

    private static Button button(String id, String text, String key, Runnable action, String style) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().addAll(Styles.SMALL, style, Styles.FLAT);
        button.setFocusTraversable(false);
        button.setTooltip(new javafx.scene.control.Tooltip(text.substring(2) + " (" + key + ")"));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static final double CHOOSER_WIDTH = 240;

    private static final class ChoiceCell extends ListCell<SpeakerChoice> {
        /** One swatch per cell: a new one at each update was styled from scratch. */
        private final javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();

        @Override
        protected void updateItem(SpeakerChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (empty || choice == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (swatch.getStyleClass().size() != 2 || !swatch.getStyleClass().get(1).equals(choice.speakerClass())) {
                swatch.getStyleClass().setAll("swatch", choice.speakerClass());
            }
            if (getGraphic() != swatch) {
                setGraphic(swatch);
            }
            setText(choice.title().isEmpty() ? choice.displayText() : choice.displayText() + "  \u2014 " + choice.title()
                    + (choice.titleFromList() ? "  (" + LegendEntry.FROM_LIST + ")" : ""));
            // one tooltip per cell, set only when it changes: a new one at every update was FX-thread
            // work at every key that refreshed the choices
            if (choice.titleFromList() && fromList == null) {
                fromList = new javafx.scene.control.Tooltip(LegendEntry.FROM_LIST_WHY);
            }
            javafx.scene.control.Tooltip wanted = choice.titleFromList() ? fromList : null;
            if (getTooltip() != wanted) {
                setTooltip(wanted);
            }
        }

        private javafx.scene.control.Tooltip fromList;
    }

    /** A wrapping label of a fixed height; what does not fit ends in "…" and shows whole in a tooltip. */
    static void fixedLines(Label label, double height) {
        label.setMinHeight(height);
        label.setPrefHeight(height);
        label.setMaxHeight(height);
        label.setAlignment(Pos.TOP_LEFT);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(480);
        whole.textProperty().bind(label.textProperty());
        label.tooltipProperty().bind(Bindings.when(label.textProperty().isEmpty())
                .then((javafx.scene.control.Tooltip) null).otherwise(whole));
    }
}
