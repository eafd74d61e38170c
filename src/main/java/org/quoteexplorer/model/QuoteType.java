package org.quoteexplorer.model;

import java.util.Locale;

/** How a quotation sits in the article. */
public enum QuoteType {
    /** A whole utterance, usually its own sentence or paragraph. */
    DIRECT,
    /** A fragment quoted inside the writer's own sentence. */
    PARTIAL,
    /** A quotation in a headline or sub-heading. */
    HEADLINE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuoteType fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
