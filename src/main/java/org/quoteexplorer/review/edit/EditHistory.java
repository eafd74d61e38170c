package org.quoteexplorer.review.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;

/**
 * The document under review and its undo/redo history.
 *
 * <p>Handlers never mutate the document: they build a {@link Change} and {@link #perform} it.
 * "Unsaved" means the history is not at the position marked by {@link #markClean()}.
 * Pure Java, so it is tested without a toolkit; view models adapt it to JavaFX properties.
 */
public final class EditHistory {

    private final List<Change> done = new ArrayList<>();
    private final List<Change> undone = new ArrayList<>();
    private final List<BiConsumer<AnnotatedArticle, Change>> listeners = new CopyOnWriteArrayList<>();
    private AnnotatedArticle current;
    /** Size of {@link #done} when last saved; -1 when that state cannot be reached any more. */
    private int cleanPosition;
    /** Key of the last perform while the next one may still fold into it; null once anything else happened. */
    private String lastCoalesceKey;

    public EditHistory(AnnotatedArticle initial) {
        this.current = Objects.requireNonNull(initial);
        this.cleanPosition = 0;
    }

    public AnnotatedArticle current() {
        return current;
    }

    public void perform(Change change) {
        perform(change, null);
    }

    /**
     * Performs a change that continues the previous step when both carry the same non-null key and
     * nothing happened in between (no other edit, undo, redo or save): holding Shift+→ on a quote
     * ({@code "resize:q3"}) grows it in one undo step. Listeners still hear each change as it comes.
     */
    public void perform(Change change, String coalesceKey) {
        AnnotatedArticle changed = change.applyTo(current);
        Change applied = change;
        boolean continuesLastStep = coalesceKey != null && coalesceKey.equals(lastCoalesceKey) && canUndo();
        lastCoalesceKey = coalesceKey;
        if (continuesLastStep) {
            Change previous = done.remove(done.size() - 1);
            Change step = Coalescing.coalesce(previous, change);
            // The folded step compacts the quotes' history, so the document is rebuilt from it
            // and listeners hear the exact transition, keeping undo and the view in step.
            changed = step.applyTo(previous.inverse().applyTo(current));
            applied = Coalescing.transition(change.description(), current, changed, change.affectedQuoteIds());
            if (step.changesAnything()) {
                done.add(step);
            } else {
                // The run undid itself: the step vanishes, and a later key must not fold into the step before it.
                lastCoalesceKey = null;
            }
        } else {
            done.add(change);
            if (cleanPosition >= done.size()) {
                cleanPosition = -1;
            }
        }
        current = changed;
        undone.clear();
        fire(applied);
    }

    /**
     * Replaces the article's metadata, such as when the review was last saved, without an undo
     * step: saving is not an edit, and undoing past a save must not unsave the time stamp.
     */
    public void replaceArticle(Article article) {
        if (!article.text().equals(current.text())) {
            throw new IllegalArgumentException("the article text cannot change under review");
        }
        current = current.withArticle(article);
        fire(null);
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** Name of the change the next undo reverts, for the Edit menu. */
    public String undoDescription() {
        return canUndo() ? done.get(done.size() - 1).description() : "";
    }

    public String redoDescription() {
        return canRedo() ? undone.get(undone.size() - 1).description() : "";
    }

    public void undo() {
        if (!canUndo()) {
            return;
        }
        lastCoalesceKey = null;
        Change change = done.remove(done.size() - 1);
        Change inverse = change.inverse();
        current = inverse.applyTo(current);
        undone.add(change);
        fire(inverse);
    }

    public void redo() {
        if (!canRedo()) {
            return;
        }
        lastCoalesceKey = null;
        Change change = undone.remove(undone.size() - 1);
        current = change.applyTo(current);
        done.add(change);
        fire(change);
    }

    public void markClean() {
        cleanPosition = done.size();
        lastCoalesceKey = null;
        fire(null);
    }

    public boolean isClean() {
        return cleanPosition == done.size();
    }

    /** Called after every perform, undo, redo and markClean with the new document and the change applied (null for markClean). */
    public void addListener(BiConsumer<AnnotatedArticle, Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(BiConsumer<AnnotatedArticle, Change> listener) {
        listeners.remove(listener);
    }

    private void fire(Change applied) {
        for (BiConsumer<AnnotatedArticle, Change> listener : listeners) {
            listener.accept(current, applied);
        }
    }
}
