package org.quoteexplorer.io;

/** Sizes beyond which input is refused rather than slowly chewed on. */
final class Limits {

    /**
     * Longest article, in UTF-16 chars (16 Mi): a few hundred times a long news feature, small
     * enough that the engine and the GUI stay responsive.
     */
    static final int MAX_ARTICLE_CHARS = 16 * 1024 * 1024;

    /** Largest article file, in bytes; more than MAX_ARTICLE_CHARS allows for HTML markup. */
    static final long MAX_ARTICLE_FILE_BYTES = 64L * 1024 * 1024;

    private Limits() {
    }
}
