package org.quoteexplorer.gui.edit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/**
 * Builds the {@link Change} for each review operation from the document as it is now.
 *
 * <p>Nothing is applied here: a handler asks for a change and hands it to
 * {@link EditHistory#perform}. Every change of a quote appends a {@link HistoryEntry} whose
 * from/to read as a person would say them (speaker names, status words), so the exported history
 * needs no lookup. Invalid requests fail with {@link IllegalArgumentException} before anything
 * is built; a request that would change nothing is invalid too, so undo never walks empty steps.
 */
public final class Edits {

    private final Clock clock;

    public Edits(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static Edits withSystemClock() {
        return new Edits(Clock.systemUTC());
    }

    // ---------------------------------------------------------------- attribution

    /** Attributes a quote to another known speaker: a manual correction, fully confident. */
    public Change reassign(AnnotatedArticle document, String quoteId, String speakerId) {
        Quote quote = Lookup.quote(document, quoteId);
        Speaker speaker = Lookup.speaker(document, speakerId);
        requireOtherSpeaker(quote, speaker);
        return Change.ofQuotes("Reassign " + quoteId + " to " + speaker.name(),
                List.of(quote), List.of(reattributed(document, quote, speaker)));
    }

    /**
     * Attributes a quote to the speaker a person typed: an existing one when the name matches a
     * name or alias (ignoring case), else a new speaker with a fresh id — one undo step either way.
     */
    public Change reassignToNewSpeaker(AnnotatedArticle document, String quoteId, String name,
                                       SpeakerKind kind, String title) {
        Quote quote = Lookup.quote(document, quoteId);
        String cleanName = requireName(name);
        var existing = SpeakerNames.find(document, cleanName);
        if (existing.isPresent()) {
            return reassign(document, quoteId, existing.get().id());
        }
        Speaker added = new Speaker(Ids.nextSpeakerId(document), cleanName, kind, blankToNull(title), List.of());
        List<Speaker> speakers = new ArrayList<>(document.speakers());
        speakers.add(added);
        AnnotatedArticle withSpeaker = document.withSpeakers(speakers);
        return new Change("Reassign " + quoteId + " to new speaker " + added.name(),
                List.of(quote), List.of(reattributed(withSpeaker, quote, added)),
                document.speakers(), speakers);
    }

    // ---------------------------------------------------------------- review status

    /** The analyst confirms the suggestion as it stands; its origin and confidence stay as evidence. */
    public Change accept(AnnotatedArticle document, String quoteId) {
        return setStatus(document, quoteId, QuoteStatus.ACCEPTED);
    }

    /** Not a quotation, or not relevant; it stays in the document (struck through) so it can be restored. */
    public Change reject(AnnotatedArticle document, String quoteId) {
        return setStatus(document, quoteId, QuoteStatus.REJECTED);
    }

    public Change markUnsure(AnnotatedArticle document, String quoteId) {
        return setStatus(document, quoteId, QuoteStatus.UNSURE);
    }

    public Change setStatus(AnnotatedArticle document, String quoteId, QuoteStatus status) {
        Objects.requireNonNull(status, "status");
        Quote quote = Lookup.quote(document, quoteId);
        if (quote.status() == status) {
            throw new IllegalArgumentException(quoteId + " is already " + status.code());
        }
        Quote changed = quote.withStatus(status)
                .withHistoryEntry(entry(StatusWords.action(status), quote.status().code(), status.code()));
        return Change.ofQuotes(StatusWords.description(status, quoteId), List.of(quote), List.of(changed));
    }

    // ---------------------------------------------------------------- shared parts

    /**
     * The quote as a person attributed it. The mention is kept only if it names the new speaker:
     * a mention of the old speaker (or a pronoun that pointed to them) would be false evidence.
     */
    Quote reattributed(AnnotatedArticle document, Quote quote, Speaker speaker) {
        Span mention = quote.mention() != null
                && SpeakerNames.names(speaker, quote.mention().of(document.text())) ? quote.mention() : null;
        return quote.withAttribution(speaker.id(), mention, quote.cue(), 1.0, Quote.MANUAL)
                .withStatus(QuoteStatus.CORRECTED)
                .withHistoryEntry(entry("reassign", Lookup.speakerName(document, quote.speakerId()), speaker.name()));
    }

    HistoryEntry entry(String action, String from, String to) {
        return new HistoryEntry(Instant.now(clock), action, from, to);
    }

    private static void requireOtherSpeaker(Quote quote, Speaker speaker) {
        if (speaker.id().equals(quote.speakerId())) {
            throw new IllegalArgumentException(quote.id() + " is already attributed to " + speaker.name());
        }
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a speaker needs a name");
        }
        return name.strip().replaceAll("\\s+", " ");
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
