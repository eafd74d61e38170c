package org.quoteexplorer.review;

/**
 * The operations the review actions call. Each front end implements them on its own state: the
 * GUI builds an undoable change from its document and selection, a batch tool from its own.
 * Operations that do not apply now report why instead of failing.
 */
public interface ReviewCommands {

    // documents
    void open();

    /** Opens a folder of articles as a workspace. */
    void openFolder();

    /** The next article of the workspace's list as shown, saving the open one first. */
    void nextArticle();

    /** The previous article of the workspace's list as shown, saving the open one first. */
    void previousArticle();

    void save();

    void saveAs();

    void exportJson();

    void quit();

    void undo();

    void redo();

    // the selected quote
    void accept();

    void acceptAndNext();

    void reject();

    void markUnsure();

    /** Assigns the speaker shown with that digit (1–9) in the speaker list. */
    void assignListedSpeaker(int digit);

    void chooseSpeaker();

    void newSpeaker();

    void useSelectionAsMention();

    void addQuoteFromSelection();

    void resizeToSelection();

    void moveEnd(int delta);

    void moveStart(int delta);

    void splitAtCaret();

    void mergeWithNext();

    void editNote();

    /** Accepts every unflagged suggestion at or above a confidence the analyst picks, as one step. */
    void bulkAccept();

    // comparing with another reviewer (curation)
    /** Opens another reviewer's review of this article and lists where the two differ. */
    void compareReviews();

    /** Compares with the review of this article in another reviewer's folder, chosen as a folder. */
    void compareReviewFolder();

    /** Keeps my side of the selected difference. */
    void takeMine();

    /** Takes the other reviewer's side of the selected difference, as one undo step. */
    void takeTheirs();

    /** Takes their side of every difference not kept as mine, as one undo step. */
    void takeTheirsForAll();

    // moving between quotes
    void nextQuote();

    void previousQuote();

    void nextUnreviewed();

    void nextFlagged();

    void previousFlagged();

    // speakers
    void renameSpeaker();

    void editSpeaker();

    void mergeSpeaker();

    void splitAlias();

    void reassignAll();

    void addSpeaker();

    /** Puts the selected quote's speaker in the workspace's speaker registry. */
    void confirmSpeakerInRegistry();

    /** Takes the last registry change back in every article it touched. */
    void undoRegistryChange();

    // view
    void find();

    void toggleHideRejected();

    void toggleFlaggedOnly();

    void clearFilters();

    void showReviewQueue();

    void showEngineNotes();

    void toggleDarkTheme();

    void showShortcuts();
}
