package org.quoteexplorer.model;

import java.util.Locale;

/**
 * Where a speaker's title comes from, so the app can tell the analyst how far to trust it: a
 * bundled list may be years out of date for the article at hand.
 */
public enum TitleSource {
    /** The article's own words: an apposition ("Smith, the mayor") or a title before the name. */
    ARTICLE,
    /** The bundled or the user's speaker list, used when the article gives no title. */
    SPEAKER_LIST,
    /** Typed by the analyst in the app. */
    ANALYST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TitleSource fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
