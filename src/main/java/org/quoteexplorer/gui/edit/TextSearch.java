package org.quoteexplorer.gui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Span;

/**
 * Ctrl+F: case-insensitive search over the article. Quotes are part of the article text, so one
 * pass finds both; each hit says which quote it falls in, if any.
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** @param quoteId the quote the hit starts in, or {@code null} for the writer's own text */
    public record Hit(Span span, String quoteId) {

        public boolean inQuote() {
            return quoteId != null;
        }
    }

    /**
     * Every non-overlapping occurrence, in text order. Case is folded character by character
     * ({@link String#regionMatches(boolean, int, String, int, int)}), so hit offsets are exact
     * offsets into the text even where lower-casing would change a string's length.
     */
    public static List<Hit> find(AnnotatedArticle document, String query) {
        if (query == null || query.isEmpty()) {
            return List.of();
        }
        String text = document.text();
        List<Hit> hits = new ArrayList<>();
        int from = 0;
        while (from + query.length() <= text.length()) {
            if (text.regionMatches(true, from, query, 0, query.length())) {
                int start = from;
                String quoteId = QuoteNavigation.at(document, start).map(Quote::id).orElse(null);
                hits.add(new Hit(new Span(start, start + query.length()), quoteId));
                from += query.length();
            } else {
                from++;
            }
        }
        return List.copyOf(hits);
    }

    /** The first hit after {@code position}, wrapping to the top: F3 / Enter in the search field. */
    public static Optional<Hit> next(AnnotatedArticle document, String query, int position) {
        List<Hit> hits = find(document, query);
        return hits.stream().filter(h -> h.span().start() > position).findFirst()
                .or(() -> hits.stream().findFirst());
    }
}
