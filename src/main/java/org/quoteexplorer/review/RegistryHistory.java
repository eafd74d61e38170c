package org.quoteexplorer.review;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * The undo history of registry changes in a workspace: each rename, merge or confirmation is one
 * step, however many articles it touched, and undoing it restores the registry and every one of
 * those articles. Not thread-safe: the window's thread owns it.
 */
public final class RegistryHistory {

    private final Workspace workspace;
    private final Deque<RegistryChange> done = new ArrayDeque<>();
    private final Deque<RegistryChange> undone = new ArrayDeque<>();

    public RegistryHistory(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Applies the change and makes it the step Undo takes back. */
    public Workspace.Applied perform(RegistryChange change, Set<String> heldInWindow) throws IOException {
        Workspace.Applied applied = workspace.apply(change, heldInWindow);
        done.push(change);
        undone.clear();
        return applied;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** "Undo Rename Jane Smith to Jane Smyth in the registry", or empty. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(done.peek()).map(RegistryChange::description);
    }

    /**
     * Takes back the last change everywhere it can.
     *
     * @return the inverse applied (the window applies its articles' parts), and what it did
     * @throws IllegalStateException when there is nothing to undo
     */
    public Step undo(Set<String> heldInWindow) throws IOException {
        if (done.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        RegistryChange inverse = done.peek().inverse();
        Workspace.Applied applied = workspace.apply(inverse, heldInWindow);
        undone.push(done.pop());
        return new Step(inverse, applied);
    }

    public Step redo(Set<String> heldInWindow) throws IOException {
        if (undone.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        RegistryChange change = undone.peek();
        Workspace.Applied applied = workspace.apply(change, heldInWindow);
        done.push(undone.pop());
        return new Step(change, applied);
    }

    /** A change as undo or redo applied it. */
    public record Step(RegistryChange change, Workspace.Applied applied) {
    }
}
