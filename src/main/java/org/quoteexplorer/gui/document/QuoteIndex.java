package org.quoteexplorer.gui.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;

/**
 * A document's quotes by id, and the first quote that may touch an offset. Looking a quote up by
 * scanning the list is fine once, but the window does it per row and per restyled quote, which on
 * a long article made a keystroke quadratic. Built once per document version (the quote list is
 * immutable) and kept for the last one, as every lookup in a row concerns the same version.
 */
public final class QuoteIndex {

    /** Volatile: the article's styles are also worked out on the loading thread, before it shows. */
    private static volatile QuoteIndex last;

    private final List<Quote> quotes;
    /**
     * Positions by id. Borrowed from the index of the version before when the list kept its
     * length (a review key replaces quotes in place): each lookup then checks the quote found
     * there, and the first one that misses builds the map anew. Rebuilding 25,000 entries after
     * every key was a good part of a key's work on a long article. Volatile: built by whichever
     * thread first misses, and immutable once published.
     */
    private volatile Positions positions;

    /** @param borrowed whether lookups must check what they find (see {@link #positions}) */
    private record Positions(Map<String, Integer> byId, boolean borrowed) {
    }

    private QuoteIndex(List<Quote> quotes, Map<String, Integer> borrowedPositions) {
        this.quotes = quotes;
        this.positions = borrowedPositions != null ? new Positions(borrowedPositions, true)
                : new Positions(positionsOf(quotes), false);
    }

    private static Map<String, Integer> positionsOf(List<Quote> quotes) {
        Map<String, Integer> positions = new HashMap<>(quotes.size() * 2);
        for (int i = 0; i < quotes.size(); i++) {
            positions.putIfAbsent(quotes.get(i).id(), i);
        }
        return positions;
    }

    /** Any thread: an index is immutable once built, and a lost race only builds one twice. */
    public static QuoteIndex of(AnnotatedArticle document) {
        QuoteIndex index = last;
        if (index == null || index.quotes != document.quotes()) {
            List<Quote> quotes = document.quotes();
            // borrowed only from a map of unique ids: then an id found at its old place is nowhere else
            boolean reusable = index != null && index.quotes.size() == quotes.size()
                    && index.positions.byId().size() == index.quotes.size();
            index = new QuoteIndex(quotes, reusable ? index.positions.byId() : null);
            last = index;
        }
        return index;
    }

    public Optional<Quote> quote(String id) {
        int at = positionOf(id);
        return at < 0 ? Optional.empty() : Optional.of(quotes.get(at));
    }

    /** Position of {@code id} in text order, or -1. */
    public int positionOf(String id) {
        if (id == null) {
            return -1;
        }
        Positions known = positions;
        Integer at = known.byId().get(id);
        if (!known.borrowed()) {
            return at == null ? -1 : at;
        }
        if (at != null && at < quotes.size() && quotes.get(at).id().equals(id)) {
            return at;
        }
        Map<String, Integer> rebuilt = positionsOf(quotes);
        positions = new Positions(rebuilt, false);
        at = rebuilt.get(id);
        return at == null ? -1 : at;
    }

    /**
     * Index of the first quote that may overlap {@code [offset, …)}: quotes are in text order and
     * do not nest, so it is the first whose start is at or after the offset, or the one before
     * it when that one reaches past the offset.
     */
    public int firstReaching(int offset) {
        int low = 0;
        int high = quotes.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (quotes.get(mid).span().start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        while (low > 0 && quotes.get(low - 1).span().end() > offset) {
            low--;
        }
        return low;
    }

    public List<Quote> quotes() {
        return quotes;
    }
}
