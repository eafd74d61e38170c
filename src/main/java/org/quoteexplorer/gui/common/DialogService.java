package org.quoteexplorer.gui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.quoteexplorer.model.SpeakerKind;

/** The questions the app asks a person; view models ask through this, tests answer it. */
public interface DialogService {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** A speaker as typed into the "New speaker…" or "Edit speaker…" dialog. */
    record SpeakerForm(String name, SpeakerKind kind, String title) {
    }

    Optional<Path> chooseFileToOpen();

    /** A folder of articles to open as a workspace; empty when cancelled. */
    default Optional<Path> chooseFolderToOpen() {
        return Optional.empty();
    }

    Optional<Path> chooseSaveTarget(String title, String suggestedName);

    void showError(String title, String message);

    /**
     * An error whose {@code message} is for the analyst and whose {@code details} (what failed
     * inside, for a bug report) are shown only on request.
     */
    default void showError(String title, String message, String details) {
        showError(title, message);
    }

    void showWarning(String title, String message);

    UnsavedChoice askToSaveChanges(String documentName);

    /** A yes/no question; true for yes. */
    boolean confirm(String title, String message, String yes, String no);

    /** One line or a paragraph of text; empty when cancelled. */
    Optional<String> askText(String title, String label, String initial);

    Optional<SpeakerForm> askSpeaker(String title, SpeakerForm initial);

    <T> Optional<T> askChoice(String title, String label, List<T> options, Function<T, String> describe);
}
