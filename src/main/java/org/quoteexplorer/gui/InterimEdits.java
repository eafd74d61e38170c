package org.quoteexplorer.gui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quoteexplorer.gui.edit.Change;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** Stand-in for gui.edit.Edits until it is merged from main; same method shapes. */
final class InterimEdits {

    Change reassign(AnnotatedArticle document, String quoteId, String speakerId) {
        Quote quote = document.quote(quoteId).orElseThrow();
        Speaker speaker = document.speaker(speakerId).orElseThrow();
        if (speaker.id().equals(quote.speakerId())) {
            throw new IllegalArgumentException(quoteId + " is already attributed to " + speaker.name());
        }
        return Change.ofQuotes("Reassign " + quoteId + " to " + speaker.name(), List.of(quote),
                List.of(reattributed(document, quote, speaker)));
    }

    Change reassignToNewSpeaker(AnnotatedArticle document, String quoteId, String name, SpeakerKind kind, String title) {
        String clean = name.strip();
        for (Speaker s : document.speakers()) {
            if (s.name().equalsIgnoreCase(clean)) {
                return reassign(document, quoteId, s.id());
            }
        }
        Quote quote = document.quote(quoteId).orElseThrow();
        Speaker added = new Speaker("s" + (document.speakers().size() + 1), clean, kind, title, List.of());
        List<Speaker> speakers = new ArrayList<>(document.speakers());
        speakers.add(added);
        return new Change("Reassign " + quoteId + " to new speaker " + clean, List.of(quote),
                List.of(reattributed(document, quote, added)), document.speakers(), speakers);
    }

    Change setStatus(AnnotatedArticle document, String quoteId, QuoteStatus status) {
        Quote quote = document.quote(quoteId).orElseThrow();
        if (quote.status() == status) {
            throw new IllegalArgumentException(quoteId + " is already " + status.code());
        }
        return Change.ofQuotes(status.code().substring(0, 1).toUpperCase(Locale.ROOT) + status.code().substring(1) + " " + quoteId,
                List.of(quote), List.of(quote.withStatus(status)
                        .withHistoryEntry(new HistoryEntry(Instant.now(), "status", quote.status().code(), status.code()))));
    }

    private static Quote reattributed(AnnotatedArticle document, Quote quote, Speaker speaker) {
        String from = document.speaker(quote.speakerId()).map(Speaker::name).orElse(null);
        return quote.withAttribution(speaker.id(), null, quote.cue(), 1.0, Quote.MANUAL)
                .withStatus(QuoteStatus.CORRECTED)
                .withHistoryEntry(new HistoryEntry(Instant.now(), "reassign", from, speaker.name()));
    }
}
