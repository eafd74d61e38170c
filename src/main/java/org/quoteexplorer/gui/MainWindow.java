package org.quoteexplorer.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.quoteexplorer.gui.article.ArticleView;
import org.quoteexplorer.gui.common.FxBackgroundRunner;
import org.quoteexplorer.gui.curation.CurationView;
import org.quoteexplorer.gui.curation.CurationViewModel;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.ReviewQueueView;
import org.quoteexplorer.gui.queue.TriageBar;
import org.quoteexplorer.gui.quotes.FilterBar;
import org.quoteexplorer.gui.quotes.QuoteEditorView;
import org.quoteexplorer.gui.quotes.QuoteListView;
import org.quoteexplorer.gui.speakers.LegendEntry;
import org.quoteexplorer.gui.speakers.LegendView;
import org.quoteexplorer.gui.speakers.SpeakerQuotesView;
import org.quoteexplorer.gui.speakers.SpeakerQuotesViewModel;
import org.quoteexplorer.io.ExportFormat;
import org.quoteexplorer.model.Diagnostic;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Dialog;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menus, article, quote list, legend, selected-quote editor and status bar.
 * It wires views to {@link MainViewModel} and translates keys into view-model calls.
 */
public final class MainWindow {

    static final double AUTOSAVE_IDLE_SECONDS = 3;
    private static final String STYLESHEET = "/org/quoteexplorer/gui/quote-explorer.css";

    private final MainViewModel viewModel;
    private final FxBackgroundRunner runner;
    /** Matches the search text against every quote, away from the FX thread; one thread serves every window. */
    private static final java.util.concurrent.Executor SEARCHER = java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "quote-explorer-search");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * Reassesses the article after edits. Not the search's thread: a search typed after a few
     * review keys waited behind one whole assessment per key, seconds on a long article.
     */
    private static final java.util.concurrent.Executor RADAR = java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "quote-explorer-radar");
        thread.setDaemon(true);
        return thread;
    });
    private final BorderPane root = new BorderPane();
    private final QuoteEditorView editor;
    private final ActionAdapter actions;
    private final javafx.beans.binding.ObjectBinding<org.quoteexplorer.review.ReviewState> reviewState;
    private ReviewQueueView queue;
    private CheckMenuItem darkTheme;
    private final FilterBar filterBar;
    private final ArticleView article;
    private final MenuButton engineNotes = new MenuButton();
    /** Made when first asked for: the first window does not wait for panes it does not show. */
    private SpeakerQuotesView speakerQuotes;
    private CurationView curation;
    private Stage stage;
    private boolean swallowTyped;
    private org.quoteexplorer.gui.workspace.WorkspaceView workspaceView;

    public MainWindow(MainViewModel viewModel, FxBackgroundRunner runner) {
        this.viewModel = viewModel;
        this.runner = runner;
        root.getStyleClass().add("main-window");

        reviewState = reviewState(viewModel);
        // Review → Compare with Another Review…: the differences pane, a window of its own (curation)
        CurationViewModel curationModel = new CurationViewModel(viewModel.session(), viewModel.dialogs(),
                text -> viewModel.review().say(text), java.time.Clock.systemUTC());
        WindowCommands commands = new WindowCommands(viewModel, new WindowCommands.WindowHooks(
                this::focusSpeakerChooser, this::focusSearch, this::showReviewQueue, this::showEngineNotes,
                () -> applyTheme(darkTheme != null && darkTheme.isSelected()), this::showShortcuts, this::quit),
                curationModel);
        // the comparison window is built when a comparison first starts; from then on it follows the model itself
        curationModel.activeProperty().addListener((obs, was, active) -> {
            if (active && curation == null) {
                curation = new CurationView(curationModel, commands, () -> stage);
                curation.show();
            }
        });
        actions = new ActionAdapter(commands, reviewState);
        viewModel.quoteList().searchOn(SEARCHER, Platform::runLater);
        viewModel.radar().assessOn(RADAR, Platform::runLater);
        article = new ArticleView(viewModel.article(), viewModel.quoteEditing(),
                () -> actions.contextItems(quoteExtras("ctx")));
        QuoteListView quotes = new QuoteListView(viewModel.quoteList(), viewModel.session(),
                () -> actions.contextItems(quoteExtras("ctx")));
        LegendView legend = new LegendView(viewModel.legend(), viewModel.speakerEditing(), viewModel.quoteList(),
                this::showSpeakerQuotes);
        editor = new QuoteEditorView(viewModel.speakerChooser(), viewModel.review());
        filterBar = new FilterBar(viewModel.quoteList(), viewModel.legend(), viewModel.article(), viewModel.review(),
                () -> article.textArea().getCaretPosition());

        Label quotesTitle = sectionTitle("Quotes");
        Label quotesCount = new Label();
        quotesCount.getStyleClass().add("section-count");
        quotesCount.textProperty().bind(Bindings.createStringBinding(() -> {
            int shown = viewModel.quoteList().visibleRows().size();
            int all = viewModel.quoteList().rows().size();
            return shown == all ? Integer.toString(all) : shown + " of " + all;
        }, viewModel.quoteList().visibleRows(), viewModel.quoteList().rows()));
        Label speakersTitle = sectionTitle("Speakers");
        Label speakersCount = new Label();
        speakersCount.getStyleClass().add("section-count");
        speakersCount.textProperty().bind(viewModel.legend().speakerCountProperty().asString());
        legend.setMinHeight(60);
        VBox.setVgrow(quotes, Priority.ALWAYS);
        VBox.setVgrow(legend, Priority.ALWAYS);
        VBox quotesBox = new VBox(header(quotesTitle, quotesCount), filterBar, new TriageBar(viewModel.quoteList()), quotes);
        VBox speakersBox = new VBox(header(speakersTitle, speakersCount), legend);
        quotesBox.setMinHeight(120);
        speakersBox.setMinHeight(90);
        // The analyst decides how much room the quote list and the speakers get: on a small
        // laptop screen a fixed legend left the quote list three rows.
        SplitPane lists = new SplitPane(quotesBox, speakersBox);
        lists.setId("sideLists");
        lists.setOrientation(javafx.geometry.Orientation.VERTICAL);
        // with the selected-quote box of fixed height, a 900 px window shows about five quotes and six speakers
        lists.setDividerPositions(0.7);
        lists.getStyleClass().add("side-lists");
        VBox.setVgrow(lists, Priority.ALWAYS);
        VBox side = new VBox(editor, lists);
        side.getStyleClass().add("side-pane");
        side.setMinWidth(380);

        queue = new ReviewQueueView(viewModel.radar(), viewModel.session());
        SplitPane articleAndQueue = new SplitPane(article, queue);
        articleAndQueue.setId("articleAndQueue");
        articleAndQueue.setOrientation(javafx.geometry.Orientation.VERTICAL);
        articleAndQueue.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(queue, false);
        SplitPane split = new SplitPane(articleAndQueue, side);
        split.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(side, false);
        root.setCenter(split);
        root.setTop(menuBar());
        root.setBottom(statusBar());
        installWorkspace();
    }

    /**
     * File → Open Folder: the folder's list of articles left of the article, and its background
     * attribution in the status bar; both hidden while no folder is open.
     */
    private void installWorkspace() {
        viewModel.workspace().deliverOn(Platform::runLater);
        // built when a folder first opens: most sessions never open one, and the first window
        // showed later for styling the hidden pane's list, filters and menus
        viewModel.workspace().openProperty().addListener((obs, was, open) -> {
            if (open) {
                buildWorkspaceView();
            }
        });
        if (viewModel.workspace().openProperty().get()) {
            buildWorkspaceView();
        }
    }

    private void buildWorkspaceView() {
        if (workspaceView == null) {
            workspaceView = new org.quoteexplorer.gui.workspace.WorkspaceView(viewModel.workspace());
            root.setLeft(workspaceView);
            ((HBox) root.getBottom()).getChildren().add(2, workspaceView.statusItems());
        }
    }

    public void show(Stage window) {
        this.stage = window;
        // never larger than the screen: small laptop screens, and the headless test screen
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onActionKey);
        // cells built while laying out must not leave the next frame a repaint of the whole window
        CssAfterLayout.install(scene);
        // the character of a key used as a command must not land in whatever it focused (S → chooser)
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped = false);
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            event.setDropCompleted(ok);
            event.consume();
            if (ok) {
                List<Path> paths = files.stream().map(File::toPath).toList();
                Platform.runLater(() -> viewModel.openDropped(paths));
            }
        });
        window.titleProperty().bind(viewModel.titleBinding());
        window.setScene(scene);
        window.setMinWidth(Math.min(900, screen.getWidth()));
        window.setMinHeight(Math.min(600, screen.getHeight()));
        window.setOnCloseRequest(event -> {
            if (viewModel.confirmDiscardOrSave()) {
                viewModel.closing();
            } else {
                event.consume();
            }
        });
        // autosave after a few seconds without edits
        org.quoteexplorer.gui.common.IdleDelay idle = new org.quoteexplorer.gui.common.IdleDelay(
                java.time.Duration.ofMillis((long) (AUTOSAVE_IDLE_SECONDS * 1000)), viewModel::autosave, Platform::runLater);
        viewModel.session().lastUpdateProperty().addListener((obs, old, now) -> idle.restart());
        window.show();
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** The speaker view on {@code speakerId}: all their quotes, counts and flags, to reassign. */
    public void showSpeakerQuotes(String speakerId) {
        speakerQuotes().show(speakerId, stage);
    }

    SpeakerQuotesView speakerQuotes() {
        if (speakerQuotes == null) {
            speakerQuotes = new SpeakerQuotesView(new SpeakerQuotesViewModel(viewModel.session(), viewModel.review()),
                    viewModel.session());
        }
        return speakerQuotes;
    }

    /** The comparison pane, or {@code null} before the first comparison. */
    CurationView curation() {
        return curation;
    }

    /** View → Dark Theme starts as {@code choice} was left, and every toggle is kept there. */
    public void rememberTheme(ThemeChoice choice) {
        MenuBar bar = (MenuBar) root.getTop();
        bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(item -> "menuDarkTheme".equals(item.getId()) && item instanceof CheckMenuItem)
                .map(CheckMenuItem.class::cast).findFirst().ifPresent(dark -> {
                    dark.setSelected(choice.isDark());
                    dark.selectedProperty().addListener((obs, was, isDark) -> choice.setDark(isDark));
                });
    }

    FxBackgroundRunner runner() {
        return runner;
    }

    public BorderPane root() {
        return root;
    }

    /** The keys of the action table that are no menu accelerator: single keys work unless someone is typing. */
    private void onActionKey(KeyEvent event) {
        if (actions.handleTakenAccelerator(event)) {
            event.consume();
            swallowTyped = true;
            return;
        }
        if (event.getTarget() instanceof TextInputControl || isInsideComboBox(event)) {
            return;
        }
        if (event.getCode().isArrowKey() && (queue != null && queue.list().isFocused()
                || workspaceView != null && workspaceView.list().isFocused())) {
            // the arrows walk the review queue's own rows there
            return;
        }
        if (actions.handle(event)) {
            event.consume();
            swallowTyped = true;
        }
    }

    /** What the review actions need to know, from the view models; it changes with the document and selection. */
    private static javafx.beans.binding.ObjectBinding<org.quoteexplorer.review.ReviewState> reviewState(MainViewModel viewModel) {
        DocumentSession session = viewModel.session();
        return Bindings.createObjectBinding(() -> new org.quoteexplorer.review.ReviewState(
                        session.getDocument() != null,
                        session.selectedQuote().isPresent(),
                        viewModel.quoteEditing().hasTextSelectionBinding().get(),
                        session.selectedQuote().map(q -> q.speakerId() != null).orElse(false),
                        session.canUndoProperty().get(),
                        session.canRedoProperty().get(),
                        viewModel.radar().flagCountProperty().get(),
                        viewModel.workspace().openProperty().get()),
                viewModel.workspace().openProperty(), session.documentProperty(), session.selectedQuoteIdProperty(),
                viewModel.quoteEditing().hasTextSelectionBinding(), session.canUndoProperty(), session.canRedoProperty(),
                viewModel.radar().flagCountProperty());
    }

    private void focusSearch() {
        filterBar.focusSearch();
    }

    /** F7: the review queue gets the focus, its selected (or first) entry ready for the arrow keys. */
    private void showReviewQueue() {
        if (queue != null) {
            queue.list().requestFocus();
            if (queue.list().getSelectionModel().isEmpty() && !queue.list().getItems().isEmpty()) {
                queue.list().getSelectionModel().select(0);
            }
        }
    }

    /** The submenus that list what the document has now: its speakers and the quote types. */
    private ActionAdapter.Extras quoteExtras(String prefix) {
        return new ActionAdapter.Extras(java.util.Map.of(
                "new-speaker", () -> List.of(speakerMenu(prefix)),
                "note", () -> List.of(typeMenu(prefix))), java.util.Map.of());
    }

    private Menu speakerMenu(String prefix) {
        Menu menu = new Menu("Assign Speaker");
        menu.setId(prefix + "Assign");
        for (LegendEntry entry : viewModel.legend().entries()) {
            if (entry.speakerId() != null) {
                String text = entry.shortcut() > 0 ? entry.name() + "    (" + entry.shortcut() + ")" : entry.name();
                MenuItem item = new MenuItem(text);
                item.setId(prefix + "Assign" + entry.speakerId());
                item.setMnemonicParsing(false);
                item.disableProperty().bind(viewModel.review().hasSelectionBinding().not());
                item.setOnAction(e -> viewModel.review().reassignSelected(entry.speakerId()));
                menu.getItems().add(item);
            }
        }
        return menu;
    }

    private Menu typeMenu(String prefix) {
        Menu menu = new Menu("Quote Type");
        menu.setId(prefix + "Type");
        for (org.quoteexplorer.model.QuoteType type : org.quoteexplorer.model.QuoteType.values()) {
            String name = type.code().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + type.code().substring(1);
            MenuItem item = new MenuItem(name);
            item.setId(prefix + "Type" + name);
            item.disableProperty().bind(viewModel.review().hasSelectionBinding().not());
            item.setOnAction(e -> viewModel.quoteEditing().setType(type));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** S: the chooser opens with its search field ready for a name. */
    private void focusSpeakerChooser() {
        if (editor.lookup("#speakerChooser") instanceof ComboBoxBase<?> chooser && !chooser.isDisabled()) {
            chooser.requestFocus();
            chooser.show();
        }
    }

    private static boolean isInsideComboBox(KeyEvent event) {
        for (javafx.scene.Node node = event.getTarget() instanceof javafx.scene.Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }

    private MenuBar menuBar() {
        Menu recent = new Menu("Open Recent");
        recent.setId("menuRecent");
        viewModel.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        Menu exportAs = new Menu("Export As");
        exportAs.setId("menuExportAs");
        exportAs.getItems().addAll(
                item("menuExportW3c", "W3C Web Annotation (JSON-LD)\u2026", null, () -> viewModel.exportChosen(ExportFormat.W3C)),
                item("menuExportJsonl", "JSON Lines (one quote per line)\u2026", null, () -> viewModel.exportChosen(ExportFormat.JSONL)),
                item("menuExportCsv", "CSV (spreadsheet)\u2026", null, () -> viewModel.exportChosen(ExportFormat.CSV)));
        exportAs.disableProperty().bind(viewModel.session().documentProperty().isNull());
        java.util.Map<String, java.util.function.Supplier<List<MenuItem>>> before = new java.util.HashMap<>(
                java.util.Map.of("new-speaker", () -> List.of(speakerMenu("menu")), "note", () -> List.of(typeMenu("menu"))));
        // Corpus window (issue 15): figures, search and conflicts across a folder of reviewed articles.
        // With a folder open as a workspace, its corpus is the one meant; otherwise ask which folder.
        MenuItem corpus = item("menuCorpus", "Corpus of a Folder\u2026", null, () -> {
            org.quoteexplorer.review.Workspace open = viewModel.workspace().workspaceProperty().get();
            if (open != null) {
                org.quoteexplorer.gui.corpus.CorpusWindows.show(stage, viewModel, open.folder().root());
            } else {
                org.quoteexplorer.gui.corpus.CorpusWindows.chooseFolderAndShow(stage, viewModel);
            }
        });
        ActionAdapter.Extras extras = new ActionAdapter.Extras(before, java.util.Map.of(
                "open", () -> List.of(recent), "export", () -> List.of(exportAs), "engine-notes", () -> List.of(corpus)));
        List<Menu> menus = actions.menus(extras);
        for (Menu menu : menus) {
            if (menu.getId().equals("menuReview")) {
                // the "Assign Speaker" submenu lists the speakers of the moment
                List<org.quoteexplorer.review.ReviewAction> reviewActions = org.quoteexplorer.review.ReviewActions.menus().get("Review");
                menu.setOnShowing(e -> menu.getItems().setAll(actions.items("menu", reviewActions, extras)));
            }
        }
        DocumentSession session = viewModel.session();
        MenuItem undo = find(menus, "menuUndo");
        undo.textProperty().bind(Bindings.when(session.canUndoProperty())
                .then(Bindings.concat("Undo ", session.undoDescriptionProperty())).otherwise("Undo"));
        MenuItem redo = find(menus, "menuRedo");
        redo.textProperty().bind(Bindings.when(session.canRedoProperty())
                .then(Bindings.concat("Redo ", session.redoDescriptionProperty())).otherwise("Redo"));
        darkTheme = (CheckMenuItem) find(menus, "menuDarkTheme");
        MenuBar bar = new MenuBar(menus.toArray(Menu[]::new));
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem find(List<Menu> menus, String id) {
        return menus.stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path path : viewModel.recentFiles()) {
            // a workspace reads as a folder, so it is not taken for a file of the same name
            String name = java.nio.file.Files.isDirectory(path) ? path.getFileName() + " (folder)" : path.getFileName().toString();
            MenuItem entry = new MenuItem(name + "  \u2014  " + path.getParent());
            entry.setMnemonicParsing(false);
            entry.setOnAction(e -> viewModel.openRecent(path));
            recent.getItems().add(entry);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private HBox statusBar() {
        ProgressBar busy = new ProgressBar();
        busy.setId("busyIndicator");
        busy.setPrefWidth(120);
        busy.progressProperty().bind(runner.progressProperty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        busy.managedProperty().bind(viewModel.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelLoading");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setTooltip(new Tooltip("Stop opening this file and keep the review on screen"));
        cancel.visibleProperty().bind(viewModel.busyProperty());
        cancel.managedProperty().bind(viewModel.busyProperty());
        cancel.setOnAction(e -> viewModel.cancelLoading());
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(viewModel.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label progress = new Label();
        progress.setId("reviewProgress");
        progress.getStyleClass().add("review-progress");
        progress.textProperty().bind(viewModel.review().progressTextProperty());
        ProgressBar reviewed = new ProgressBar();
        reviewed.setId("reviewProgressBar");
        reviewed.getStyleClass().add(Styles.SMALL);
        reviewed.setPrefWidth(140);
        reviewed.progressProperty().bind(Bindings.createDoubleBinding(() -> viewModel.review().totalProperty().get() == 0 ? 0
                : (double) viewModel.review().reviewedProperty().get() / viewModel.review().totalProperty().get(),
                viewModel.review().reviewedProperty(), viewModel.review().totalProperty()));
        Label flags = new Label();
        flags.setId("flagCount");
        flags.getStyleClass().add("flag-count");
        flags.textProperty().bind(viewModel.radar().flagTextBinding());
        flags.setTooltip(new Tooltip("Quotes the radar asks you to look at (F: next, F7: review queue)"));
        Label hint = new Label("F1: shortcuts");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(10, busy, message, cancel, spacer, engineNotesButton(), flags, hint, reviewed, progress);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    /** "⚠ 3 engine notes", shown only when there are some: a list of them, each showing its place when chosen. */
    private MenuButton engineNotesButton() {
        EngineNotesViewModel notes = viewModel.engineNotes();
        engineNotes.setId("engineNotes");
        engineNotes.getStyleClass().addAll("engine-notes", Styles.FLAT, Styles.SMALL);
        engineNotes.textProperty().bind(Bindings.concat("\u26A0 ", notes.summaryBinding()));
        engineNotes.visibleProperty().bind(Bindings.isNotEmpty(notes.notes()));
        engineNotes.managedProperty().bind(engineNotes.visibleProperty());
        engineNotes.setPopupSide(Side.TOP);
        engineNotes.setTooltip(new Tooltip(
                "What the engine could not settle in this article; choose one to see its place (F8)"));
        notes.notes().addListener((ListChangeListener<Diagnostic>) c -> fillEngineNotes());
        fillEngineNotes();
        return engineNotes;
    }

    private void fillEngineNotes() {
        EngineNotesViewModel notes = viewModel.engineNotes();
        engineNotes.getItems().clear();
        int index = 0;
        for (Diagnostic note : notes.notes()) {
            MenuItem entry = new MenuItem(notes.describe(note));
            entry.setId("engineNote" + index++);
            entry.setMnemonicParsing(false);
            entry.setOnAction(e -> {
                notes.show(note);
                // the keys that review the quote the note is about work from the article
                article.textArea().requestFocus();
            });
            engineNotes.getItems().add(entry);
        }
    }

    /** F8: the list of engine notes opens, ready for the arrow keys and Enter. */
    private void showEngineNotes() {
        if (!viewModel.engineNotes().notes().isEmpty()) {
            engineNotes.requestFocus();
            engineNotes.show();
        }
    }

    private static final double SHORTCUT_DESCRIPTION_WIDTH = 440;

    private void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setId("shortcutSheet");
        int row = 0;
        for (org.quoteexplorer.review.ReviewActions.SheetRow binding : org.quoteexplorer.review.ReviewActions.sheet()) {
            Label keys = new Label(binding.keys());
            keys.getStyleClass().add("shortcut-keys");
            // keys are never cut; long descriptions wrap instead of ending in "…"
            keys.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setValignment(keys, javafx.geometry.VPos.TOP);
            Label action = new Label(binding.description());
            action.setWrapText(true);
            action.setPrefWidth(SHORTCUT_DESCRIPTION_WIDTH);
            action.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(row++, keys, action);
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("shortcutSheetScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        // the sheet is taller than a laptop screen: it scrolls rather than hide its end and the Close button
        dialog.setOnShown(e -> fitOnScreen(dialog));
        dialog.show();
    }

    private void fitOnScreen(Dialog<?> dialog) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(stage.getX(), stage.getY(),
                Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        if (dialog.getHeight() > screen.getHeight()) {
            dialog.setHeight(screen.getHeight());
        }
        if (dialog.getY() < screen.getMinY() || dialog.getY() + dialog.getHeight() > screen.getMaxY()) {
            dialog.setY(screen.getMinY() + (screen.getHeight() - dialog.getHeight()) / 2);
        }
    }

    private void quit() {
        if (viewModel.confirmDiscardOrSave()) {
            viewModel.closing();
            stage.close();
        }
    }

    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static HBox header(Label title, Label count) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(6, title, spacer, count);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("section-header");
        return box;
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
