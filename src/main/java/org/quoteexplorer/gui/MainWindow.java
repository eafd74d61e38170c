package org.quoteexplorer.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.quoteexplorer.io.ExportFormat;
import org.quoteexplorer.model.Diagnostic;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.util.Duration;
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
    private final BorderPane root = new BorderPane();
    private final QuoteEditorView editor;
    private final QuoteActions actions;
    private final FilterBar filterBar;
    private final ArticleView article;
    private final MenuButton engineNotes = new MenuButton();
    private final SpeakerQuotesView speakerQuotes;
    private Stage stage;
    private boolean swallowTyped;

    public MainWindow(MainViewModel viewModel, FxBackgroundRunner runner) {
        this.viewModel = viewModel;
        this.runner = runner;
        root.getStyleClass().add("main-window");

        actions = new QuoteActions(viewModel);
        viewModel.quoteList().searchOn(SEARCHER, Platform::runLater);
        article = new ArticleView(viewModel.article(), viewModel.quoteEditing(),
                () -> QuoteActions.items("ctx", actions.review()));
        QuoteListView quotes = new QuoteListView(viewModel.quoteList(), viewModel.session(),
                () -> QuoteActions.items("ctx", actions.review()));
        speakerQuotes = new SpeakerQuotesView(new SpeakerQuotesViewModel(viewModel.session(), viewModel.review()), viewModel.session());
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
        speakersCount.textProperty().bind(Bindings.size(viewModel.legend().entries()).asString());
        legend.setMinHeight(60);
        VBox.setVgrow(quotes, Priority.ALWAYS);
        VBox.setVgrow(legend, Priority.ALWAYS);
        VBox quotesBox = new VBox(header(quotesTitle, quotesCount), filterBar, quotes);
        VBox speakersBox = new VBox(header(speakersTitle, speakersCount), legend);
        quotesBox.setMinHeight(120);
        speakersBox.setMinHeight(90);
        // The analyst decides how much room the quote list and the speakers get: on a small
        // laptop screen a fixed legend left the quote list three rows.
        SplitPane lists = new SplitPane(quotesBox, speakersBox);
        lists.setId("sideLists");
        lists.setOrientation(javafx.geometry.Orientation.VERTICAL);
        // with the selected-quote box of fixed height, this leaves a 900 px window nine speaker rows and three quotes
        lists.setDividerPositions(0.5);
        lists.getStyleClass().add("side-lists");
        VBox.setVgrow(lists, Priority.ALWAYS);
        VBox side = new VBox(editor, lists);
        side.getStyleClass().add("side-pane");
        side.setMinWidth(380);

        SplitPane split = new SplitPane(article, side);
        split.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(side, false);
        root.setCenter(split);
        root.setTop(menuBar());
        root.setBottom(statusBar());
    }

    public void show(Stage window) {
        this.stage = window;
        // never larger than the screen: small laptop screens, and the headless test screen
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onReviewKey);
        // the character of a key used as a command must not land in whatever it focused (S → chooser)
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped = false);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), viewModel.review()::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), filterBar::focusSearch);
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
        PauseTransition idle = new PauseTransition(Duration.seconds(AUTOSAVE_IDLE_SECONDS));
        idle.setOnFinished(e -> viewModel.autosave());
        viewModel.session().lastUpdateProperty().addListener((obs, old, now) -> idle.playFromStart());
        window.show();
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** The speaker view on {@code speakerId}: all their quotes, counts and flags, to reassign. */
    public void showSpeakerQuotes(String speakerId) {
        speakerQuotes.show(speakerId, stage);
    }

    SpeakerQuotesView speakerQuotes() {
        return speakerQuotes;
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

    /** Single keys review the selected quote, unless someone is typing. */
    private void onReviewKey(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl || isInsideComboBox(event)) {
            return;
        }
        ReviewViewModel review = viewModel.review();
        QuoteEditingViewModel editing = viewModel.quoteEditing();
        KeyCode code = event.getCode();
        if (event.isShortcutDown() && code == KeyCode.ENTER && !event.isShiftDown() && !event.isAltDown()) {
            editing.addQuoteFromSelection();
            event.consume();
            return;
        }
        if (event.isShiftDown() && !event.isShortcutDown() && (code == KeyCode.LEFT || code == KeyCode.RIGHT)
                && review.hasSelectionBinding().get()) {
            int delta = code == KeyCode.LEFT ? -1 : +1;
            if (event.isAltDown()) {
                editing.moveStart(delta);
            } else {
                editing.moveEnd(delta);
            }
            event.consume();
            return;
        }
        if (event.isShortcutDown() || event.isAltDown() || event.isMetaDown() || event.isShiftDown()) {
            return;
        }
        boolean handled = true;
        switch (code) {
            case J, DOWN -> review.selectNext();
            case K, UP -> review.selectPrevious();
            case TAB -> review.selectNextUnreviewed();
            case A -> review.accept();
            case ENTER -> review.acceptAndMoveOn();
            case R, DELETE, BACK_SPACE -> review.reject();
            case U -> review.markUnsure();
            case S -> focusSpeakerChooser();
            case N -> editing.addQuoteFromSelection();
            case B -> editing.resizeToSelection();
            case X -> editing.splitAtCaret();
            case G -> editing.mergeWithNext();
            case M -> editing.useSelectionAsMention();
            case E -> editing.editNote();
            default -> {
                int digit = digitOf(code);
                if (digit > 0) {
                    review.assignLegendSpeaker(digit);
                } else {
                    handled = false;
                }
            }
        }
        if (handled) {
            event.consume();
            swallowTyped = true;
        }
    }

    /** S: the chooser opens with its search field ready for a name. */
    private void focusSpeakerChooser() {
        if (editor.lookup("#speakerChooser") instanceof ComboBoxBase<?> chooser && !chooser.isDisabled()) {
            chooser.requestFocus();
            chooser.show();
        }
    }

    private void onSpeakerOfSelection(java.util.function.Consumer<String> operation) {
        viewModel.session().selectedQuote().map(q -> q.speakerId()).ifPresent(operation);
    }

    private static boolean isInsideComboBox(KeyEvent event) {
        for (javafx.scene.Node node = event.getTarget() instanceof javafx.scene.Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }

    private static int digitOf(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return last >= '1' && last <= '9' ? last - '0' : 0;
        }
        return 0;
    }

    private MenuBar menuBar() {
        MenuItem open = item("menuOpen", "Open\u2026", "Shortcut+O", viewModel::openChosenFile);
        Menu recent = new Menu("Open Recent");
        recent.setId("menuRecent");
        viewModel.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        MenuItem save = item("menuSave", "Save", "Shortcut+S", viewModel::save);
        MenuItem saveAs = item("menuSaveAs", "Save As\u2026", "Shortcut+Shift+S", () -> viewModel.saveAs());
        MenuItem export = item("menuExport", "Export JSON\u2026", "Shortcut+E", viewModel::exportChosen);
        Menu exportAs = new Menu("Export As");
        exportAs.setId("menuExportAs");
        exportAs.getItems().addAll(
                item("menuExportW3c", "W3C Web Annotation (JSON-LD)\u2026", null, () -> viewModel.exportChosen(ExportFormat.W3C)),
                item("menuExportJsonl", "JSON Lines (one quote per line)\u2026", null, () -> viewModel.exportChosen(ExportFormat.JSONL)),
                item("menuExportCsv", "CSV (spreadsheet)\u2026", null, () -> viewModel.exportChosen(ExportFormat.CSV)));
        exportAs.disableProperty().bind(viewModel.session().documentProperty().isNull());
        MenuItem quit = item("menuQuit", "Quit", "Shortcut+Q", this::quit);
        for (MenuItem needsDocument : new MenuItem[] {save, saveAs, export}) {
            needsDocument.disableProperty().bind(viewModel.session().documentProperty().isNull());
        }
        Menu file = new Menu("File", null, open, recent, new SeparatorMenuItem(), save, saveAs, export, exportAs, new SeparatorMenuItem(), quit);

        DocumentSession session = viewModel.session();
        MenuItem undo = item("menuUndo", "Undo", "Shortcut+Z", viewModel.review()::undo);
        undo.textProperty().bind(Bindings.when(session.canUndoProperty())
                .then(Bindings.concat("Undo ", session.undoDescriptionProperty())).otherwise("Undo"));
        undo.disableProperty().bind(session.canUndoProperty().not());
        MenuItem redo = item("menuRedo", "Redo", "Shortcut+Shift+Z", viewModel.review()::redo);
        redo.textProperty().bind(Bindings.when(session.canRedoProperty())
                .then(Bindings.concat("Redo ", session.redoDescriptionProperty())).otherwise("Redo"));
        redo.disableProperty().bind(session.canRedoProperty().not());
        Menu edit = new Menu("Edit", null, undo, redo);

        Menu reviewMenu = new Menu("Review");
        reviewMenu.setId("menuReview");
        Runnable fillReview = () -> {
            reviewMenu.getItems().setAll(QuoteActions.items("menu", actions.review()));
            reviewMenu.getItems().add(new SeparatorMenuItem());
            reviewMenu.getItems().addAll(QuoteActions.items("menu", actions.navigation()));
        };
        fillReview.run();
        // the "Assign Speaker" submenu lists the speakers of the moment
        reviewMenu.setOnShowing(e -> fillReview.run());

        Menu speakers = new Menu("Speakers");
        speakers.setId("menuSpeakers");
        SpeakerEditingViewModel speakerEditing = viewModel.speakerEditing();
        javafx.beans.binding.BooleanBinding attributed = Bindings.createBooleanBinding(
                () -> viewModel.session().selectedQuote().map(q -> q.speakerId() != null).orElse(false),
                viewModel.session().selectedQuoteIdProperty(), viewModel.session().documentProperty());
        MenuItem renameSpeaker = item("menuRenameSpeaker", "Rename Speaker of Quote\u2026", "F2", () -> onSpeakerOfSelection(speakerEditing::rename));
        MenuItem editSpeaker = item("menuEditSpeaker", "Edit Kind and Title\u2026", null, () -> onSpeakerOfSelection(speakerEditing::editDetails));
        MenuItem mergeSpeaker = item("menuMergeSpeaker", "Merge Another Speaker into This\u2026", null, () -> onSpeakerOfSelection(speakerEditing::mergeInto));
        MenuItem splitAlias = item("menuSplitAlias", "Split Alias Off\u2026", null, () -> onSpeakerOfSelection(speakerEditing::splitAlias));
        MenuItem reassignAll = item("menuReassignAll", "Reassign All Their Quotes to\u2026", null, () -> onSpeakerOfSelection(speakerEditing::reassignAll));
        for (MenuItem needsSpeaker : new MenuItem[] {renameSpeaker, editSpeaker, mergeSpeaker, splitAlias, reassignAll}) {
            needsSpeaker.disableProperty().bind(attributed.not());
        }
        MenuItem addSpeaker = item("menuAddSpeaker", "Add Speaker\u2026", null, speakerEditing::addSpeaker);
        addSpeaker.disableProperty().bind(viewModel.session().documentProperty().isNull());
        speakers.getItems().addAll(renameSpeaker, editSpeaker, mergeSpeaker, splitAlias, reassignAll, new SeparatorMenuItem(), addSpeaker);

        MenuItem find = item("menuFind", "Find\u2026", null, filterBar::focusSearch);
        find.setText("Find\u2026    (Ctrl+F)");
        MenuItem clearFilters = item("menuClearFilters", "Clear Filters", null, viewModel.quoteList()::clearFilters);
        MenuItem notes = item("menuEngineNotes", "Engine Notes\u2026", "F8", this::showEngineNotes);
        notes.disableProperty().bind(Bindings.isEmpty(viewModel.engineNotes().notes()));
        MenuItem hideRejected = item("menuHideRejected", "Hide Rejected Quotes", null,
                () -> viewModel.quoteList().hideRejectedProperty().set(!viewModel.quoteList().hideRejectedProperty().get()));

        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menuDarkTheme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().addListener((obs, was, isDark) -> applyTheme(isDark));
        Menu view = new Menu("View", null, find, hideRejected, clearFilters, new SeparatorMenuItem(), notes,
                new SeparatorMenuItem(), dark);

        MenuItem shortcuts = item("menuShortcuts", "Keyboard Shortcuts", "F1", this::showShortcuts);
        Menu help = new Menu("Help", null, shortcuts);
        MenuBar bar = new MenuBar(file, edit, reviewMenu, speakers, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path path : viewModel.recentFiles()) {
            MenuItem entry = new MenuItem(path.getFileName() + "  \u2014  " + path.getParent());
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
        Label hint = new Label("F1: shortcuts");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(10, busy, message, cancel, spacer, engineNotesButton(), hint, reviewed, progress);
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
        for (KeyboardShortcuts.Binding binding : KeyboardShortcuts.ALL) {
            Label keys = new Label(binding.keys());
            keys.getStyleClass().add("shortcut-keys");
            // keys are never cut; long descriptions wrap instead of ending in "…"
            keys.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setValignment(keys, javafx.geometry.VPos.TOP);
            Label action = new Label(binding.action());
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
