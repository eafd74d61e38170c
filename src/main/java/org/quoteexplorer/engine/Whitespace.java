package org.quoteexplorer.engine;

/**
 * Spacing as news text writes it. Web copy puts no-break spaces (U+00A0) between sentences and
 * around names, and {@link Character#isWhitespace} does not count them: a sentence after
 * "hook).&nbsp;Senate" would not start.
 *
 * <p>The invisible separators pasted copy carries count as spaces too: zero-width space (U+200B),
 * word joiner (U+2060) and zero-width no-break space (U+FEFF, a BOM left mid-text): "said\u200BAna
 * Lopez" is two words. Zero-width (non-)joiners (U+200C, U+200D) do not: they sit inside words of
 * Persian, Indic scripts and emoji, and splitting there would cut words in two. Nor does the soft
 * hyphen (U+00AD): it marks where a word may break, inside the word.
 */
final class Whitespace {

    private Whitespace() {
    }

    static boolean is(char c) {
        // ASCII first without table look-ups: this runs on every character of the article.
        return c < 128 ? c <= ' ' && Character.isWhitespace(c)
                : Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }
}
