package org.quoteexplorer.review.edit;

import java.util.List;
import java.util.Objects;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;

/** Edits of one quote's attribution, status, type, mention and note. */
final class QuoteEdits {

    private final Journal journal;

    QuoteEdits(Journal journal) {
        this.journal = journal;
    }

    Change reassign(AnnotatedArticle document, String quoteId, String speakerId) {
        Quote quote = Lookup.quote(document, quoteId);
        Speaker speaker = Lookup.speaker(document, speakerId);
        if (speaker.id().equals(quote.speakerId())) {
            throw new IllegalArgumentException(QuoteSnippets.of(document, quote) + " is already attributed to " + speaker.name());
        }
        return Change.ofQuotes("Reassign " + QuoteSnippets.of(document, quote) + " to " + speaker.name(),
                List.of(quote), List.of(reattributed(document, quote, speaker, QuoteStatus.CORRECTED)));
    }

    Change setStatus(AnnotatedArticle document, String quoteId, QuoteStatus status) {
        Objects.requireNonNull(status, "status");
        Quote quote = Lookup.quote(document, quoteId);
        if (quote.status() == status) {
            throw new IllegalArgumentException(QuoteSnippets.of(document, quote) + " is already " + status.code());
        }
        Quote changed = journal.record(quote.withStatus(status),
                StatusWords.action(status), quote.status().code(), status.code());
        return Change.ofQuotes(StatusWords.description(status, QuoteSnippets.of(document, quote)), List.of(quote), List.of(changed));
    }

    /**
     * Accepts the quote and writes the radar's flags it clears into its history, so the export
     * still shows what the analyst was asked to look at and decided on.
     */
    Quote accepted(AnnotatedArticle document, Quote quote, List<Flag> clearedFlags) {
        if (quote.status() == QuoteStatus.ACCEPTED) {
            throw new IllegalArgumentException(QuoteSnippets.of(document, quote) + " is already accepted");
        }
        Quote changed = journal.record(quote.withStatus(QuoteStatus.ACCEPTED),
                StatusWords.action(QuoteStatus.ACCEPTED), quote.status().code(), QuoteStatus.ACCEPTED.code());
        if (clearedFlags != null && !clearedFlags.isEmpty()) {
            changed = journal.record(changed, "clear-flags", flagsText(clearedFlags), null);
        }
        return changed;
    }

    /** "flags: conflict, weak-evidence" — the codes, as the exports name them. */
    static String flagsText(List<Flag> flags) {
        return "flags: " + String.join(", ", flags.stream().map(f -> f.code().code()).distinct().toList());
    }

    Change setType(AnnotatedArticle document, String quoteId, QuoteType type) {
        Objects.requireNonNull(type, "type");
        Quote quote = Lookup.quote(document, quoteId);
        if (quote.type() == type) {
            throw new IllegalArgumentException(QuoteSnippets.of(document, quote) + " is already " + type.code());
        }
        Quote changed = journal.record(quote.withType(type).withStatus(Journal.afterCorrection(quote.status())),
                "set-type", quote.type().code(), type.code());
        return Change.ofQuotes("Make " + QuoteSnippets.of(document, quote) + " " + type.code(), List.of(quote), List.of(changed));
    }

    /** Points the attribution's evidence at the words that name the speaker; {@code null} clears it. */
    Change setMention(AnnotatedArticle document, String quoteId, Span selection) {
        Quote quote = Lookup.quote(document, quoteId);
        String text = document.text();
        Span mention = selection == null ? null : Spans.trimmedSelection(text, selection, "the mention");
        if (mention != null) {
            Spans.requireOutsideQuote(mention, quote.span(), "the mention");
        }
        if (Objects.equals(mention, quote.mention())) {
            throw new IllegalArgumentException(QuoteSnippets.of(document, quote) + " already has that mention");
        }
        Quote changed = journal.record(quote.withMention(mention).withStatus(Journal.afterCorrection(quote.status())),
                "set-mention", textOrNull(text, quote.mention()), textOrNull(text, mention));
        String description = mention == null ? "Clear the mention of " + QuoteSnippets.of(document, quote)
                : "Use “" + mention.of(text) + "” as mention of " + QuoteSnippets.of(document, quote);
        return Change.ofQuotes(description, List.of(quote), List.of(changed));
    }

    /** A note is the analyst's own words, so it does not count as reviewing the quote. Blank clears it. */
    Change setNote(AnnotatedArticle document, String quoteId, String note) {
        Quote quote = Lookup.quote(document, quoteId);
        String cleanNote = Names.blankToNull(note);
        if (Objects.equals(cleanNote, quote.note())) {
            throw new IllegalArgumentException(QuoteSnippets.of(document, quote) + " already has that note");
        }
        Quote changed = journal.record(quote.withNote(cleanNote), "note", quote.note(), cleanNote);
        String description = (cleanNote == null ? "Clear the note of " : "Set the note of ") + QuoteSnippets.of(document, quote);
        return Change.ofQuotes(description, List.of(quote), List.of(changed));
    }

    /**
     * The quote as a person attributed it: manual and fully confident. The mention is kept only if
     * it names the new speaker — a mention of the old speaker, or a pronoun that pointed to them,
     * would be false evidence.
     */
    Quote reattributed(AnnotatedArticle document, Quote quote, Speaker speaker, QuoteStatus status) {
        Span mention = quote.mention() != null
                && SpeakerNames.names(speaker, quote.mention().of(document.text())) ? quote.mention() : null;
        Quote attributed = quote.withAttribution(speaker.id(), mention, quote.cue(), 1.0, Quote.MANUAL)
                .withStatus(status);
        return journal.record(attributed, "reassign", Lookup.speakerName(document, quote.speakerId()), speaker.name());
    }

    static String textOrNull(String text, Span span) {
        return span == null ? null : span.of(text);
    }
}
