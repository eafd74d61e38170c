package org.quoteexplorer.gui.quotes;

import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;

/**
 * One line of the quote list.
 *
 * @param confidence the engine's confidence in the attribution (1 for a person's), 0 when unattributed
 * @param risk       the radar's risk that the attribution is wrong, 0 when it has nothing to doubt
 * @param flags      the radar's flag codes, strongest first, comma-separated; empty when none
 */
public record QuoteRow(String quoteId, String speakerId, String speakerName, String speakerClass, String text,
                       QuoteType type, QuoteStatus status, String note, double confidence, double risk, String flags) {

    public static QuoteRow of(AnnotatedArticle document, Quote quote, SpeakerPalette palette) {
        return of(document, quote, palette, Assessment.NONE);
    }

    public static QuoteRow of(AnnotatedArticle document, Quote quote, SpeakerPalette palette, Assessment assessment) {
        String speaker = !quote.type().isSpeech() ? ArticleViewModel.SCARE_LABEL
                : document.speaker(quote.speakerId()).map(s -> s.name()).orElse(QuoteDetails.UNATTRIBUTED);
        return new QuoteRow(quote.id(), quote.speakerId(), speaker, palette.styleClassOf(quote.speakerId()),
                document.textOf(quote).replaceAll("\\s+", " "), quote.type(), quote.status(),
                quote.note() == null ? "" : quote.note(), quote.isAttributed() ? quote.confidence() : 0,
                assessment.risk(), String.join(", ", assessment.flags().stream().map(f -> f.code().code()).distinct().toList()));
    }

    /** A distinct mark per review status, for the list and the chips. */
    public static String markOf(QuoteStatus status) {
        return switch (status) {
            case SUGGESTED -> "\u25CB";
            case ACCEPTED -> "\u2713";
            case CORRECTED -> "\u270E";
            case REJECTED -> "\u2717";
            case UNSURE -> "?";
        };
    }

    public String statusMark() {
        return markOf(status);
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }

    /** The same row with another assessment: the radar reruns after edits without rebuilding the text. */
    public QuoteRow assessed(Assessment assessment) {
        // the radar reassesses every quote after each edit and most have nothing flagged before
        // or after: joining their empty flags anew was a fifth of a key's work with 25,000 quotes
        if (assessment.flags().isEmpty() && flags.isEmpty() && assessment.risk() == risk) {
            return this;
        }
        return new QuoteRow(quoteId, speakerId, speakerName, speakerClass, text, type, status, note, confidence,
                assessment.risk(), String.join(", ", assessment.flags().stream().map(f -> f.code().code()).distinct().toList()));
    }
}
