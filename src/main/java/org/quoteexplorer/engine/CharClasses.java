package org.quoteexplorer.engine;

/**
 * What the tokeniser asks of every character, looked up in one table instead of worked out
 * by a chain of range tests. The chain had branches that plain English text never takes (a
 * no-break space, an accented capital, a non-breaking hyphen inside a word); the optimising
 * compiler leaves such a branch out, and the first article that takes it throws the whole
 * compiled tokeniser away, to be profiled and compiled again: four or five times over a batch.
 * A table read takes the same path for every character.
 *
 * <p>The table covers U+0000 to U+20FF (Latin scripts, Greek, Cyrillic, Hebrew, Arabic, Indic
 * scripts and the general punctuation, where the curly quotation marks, dashes and thin spaces
 * are); characters above it are worked out each time by the same rules.
 */
final class CharClasses {

    /** {@link Character#isLetterOrDigit(char)}: a token of word characters starts here. */
    static final int LETTER_OR_DIGIT = 1;
    /** A letter, digit or non-spacing mark: the word goes on. */
    static final int WORD_PART = 2;
    /** An apostrophe, hyphen or full stop that keeps a word going when a letter or digit follows it. */
    static final int JOINER = 4;
    /** {@link Whitespace#is}. */
    static final int SPACE = 8;
    /** {@link Character#isUpperCase(char)}. */
    static final int UPPER = 16;

    static final int TABLE_SIZE = 0x2100;
    private static final byte[] TABLE = new byte[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            TABLE[c] = (byte) compute((char) c);
        }
    }

    private CharClasses() {
    }

    static int of(char c) {
        return c < TABLE_SIZE ? TABLE[c] : compute(c);
    }

    private static int compute(char c) {
        int k = 0;
        if (Character.isLetterOrDigit(c)) {
            k |= LETTER_OR_DIGIT | WORD_PART;
        } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
            k |= WORD_PART;
        }
        if (c == '\'' || c == '’' || c == '-' || c == '.' || c == '‑') {
            k |= JOINER;
        }
        if (Whitespace.byDefinition(c)) {
            k |= SPACE;
        }
        if (Character.isUpperCase(c)) {
            k |= UPPER;
        }
        return k;
    }
}
