package org.quoteexplorer.review;

import java.util.List;
import java.util.Optional;

/** The workspace list's sorting, filtering and stepping, as pure functions of a list of entries. */
public final class WorkspaceEntries {

    private WorkspaceEntries() {
    }

    /** The entries that pass the filter, in the order. */
    public static List<WorkspaceEntry> view(List<WorkspaceEntry> entries, EntryOrder order, EntryFilter filter) {
        return entries.stream().filter(filter).sorted(order.comparator()).toList();
    }

    /**
     * The article after {@code current} in {@code view}: the first one when there is no current
     * article or it is filtered out; empty at the end of the list.
     */
    public static Optional<WorkspaceEntry> next(List<WorkspaceEntry> view, String current) {
        return step(view, current, 1);
    }

    /** As {@link #next}, backwards: the last one when there is no current article in the view. */
    public static Optional<WorkspaceEntry> previous(List<WorkspaceEntry> view, String current) {
        return step(view, current, -1);
    }

    private static Optional<WorkspaceEntry> step(List<WorkspaceEntry> view, String current, int by) {
        if (view.isEmpty()) {
            return Optional.empty();
        }
        int at = indexOf(view, current);
        if (at < 0) {
            return Optional.of(view.get(by > 0 ? 0 : view.size() - 1));
        }
        int to = at + by;
        return to < 0 || to >= view.size() ? Optional.empty() : Optional.of(view.get(to));
    }

    /** Where the article is in the list, or -1. */
    public static int indexOf(List<WorkspaceEntry> view, String path) {
        if (path == null) {
            return -1;
        }
        for (int i = 0; i < view.size(); i++) {
            if (view.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }
}
