package org.quoteexplorer.gui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The speakers: colour swatch, name, number of quotes, digit shortcut. */
public final class LegendView extends ListView<LegendEntry> {

    public LegendView(LegendViewModel viewModel) {
        super(viewModel.entries());
        setId("speakerList");
        getStyleClass().add("legend");
        setCellFactory(list -> new EntryCell());
        setPlaceholder(new Label("No speakers"));
    }

    private static final class EntryCell extends ListCell<LegendEntry> {
        private final Region swatch = new Region();
        private final Label name = new Label();
        private final Label title = new Label();
        private final Label count = new Label();
        private final Label key = new Label();
        private final HBox box;

        EntryCell() {
            swatch.getStyleClass().add("swatch");
            name.getStyleClass().add("legend-name");
            title.getStyleClass().add("legend-title");
            count.getStyleClass().add("legend-count");
            key.getStyleClass().add("legend-key");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(8, swatch, name, title, spacer, count, key);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LegendEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            swatch.getStyleClass().setAll("swatch", entry.speakerClass());
            name.setText(entry.name());
            title.setText(entry.title());
            count.setText(Integer.toString(entry.quoteCount()));
            key.setText(entry.shortcutText());
            key.setVisible(entry.shortcut() > 0);
            setGraphic(box);
        }
    }
}
