package org.quoteexplorer.io;

import java.util.List;
import java.util.Objects;
import org.quoteexplorer.model.Article;

/**
 * An article as read from a file, with how it was decoded.
 *
 * @param encoding the character encoding the bytes were decoded with, e.g. "UTF-8"
 * @param warnings things the reader should tell the analyst, e.g. a fallback encoding; empty if none
 */
public record LoadedArticle(Article article, String encoding, List<String> warnings) {

    public LoadedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(encoding, "encoding");
        warnings = List.copyOf(warnings);
    }
}
