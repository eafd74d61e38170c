package org.quoteexplorer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A quotation and its attribution.
 *
 * @param id         unique within the document ("q1", "q2", …)
 * @param span       the quotation including its marks
 * @param type       direct, partial or headline
 * @param speakerId  the {@link Speaker#id()} it is attributed to, or {@code null} if unattributed
 * @param mention    where the speaker is named for this quote ("Smith" in "said Smith"), or {@code null}
 * @param cue        the cue the attribution rests on ("said", "told reporters", ":"), or {@code null}
 * @param confidence 0..1, how sure the origin is of the speaker
 * @param origin     {@code rule:<sieve name>} for the engine, {@code manual} for a person
 * @param status     review status
 * @param note       the analyst's free-text note, or {@code null}
 * @param history    review steps, oldest first
 */
public record Quote(
        String id,
        Span span,
        QuoteType type,
        String speakerId,
        Span mention,
        Span cue,
        double confidence,
        String origin,
        QuoteStatus status,
        String note,
        List<HistoryEntry> history) {

    public static final String MANUAL = "manual";

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        type = type == null ? QuoteType.DIRECT : type;
        status = status == null ? QuoteStatus.SUGGESTED : status;
        origin = origin == null ? MANUAL : origin;
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A freshly detected quote with no attribution yet. */
    public static Quote unattributed(String id, Span span, QuoteType type) {
        return new Quote(id, span, type, null, null, null, 0, MANUAL, QuoteStatus.SUGGESTED, null, List.of());
    }

    public boolean isAttributed() {
        return speakerId != null;
    }

    public Quote withId(String newId) {
        return new Quote(newId, span, type, speakerId, mention, cue, confidence, origin, status, note, history);
    }

    public Quote withSpan(Span newSpan) {
        return new Quote(id, newSpan, type, speakerId, mention, cue, confidence, origin, status, note, history);
    }

    public Quote withType(QuoteType newType) {
        return new Quote(id, span, newType, speakerId, mention, cue, confidence, origin, status, note, history);
    }

    /** Attribution as decided by {@code newOrigin} with its evidence. */
    public Quote withAttribution(String newSpeakerId, Span newMention, Span newCue, double newConfidence, String newOrigin) {
        return new Quote(id, span, type, newSpeakerId, newMention, newCue, newConfidence, newOrigin, status, note, history);
    }

    public Quote withSpeaker(String newSpeakerId) {
        return new Quote(id, span, type, newSpeakerId, mention, cue, confidence, origin, status, note, history);
    }

    public Quote withMention(Span newMention) {
        return new Quote(id, span, type, speakerId, newMention, cue, confidence, origin, status, note, history);
    }

    public Quote withStatus(QuoteStatus newStatus) {
        return new Quote(id, span, type, speakerId, mention, cue, confidence, origin, newStatus, note, history);
    }

    public Quote withNote(String newNote) {
        return new Quote(id, span, type, speakerId, mention, cue, confidence, origin, status, newNote, history);
    }

    public Quote withHistory(List<HistoryEntry> newHistory) {
        return new Quote(id, span, type, speakerId, mention, cue, confidence, origin, status, note, newHistory);
    }

    public Quote withHistoryEntry(HistoryEntry entry) {
        List<HistoryEntry> longer = new ArrayList<>(history);
        longer.add(entry);
        return withHistory(longer);
    }
}
