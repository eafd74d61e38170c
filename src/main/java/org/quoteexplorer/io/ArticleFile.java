package org.quoteexplorer.io;

import java.time.Instant;
import java.util.Objects;

/**
 * An article found in a workspace folder.
 *
 * @param path      relative to the folder, with {@code /} between names on every system
 * @param size      in bytes
 * @param modified  when the file last changed
 * @param hasReview whether a saved review ({@code story.quotes.json}) sits next to it
 */
public record ArticleFile(String path, long size, Instant modified, boolean hasReview) {

    public ArticleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(modified, "modified");
    }
}
