package org.quoteexplorer.gui.quotes;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.speakers.LegendEntry;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.review.edit.QuoteFilter;

/** Search and filters above the quote list; every control is tied to a {@link QuoteListViewModel} property. */
public final class FilterBar extends VBox {

    /** A choice in a filter box: a label and the value it filters by ({@code null}: everything). */
    public record Option<T>(String label, T value) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final double MAX_BOX_WIDTH = 150;
    private final TextField search = new TextField();

    public FilterBar(QuoteListViewModel quotes, LegendViewModel legend, ArticleViewModel article, ReviewViewModel review,
                     java.util.function.IntSupplier caret) {
        getStyleClass().add("filter-bar");
        setSpacing(6);

        search.setId("searchField");
        search.setPromptText("Search quotes and article  (Ctrl+F, Enter: find in text)");
        search.textProperty().bindBidirectional(quotes.searchTextProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (!article.findNext(search.getText(), caret.getAsInt() + 1)) {
                    review.say("\u201C" + search.getText().strip() + "\u201D does not occur in the article");
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                getParent().requestFocus();
                e.consume();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<Option<String>> speaker = box("speakerFilter", "All speakers");
        Runnable fillSpeakers = () -> {
            List<Option<String>> options = new ArrayList<>();
            options.add(new Option<>("All speakers", null));
            for (LegendEntry entry : legend.entries()) {
                options.add(new Option<>(entry.name(), entry.speakerId() == null ? QuoteFilter.UNATTRIBUTED : entry.speakerId()));
            }
            // the options name speakers, not their counts: a count changing leaves the box as it is
            if (!options.equals(speaker.getItems())) {
                speaker.getItems().setAll(options);
                select(speaker, quotes.speakerFilterProperty().get());
            }
        };
        legend.entries().addListener((ListChangeListener<LegendEntry>) c -> fillSpeakers.run());
        fillSpeakers.run();
        tie(speaker, quotes.speakerFilterProperty());

        ComboBox<Option<QuoteStatus>> status = box("statusFilter", "Any status");
        status.getItems().add(new Option<>("Any status", null));
        for (QuoteStatus value : QuoteStatus.values()) {
            status.getItems().add(new Option<>(capitalized(value.code()), value));
        }
        tie(status, quotes.statusFilterProperty());

        ComboBox<Option<QuoteType>> type = box("typeFilter", "Any type");
        type.getItems().add(new Option<>("Any type", null));
        for (QuoteType value : QuoteType.values()) {
            type.getItems().add(new Option<>(capitalized(value.code()), value));
        }
        tie(type, quotes.typeFilterProperty());

        ToggleButton hideRejected = new ToggleButton("\u2717 Hide");
        hideRejected.setTooltip(new javafx.scene.control.Tooltip("Hide rejected quotes"));
        hideRejected.setId("hideRejectedToggle");
        hideRejected.getStyleClass().add(Styles.SMALL);
        hideRejected.selectedProperty().bindBidirectional(quotes.hideRejectedProperty());

        Button clear = new Button("\u2715");
        clear.setTooltip(new javafx.scene.control.Tooltip("Clear all filters"));
        clear.setId("clearFiltersButton");
        clear.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        clear.setOnAction(e -> quotes.clearFilters());
        clear.disableProperty().bind(quotes.rowFilterBinding().isNull());

        // a narrow side pane wraps the filters onto a second row instead of cutting every label short
        javafx.scene.layout.FlowPane boxes = new javafx.scene.layout.FlowPane(6, 6, speaker, status, type, hideRejected);
        boxes.setAlignment(Pos.CENTER_LEFT);
        // Clearing sits beside the search it also clears, so it never wraps onto a row of its own.
        HBox searchRow = new HBox(6, search, clear);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(searchRow, boxes);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static <T> ComboBox<Option<T>> box(String id, String prompt) {
        ComboBox<Option<T>> box = new ComboBox<>(FXCollections.observableArrayList()) {
            /** The box's own measure of its choices; -1 until measured again after a change of the box. */
            private double measured = -1;

            @Override
            public void requestLayout() {
                // choices, shown value, font and skin changes all come through here
                measured = -1;
                super.requestLayout();
            }

            @Override
            protected double computePrefWidth(double height) {
                // A combo box measures every choice for its width, and the side pane asks for it with
                // a height at each of its layouts, which no cache answers: on a 5 MB article, the
                // speaker box's hundreds of names were measured at every slice of a search result.
                if (measured < 0) {
                    measured = super.computePrefWidth(-1);
                }
                // the flow pane lays out (and measures its minimum) by preferred widths, past any maximum
                return Math.min(MAX_BOX_WIDTH, measured);
            }
        };
        box.setId(id);
        box.setPromptText(prompt);
        box.getStyleClass().add(Styles.SMALL);
        box.setMaxWidth(MAX_BOX_WIDTH);
        // a combo box's minimum is its longest choice: one long speaker name pushed the whole side
        // pane past the window's edge; the box shortens its shown choice with an ellipsis instead
        box.setMinWidth(70);
        // a value picked with the mouse gives the keys back to the article: J, K and Escape
        // were dead until the analyst clicked the text
        box.setOnHidden(e -> returnKeysToArticle(box));
        box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !box.isShowing()) {
                returnKeysToArticle(box);
                e.consume();
            }
        });
        HBox.setHgrow(box, Priority.SOMETIMES);
        return box;
    }

    private static void returnKeysToArticle(javafx.scene.Node from) {
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Node article = from.getScene() == null ? null : from.getScene().lookup("#articleView");
            if (article != null) {
                article.requestFocus();
            }
        });
    }

    /** Keeps a filter box and its view-model property in step both ways. */
    private static <T> void tie(ComboBox<Option<T>> box, ObjectProperty<T> property) {
        boolean[] syncing = {false};
        Consumer<T> show = value -> {
            syncing[0] = true;
            try {
                select(box, value);
            } finally {
                syncing[0] = false;
            }
        };
        box.valueProperty().addListener((obs, old, option) -> {
            if (!syncing[0]) {
                property.set(option == null ? null : option.value());
            }
        });
        property.addListener((obs, old, value) -> show.accept(value));
        show.accept(property.get());
    }

    private static <T> void select(ComboBox<Option<T>> box, T value) {
        box.getItems().stream().filter(o -> Objects.equals(o.value(), value)).findFirst()
                .ifPresentOrElse(box::setValue, () -> box.setValue(box.getItems().isEmpty() ? null : box.getItems().get(0)));
    }

    private static String capitalized(String code) {
        return code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
    }
}
