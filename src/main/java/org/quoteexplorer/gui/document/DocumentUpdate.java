package org.quoteexplorer.gui.document;

import java.util.Set;
import org.quoteexplorer.model.AnnotatedArticle;

/**
 * What just happened to the document under review, so views redo only what changed.
 *
 * @param document        the document now
 * @param previous        the document before, or {@code null} when a new one was opened
 * @param affectedQuoteIds quotes whose look may have changed (ignored when {@link #isNewDocument()})
 * @param speakersChanged whether the speaker list changed (names, colours, legend)
 */
public record DocumentUpdate(AnnotatedArticle document, AnnotatedArticle previous,
                             Set<String> affectedQuoteIds, boolean speakersChanged) {

    public DocumentUpdate {
        affectedQuoteIds = Set.copyOf(affectedQuoteIds);
    }

    public static DocumentUpdate opened(AnnotatedArticle document) {
        return new DocumentUpdate(document, null, Set.of(), true);
    }

    public boolean isNewDocument() {
        return previous == null;
    }
}
