package org.quoteexplorer.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of a workspace as its list shows it: a small summary, never the article's text.
 *
 * @param path     relative to the workspace folder, {@code /} between names; the article's key
 * @param title    from the saved review; the file name when there is none
 * @param quotes   quotes in the saved review (0 when {@link ArticleState#NEW})
 * @param reviewed quotes accepted, corrected or rejected
 * @param flags    quotes the misattribution radar flagged that are not yet decided, as saved
 * @param state    how far the article has come
 * @param size     of the article file, in bytes
 * @param modified when the article file last changed
 * @param date     the article's publication date, or {@code null} when the file does not state one
 * @param problem  why the article's review cannot be trusted, in plain words, or {@code null}: the
 *                 saved review could not be read (the article then counts as
 *                 {@link ArticleState#ATTRIBUTED} with no quotes), or another article of the same
 *                 name in its folder shares its review file; background attribution leaves it alone
 */
public record WorkspaceEntry(String path, String title, int quotes, int reviewed, int flags, ArticleState state,
        long size, Instant modified, LocalDate date, String problem) {

    public WorkspaceEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(modified, "modified");
    }

    /** The same entry with a publication date. */
    public WorkspaceEntry withDate(LocalDate newDate) {
        return new WorkspaceEntry(path, title, quotes, reviewed, flags, state, size, modified, newDate, problem);
    }

    /** The file name without its folders. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The publication date when known. */
    public Optional<LocalDate> knownDate() {
        return Optional.ofNullable(date);
    }

    /** Share of quotes decided, 0..1; 0 for an article without quotes. */
    public double progress() {
        return quotes == 0 ? 0 : (double) reviewed / quotes;
    }
}
