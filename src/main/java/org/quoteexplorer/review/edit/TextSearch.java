package org.quoteexplorer.review.edit;

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
     * Every non-overlapping occurrence, in text order. Case is folded character by character, so
     * hit offsets are exact offsets into the text even where lower-casing would change a string's
     * length; and typewriter quotes and apostrophes match typographic ones, because analysts type
     * {@code Iran's} and {@code "no comment"} while news text has {@code Iran’s} and {@code “no comment”}.
     */
    public static List<Hit> find(AnnotatedArticle document, String query) {
        if (query == null || query.isEmpty()) {
            return List.of();
        }
        String text = document.text();
        List<Hit> hits = new ArrayList<>();
        int from = 0;
        while (from + query.length() <= text.length()) {
            if (matchesAt(text, from, query)) {
                hits.add(hitAt(document, from, query));
                from += query.length();
            } else {
                from++;
            }
        }
        return List.copyOf(hits);
    }

    /** Whether {@code text} contains {@code query} by the same rules as {@link #find}: for filtering lists. */
    public static boolean contains(String text, String query) {
        if (query == null || query.isEmpty()) {
            return true;
        }
        for (int from = 0; from + query.length() <= text.length(); from++) {
            if (matchesAt(text, from, query)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int from, String query) {
        // the first character alone turns most places down: its fold is looked up before any other
        if (fold(text.charAt(from)) != fold(query.charAt(0))) {
            return false;
        }
        for (int i = 1; i < query.length(); i++) {
            if (fold(text.charAt(from + i)) != fold(query.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** One representative per family: the case pair, the quotation marks, the apostrophes, the spaces. */
    private static char fold(char c) {
        if (c < 128) {
            // the same as the rule below for ASCII, without two case mappings per character of a long article
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
                return '"';
            case '\u00A0', '\u2007', '\u202F':
                return ' ';
            default:
                return Character.toLowerCase(Character.toUpperCase(c));
        }
    }

    /** The first hit after {@code position}, wrapping to the top: F3 / Enter in the search field. */
    public static Optional<Hit> next(AnnotatedArticle document, String query, int position) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        // The hits of find, without collecting them: finding every hit and the quote of each
        // looked through all the quotes once per hit, a frozen window after Enter on a long article.
        String text = document.text();
        int first = -1;
        int from = 0;
        while (from + query.length() <= text.length()) {
            if (matchesAt(text, from, query)) {
                if (from > position) {
                    return Optional.of(hitAt(document, from, query));
                }
                if (first < 0) {
                    first = from;
                }
                from += query.length();
            } else {
                from++;
            }
        }
        return first < 0 ? Optional.empty() : Optional.of(hitAt(document, first, query));
    }

    private static Hit hitAt(AnnotatedArticle document, int start, String query) {
        String quoteId = QuoteNavigation.at(document, start).map(Quote::id).orElse(null);
        return new Hit(new Span(start, start + query.length()), quoteId);
    }
}
