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
                saved.article().created(), saved.article().modified(),
                current.published() != null ? current.published() : saved.article().published(),
                // Article files never carry these; a review that came from a feed keeps them.
                current.publisher() != null ? current.publisher() : saved.article().publisher(),
                current.url() != null ? current.url() : saved.article().url());
        if (isCurrent(saved, current)) {
            return new Result(saved.withArticle(merged), List.of(), List.of());
        }
        // Matching runs on the texts with white space folded: a new reading of the same file may turn
        // the space that joined two lines into a paragraph break, or the other way round, and a quote
        // or its context must not be lost for that.
        Folded oldText = Folded.of(saved.text());
        Folded newText = Folded.of(current.text());
        List<Quote> placed = new ArrayList<>();
        PlacedSpans taken = new PlacedSpans();
        List<Unanchored> unanchored = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        for (Quote quote : saved.quotes()) {
            Span oldSpan = oldText.fold(quote.span());
            int hint = scaled(oldSpan.start(), oldText.text(), newText.text());
            TextQuoteSelector selector = TextQuoteSelector.around(oldText.text(), oldSpan, CONTEXT);
            Optional<Span> span = selector.locate(newText.text(), hint);
            boolean byContext = false;
            if (span.isEmpty()) {
                span = selector.locateByContext(newText.text(), MINIMUM_CONTEXT_FOR_EDITED_QUOTES);
                byContext = span.isPresent();
            }
            Optional<Span> newSpan = span.map(newText::unfold);
            if (newSpan.isEmpty() || taken.overlaps(newSpan.get())) {
                unanchored.add(new Unanchored(quote, saved.textOf(quote),
                        saved.speaker(quote.speakerId()).map(s -> s.name()).orElse(null)));
                continue;
            }
            Span mention = relocate(quote.mention(), oldText, newText, oldSpan, span.get());
            Span cue = relocate(quote.cue(), oldText, newText, oldSpan, span.get());
            taken.add(newSpan.get());
            placed.add(quote.withSpan(newSpan.get()).withAttribution(quote.speakerId(), mention, cue, quote.confidence(), quote.origin()));
            if (byContext) {
                edited.add(quote.id());
            }
        }
        return new Result(new AnnotatedArticle(merged, saved.speakers(), placed), unanchored, edited);
    }

    /**
     * Mention and cue are evidence near the quote: look for them near its new place. If they are
     * gone the attribution stays, without evidence, rather than pointing at the wrong words.
     * Quote spans are folded ones here; the evidence found is returned in the new text's offsets.
     */
    private static Span relocate(Span evidence, Folded oldText, Folded newText, Span oldQuote, Span newQuote) {
        if (evidence == null || evidence.isEmpty()) {
            return null;
        }
        Span folded = oldText.fold(evidence);
        int hint = newQuote.start() + (folded.start() - oldQuote.start());
        Optional<Span> found = TextQuoteSelector.around(oldText.text(), folded, CONTEXT).locate(newText.text(), hint);
        if (found.isEmpty() || found.get().overlaps(newQuote) && !oldQuote.overlaps(folded)) {
            return null;
        }
        return newText.unfold(found.get());
    }

    /**
     * A text with every run of white space (line ends included) made one space, and for each of its
     * characters the stretch of the original it stands for.
     */
    private record Folded(String text, int[] starts, int[] ends, int[] foldedAt) {

        static Folded of(String original) {
            StringBuilder text = new StringBuilder(original.length());
            int[] starts = new int[original.length()];
            int[] ends = new int[original.length()];
            int[] foldedAt = new int[original.length() + 1];
            int n = 0;
            boolean afterSpace = false;
            for (int i = 0; i < original.length(); i++) {
                boolean space = isSpace(original.charAt(i));
                if (space && afterSpace) {
                    ends[n - 1] = i + 1;
                    foldedAt[i] = n - 1;
                    continue;
                }
                afterSpace = space;
                text.append(space ? ' ' : original.charAt(i));
                starts[n] = i;
                ends[n] = i + 1;
                foldedAt[i] = n;
                n++;
            }
            foldedAt[original.length()] = n;
            return new Folded(text.toString(), starts, ends, foldedAt);
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || c == '\u00A0';
        }

        Span fold(Span span) {
            if (span.isEmpty()) {
                return new Span(foldedAt[span.start()], foldedAt[span.start()]);
            }
            return new Span(foldedAt[span.start()], foldedAt[span.end() - 1] + 1);
        }

        /** Located spans are never empty: a selector's exact text is not. */
        Span unfold(Span span) {
            return new Span(starts[span.start()], ends[span.end() - 1]);
        }
    }

    /** The old offset moved proportionally into the new text: a fair guess when several occurrences tie. */
    private static int scaled(int offset, String oldText, String newText) {
        return oldText.isEmpty() ? 0 : (int) ((long) offset * newText.length() / oldText.length());
    }

    /**
     * The spans placed so far, which overlap none of each other, asked whether a span overlaps
     * any ({@link Span#overlaps}) by looking at its neighbours: asked of every placed span, it
     * made re-anchoring quadratic (25,000 quotes: 300 million comparisons).
     */
    static final class PlacedSpans {
        /** Non-empty spans by start: disjoint, so their ends grow with their starts. */
        private final java.util.TreeMap<Integer, Span> byStart = new java.util.TreeMap<>();
        /** Empty spans: one overlaps a span only by lying strictly inside it. */
        private final java.util.TreeSet<Integer> empty = new java.util.TreeSet<>();

        boolean overlaps(Span span) {
            // the non-empty span starting last before the span's end reaches furthest of those that start before it
            java.util.Map.Entry<Integer, Span> before = byStart.lowerEntry(span.end());
            if (before != null && before.getValue().overlaps(span)) {
                return true;
            }
            Integer inside = empty.higher(span.start());
            return inside != null && inside < span.end();
        }

        void add(Span span) {
            if (span.length() == 0) {
                empty.add(span.start());
            } else {
                byStart.put(span.start(), span);
            }
        }
    }
}
