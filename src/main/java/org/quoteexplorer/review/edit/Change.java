package org.quoteexplorer.review.edit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Speaker;

/**
 * One edit of the annotations, immutable and invertible: the quotes it replaces, as they were
 * and as they become, and the speaker list before and after when it changes.
 *
 * <p>Storing both sides makes {@link #inverse()} exact by construction, so every operation, from a
 * reassignment to a merge of two speakers, undoes in one step without code of its own.
 *
 * @param description   what a person would call it ("Reassign “We will plant ten thousand…” to Ana Lopez")
 * @param quotesBefore  quotes removed or replaced, as they were
 * @param quotesAfter   quotes added or replacing them (same id = replacement)
 * @param speakersBefore the whole speaker list before, or {@code null} if speakers are unchanged
 * @param speakersAfter  the whole speaker list after, or {@code null} if speakers are unchanged
 */
public record Change(
        String description,
        List<Quote> quotesBefore,
        List<Quote> quotesAfter,
        List<Speaker> speakersBefore,
        List<Speaker> speakersAfter) {

    public Change {
        Objects.requireNonNull(description, "description");
        quotesBefore = List.copyOf(quotesBefore);
        quotesAfter = List.copyOf(quotesAfter);
        if ((speakersBefore == null) != (speakersAfter == null)) {
            throw new IllegalArgumentException("speaker lists come in pairs");
        }
        speakersBefore = speakersBefore == null ? null : List.copyOf(speakersBefore);
        speakersAfter = speakersAfter == null ? null : List.copyOf(speakersAfter);
    }

    /** A change of quotes only. */
    public static Change ofQuotes(String description, List<Quote> before, List<Quote> after) {
        return new Change(description, before, after, null, null);
    }

    public AnnotatedArticle applyTo(AnnotatedArticle document) {
        List<Quote> replaced = replacedInPlace(document.quotes());
        if (replaced == null) {
            return applyByRebuilding(document);
        }
        AnnotatedArticle changed = document.withQuotes(replaced);
        if (speakersAfter != null) {
            if (!document.speakers().equals(speakersBefore)) {
                throw new IllegalStateException("change '" + description + "' does not fit the speaker list");
            }
            changed = changed.withSpeakers(speakersAfter);
        }
        return changed;
    }

    /**
     * The document's quotes with this change's, when it only replaces quotes by new versions with
     * the same id and span: each sits where its old version sat, found by its span, so a review key
     * on an article of 25,000 quotes copies the list once instead of hashing every quote. Null when
     * the change is of another kind, or a replaced quote shares its span with a neighbour (the
     * rebuilt order of equal spans is then the rebuild's to decide), or it does not fit: the
     * rebuild says why.
     */
    private List<Quote> replacedInPlace(List<Quote> quotes) {
        int n = quotesBefore.size();
        if (n == 0 || n != quotesAfter.size() || n > 64) {
            return null;
        }
        Quote[] copy = null;
        for (Quote after : quotesAfter) {
            Quote before = null;
            for (Quote candidate : quotesBefore) {
                if (candidate.id().equals(after.id())) {
                    before = candidate;
                    break;
                }
            }
            if (before == null || !before.span().equals(after.span())) {
                return null;
            }
            int at = positionOf(quotes, before);
            if (at < 0 || (at > 0 && quotes.get(at - 1).span().compareTo(before.span()) == 0)
                    || (at + 1 < quotes.size() && quotes.get(at + 1).span().compareTo(before.span()) == 0)) {
                return null;
            }
            if (copy == null) {
                copy = quotes.toArray(new Quote[0]);
            }
            if (copy[at] != quotes.get(at)) {
                // two of this change's quotes with one id
                return null;
            }
            copy[at] = after;
        }
        return copy == null ? null : java.util.Arrays.asList(copy);
    }

    /** Where {@code quote} is in {@code quotes} (in span order), by its span and id; -1 when it is not there as it is. */
    private static int positionOf(List<Quote> quotes, Quote quote) {
        int low = 0;
        int high = quotes.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (quotes.get(mid).span().compareTo(quote.span()) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i < quotes.size() && quotes.get(i).span().compareTo(quote.span()) == 0; i++) {
            if (quotes.get(i).id().equals(quote.id())) {
                return quote.equals(quotes.get(i)) ? i : -1;
            }
        }
        return -1;
    }

    /** Applies the change by rebuilding the quote list from every quote by id: any change, in any document. */
    AnnotatedArticle applyByRebuilding(AnnotatedArticle document) {
        Map<String, Quote> byId = new LinkedHashMap<>();
        for (Quote quote : document.quotes()) {
            byId.put(quote.id(), quote);
        }
        for (Quote quote : quotesBefore) {
            if (!quote.equals(byId.remove(quote.id()))) {
                throw new IllegalStateException("change '" + description + "' does not fit quote " + quote.id());
            }
        }
        for (Quote quote : quotesAfter) {
            if (byId.putIfAbsent(quote.id(), quote) != null) {
                throw new IllegalStateException("change '" + description + "' adds existing quote " + quote.id());
            }
        }
        AnnotatedArticle changed = document.withQuotes(new ArrayList<>(byId.values()));
        if (speakersAfter != null) {
            if (!document.speakers().equals(speakersBefore)) {
                throw new IllegalStateException("change '" + description + "' does not fit the speaker list");
            }
            changed = changed.withSpeakers(speakersAfter);
        }
        return changed;
    }

    /**
     * This change followed by {@code next}, as one undo step: e.g. adding a quote and creating its
     * speaker. {@code next} must have been built on the document this change produces. Quotes that
     * {@code next} merely puts back as they were drop out, so the result names only real changes.
     */
    public Change andThen(Change next, String combinedDescription) {
        Map<String, Quote> before = new LinkedHashMap<>();
        quotesBefore.forEach(q -> before.put(q.id(), q));
        Map<String, Quote> after = new LinkedHashMap<>();
        quotesAfter.forEach(q -> after.put(q.id(), q));
        for (Quote quote : next.quotesBefore) {
            if (after.remove(quote.id()) == null) {
                before.putIfAbsent(quote.id(), quote);
            }
        }
        next.quotesAfter.forEach(q -> after.put(q.id(), q));
        for (Iterator<Quote> it = before.values().iterator(); it.hasNext(); ) {
            Quote quote = it.next();
            if (quote.equals(after.get(quote.id()))) {
                it.remove();
                after.remove(quote.id());
            }
        }
        if (!next.changesSpeakers()) {
            return new Change(combinedDescription, List.copyOf(before.values()), List.copyOf(after.values()),
                    speakersBefore, speakersAfter);
        }
        return new Change(combinedDescription, List.copyOf(before.values()), List.copyOf(after.values()),
                changesSpeakers() ? speakersBefore : next.speakersBefore, next.speakersAfter);
    }

    public Change inverse() {
        return new Change(description, quotesAfter, quotesBefore, speakersAfter, speakersBefore);
    }

    /** Ids of the quotes whose look may change: only these need restyling. */
    public Set<String> affectedQuoteIds() {
        Set<String> ids = new LinkedHashSet<>();
        quotesBefore.forEach(q -> ids.add(q.id()));
        quotesAfter.forEach(q -> ids.add(q.id()));
        return ids;
    }

    /** False for a change that names no quote and no speaker list, e.g. a run of edits that cancelled out. */
    public boolean changesAnything() {
        return !quotesBefore.isEmpty() || !quotesAfter.isEmpty() || changesSpeakers();
    }

    public boolean changesSpeakers() {
        return speakersAfter != null;
    }
}
