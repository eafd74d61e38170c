package org.quoteexplorer.gui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.quoteexplorer.model.AnnotatedArticle;

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

    public EditHistory(AnnotatedArticle initial) {
        this.current = Objects.requireNonNull(initial);
        this.cleanPosition = 0;
    }

    public AnnotatedArticle current() {
        return current;
    }

    public void perform(Change change) {
        current = change.applyTo(current);
        done.add(change);
        if (cleanPosition > done.size() - 1) {
            cleanPosition = -1;
        }
        undone.clear();
        fire(change);
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
        Change change = undone.remove(undone.size() - 1);
        current = change.applyTo(current);
        done.add(change);
        fire(change);
    }

    public void markClean() {
        cleanPosition = done.size();
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
