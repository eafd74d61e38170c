package org.quoteexplorer.engine;

/**
 * Spacing as news text writes it. Web copy puts no-break spaces (U+00A0) between sentences and
 * around names, and {@link Character#isWhitespace} does not count them: a sentence after
 * "hook).&nbsp;Senate" would not start.
 */
final class Whitespace {

    private Whitespace() {
    }

    static boolean is(char c) {
        // ASCII first without table look-ups: this runs on every character of the article.
        return c < 128 ? c <= ' ' && Character.isWhitespace(c) : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
