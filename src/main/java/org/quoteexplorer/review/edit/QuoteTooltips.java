package org.quoteexplorer.review.edit;

import java.util.Locale;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Span;

/**
 * What hovering a quote tells: who, on what grounds, how sure —
 * {@code Ana Lopez — rule:quote-verb-speaker, 0.95 — evidence: “said Lopez”}.
 */
public final class QuoteTooltips {

    /** Cue and mention further apart than this are shown as two pieces rather than one stretch of text. */
    static final int MAX_EVIDENCE_GAP = 40;

    private QuoteTooltips() {
    }

    public static String tooltip(AnnotatedArticle document, Quote quote) {
        String who = quote.isAttributed() ? Lookup.speakerName(document, quote.speakerId()) : "No speaker";
        StringBuilder tip = new StringBuilder(who)
                .append(" — ").append(quote.origin())
                .append(", ").append(String.format(Locale.ROOT, "%.2f", quote.confidence()));
        String evidence = evidence(document.text(), quote.cue(), quote.mention());
        if (evidence != null) {
            tip.append(" — evidence: “").append(evidence).append('”');
        }
        if (quote.note() != null) {
            tip.append("\nNote: ").append(quote.note());
        }
        return tip.toString();
    }

    /**
     * The words the attribution rests on. Cue and mention usually sit together ("said Lopez",
     * "Lopez told reporters"), so the stretch covering both reads best; far apart, they are joined
     * with an ellipsis in text order.
     */
    public static String evidence(String text, Span cue, Span mention) {
        if (cue == null || mention == null) {
            Span only = cue != null ? cue : mention;
            return only == null ? null : oneLine(only.of(text));
        }
        Span first = cue.compareTo(mention) <= 0 ? cue : mention;
        Span second = first == cue ? mention : cue;
        if (second.start() <= first.end() + MAX_EVIDENCE_GAP
                && text.substring(first.start(), Math.max(first.end(), second.end())).indexOf('\n') < 0) {
            return oneLine(text.substring(first.start(), Math.max(first.end(), second.end())));
        }
        return oneLine(first.of(text)) + " … " + oneLine(second.of(text));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
