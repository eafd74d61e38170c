package org.quoteexplorer.model;

import java.util.Locale;

/** How a quotation sits in the article. */
public enum QuoteType {
    /** A whole utterance, usually its own sentence or paragraph. */
    DIRECT,
    /** A fragment quoted inside the writer's own sentence. */
    PARTIAL,
    /** A quotation in a headline or sub-heading. */
    HEADLINE,
    /**
     * Not speech: a scare quote or a quoted term or title ("the so-called “reset”", the film
     * “Heat”). It has no speaker and nothing to review about one.
     */
    SCARE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the quote reports somebody's words, and so should have a speaker. */
    public boolean isSpeech() {
        return this != SCARE;
    }

    public static QuoteType fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
