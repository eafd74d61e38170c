package org.quoteexplorer.gui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.quoteexplorer.model.SpeakerKind;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: file choosers and alerts owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private Path lastFolder;
    private Supplier<Path> currentArticle = () -> null;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** The article under review: file choosers start in its folder (GTK otherwise opens on "Recent"). */
    public void startBeside(Supplier<Path> article) {
        currentArticle = article;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open article or annotations");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles and annotations", "*.txt", "*.json"),
                new FileChooser.ExtensionFilter("Plain-text articles", "*.txt"),
                new FileChooser.ExtensionFilter("Annotated JSON", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        startIn(chooser);
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFolderToOpen() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Open a folder of articles");
        Path article = currentArticle.get();
        Path folder = article == null ? lastFolder : article.toAbsolutePath().getParent();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.toPath().toAbsolutePath();
        return Optional.of(chosen.toPath());
    }

    @Override
    public Optional<Path> chooseSaveTarget(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        int dot = suggestedName.lastIndexOf('.');
        String extension = dot < 0 ? "json" : suggestedName.substring(dot + 1);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT)
                + " files", "*." + extension));
        startIn(chooser);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public void showError(String title, String message) {
        showError(title, message, null);
    }

    /** The message in full, wrapped; the details folded away under "Show Details" until asked for. */
    @Override
    public void showError(String title, String message, String details) {
        Alert alert = alert(Alert.AlertType.ERROR, "errorDialog", title, message, ButtonType.OK);
        if (details != null && !details.isBlank()) {
            TextArea text = new TextArea(details);
            text.setId("errorDetails");
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(8);
            text.setPrefColumnCount(60);
            Label label = new Label("Technical details (for a bug report):");
            label.setLabelFor(text);
            VBox box = new VBox(6, label, text);
            VBox.setVgrow(text, Priority.ALWAYS);
            alert.getDialogPane().setExpandableContent(box);
        }
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.NO);
        return alert(Alert.AlertType.CONFIRMATION, "confirmDialog", title, message, yesButton, noButton).showAndWait().orElse(noButton) == yesButton;
    }

    @Override
    public void showWarning(String title, String message) {
        alert(Alert.AlertType.WARNING, "warningDialog", title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public UnsavedChoice askToSaveChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "unsavedDialog", "Unsaved changes",
                "Your corrections to " + documentName + " are not saved yet.", save, discard, cancel);
        alert.setHeaderText("Save changes to " + documentName + "?");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        TextArea field = new TextArea(initial);
        field.setId("dialogText");
        field.setWrapText(true);
        field.setPrefRowCount(label.equals("Note") ? 4 : 1);
        field.setPrefColumnCount(36);
        Dialog<String> dialog = dialog(title, field);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().strip() : null);
        // the old text selected: typing replaces it, an arrow key keeps and edits it
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        // a one-line answer: Enter confirms instead of breaking the line
        if (!label.equals("Note")) {
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire();
                }
            });
        }
        return dialog.showAndWait();
    }

    @Override
    public Optional<SpeakerForm> askSpeaker(String title, SpeakerForm initial) {
        TextField name = new TextField(initial.name());
        name.setId("speakerNameField");
        name.setPromptText("Full name, e.g. the name without title");
        ComboBox<SpeakerKind> kind = new ComboBox<>(FXCollections.observableArrayList(
                SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.GROUP, SpeakerKind.UNKNOWN));
        kind.setId("speakerKindField");
        kind.setValue(initial.kind() == null ? SpeakerKind.PERSON : initial.kind());
        TextField role = new TextField(initial.title() == null ? "" : initial.title());
        role.setId("speakerTitleField");
        role.setPromptText("Role, e.g. Foreign Minister (optional)");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Kind"), kind);
        grid.addRow(2, new Label("Title"), role);
        Dialog<SpeakerForm> dialog = dialog(title, grid);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new SpeakerForm(name.getText().strip(), kind.getValue(), role.getText().strip()) : null);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public <T> Optional<T> askChoice(String title, String label, List<T> options, Function<T, String> describe) {
        if (options.isEmpty()) {
            showError(title, "There is nothing to choose from.");
            return Optional.empty();
        }
        ComboBox<T> choice = new ComboBox<>(FXCollections.observableArrayList(options));
        choice.setId("dialogChoice");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : describe.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        choice.getSelectionModel().selectFirst();
        VBox box = new VBox(8, new Label(label), choice);
        Dialog<T> dialog = dialog(title, box);
        dialog.setResultConverter(button -> button == ButtonType.OK ? choice.getValue() : null);
        return dialog.showAndWait();
    }

    private <R> Dialog<R> dialog(String title, Node content) {
        Dialog<R> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("editDialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }

    private void startIn(FileChooser chooser) {
        Path article = currentArticle.get();
        Path folder = article == null ? null : article.toAbsolutePath().getParent();
        if (folder == null || !folder.toFile().isDirectory()) {
            folder = lastFolder;
        }
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.toPath().toAbsolutePath().getParent();
        return Optional.of(file.toPath());
    }

    /**
     * An alert owned by the window, titled twice (window and header) and with an id tests can find.
     * The stock alert cuts a long message off with "…"; here it wraps in full, and the dialog
     * resizes. A message too long for a dialog scrolls in a read-only text area, which can be copied.
     */
    private Alert alert(Alert.AlertType type, String id, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setResizable(true);
        DialogPane pane = alert.getDialogPane();
        pane.setId(id);
        pane.setContent(messageNode(message));
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setPrefWidth(MESSAGE_WIDTH + 40);
        return alert;
    }

    /** Width of a message in a dialog: a comfortable line of text, as dialogs of the desktop have. */
    static final double MESSAGE_WIDTH = 520;
    /** Up to this many characters or lines a message shows as wrapped text; beyond it, scrolls. */
    static final int LONGEST_LABEL = 900;
    static final int MOST_LABEL_LINES = 14;

    static Node messageNode(String message) {
        String text = message == null ? "" : message;
        if (text.length() <= LONGEST_LABEL && text.lines().count() <= MOST_LABEL_LINES) {
            Label label = new Label(text);
            label.setId("dialogMessage");
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.setPrefWidth(MESSAGE_WIDTH);
            label.setMaxWidth(Double.MAX_VALUE);
            return label;
        }
        TextArea area = new TextArea(text);
        area.setId("dialogMessage");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(MOST_LABEL_LINES);
        area.setPrefWidth(MESSAGE_WIDTH);
        area.getStyleClass().add("dialog-message");
        return area;
    }
}
