package org.quoteexplorer.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in a quote's review history, e.g. {@code reassign: John Doe → Jane Smith}.
 *
 * @param from the value before, as a person reads it (may be {@code null})
 * @param to   the value after (may be {@code null})
 */
public record HistoryEntry(Instant time, String action, String from, String to) {

    public HistoryEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(action, "action");
    }
}
