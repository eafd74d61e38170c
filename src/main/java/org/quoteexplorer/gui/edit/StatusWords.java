package org.quoteexplorer.gui.edit;

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

    /** Edit-menu wording ("Undo Accept q3"). */
    static String description(QuoteStatus status, String quoteId) {
        return switch (status) {
            case ACCEPTED -> "Accept " + quoteId;
            case REJECTED -> "Reject " + quoteId;
            case UNSURE -> "Mark " + quoteId + " unsure";
            case CORRECTED -> "Mark " + quoteId + " corrected";
            case SUGGESTED -> "Reset " + quoteId + " to suggested";
        };
    }
}
