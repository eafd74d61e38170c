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

    /** Bit {@code c} set for each ASCII {@code c <= ' '} that {@link Character#isWhitespace} counts. */
    private static final long ASCII_SPACES = 1L << '\t' | 1L << '\n' | 1L << 0x0B | 1L << '\f' | 1L << '\r'
            | 1L << 0x1C | 1L << 0x1D | 1L << 0x1E | 1L << 0x1F | 1L << ' ';

    static boolean is(char c) {
        // Without table look-ups below U+1680, the first space separator after U+00A0: this runs
        // on every character of the article, and curly quotation marks and accented letters are
        // as frequent as spaces in some texts. (The tokeniser reads CharClasses instead.)
        if (c <= ' ') {
            return (ASCII_SPACES >>> c & 1) != 0;
        }
        if (c < '\u1680') {
            return c == '\u00A0';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }
}
