package org.quoteexplorer.gui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the app's questions as a test scripts them, and records what was shown and asked. */
public final class StubDialogs implements DialogService {

    public Path fileToOpen;
    public Path saveTarget;
    public UnsavedChoice unsavedChoice = UnsavedChoice.CANCEL;
    public final List<String> errors = new ArrayList<>();
    public int unsavedQuestions;

    @Override
    public Optional<Path> chooseFileToOpen() {
        return Optional.ofNullable(fileToOpen);
    }

    public Path folderToOpen;

    @Override
    public Optional<Path> chooseFolderToOpen() {
        return Optional.ofNullable(folderToOpen);
    }

    /** How many times a place to save was asked for. */
    public int saveTargetQuestions;

    @Override
    public Optional<Path> chooseSaveTarget(String title, String suggestedName) {
        saveTargetQuestions++;
        return Optional.ofNullable(saveTarget);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    /** The technical details of each error shown with some, in the order shown. */
    public final List<String> errorDetails = new ArrayList<>();

    @Override
    public void showError(String title, String message, String details) {
        showError(title, message);
        errorDetails.add(details);
    }

    public final java.util.Deque<Object> answers = new java.util.ArrayDeque<>();
    public final List<String> questions = new ArrayList<>();

    /** Queues the answer to the next askText / askSpeaker / askChoice; an empty queue cancels. */
    public StubDialogs answer(Object next) {
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

    public final List<String> warnings = new ArrayList<>();

    @Override
    public void showWarning(String title, String message) {
        warnings.add(title + ": " + message);
    }

    public boolean confirmAnswer;
    public final List<String> confirmMessages = new ArrayList<>();

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
