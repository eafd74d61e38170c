package org.quoteexplorer.review.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Span;

/**
 * Edits of where quotes are: add one from a selection, move its boundaries, split one, merge two.
 * Reshaping keeps the speaker, note and history; history entries quote the text before and after.
 */
final class SpanEdits {

    private final Journal journal;

    SpanEdits(Journal journal) {
        this.journal = journal;
    }

    Change addQuote(AnnotatedArticle document, Span selection, String speakerId, Span mention, Span cue) {
        String text = document.text();
        Span span = Spans.trimmedSelection(text, selection, "the quote");
        Spans.requireNoOtherQuote(document, span, Set.of(), "the new quote");
        String speakerName = speakerId == null ? null : Lookup.speaker(document, speakerId).name();
        Span cleanMention = evidence(text, mention, span, "the mention");
        Span cleanCue = evidence(text, cue, span, "the cue");
        Quote added = new Quote(Ids.nextQuoteId(document), span, QuoteTypes.guess(text, span), speakerId,
                cleanMention, cleanCue, speakerId == null ? 0 : 1, Quote.MANUAL, QuoteStatus.CORRECTED, null,
                List.of());
        added = journal.record(added, "add", null, speakerName);
        return Change.ofQuotes("Add " + QuoteSnippets.of(text, span) + (speakerName == null ? "" : " by " + speakerName),
                List.of(), List.of(added));
    }

    /** Extends or shrinks a quote to a selection. */
    Change resize(AnnotatedArticle document, String quoteId, Span selection) {
        Quote quote = Lookup.quote(document, quoteId);
        Span span = Spans.trimmedSelection(document.text(), selection, "the new extent");
        return reshaped(document, quote, span, "Change the extent of " + QuoteSnippets.of(document, quote));
    }

    /**
     * Moves the start by {@code delta} characters (negative: to the left), as Shift+arrow keys do.
     * A character is a code point, so an emoji's surrogate pair is never cut in half.
     */
    Change moveStart(AnnotatedArticle document, String quoteId, int delta) {
        Quote quote = Lookup.quote(document, quoteId);
        int start = nudged(document, quote, quote.span().start(), delta, delta < 0);
        if (start >= quote.span().end()) {
            throw new IllegalArgumentException(QuoteSnippets.of(document, quote) + " cannot shrink to nothing");
        }
        return reshaped(document, quote, new Span(start, quote.span().end()),
                (delta < 0 ? "Extend " : "Shrink ") + QuoteSnippets.of(document, quote) + " at the start");
    }

    /** Moves the end by {@code delta} characters (positive: to the right). */
    Change moveEnd(AnnotatedArticle document, String quoteId, int delta) {
        Quote quote = Lookup.quote(document, quoteId);
        int end = nudged(document, quote, quote.span().end(), delta, delta > 0);
        if (end <= quote.span().start()) {
            throw new IllegalArgumentException(QuoteSnippets.of(document, quote) + " cannot shrink to nothing");
        }
        return reshaped(document, quote, new Span(quote.span().start(), end),
                (delta > 0 ? "Extend " : "Shrink ") + QuoteSnippets.of(document, quote) + " at the end");
    }

    /**
     * Cuts a quote in two at {@code offset}; white space at the cut belongs to neither part. Both
     * parts keep the speaker, evidence, note and history; the second gets a fresh id.
     */
    Change split(AnnotatedArticle document, String quoteId, int offset) {
        Quote quote = Lookup.quote(document, quoteId);
        String text = document.text();
        Span whole = quote.span();
        if (offset <= whole.start() || offset >= whole.end()) {
            throw new IllegalArgumentException("the split point is not inside " + QuoteSnippets.of(document, quote));
        }
        Spans.requireCharacterBoundary(text, offset, "the split point");
        int firstEnd = offset;
        while (firstEnd > whole.start() && Character.isWhitespace(text.charAt(firstEnd - 1))) {
            firstEnd--;
        }
        int secondStart = offset;
        while (secondStart < whole.end() && Character.isWhitespace(text.charAt(secondStart))) {
            secondStart++;
        }
        if (firstEnd == whole.start() || secondStart == whole.end()) {
            throw new IllegalArgumentException("splitting " + QuoteSnippets.of(document, quote) + " there leaves an empty part");
        }
        String wholeText = whole.of(text);
        QuoteStatus status = Journal.afterCorrection(quote.status());
        Quote first = quote.withSpan(new Span(whole.start(), firstEnd)).withStatus(status);
        Quote second = quote.withId(Ids.nextQuoteId(document)).withSpan(new Span(secondStart, whole.end()))
                .withStatus(status);
        first = journal.record(first, "split", wholeText, first.span().of(text));
        second = journal.record(second, "split", wholeText, second.span().of(text));
        return Change.ofQuotes("Split " + QuoteSnippets.of(document, quote), List.of(quote), List.of(first, second));
    }

    /**
     * Joins two quotes with nothing quoted between them into one spanning both (and whatever lies
     * between). The earlier quote's id and attribution win: merging is how a person says "this is
     * one utterance", typically of the first speaker. Notes are joined, histories interleaved by time.
     */
    Change merge(AnnotatedArticle document, String firstId, String secondId) {
        Quote a = Lookup.quote(document, firstId);
        Quote b = Lookup.quote(document, secondId);
        if (a.id().equals(b.id())) {
            throw new IllegalArgumentException("cannot merge " + QuoteSnippets.of(document, a) + " with itself");
        }
        Quote first = a.span().compareTo(b.span()) <= 0 ? a : b;
        Quote second = first == a ? b : a;
        List<Quote> quotes = document.quotes();
        int gap = quotes.indexOf(second) - quotes.indexOf(first);
        if (gap != 1) {
            throw new IllegalArgumentException(QuoteSnippets.of(document, first) + " and " + QuoteSnippets.of(document, second)
                    + " are not adjacent: " + QuoteSnippets.of(document, quotes.get(quotes.indexOf(first) + 1)) + " lies between them");
        }
        String text = document.text();
        Span span = new Span(first.span().start(), second.span().end());
        // Parts of an earlier split share the entries from before it: one event, kept once.
        Set<HistoryEntry> events = new LinkedHashSet<>(first.history());
        events.addAll(second.history());
        List<HistoryEntry> history = new ArrayList<>(events);
        history.sort(Comparator.comparing(HistoryEntry::time));
        Quote merged = new Quote(first.id(), span, first.type(), first.speakerId(),
                first.mention() != null ? first.mention() : second.mention(),
                first.cue() != null ? first.cue() : second.cue(),
                first.confidence(), first.origin(), Journal.afterCorrection(first.status()),
                joinNotes(first.note(), second.note()), history);
        merged = journal.record(merged, "merge",
                first.span().of(text) + " + " + second.span().of(text), span.of(text));
        return Change.ofQuotes("Merge " + QuoteSnippets.of(document, first) + " and " + QuoteSnippets.of(document, second),
                List.of(first, second), List.of(merged));
    }

    private Change reshaped(AnnotatedArticle document, Quote quote, Span span, String description) {
        if (span.equals(quote.span())) {
            throw new IllegalArgumentException(QuoteSnippets.of(document, quote) + " already spans " + Spans.show(span));
        }
        Spans.requireNoOtherQuote(document, span, Set.of(quote.id()), QuoteSnippets.of(document, quote));
        String text = document.text();
        // Evidence swallowed by the quote would claim the speaker is named inside their own words.
        Span mention = quote.mention() != null && quote.mention().overlaps(span) ? null : quote.mention();
        Span cue = quote.cue() != null && quote.cue().overlaps(span) ? null : quote.cue();
        Quote changed = quote.withSpan(span)
                .withAttribution(quote.speakerId(), mention, cue, quote.confidence(), quote.origin())
                .withStatus(Journal.afterCorrection(quote.status()));
        changed = journal.record(changed, "resize", quote.span().of(text), span.of(text));
        return Change.ofQuotes(description, List.of(quote), List.of(changed));
    }

    /** The boundary moved by {@code delta} code points; past the text's edge is refused as growth or shrinkage. */
    private static int nudged(AnnotatedArticle document, Quote quote, int boundary, int delta, boolean grows) {
        if (delta == 0) {
            throw new IllegalArgumentException("moving a boundary of " + QuoteSnippets.of(document, quote) + " by 0 changes nothing");
        }
        int moved = Spans.shiftByCodePoints(document.text(), boundary, delta);
        if (moved < 0) {
            throw new IllegalArgumentException(QuoteSnippets.of(document, quote)
                    + (grows ? " cannot grow past the edge of the text" : " cannot shrink to nothing"));
        }
        return moved;
    }

    private static Span evidence(String text, Span selection, Span quote, String what) {
        if (selection == null) {
            return null;
        }
        Span span = Spans.trimmedSelection(text, selection, what);
        Spans.requireOutsideQuote(span, quote, what);
        return span;
    }

    private static String joinNotes(String first, String second) {
        if (first == null || first.equals(second)) {
            return first == null ? second : first;
        }
        return second == null ? first : first + "\n" + second;
    }
}
