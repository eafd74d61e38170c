package org.quoteexplorer.engine;

/**
 * The engine's character table for the article reader's per-character loops: a table read takes
 * the same path for every char, where {@link Character}'s look-ups branch on the char's block,
 * and the optimising compiler leaves out the branch plain English never takes, to throw the
 * compiled loop away at the first article that takes it.
 */
public final class TextChars {

    private TextChars() {
    }

    /** {@link Character#isWhitespace}, {@link Character#isSpaceChar} or U+0085 (next line). */
    public static boolean isReaderSpace(char c) {
        return CharClasses.is(c, CharClasses.READER_SPACE);
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return CharClasses.is(c, CharClasses.LETTER);
    }

    /** {@link Character#isLowerCase(char)}. */
    public static boolean isLowerCase(char c) {
        return CharClasses.is(c, CharClasses.LOWER);
    }
}
