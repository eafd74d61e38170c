package org.quoteexplorer.model;

import java.util.Locale;

/** Where a quote stands in the analyst's review. */
public enum QuoteStatus {
    SUGGESTED, ACCEPTED, CORRECTED, REJECTED, UNSURE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuoteStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Reviewed means a person has looked at it and decided. */
    public boolean isReviewed() {
        return this == ACCEPTED || this == CORRECTED || this == REJECTED;
    }
}
