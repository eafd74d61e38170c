package org.quoteexplorer.review;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * How a workspace list is sorted. Ties are broken by path, so the order is the same at every
 * open and next/previous never skips an article.
 */
public record EntryOrder(Key key, boolean descending) {

    public enum Key {
        PATH, TITLE, STATE, QUOTES, FLAGS, PROGRESS,
        /** The publication date; articles without one come last either way. */
        DATE,
        /** When the article file last changed. */
        MODIFIED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws IllegalArgumentException for an unknown code */
        public static Key fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public static final EntryOrder DEFAULT = new EntryOrder(Key.PATH, false);

    public EntryOrder {
        Objects.requireNonNull(key, "key");
    }

    public EntryOrder reversed() {
        return new EntryOrder(key, !descending);
    }

    /** The comparator for this order, path last as a tie-break. */
    public Comparator<WorkspaceEntry> comparator() {
        Comparator<WorkspaceEntry> byKey = switch (key) {
            case PATH -> Comparator.comparing(WorkspaceEntry::path);
            case TITLE -> Comparator.comparing((WorkspaceEntry e) -> e.title().toLowerCase(Locale.ROOT));
            case STATE -> Comparator.comparing(WorkspaceEntry::state);
            case QUOTES -> Comparator.comparingInt(WorkspaceEntry::quotes);
            case FLAGS -> Comparator.comparingInt(WorkspaceEntry::flags);
            case PROGRESS -> Comparator.comparingDouble(WorkspaceEntry::progress);
            case DATE -> Comparator.comparing(WorkspaceEntry::date, Comparator.nullsLast(Comparator.naturalOrder()));
            case MODIFIED -> Comparator.comparing(WorkspaceEntry::modified);
        };
        if (descending) {
            // Unknown dates stay last either way: they are neither the oldest nor the newest.
            byKey = key == Key.DATE
                    ? Comparator.comparing(WorkspaceEntry::date, Comparator.nullsLast(Comparator.reverseOrder()))
                    : byKey.reversed();
        }
        return byKey.thenComparing(WorkspaceEntry::path);
    }
}
