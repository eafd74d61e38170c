package org.quoteexplorer.review.edit;

import java.time.Clock;
import java.util.List;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.SpeakerKind;

/**
 * Builds the {@link Change} for every review operation from the document as it is now: the one
 * entry point the GUI needs.
 *
 * <p>Nothing is applied here: a handler asks for a change and hands it to
 * {@link EditHistory#perform}. Every change of a quote appends a {@link HistoryEntry} whose
 * from/to read as a person would say them (speaker names, status words, quoted text), so the
 * exported history needs no lookup. Invalid requests fail with {@link IllegalArgumentException}
 * and a message fit for the status bar; a request that would change nothing is invalid too, so
 * undo never walks empty steps. Offsets are {@code String} indices, spans end-exclusive.
 */
public final class Edits {

    private final QuoteEdits quotes;
    private final SpanEdits spans;
    private final SpeakerEdits speakers;

    public Edits(Clock clock) {
        Journal journal = new Journal(clock);
        this.quotes = new QuoteEdits(journal);
        this.spans = new SpanEdits(journal);
        this.speakers = new SpeakerEdits(journal, quotes);
    }

    public static Edits withSystemClock() {
        return new Edits(Clock.systemUTC());
    }

    // ---------------------------------------------------------------- attribution and status

    /**
     * Attributes a quote to another known speaker: status corrected, origin manual, confidence 1;
     * the mention is dropped unless it names the new speaker.
     */
    public Change reassign(AnnotatedArticle document, String quoteId, String speakerId) {
        return quotes.reassign(document, quoteId, speakerId);
    }

    /**
     * Attributes a quote to the speaker a person typed: an existing one when the name equals a
     * name or alias (ignoring case; kind and title are then ignored), else a new speaker with a
     * fresh id — one undo step either way.
     */
    public Change reassignToNewSpeaker(AnnotatedArticle document, String quoteId, String name,
                                       SpeakerKind kind, String title) {
        Quote quote = Lookup.quote(document, quoteId);
        return speakers.forNamedSpeaker(document, name, kind, title,
                (withSpeaker, speakerId) -> quotes.reassign(withSpeaker, quoteId, speakerId),
                "Reassign " + QuoteSnippets.of(document, quote) + " to new speaker " + Names.requireName(name));
    }

    /** The analyst confirms the suggestion as it stands; origin and confidence stay as evidence. */
    public Change accept(AnnotatedArticle document, String quoteId) {
        return quotes.setStatus(document, quoteId, QuoteStatus.ACCEPTED);
    }

    /** Not a quotation, or not relevant; it stays in the document (struck through) and can be restored. */
    /**
     * Accepts the quote and records the radar flags the acceptance clears in its history
     * ({@code clear-flags}, from "flags: conflict, weak-evidence"); one undo step.
     */
    public Change accept(AnnotatedArticle document, String quoteId, List<Flag> clearedFlags) {
        Quote quote = Lookup.quote(document, quoteId);
        return Change.ofQuotes(StatusWords.description(QuoteStatus.ACCEPTED, QuoteSnippets.of(document, quote)),
                List.of(quote), List.of(quotes.accepted(document, quote, clearedFlags)));
    }

    /**
     * Accepts many quotes as one undo step ("Accept 12 quotes …"), e.g. every unflagged
     * suggestion the engine is sure of. Quotes already accepted are invalid, as for one.
     */
    public Change acceptAll(AnnotatedArticle document, List<String> quoteIds, String description) {
        if (quoteIds.isEmpty()) {
            throw new IllegalArgumentException("No quote to accept");
        }
        List<Quote> before = new java.util.ArrayList<>(quoteIds.size());
        List<Quote> after = new java.util.ArrayList<>(quoteIds.size());
        for (String id : new java.util.LinkedHashSet<>(quoteIds)) {
            Quote quote = Lookup.quote(document, id);
            before.add(quote);
            after.add(quotes.accepted(document, quote, List.of()));
        }
        return Change.ofQuotes(description, before, after);
    }

    public Change reject(AnnotatedArticle document, String quoteId) {
        return quotes.setStatus(document, quoteId, QuoteStatus.REJECTED);
    }

    public Change markUnsure(AnnotatedArticle document, String quoteId) {
        return quotes.setStatus(document, quoteId, QuoteStatus.UNSURE);
    }

    public Change setStatus(AnnotatedArticle document, String quoteId, QuoteStatus status) {
        return quotes.setStatus(document, quoteId, status);
    }

    public Change setType(AnnotatedArticle document, String quoteId, QuoteType type) {
        return quotes.setType(document, quoteId, type);
    }

    /** "Use as speaker mention": the selection (trimmed, outside the quote) becomes the mention; {@code null} clears it. */
    public Change setMention(AnnotatedArticle document, String quoteId, Span selection) {
        return quotes.setMention(document, quoteId, selection);
    }

    /** Free text; blank clears the note. Does not change the review status. */
    public Change setNote(AnnotatedArticle document, String quoteId, String note) {
        return quotes.setNote(document, quoteId, note);
    }

    // ---------------------------------------------------------------- spans

    /** A quote marked by hand, with no speaker, mention or cue known yet. */
    public Change addQuote(AnnotatedArticle document, Span selection) {
        return spans.addQuote(document, selection, null, null, null);
    }

    /**
     * A quote marked by hand (status corrected, origin manual, type guessed by
     * {@link QuoteTypes#guess}); white space around the selection is dropped. Speaker, mention and
     * cue may each be {@code null}; mention and cue must lie outside the quote.
     */
    public Change addQuote(AnnotatedArticle document, Span selection, String speakerId, Span mention, Span cue) {
        return spans.addQuote(document, selection, speakerId, mention, cue);
    }

    /**
     * A quote marked by hand with the speaker a person typed, as in {@link #reassignToNewSpeaker}:
     * an existing speaker by name or alias, else a new one — quote and speaker in one undo step.
     */
    public Change addQuoteByNamedSpeaker(AnnotatedArticle document, Span selection, String name, SpeakerKind kind,
                                         String title, Span mention, Span cue) {
        return speakers.forNamedSpeaker(document, name, kind, title,
                (withSpeaker, speakerId) -> spans.addQuote(withSpeaker, selection, speakerId, mention, cue),
                "Add " + QuoteSnippets.of(document.text(), Spans.trimmedSelection(document.text(), selection, "the quote"))
                        + " by new speaker " + Names.requireName(name));
    }

    /** Extends or shrinks a quote to the selection, keeping speaker, note and history. */
    public Change resize(AnnotatedArticle document, String quoteId, Span selection) {
        return spans.resize(document, quoteId, selection);
    }

    /** Moves the start by {@code delta} characters: -1 extends to the left, +1 shrinks. */
    public Change moveStart(AnnotatedArticle document, String quoteId, int delta) {
        return spans.moveStart(document, quoteId, delta);
    }

    /** Moves the end by {@code delta} characters: +1 extends to the right, -1 shrinks. */
    public Change moveEnd(AnnotatedArticle document, String quoteId, int delta) {
        return spans.moveEnd(document, quoteId, delta);
    }

    /** Cuts a quote in two at an offset strictly inside it; the second part gets a fresh id. */
    public Change splitQuote(AnnotatedArticle document, String quoteId, int offset) {
        return spans.split(document, quoteId, offset);
    }

    /** Joins two quotes with no quote between them; the earlier one's id and attribution win. */
    public Change mergeQuotes(AnnotatedArticle document, String quoteId, String otherQuoteId) {
        return spans.merge(document, quoteId, otherQuoteId);
    }

    // ---------------------------------------------------------------- speakers

    public Change addSpeaker(AnnotatedArticle document, String name, SpeakerKind kind, String title) {
        return speakers.addSpeaker(document, name, kind, title);
    }

    public Change renameSpeaker(AnnotatedArticle document, String speakerId, String newName) {
        return speakers.rename(document, speakerId, newName);
    }

    /** Sets kind and title together (a blank title clears it), as one dialog edits them. */
    public Change editSpeaker(AnnotatedArticle document, String speakerId, SpeakerKind kind, String title) {
        return speakers.editDetails(document, speakerId, kind, title);
    }

    /** {@code absorbedId}'s quotes, name and aliases move to {@code keptId}; it leaves the list. One step. */
    public Change mergeSpeakers(AnnotatedArticle document, String keptId, String absorbedId) {
        return speakers.merge(document, keptId, absorbedId);
    }

    /** The alias becomes its own speaker; quotes whose mention reads exactly as the alias follow it. */
    public Change splitAlias(AnnotatedArticle document, String speakerId, String alias) {
        return speakers.splitAlias(document, speakerId, alias);
    }

    /** Every quote of one speaker becomes a correction attributed to another. One step. */
    public Change reassignAll(AnnotatedArticle document, String fromSpeakerId, String toSpeakerId) {
        return speakers.reassignAll(document, fromSpeakerId, toSpeakerId);
    }

    /** Deletes a speaker nobody is quoted as. */
    public Change deleteSpeaker(AnnotatedArticle document, String speakerId) {
        return speakers.delete(document, speakerId);
    }
}
