package org.quoteexplorer.review;

/**
 * Hears how a workspace's background attribution goes. Called on the workers' threads, one call
 * at a time: a window hands each call over to its own thread.
 */
public interface AttributionListener {

    AttributionListener NONE = new AttributionListener() {
    };

    /** Before the first article: how many are to be attributed. */
    default void started(int total) {
    }

    /** An article was attributed and its review saved; {@code entry} is its new list entry. */
    default void attributed(WorkspaceEntry entry, int done, int total) {
    }

    /**
     * An article was left as it was: it could not be read or attributed ({@code problem} says why in
     * plain words), or the analyst saved a review of it meanwhile ({@code problem} is null).
     */
    default void skipped(String path, String problem, int done, int total) {
    }

    /** After the last article, or once cancelled work has stopped. */
    default void finished(AttributionSummary summary) {
    }
}
