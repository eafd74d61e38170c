package org.quoteexplorer.review;

/**
 * What the review actions need to know to say whether they apply now, without a toolkit: the
 * GUI fills it from its view models, the corpus workspace and the command line from theirs.
 *
 * @param hasDocument        an article is open
 * @param hasSelection       a quote is selected
 * @param hasTextSelection   some article text is selected (for adding quotes and mentions)
 * @param selectionAttributed the selected quote has a speaker
 * @param canUndo            there is an edit to undo
 * @param canRedo            there is an undone edit to redo
 * @param flagCount          how many quotes the radar asks the analyst to look at
 * @param hasWorkspace       a folder of articles is open, so there are articles to step through
 */
public record ReviewState(boolean hasDocument, boolean hasSelection, boolean hasTextSelection,
                          boolean selectionAttributed, boolean canUndo, boolean canRedo, int flagCount,
                          boolean hasWorkspace) {

    /** Nothing open. */
    public static final ReviewState EMPTY = new ReviewState(false, false, false, false, false, false, 0, false);

    /** One article on its own, no folder open. */
    public ReviewState(boolean hasDocument, boolean hasSelection, boolean hasTextSelection,
                       boolean selectionAttributed, boolean canUndo, boolean canRedo, int flagCount) {
        this(hasDocument, hasSelection, hasTextSelection, selectionAttributed, canUndo, canRedo, flagCount, false);
    }
}
