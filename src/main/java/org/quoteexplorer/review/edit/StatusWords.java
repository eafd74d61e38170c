package org.quoteexplorer.review.edit;

import org.quoteexplorer.model.QuoteStatus;

/** The words a status change is recorded and shown under. */
final class StatusWords {

    private StatusWords() {
    }

    /** History action: a verb, stable because it is exported. */
    static String action(QuoteStatus status) {
        return switch (status) {
            case ACCEPTED -> "accept";
            case REJECTED -> "reject";
            case UNSURE -> "mark-unsure";
            case CORRECTED -> "mark-corrected";
            case SUGGESTED -> "reset-status";
        };
    }

    /** Edit-menu wording ("Undo Accept “We will respond…”"), given the quote's {@link QuoteSnippets snippet}. */
    static String description(QuoteStatus status, String snippet) {
        return switch (status) {
            case ACCEPTED -> "Accept " + snippet;
            case REJECTED -> "Reject " + snippet;
            case UNSURE -> "Mark " + snippet + " unsure";
            case CORRECTED -> "Mark " + snippet + " corrected";
            case SUGGESTED -> "Reset " + snippet + " to suggested";
        };
    }
}
