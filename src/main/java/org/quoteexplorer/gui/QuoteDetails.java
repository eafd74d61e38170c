package org.quoteexplorer.gui;

import java.util.Locale;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;

/**
 * Why a quote is attributed as it is, field by field: what the selected-quote pane shows.
 *
 * @param speaker  the speaker's name, or "Unattributed"
 * @param title    the speaker's title, or empty
 * @param rule     the rule that attributed it ("quote-verb-speaker"), or "manual"
 * @param evidence the words the attribution rests on ("said Putin"), or empty
 */
public record QuoteDetails(String quoteId, String speaker, String title, String rule, double confidence,
                           String evidence, String status, String type, String note) {

    public static final String UNATTRIBUTED = "Unattributed";
    /** Cue and mention further apart than this are shown separately instead of as one phrase. */
    private static final int MAX_EVIDENCE_GAP = 40;

    public static QuoteDetails of(AnnotatedArticle document, Quote quote) {
        Speaker speaker = document.speaker(quote.speakerId()).orElse(null);
        String rule = quote.origin().startsWith("rule:") ? quote.origin().substring("rule:".length()) : quote.origin();
        return new QuoteDetails(quote.id(),
                speaker == null ? UNATTRIBUTED : speaker.name(),
                speaker == null || speaker.title() == null ? "" : speaker.title(),
                rule, quote.confidence(), evidence(document.text(), quote.cue(), quote.mention()),
                quote.status().code(), quote.type().code(), quote.note() == null ? "" : quote.note());
    }

    static String evidence(String text, Span cue, Span mention) {
        if (cue == null && mention == null) {
            return "";
        }
        if (cue == null || mention == null) {
            return (cue == null ? mention : cue).of(text).strip();
        }
        Span first = cue.compareTo(mention) <= 0 ? cue : mention;
        Span second = first == cue ? mention : cue;
        if (second.start() - first.end() <= MAX_EVIDENCE_GAP && second.start() >= first.end()) {
            return text.substring(first.start(), Math.max(first.end(), second.end())).strip().replaceAll("\\s+", " ");
        }
        return first.of(text).strip() + " \u2026 " + second.of(text).strip();
    }

    public String confidenceText() {
        return String.format(Locale.ROOT, "%.0f%%", confidence * 100);
    }
}
