package org.quoteexplorer.io;

import java.util.Locale;

/**
 * Sizes beyond which input is refused rather than slowly chewed on. Each is checked before the
 * work it guards: the file size before reading, the decoded length while decoding, the article
 * text before it is built into an article.
 */
final class Limits {

    private static final int MI = 1024 * 1024;

    /**
     * Longest article text, in UTF-16 chars (16 Mi): a few hundred times a long news feature, small
     * enough that the engine and the GUI stay responsive.
     */
    static final int MAX_ARTICLE_CHARS = 16 * MI;

    /** Largest article file, in bytes (64 MiB): room for HTML markup around the longest text. */
    static final long MAX_ARTICLE_FILE_BYTES = 64L * MI;

    /**
     * Longest plain-text or Markdown file, in decoded chars (32 Mi, twice the article limit): its
     * text may still shrink by CRLF line ends, blank lines between paragraphs, indentation and
     * markup, but not by more than half.
     */
    static final int MAX_PLAIN_TEXT_CHARS = 2 * MAX_ARTICLE_CHARS;

    /** Longest HTML file, in decoded chars (64 Mi): as many chars as the file limit has bytes. */
    static final int MAX_HTML_CHARS = 64 * MI;

    private Limits() {
    }

    /** "33,554,432 (32 Mi)": exact, and in the round unit the limits are set in. */
    static String chars(long count) {
        String exact = String.format(Locale.ROOT, "%,d", count);
        return count % MI == 0 ? exact + " (" + count / MI + " Mi)" : exact;
    }

    /** A size as "63.2 MiB (66,271,232 bytes)": MiB as the limits are, bytes so that 64.0 is not ambiguous. */
    static String size(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB (%,d bytes)", bytes / (double) MI, bytes);
    }

    /** A limit as "64 MiB" when whole, else as {@link #size}. */
    static String limit(long bytes) {
        return bytes % MI == 0 ? bytes / MI + " MiB" : size(bytes);
    }
}
