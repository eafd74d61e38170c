package org.quoteexplorer.gui;

import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;

/** One line of the quote list. */
public record QuoteRow(String quoteId, String speakerId, String speakerName, String speakerClass, String text,
                       QuoteType type, QuoteStatus status, String note) {

    public static QuoteRow of(AnnotatedArticle document, Quote quote, SpeakerPalette palette) {
        String speaker = !quote.type().isSpeech() ? ArticleViewModel.SCARE_LABEL
                : document.speaker(quote.speakerId()).map(s -> s.name()).orElse(QuoteDetails.UNATTRIBUTED);
        return new QuoteRow(quote.id(), quote.speakerId(), speaker, palette.styleClassOf(quote.speakerId()),
                document.textOf(quote).replaceAll("\\s+", " "), quote.type(), quote.status(),
                quote.note() == null ? "" : quote.note());
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
}
