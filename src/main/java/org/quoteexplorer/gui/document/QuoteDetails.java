package org.quoteexplorer.gui.document;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.edit.QuoteTooltips;

/**
 * Why a quote is attributed as it is, field by field: what the selected-quote pane shows.
 *
 * @param speaker  the speaker's name, or "Unattributed"
 * @param title    the speaker's title, or empty
 * @param rule     the rule that attributed it ("quote-verb-speaker"), or "manual"
 * @param evidence the words the attribution rests on ("said Lopez"), or empty
 */
public record QuoteDetails(String quoteId, String speaker, String title, String rule, double confidence,
                           String evidence, String status, String type, String note, List<String> history) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    public QuoteDetails {
        history = List.copyOf(history);
    }

    public static final String UNATTRIBUTED = "Unattributed";

    /**
     * The name of {@code speakerId}'s speaker in {@code speakers} ({@link AnnotatedArticle#speakersById},
     * made once for a walk over many quotes), or {@link #UNATTRIBUTED}.
     */
    public static String nameIn(Map<String, Speaker> speakers, String speakerId) {
        Speaker speaker = speakerId == null ? null : speakers.get(speakerId);
        return speaker == null ? UNATTRIBUTED : speaker.name();
    }

    public static QuoteDetails of(AnnotatedArticle document, Quote quote) {
        Speaker speaker = document.speaker(quote.speakerId()).orElse(null);
        String rule = quote.origin().startsWith("rule:") ? quote.origin().substring("rule:".length()) : quote.origin();
        return new QuoteDetails(quote.id(),
                speaker == null ? UNATTRIBUTED : speaker.name(),
                speaker == null || speaker.title() == null ? "" : speaker.title(),
                rule, quote.confidence(), evidence(document.text(), quote.cue(), quote.mention()),
                quote.status().code(), quote.type().code(), quote.note() == null ? "" : quote.note(),
                quote.history().stream().map(QuoteDetails::describe).toList());
    }

    /** "14:02 reassign: Ana Lopez → Ben Ortiz", as the pane lists a quote's review steps. */
    static String describe(HistoryEntry entry) {
        StringBuilder line = new StringBuilder(TIME.format(entry.time())).append(' ').append(entry.action());
        if (entry.from() != null || entry.to() != null) {
            line.append(": ").append(entry.from() == null ? "\u2014" : entry.from())
                    .append(" \u2192 ").append(entry.to() == null ? "\u2014" : entry.to());
        }
        return line.toString();
    }

    /** The words the attribution rests on, as the hover card shows them; empty when there are none. */
    public static String evidence(String text, Span cue, Span mention) {
        String evidence = QuoteTooltips.evidence(text, cue, mention);
        return evidence == null ? "" : evidence;
    }

    public String confidenceText() {
        return org.quoteexplorer.gui.common.Decimals.fixed(confidence * 100, 0) + "%";
    }
}
