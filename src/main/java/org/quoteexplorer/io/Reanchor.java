package org.quoteexplorer.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Span;

/**
 * Carries saved annotations over to an article whose text has changed since (its sha256 differs):
 * each quote is found again by its text and context, the W3C TextQuoteSelector idea. A quote that
 * cannot be found is reported, never silently dropped, so the analyst can redo it by hand.
 */
public final class Reanchor {

    /** Context each side, in code points: enough to tell repeated phrases apart. */
    static final int CONTEXT = 32;
    /** Context that must survive unchanged on both sides before an edited quote is trusted to it. */
    static final int MINIMUM_CONTEXT_FOR_EDITED_QUOTES = 12;

    private Reanchor() {
    }

    /**
     * @param document   the re-anchored annotations on the current article
     * @param unanchored the saved quotes that could not be placed, with their saved text
     * @param edited     ids of quotes placed by their context whose own text has changed
     */
    public record Result(AnnotatedArticle document, List<Unanchored> unanchored, List<String> edited) {

        public Result {
            unanchored = List.copyOf(unanchored);
            edited = List.copyOf(edited);
        }

        public boolean isComplete() {
            return unanchored.isEmpty();
        }
    }

    /** A saved quote that has no place in the current article; {@code text} is what it said. */
    public record Unanchored(Quote quote, String text, String speakerName) {
    }

    public static boolean isCurrent(AnnotatedArticle saved, Article current) {
        return saved.article().sha256().equals(current.sha256());
    }

    public static Result reanchor(AnnotatedArticle saved, Article current) {
        Article merged = new Article(current.id(), current.title(), current.source(), current.text(),
                saved.article().created(), saved.article().modified());
        if (isCurrent(saved, current)) {
            return new Result(saved.withArticle(merged), List.of(), List.of());
        }
        String oldText = saved.text();
        String newText = current.text();
        List<Quote> placed = new ArrayList<>();
        List<Unanchored> unanchored = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        for (Quote quote : saved.quotes()) {
            int hint = scaled(quote.span().start(), oldText, newText);
            TextQuoteSelector selector = TextQuoteSelector.around(oldText, quote.span(), CONTEXT);
            Optional<Span> span = selector.locate(newText, hint);
            boolean byContext = false;
            if (span.isEmpty()) {
                span = selector.locateByContext(newText, MINIMUM_CONTEXT_FOR_EDITED_QUOTES);
                byContext = span.isPresent();
            }
            if (span.isEmpty() || overlapsAny(span.get(), placed)) {
                unanchored.add(new Unanchored(quote, saved.textOf(quote),
                        saved.speaker(quote.speakerId()).map(s -> s.name()).orElse(null)));
                continue;
            }
            Span evidenceHint = span.get();
            Span mention = relocate(quote.mention(), oldText, newText, quote.span(), evidenceHint);
            Span cue = relocate(quote.cue(), oldText, newText, quote.span(), evidenceHint);
            placed.add(quote.withSpan(span.get()).withAttribution(quote.speakerId(), mention, cue, quote.confidence(), quote.origin()));
            if (byContext) {
                edited.add(quote.id());
            }
        }
        return new Result(new AnnotatedArticle(merged, saved.speakers(), placed), unanchored, edited);
    }

    /**
     * Mention and cue are evidence near the quote: look for them near its new place. If they are
     * gone the attribution stays, without evidence, rather than pointing at the wrong words.
     */
    private static Span relocate(Span evidence, String oldText, String newText, Span oldQuote, Span newQuote) {
        if (evidence == null) {
            return null;
        }
        int hint = newQuote.start() + (evidence.start() - oldQuote.start());
        Optional<Span> found = TextQuoteSelector.around(oldText, evidence, CONTEXT).locate(newText, hint);
        if (found.isEmpty() || found.get().overlaps(newQuote) && !oldQuote.overlaps(evidence)) {
            return null;
        }
        return found.get();
    }

    /** The old offset moved proportionally into the new text: a fair guess when several occurrences tie. */
    private static int scaled(int offset, String oldText, String newText) {
        return oldText.isEmpty() ? 0 : (int) ((long) offset * newText.length() / oldText.length());
    }

    private static boolean overlapsAny(Span span, List<Quote> placed) {
        return placed.stream().anyMatch(q -> q.span().overlaps(span));
    }
}
