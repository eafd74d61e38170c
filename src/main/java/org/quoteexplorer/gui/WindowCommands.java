package org.quoteexplorer.gui;

import java.util.function.Consumer;
import org.quoteexplorer.gui.curation.CurationViewModel;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.quotes.QuoteEditingViewModel;
import org.quoteexplorer.review.ReviewCommands;

/** The review commands as the main window carries them out, on its view models and its own panes. */
final class WindowCommands implements ReviewCommands {

    /** What only the window can do: focus and show its controls, switch the theme, close. */
    record WindowHooks(Runnable chooseSpeaker, Runnable find, Runnable showReviewQueue, Runnable showEngineNotes,
                       Runnable toggleDarkTheme, Runnable showShortcuts, Runnable quit) {
    }

    private final MainViewModel viewModel;
    private final WindowHooks hooks;
    private final CurationViewModel curation;

    WindowCommands(MainViewModel viewModel, WindowHooks hooks, CurationViewModel curation) {
        this.viewModel = viewModel;
        this.hooks = hooks;
        this.curation = curation;
    }

    private ReviewViewModel review() {
        return viewModel.review();
    }

    private QuoteEditingViewModel editing() {
        return viewModel.quoteEditing();
    }

    /**
     * A second reviewer's copy of the folder: the file chooser cannot pick a folder on every
     * system, so a folder chooser asks, and the review of this article in it is found by its id.
     */
    private void compareWithFolder() {
        if (!viewModel.session().hasDocument()) {
            review().say("Open an article first, then compare its review with another");
            return;
        }
        viewModel.dialogs().chooseFolderToOpen().ifPresent(curation::compareWith);
    }

    private void onSpeakerOfSelection(Consumer<String> operation) {
        viewModel.session().selectedQuote().map(q -> q.speakerId()).ifPresent(operation);
    }

    @Override public void open() { viewModel.openChosenFile(); }
    @Override public void openFolder() { viewModel.openChosenFolder(); }
    @Override public void nextArticle() { viewModel.workspace().next(); }
    @Override public void previousArticle() { viewModel.workspace().previous(); }
    @Override public void save() { viewModel.save(); }
    @Override public void saveAs() { viewModel.saveAs(); }
    @Override public void exportJson() { viewModel.exportChosen(); }
    @Override public void quit() { hooks.quit().run(); }
    @Override public void undo() { review().undo(); }
    @Override public void redo() { review().redo(); }
    @Override public void accept() { review().accept(); }
    @Override public void acceptAndNext() { review().acceptAndMoveOn(); }
    @Override public void reject() { review().reject(); }
    @Override public void markUnsure() { review().markUnsure(); }
    @Override public void assignListedSpeaker(int digit) { review().assignLegendSpeaker(digit); }
    @Override public void chooseSpeaker() { hooks.chooseSpeaker().run(); }
    @Override public void newSpeaker() { editing().newSpeakerForSelected(); }
    @Override public void useSelectionAsMention() { editing().useSelectionAsMention(); }
    @Override public void addQuoteFromSelection() { editing().addQuoteFromSelection(); }
    @Override public void resizeToSelection() { editing().resizeToSelection(); }
    @Override public void moveEnd(int delta) { editing().moveEnd(delta); }
    @Override public void moveStart(int delta) { editing().moveStart(delta); }
    @Override public void splitAtCaret() { editing().splitAtCaret(); }
    @Override public void mergeWithNext() { editing().mergeWithNext(); }
    @Override public void editNote() { editing().editNote(); }
    @Override public void bulkAccept() { viewModel.bulkAccept(); }
    @Override public void compareReviews() { curation.chooseAndCompare(); }
    @Override public void compareReviewFolder() { compareWithFolder(); }
    @Override public void takeMine() { curation.takeMine(); }
    @Override public void takeTheirs() { curation.takeTheirs(); }
    @Override public void takeTheirsForAll() { curation.takeTheirsForAll(); }
    @Override public void nextQuote() { review().selectNext(); }
    @Override public void previousQuote() { review().selectPrevious(); }
    @Override public void nextUnreviewed() { review().selectNextUnreviewed(); }
    @Override public void nextFlagged() { review().selectNextFlagged(); }
    @Override public void previousFlagged() { review().selectPreviousFlagged(); }
    @Override public void renameSpeaker() { onSpeakerOfSelection(viewModel.speakerEditing()::rename); }
    @Override public void editSpeaker() { onSpeakerOfSelection(viewModel.speakerEditing()::editDetails); }
    @Override public void mergeSpeaker() { onSpeakerOfSelection(viewModel.speakerEditing()::mergeInto); }
    @Override public void splitAlias() { onSpeakerOfSelection(viewModel.speakerEditing()::splitAlias); }
    @Override public void reassignAll() { onSpeakerOfSelection(viewModel.speakerEditing()::reassignAll); }
    @Override public void addSpeaker() { viewModel.speakerEditing().addSpeaker(); }
    @Override public void confirmSpeakerInRegistry() { onSpeakerOfSelection(viewModel.speakerEditing()::confirmInRegistry); }
    @Override public void undoRegistryChange() { viewModel.speakerEditing().undoRegistryChange(); }
    @Override public void find() { hooks.find().run(); }

    @Override
    public void toggleHideRejected() {
        viewModel.quoteList().hideRejectedProperty().set(!viewModel.quoteList().hideRejectedProperty().get());
    }

    @Override
    public void toggleFlaggedOnly() {
        viewModel.quoteList().flaggedOnlyProperty().set(!viewModel.quoteList().flaggedOnlyProperty().get());
    }

    @Override public void clearFilters() { viewModel.quoteList().clearFilters(); }
    @Override public void showReviewQueue() { hooks.showReviewQueue().run(); }
    @Override public void showEngineNotes() { hooks.showEngineNotes().run(); }
    @Override public void toggleDarkTheme() { hooks.toggleDarkTheme().run(); }
    @Override public void showShortcuts() { hooks.showShortcuts().run(); }
}
