package org.quoteexplorer.gui.workspace;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.quoteexplorer.review.ArticleState;
import org.quoteexplorer.review.EntryOrder;
import org.quoteexplorer.review.WorkspaceEntry;

/**
 * The list of a workspace's articles, left of the article: filter, sort, and one line per
 * article with its title, date, quote count, flags, state and review progress. Choosing an
 * article opens it; the list follows the article open in the window.
 */
public final class WorkspaceView extends VBox {

    private static final String STYLESHEET = "/org/quoteexplorer/gui/workspace/workspace.css";

    private final WorkspaceViewModel viewModel;
    private final ListView<WorkspaceEntry> list = new ListView<>();
    /** While the list's selection is set to follow the window, it does not open anything. */
    private boolean following;

    public WorkspaceView(WorkspaceViewModel viewModel) {
        this.viewModel = viewModel;
        setId("workspacePane");
        getStyleClass().add("workspace-pane");
        getStylesheets().add(Objects.requireNonNull(WorkspaceView.class.getResource(STYLESHEET)).toExternalForm());
        setMinWidth(220);
        setPrefWidth(290);
        visibleProperty().bind(viewModel.openProperty());
        managedProperty().bind(viewModel.openProperty());

        Label heading = new Label("Articles");
        heading.getStyleClass().add("section-title");
        Label count = new Label();
        count.setId("workspaceCount");
        count.getStyleClass().add("section-count");
        count.textProperty().bind(viewModel.countTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the folder's name gets a line of its own: beside the count it was cut to "wsd…"
        Label title = new Label();
        title.setId("workspaceName");
        title.getStyleClass().add("workspace-name");
        title.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.workspaceProperty().get() == null ? ""
                : viewModel.workspaceProperty().get().name(), viewModel.workspaceProperty()));
        Tooltip where = new Tooltip();
        where.textProperty().bind(Bindings.createStringBinding(() -> viewModel.workspaceProperty().get() == null ? ""
                : viewModel.workspaceProperty().get().folder().root().toString(), viewModel.workspaceProperty()));
        title.setTooltip(where);
        HBox top = new HBox(6, heading, spacer, count);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, top, title);
        header.getStyleClass().add("section-header");

        TextField filter = new TextField();
        filter.setId("workspaceFilter");
        filter.setPromptText("Filter articles");
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
                list.requestFocus();
            } else if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        HBox.setHgrow(filter, Priority.ALWAYS);
        ComboBox<ArticleState> state = new ComboBox<>();
        state.setId("workspaceStateFilter");
        state.getItems().add(null);
        state.getItems().addAll(ArticleState.values());
        state.setConverter(new StringConverter<>() {
            @Override
            public String toString(ArticleState value) {
                return value == null ? "All states" : capitalised(WorkspaceViewModel.stateText(value));
            }

            @Override
            public ArticleState fromString(String text) {
                return null;
            }
        });
        state.valueProperty().bindBidirectional(viewModel.stateFilterProperty());
        state.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ArticleState item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : state.getConverter().toString(item));
            }
        });
        // "All states" is the null value: the button shows it as the prompt
        state.setPromptText("All states");
        state.setTooltip(new Tooltip("Show only the articles in one state"));
        HBox.setHgrow(state, Priority.ALWAYS);
        state.setMaxWidth(Double.MAX_VALUE);
        MenuButton sort = sortMenu();
        sort.setMinWidth(Region.USE_PREF_SIZE);
        // one row for the words, one for state and order: side by side the three were cut to "…" in a narrow pane
        HBox words = new HBox(filter);
        HBox choices = new HBox(6, state, sort);
        choices.setAlignment(Pos.CENTER_LEFT);
        VBox filters = new VBox(6, words, choices);
        filters.setPadding(new Insets(0, 10, 8, 10));

        list.setId("workspaceList");
        // Registered before the list's own listeners: while the rows are replaced (an article
        // attributed, a new order), whatever the selection model does on its own opens nothing;
        // followCurrent, registered after them, puts the selection back on the open article.
        viewModel.rows().addListener((ListChangeListener<WorkspaceEntry>) c -> following = true);
        list.setItems(viewModel.rows());
        list.setCellFactory(v -> new EntryCell());
        list.setPlaceholder(new Label("No article matches the filter"));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!following && now != null) {
                viewModel.select(now);
            }
        });
        viewModel.currentProperty().addListener((obs, old, now) -> followCurrent());
        viewModel.rows().addListener((ListChangeListener<WorkspaceEntry>) c -> followCurrent());

        getChildren().addAll(header, filters, list);
    }

    /** The list itself: its arrows move through the articles, not the quotes. */
    public ListView<WorkspaceEntry> list() {
        return list;
    }

    private void followCurrent() {
        WorkspaceEntry now = viewModel.currentProperty().get();
        following = true;
        try {
            int index = now == null ? -1 : indexOf(now.path());
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            following = false;
        }
    }

    private int indexOf(String path) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private MenuButton sortMenu() {
        MenuButton sort = new MenuButton("Sort");
        sort.setId("workspaceSort");
        sort.getStyleClass().add(Styles.FLAT);
        sort.setTooltip(new Tooltip("Sort the articles; choosing the same order again reverses it"));
        ToggleGroup keys = new ToggleGroup();
        for (EntryOrder.Key key : EntryOrder.Key.values()) {
            RadioMenuItem item = new RadioMenuItem(keyText(key));
            item.setId("workspaceSort" + capitalised(key.code()));
            item.setToggleGroup(keys);
            item.setOnAction(e -> viewModel.setOrder(new EntryOrder(key, viewModel.orderProperty().get().descending())));
            sort.getItems().add(item);
        }
        CheckMenuItem descending = new CheckMenuItem("Reverse Order");
        descending.setId("workspaceSortReverse");
        descending.setOnAction(e -> viewModel.setOrder(new EntryOrder(viewModel.orderProperty().get().key(),
                descending.isSelected())));
        sort.getItems().addAll(new SeparatorMenuItem(), descending);
        Runnable show = () -> {
            EntryOrder order = viewModel.orderProperty().get();
            keys.getToggles().get(order.key().ordinal()).setSelected(true);
            descending.setSelected(order.descending());
            sort.setText("Sort: " + keyText(order.key()) + (order.descending() ? " \u2193" : " \u2191"));
        };
        viewModel.orderProperty().addListener((obs, old, now) -> show.run());
        show.run();
        return sort;
    }

    static String keyText(EntryOrder.Key key) {
        return switch (key) {
            case PATH -> "File";
            case TITLE -> "Title";
            case STATE -> "State";
            case QUOTES -> "Quotes";
            case FLAGS -> "Flags";
            case PROGRESS -> "Progress";
            case DATE -> "Date";
            case MODIFIED -> "Last Changed";
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The attribution's progress for the status bar: "Attributing 120 of 1,000…", a bar, and
     * Cancel; shown only while it runs.
     */
    public Node statusItems() {
        ProgressBar bar = new ProgressBar();
        bar.setId("workspaceAttributionBar");
        bar.getStyleClass().add(Styles.SMALL);
        bar.setPrefWidth(100);
        bar.progressProperty().bind(viewModel.attributionProgressProperty());
        Label text = new Label();
        text.setId("workspaceAttribution");
        text.textProperty().bind(viewModel.attributionTextProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("workspaceAttributionCancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setTooltip(new Tooltip("Stop attributing the folder's other articles; those done stay done"));
        cancel.setOnAction(e -> viewModel.cancelAttribution());
        HBox box = new HBox(6, bar, text, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(viewModel.attributingProperty());
        box.managedProperty().bind(viewModel.attributingProperty());
        return box;
    }

    /** Two lines per article: title, then date, quotes, flags and state, with the review progress at the right. */
    private static final class EntryCell extends ListCell<WorkspaceEntry> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final ProgressBar progress = new ProgressBar();
        private final Label fraction = new Label();
        private final VBox box;

        EntryCell() {
            title.getStyleClass().add("workspace-title");
            title.setTextOverrun(OverrunStyle.ELLIPSIS);
            title.setMaxWidth(Double.MAX_VALUE);
            details.getStyleClass().add("workspace-details");
            details.setTextOverrun(OverrunStyle.ELLIPSIS);
            details.setMinWidth(0);
            progress.getStyleClass().addAll(Styles.SMALL, "workspace-progress");
            progress.setPrefWidth(54);
            progress.setMinWidth(Region.USE_PREF_SIZE);
            fraction.getStyleClass().add("workspace-fraction");
            fraction.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox second = new HBox(6, details, gap, progress, fraction);
            second.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, title, second);
            box.setMinWidth(0);
            box.setPrefWidth(1);
            setText(null);
        }

        @Override
        protected void updateItem(WorkspaceEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("workspace-reviewed", "workspace-new", "workspace-flagged", "workspace-problem");
            if (empty || entry == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            title.setText(entry.title());
            details.setText(WorkspaceViewModel.details(entry));
            progress.setProgress(entry.progress());
            progress.setVisible(entry.quotes() > 0);
            fraction.setText(WorkspaceViewModel.fraction(entry));
            if (entry.state() == ArticleState.REVIEWED) {
                getStyleClass().add("workspace-reviewed");
            } else if (entry.state() == ArticleState.NEW) {
                getStyleClass().add("workspace-new");
            }
            if (entry.flags() > 0) {
                getStyleClass().add("workspace-flagged");
            }
            if (entry.problem() != null) {
                getStyleClass().add("workspace-problem");
            }
            setTooltip(new Tooltip(entry.path() + (entry.problem() == null ? "" : "\n" + entry.problem())));
            setGraphic(box);
        }
    }
}
