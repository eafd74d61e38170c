package org.quoteexplorer.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the app's questions as a test scripts them, and records the errors shown. */
final class StubDialogs implements DialogService {

    Path fileToOpen;
    Path saveTarget;
    UnsavedChoice unsavedChoice = UnsavedChoice.CANCEL;
    final List<String> errors = new ArrayList<>();
    int unsavedQuestions;

    @Override
    public Optional<Path> chooseFileToOpen() {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseSaveTarget(String title, String suggestedName) {
        return Optional.ofNullable(saveTarget);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public UnsavedChoice askToSaveChanges(String documentName) {
        unsavedQuestions++;
        return unsavedChoice;
    }
}
