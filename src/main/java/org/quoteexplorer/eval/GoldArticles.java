package org.quoteexplorer.eval;

import org.quoteexplorer.io.ArticleReadException;
import org.quoteexplorer.io.ArticleReader;
import org.quoteexplorer.model.Article;

/**
 * A gold document as the analyst's app would read it. Scoring the raw gold string instead would
 * measure a path no user takes: the reader reflows and trims paragraphs, and the engine's
 * paragraph and sentence cues depend on that.
 */
public final class GoldArticles {

    private GoldArticles() {
    }

    /**
     * The gold text read as a {@code .txt} file named after the document; the id and title stay
     * the gold's so predictions and errors are filed under the gold id.
     */
    public static Article asRead(GoldDocument doc) throws ArticleReadException {
        Article read = ArticleReader.read(doc.text(), doc.id() + ".txt").article();
        String title = doc.title() != null ? doc.title() : read.title();
        return new Article(doc.id(), title, read.source(), read.text(), null, null);
    }

    /** The gold text exactly as stored, for measuring what the reader's path costs or gains. */
    public static Article raw(GoldDocument doc) {
        return new Article(doc.id(), doc.title(), doc.id() + ".txt", doc.text(), null, null);
    }
}
