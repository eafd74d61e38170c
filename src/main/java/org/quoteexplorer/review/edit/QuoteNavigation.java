package org.quoteexplorer.review.edit;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;

/**
 * Moving between quotes from a position in the text: the caret, or the start of the selected
 * quote (use -1 for "before the first quote"). The visibility predicate is the active
 * {@link QuoteFilter}, so navigation skips what the person has filtered away.
 */
public final class QuoteNavigation {

    private QuoteNavigation() {
    }

    /** J / ↓: the first visible quote starting after {@code position}; none at the end (no wrap). */
    public static Optional<Quote> next(AnnotatedArticle document, int position, Predicate<Quote> visible) {
        return document.quotes().stream()
                .filter(q -> q.span().start() > position && visible.test(q))
                .findFirst();
    }

    public static Optional<Quote> next(AnnotatedArticle document, int position) {
        return next(document, position, q -> true);
    }

    /** K / ↑: the last visible quote starting before {@code position}; none at the start. */
    public static Optional<Quote> previous(AnnotatedArticle document, int position, Predicate<Quote> visible) {
        List<Quote> quotes = document.quotes();
        for (int i = quotes.size() - 1; i >= 0; i--) {
            Quote quote = quotes.get(i);
            if (quote.span().start() < position && visible.test(quote)) {
                return Optional.of(quote);
            }
        }
        return Optional.empty();
    }

    public static Optional<Quote> previous(AnnotatedArticle document, int position) {
        return previous(document, position, q -> true);
    }

    /**
     * Tab: the next visible quote nobody has decided on yet (suggested or unsure), wrapping to
     * the top, so repeated Tab visits every open quote; none when the review is done.
     */
    public static Optional<Quote> nextUnreviewed(AnnotatedArticle document, int position, Predicate<Quote> visible) {
        Predicate<Quote> open = q -> !q.status().isReviewed() && visible.test(q);
        Optional<Quote> after = next(document, position, open);
        return after.isPresent() ? after : next(document, -1, open);
    }

    public static Optional<Quote> nextUnreviewed(AnnotatedArticle document, int position) {
        return nextUnreviewed(document, position, q -> true);
    }

    /** The quote covering a text offset, e.g. where the person clicked. */
    public static Optional<Quote> at(AnnotatedArticle document, int offset) {
        return document.quotes().stream().filter(q -> q.span().contains(offset)).findFirst();
    }
}
