package org.quoteexplorer.gui;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the app asks a person; view models ask through this, tests answer it. */
public interface DialogService {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseFileToOpen();

    Optional<Path> chooseSaveTarget(String title, String suggestedName);

    void showError(String title, String message);

    UnsavedChoice askToSaveChanges(String documentName);
}
