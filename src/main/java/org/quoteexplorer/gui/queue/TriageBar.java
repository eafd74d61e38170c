package org.quoteexplorer.gui.queue;

import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.quotes.QuoteOrder;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * Above the quote list: sort by text, risk or confidence, and narrow to the flagged quotes or to
 * those the engine is least sure of.
 */
public final class TriageBar extends HBox {

    /** The confidence limits offered; null shows every confidence. */
    static final java.util.List<Double> BELOW = java.util.Arrays.asList(null, 0.5, 0.75, 0.9);

    public TriageBar(QuoteListViewModel quoteList) {
        super(6);
        setId("triageBar");
        getStyleClass().add("triage-bar");
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<QuoteOrder> order = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(QuoteOrder.values()));
        order.setId("quoteOrder");
        order.valueProperty().bindBidirectional(quoteList.orderProperty());
        CheckBox flagged = new CheckBox("Flagged only");
        flagged.setId("flaggedOnly");
        flagged.selectedProperty().bindBidirectional(quoteList.flaggedOnlyProperty());
        ComboBox<Double> below = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(BELOW));
        below.setId("confidenceBelow");
        below.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "Any confidence" : "Confidence < " + value;
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        below.valueProperty().bindBidirectional(quoteList.confidenceBelowProperty());
        // a null value shows no text in the button unless the cell says so
        below.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                setText(below.getConverter().toString(value));
            }
        });
        getChildren().addAll(new Label("Sort"), order, flagged, below);
    }
}
