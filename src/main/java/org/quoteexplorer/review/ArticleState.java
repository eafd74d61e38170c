package org.quoteexplorer.review;

import java.util.Locale;

/** How far an article of a workspace has come. */
public enum ArticleState {
    /** No saved review yet: the engine has not run on it (or its result was not saved). */
    NEW,
    /** Attributed by the engine; no quote touched by the analyst. */
    ATTRIBUTED,
    /** The analyst has decided some quotes (or marked some unsure), not all. */
    IN_REVIEW,
    /** Every quote is accepted, corrected or rejected. */
    REVIEWED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown code */
    public static ArticleState fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
