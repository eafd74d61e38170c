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
        // One table read (CharClasses), the same path for every character: a chain of
        // range tests had branches that plain English never takes, and the first article that took
        // one threw away every compiled method the test was inlined into (the sentence splitter,
        // the chunker), to be compiled again. Character's look-ups, inlined at each call site, also
        // made those methods several times larger for the optimising compiler.
        return CharClasses.is(c, CharClasses.SPACE);
    }

    /**
     * {@link #is} worked out by comparisons: Unicode's space and line separators (Zs, Zl, Zp), the
     * other chars {@link Character#isWhitespace} counts, and the invisible separators. WhitespaceTest
     * checks every char against the Character definition; {@link CharClasses} builds its table here.
     */
    static boolean byDefinition(char c) {
        if (c <= ' ') {
            return (ASCII_SPACES >>> c & 1) != 0;
        }
        if (c < '\u1680') {
            return c == '\u00A0';
        }
        return c <= '\u200B' ? c == '\u1680' || c >= '\u2000'
                : c <= '\u3000' && (c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u2060'
                        || c == '\u3000') || c == '\uFEFF';
    }
}
