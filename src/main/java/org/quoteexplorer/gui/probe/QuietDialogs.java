package org.quoteexplorer.gui.probe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.quoteexplorer.gui.common.DialogService;

/**
 * The probe's answers to the window's questions: none of them may wait for a person, or the
 * headless run would hang. Every question is declined; errors and warnings are kept for the report.
 */
final class QuietDialogs implements DialogService {

    final List<String> shown = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveTarget(String title, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public void showError(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showWarning(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public UnsavedChoice askToSaveChanges(String documentName) {
        return UnsavedChoice.DISCARD;
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        return false;
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        return Optional.empty();
    }

    @Override
    public Optional<SpeakerForm> askSpeaker(String title, SpeakerForm initial) {
        return Optional.empty();
    }

    @Override
    public <T> Optional<T> askChoice(String title, String label, List<T> options, Function<T, String> describe) {
        return Optional.empty();
    }
}
