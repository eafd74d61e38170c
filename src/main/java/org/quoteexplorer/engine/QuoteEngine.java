package org.quoteexplorer.engine;

import java.util.ArrayList;
import java.util.List;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Diagnostic;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;

/**
 * Finds the quotations of an article and attributes each to its speaker.
 *
 * <p>Placeholder: finds curly double quotes only and attributes nothing. The real engine replaces it.
 */
public final class QuoteEngine {

    private final List<Speaker> knownSpeakers;

    public QuoteEngine() {
        this(List.of());
    }

    /** @param knownSpeakers an optional user list of names and aliases that helps recognise people */
    public QuoteEngine(List<Speaker> knownSpeakers) {
        this.knownSpeakers = List.copyOf(knownSpeakers);
    }

    public List<Speaker> knownSpeakers() {
        return knownSpeakers;
    }

    public Attribution attribute(Article article) {
        String text = article.text();
        List<Quote> quotes = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf('\u201C', from);
            if (open < 0) {
                break;
            }
            int close = text.indexOf('\u201D', open + 1);
            if (close < 0) {
                diagnostics.add(Diagnostic.warning("unclosed quotation mark", new Span(open, open + 1)));
                break;
            }
            quotes.add(Quote.unattributed("q" + (quotes.size() + 1), new Span(open, close + 1), QuoteType.DIRECT));
            from = close + 1;
        }
        return new Attribution(new AnnotatedArticle(article, List.of(), quotes), diagnostics);
    }
}
