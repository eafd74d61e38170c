package org.quoteexplorer.gui.speakers;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.model.Speaker;

/**
 * The speaker view: pick a speaker, see all their quotes with counts and flags, and reassign the
 * selected quote or all of them. Choosing a quote shows it in the article.
 */
public final class SpeakerQuotesView extends BorderPane {

    private final SpeakerQuotesViewModel model;
    private final ComboBox<Speaker> speaker = new ComboBox<>();
    private final ComboBox<Speaker> target = new ComboBox<>();
    private final ListView<SpeakerQuotesViewModel.Row> quotes;
    private Stage stage;

    public SpeakerQuotesView(SpeakerQuotesViewModel model, DocumentSession session) {
        this.model = model;
        setId("speakerQuotes");
        getStyleClass().add("speaker-quotes");
        setPadding(new Insets(12));

        speaker.setId("speakerQuotesSpeaker");
        speaker.setConverter(names());
        speaker.setMaxWidth(Double.MAX_VALUE);
        speaker.setMinWidth(120);
        HBox.setHgrow(speaker, Priority.ALWAYS);
        Runnable fillSpeakers = () -> {
            List<Speaker> all = session.getDocument() == null ? List.of() : session.getDocument().speakers();
            if (!all.equals(speaker.getItems())) {
                speaker.getItems().setAll(all);
            }
            String shown = model.speakerIdProperty().get();
            speaker.setValue(all.stream().filter(s -> s.id().equals(shown)).findFirst().orElse(null));
            target.getItems().setAll(model.targets());
        };
        session.documentProperty().addListener((obs, old, now) -> fillSpeakers.run());
        model.speakerIdProperty().addListener((obs, old, now) -> fillSpeakers.run());
        speaker.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.id().equals(model.speakerIdProperty().get())) {
                model.speakerIdProperty().set(now.id());
            }
        });
        Label counts = new Label();
        counts.setId("speakerQuotesCounts");
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        counts.textProperty().bind(Bindings.createStringBinding(() -> model.countsProperty().get().label(), model.countsProperty()));
        Label pick = new Label("Speaker");
        pick.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, pick, speaker);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, top, counts);
        header.setPadding(new Insets(0, 0, 8, 0));
        setTop(header);

        quotes = new ListView<>(model.rows());
        quotes.setId("speakerQuotesList");
        quotes.setPlaceholder(new Label("Pick a speaker to see their quotes"));
        quotes.setCellFactory(list -> new RowCell());
        quotes.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && session.getDocument() != null && session.getDocument().quote(row.quoteId()).isPresent()) {
                session.select(row.quoteId());
            }
        });
        setCenter(quotes);

        target.setId("speakerQuotesTarget");
        target.setConverter(names());
        target.setPromptText("another speaker");
        target.setMaxWidth(Double.MAX_VALUE);
        target.setMinWidth(100);
        HBox.setHgrow(target, Priority.ALWAYS);
        Button one = new Button("Selected quote");
        one.setId("reassignSelectedQuote");
        one.disableProperty().bind(quotes.getSelectionModel().selectedItemProperty().isNull().or(target.valueProperty().isNull()));
        one.setOnAction(e -> model.reassign(quotes.getSelectionModel().getSelectedItem().quoteId(), target.getValue().id()));
        Button all = new Button();
        all.setId("reassignAllQuotes");
        all.textProperty().bind(Bindings.createStringBinding(() -> "All " + model.countsProperty().get().quotes(), model.countsProperty()));
        all.setTooltip(new javafx.scene.control.Tooltip("Every quote of this speaker to the other one, in one undo step"));
        all.disableProperty().bind(Bindings.isEmpty(model.rows()).or(target.valueProperty().isNull()));
        all.setOnAction(e -> model.reassignAll(target.getValue().id()));
        Label to = new Label("Reassign to");
        to.setMinWidth(Region.USE_PREF_SIZE);
        one.setMinWidth(Region.USE_PREF_SIZE);
        all.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(8, to, target, one, all);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
        fillSpeakers.run();
    }

    /** Shows {@code speakerId}'s quotes in a window of its own beside the main one. */
    public void show(String speakerId, Window owner) {
        model.speakerIdProperty().set(speakerId);
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Quotes by speaker");
            Scene scene = new Scene(this, 560, 520);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }

    private static StringConverter<Speaker> names() {
        return new StringConverter<>() {
            @Override
            public String toString(Speaker s) {
                return s == null ? "" : s.name();
            }

            @Override
            public Speaker fromString(String text) {
                return null;
            }
        };
    }

    private static final class RowCell extends ListCell<SpeakerQuotesViewModel.Row> {
        private final Label text = new Label();
        private final Label facts = new Label();
        private final Label flags = new Label();
        private final VBox box = new VBox(3, text, facts, flags);

        RowCell() {
            text.setWrapText(true);
            // whole quotes, side by side: a row is as tall as its text
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add("quote-text");
            facts.getStyleClass().add("quote-type");
            flags.getStyleClass().add("speaker-quote-flags");
            flags.setWrapText(true);
            flags.setMinHeight(Region.USE_PREF_SIZE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SpeakerQuotesViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            text.setText(row.text());
            facts.setText(row.type().code() + " \u00B7 " + QuoteRow.markOf(row.status()) + " " + row.status().code());
            flags.setText(row.flags().isEmpty() ? "" : "\u26A0 " + String.join("; ", row.flags()));
            flags.setVisible(!row.flags().isEmpty());
            flags.setManaged(!row.flags().isEmpty());
            setGraphic(box);
        }
    }

    SpeakerQuotesViewModel model() {
        return Objects.requireNonNull(model);
    }
}
