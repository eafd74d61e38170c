package org.quoteexplorer.gui.queue;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.quotes.QuoteListView;
import org.quoteexplorer.model.Flag;

/**
 * The review queue: the quotes the radar flags, riskiest first, each with its flags and their
 * reasons. Choosing one selects it; F and Shift+F walk the queue from anywhere.
 */
public final class ReviewQueueView extends VBox {

    private final ListView<RadarViewModel.QueueEntry> list;
    private boolean syncing;

    public ReviewQueueView(RadarViewModel radar, DocumentSession session) {
        setId("reviewQueuePane");
        getStyleClass().add("review-queue");
        Label title = new Label("Review queue");
        title.getStyleClass().add("section-title");
        Label count = new Label();
        count.setId("reviewQueueCount");
        count.getStyleClass().add("section-count");
        count.textProperty().bind(radar.flagTextBinding());
        Label keys = new Label("F / Shift+F: next / previous");
        keys.getStyleClass().add("section-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, keys, count);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("section-header");

        list = new ListView<>(radar.queue());
        list.setId("reviewQueue");
        Label empty = new Label();
        // an empty queue before the report came does not mean nothing is flagged
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(radar.assessingProperty())
                .then(RadarViewModel.STILL_ASSESSING)
                .otherwise("Nothing flagged: no quote the radar doubts is left to review"));
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new EntryCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (!syncing && entry != null) {
                session.select(entry.quoteId());
            }
        });
        session.selectedQuoteIdProperty().addListener((obs, old, id) -> sync(id));
        radar.queue().addListener((javafx.collections.ListChangeListener<RadarViewModel.QueueEntry>) c ->
                sync(session.getSelectedQuoteId()));
        getChildren().addAll(header, list);
        setMinHeight(80);
    }

    public ListView<RadarViewModel.QueueEntry> list() {
        return list;
    }

    private void sync(String quoteId) {
        syncing = true;
        try {
            int at = -1;
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).quoteId().equals(quoteId)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != at) {
                list.getSelectionModel().clearAndSelect(at);
                QuoteListView.reveal(list, at);
            }
        } finally {
            syncing = false;
        }
    }

    static String riskText(double risk) {
        return "risk " + org.quoteexplorer.gui.common.Decimals.fixed(risk, 2);
    }

    private static final class EntryCell extends org.quoteexplorer.gui.common.KeptBoxCell<RadarViewModel.QueueEntry> {
        private final Label risk = new Label();
        private final Label speaker = new Label();
        private final Label snippet = new Label();
        private final Label reasons = new Label();

        EntryCell() {
            risk.getStyleClass().add("risk-badge");
            speaker.getStyleClass().add("queue-speaker");
            snippet.getStyleClass().add("queue-snippet");
            reasons.getStyleClass().add("flag-reasons");
            reasons.setWrapText(true);
            reasons.setMinHeight(Region.USE_PREF_SIZE);
            HBox head = new HBox(8, risk, speaker, snippet);
            head.setAlignment(Pos.CENTER_LEFT);
            keep(new VBox(2, head, reasons));
        }

        @Override
        protected void show(RadarViewModel.QueueEntry entry) {
            risk.setText(riskText(entry.risk()));
            speaker.setText(entry.speakerName());
            snippet.setText(entry.snippet());
            StringBuilder text = new StringBuilder();
            for (Flag flag : entry.flags()) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append("\u2691 ").append(flag.code().code()).append(": ").append(flag.reason());
            }
            reasons.setText(text.toString());
        }
    }
}
