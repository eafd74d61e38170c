package org.quoteexplorer.gui.curation;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.quoteexplorer.review.ReviewAction;
import org.quoteexplorer.review.ReviewActions;
import org.quoteexplorer.review.ReviewCommands;

/**
 * The differences pane: a window beside the main one listing each quote where my review and the
 * other reviewer's differ, the agreement figures at the top, and a button and key for each side.
 * Its keys come from the table of review actions, so they are those the main window and the
 * shortcut sheet show; undo and redo work here too.
 */
public final class CurationView extends BorderPane {

    /** Actions whose keys work while this window has the focus. */
    static final List<String> KEYED_HERE = List.of("take-mine", "take-theirs", "take-theirs-all", "undo", "redo");

    private final CurationViewModel model;
    private final ReviewCommands commands;
    private final Supplier<Window> owner;
    private final ListView<CurationViewModel.Row> list;
    private Stage stage;
    private boolean syncing;

    public CurationView(CurationViewModel model, ReviewCommands commands, Supplier<Window> owner) {
        this.model = model;
        this.commands = commands;
        this.owner = owner;
        setId("curation");
        getStyleClass().add("curation");
        setPadding(new Insets(12));

        Label source = new Label();
        source.setId("curationSource");
        source.textProperty().bind(Bindings.createStringBinding(() -> model.theirsFileProperty().get() == null ? ""
                : "Mine against " + model.theirsFileProperty().get().getFileName()
                + "  \u2014  " + model.theirsFileProperty().get().getParent(), model.theirsFileProperty()));
        source.getStyleClass().add(Styles.TEXT_MUTED);
        Label figures = new Label();
        figures.setId("curationFigures");
        figures.getStyleClass().add(Styles.TEXT_BOLD);
        figures.setWrapText(true);
        figures.setMinHeight(Region.USE_PREF_SIZE);
        figures.textProperty().bind(model.figuresProperty());
        Label heading = new Label();
        heading.setId("curationCounts");
        heading.textProperty().bind(model.headingProperty());
        VBox top = new VBox(4, figures, heading, source);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        list = new ListView<>(model.rows());
        list.setId("curationDifferences");
        list.setPlaceholder(new Label("The two reviews agree on every quote"));
        list.setCellFactory(l -> new RowCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                model.select(row.key());
            }
        });
        model.selectedKeyProperty().addListener((obs, old, key) -> showSelected());
        model.rows().addListener((ListChangeListener<CurationViewModel.Row>) c -> showSelected());
        setCenter(list);

        Button mine = button("takeMine", "Take Mine", "take-mine", model::takeMine);
        Button theirs = button("takeTheirs", "Take Theirs", "take-theirs", model::takeTheirs);
        Button all = button("takeTheirsAll", "Take Theirs for All", "take-theirs-all", model::takeTheirsForAll);
        all.setTooltip(new Tooltip("Their side of every difference you have not kept as yours, in one undo step"));
        mine.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        theirs.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        all.disableProperty().bind(Bindings.isEmpty(model.rows()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setId("curationClose");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> model.close());
        HBox bottom = new HBox(8, mine, theirs, all, spacer, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);

        model.activeProperty().addListener((obs, was, now) -> {
            if (now) {
                show();
            } else if (stage != null) {
                stage.hide();
            }
        });
    }

    /** The window of the pane, made on first use beside the main window. */
    public void show() {
        if (stage == null) {
            stage = new Stage();
            Window main = owner.get();
            if (main != null) {
                stage.initOwner(main);
            }
            stage.setTitle("Compare reviews");
            Scene scene = new Scene(this, 720, 520);
            if (main != null && main.getScene() != null) {
                scene.getStylesheets().setAll(main.getScene().getStylesheets());
            }
            scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
            stage.setScene(scene);
            // closing the window ends the comparison, as the Close button does
            stage.setOnHidden(e -> {
                if (model.isActive()) {
                    model.close();
                }
            });
        }
        stage.show();
        stage.toFront();
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    ListView<CurationViewModel.Row> list() {
        return list;
    }

    Stage stage() {
        return stage;
    }

    private void onKey(KeyEvent event) {
        for (String id : KEYED_HERE) {
            ReviewAction action = ReviewActions.byId(id).orElseThrow();
            for (String key : action.keys()) {
                if (KeyCombination.keyCombination(key).match(event)) {
                    action.run(commands);
                    event.consume();
                    return;
                }
            }
        }
    }

    private void showSelected() {
        String key = model.selectedKeyProperty().get();
        syncing = true;
        try {
            if (key == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).key().equals(key)) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(Math.max(0, i - 2));
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static Button button(String id, String label, String actionId, Runnable run) {
        String keys = ReviewActions.byId(actionId).map(a -> a.keys().isEmpty() ? ""
                : "  (" + ReviewActions.keyText(a.keys().get(0)) + ")").orElse("");
        Button button = new Button(label + keys);
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> run.run());
        return button;
    }

    private static final class RowCell extends ListCell<CurationViewModel.Row> {
        private final Label what = new Label();
        private final Label words = new Label();
        private final Label mine = new Label();
        private final Label theirs = new Label();
        private final VBox box = new VBox(2, new HBox(8, what, words), mine, theirs);

        RowCell() {
            what.getStyleClass().add(Styles.TEXT_BOLD);
            what.setMinWidth(Region.USE_PREF_SIZE);
            words.getStyleClass().add("quote-text");
            mine.setWrapText(true);
            theirs.setWrapText(true);
            mine.setMinHeight(Region.USE_PREF_SIZE);
            theirs.setMinHeight(Region.USE_PREF_SIZE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CurationViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            what.setText(row.report().what() + (row.kept() ? "  \u2713 kept mine" : ""));
            // the words keep their own quotation marks; a headline taken for a quote has none
            words.setText(row.report().words());
            mine.setText("mine:    " + row.report().mine());
            theirs.setText("theirs:  " + row.report().theirs());
            box.setOpacity(row.kept() ? 0.55 : 1);
            setGraphic(box);
        }
    }
}
