package org.quoteexplorer.gui;

import org.quoteexplorer.gui.common.DialogService;
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

    Path folderToOpen;

    @Override
    public Optional<Path> chooseFolderToOpen() {
        return Optional.ofNullable(folderToOpen);
    }

    @Override
    public Optional<Path> chooseSaveTarget(String title, String suggestedName) {
        return Optional.ofNullable(saveTarget);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    /** The technical details of each error shown with some, in the order shown. */
    final List<String> errorDetails = new ArrayList<>();

    @Override
    public void showError(String title, String message, String details) {
        showError(title, message);
        errorDetails.add(details);
    }

    final java.util.Deque<Object> answers = new java.util.ArrayDeque<>();
    final List<String> questions = new ArrayList<>();

    /** Queues the answer to the next askText / askSpeaker / askChoice; an empty queue cancels. */
    StubDialogs answer(Object next) {
        answers.add(next);
        return this;
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        questions.add(title);
        return Optional.ofNullable((String) answers.poll());
    }

    @Override
    public Optional<SpeakerForm> askSpeaker(String title, SpeakerForm initial) {
        questions.add(title);
        return Optional.ofNullable((SpeakerForm) answers.poll());
    }

    @Override
    public <T> Optional<T> askChoice(String title, String label, List<T> options, java.util.function.Function<T, String> describe) {
        questions.add(title);
        Object wanted = answers.poll();
        return options.stream().filter(o -> describe.apply(o).equals(wanted)).findFirst();
    }

    final List<String> warnings = new ArrayList<>();

    @Override
    public void showWarning(String title, String message) {
        warnings.add(title + ": " + message);
    }

    boolean confirmAnswer;
    final List<String> confirmMessages = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        questions.add(title);
        confirmMessages.add(message);
        return confirmAnswer;
    }

    @Override
    public UnsavedChoice askToSaveChanges(String documentName) {
        unsavedQuestions++;
        return unsavedChoice;
    }
}
