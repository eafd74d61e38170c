package org.quoteexplorer.engine;

/**
 * What the tokeniser asks of every character, looked up in one table instead of worked out
 * by a chain of range tests. The chain had branches that plain English text never takes (a
 * no-break space, an accented capital, a non-breaking hyphen inside a word); the optimising
 * compiler leaves such a branch out, and the first article that takes it throws the whole
 * compiled tokeniser away, to be profiled and compiled again: four or five times over a batch.
 * A table read takes the same path for every character.
 *
 * <p>The table covers every UTF-16 unit, so a look-up has no range test either: a test for
 * "above the table" was one more branch plain English never takes (™, →, a CJK name), and the
 * first article with such a character threw away the compiled methods it was inlined into.
 * 64 K entries of two bytes, filled once when the engine is first used.
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
    /** {@link Character#isLetter(char)}. */
    static final int LETTER = 32;
    /** {@link Character#isDigit(char)}. */
    static final int DIGIT = 64;
    /** {@link Character#isLowerCase(char)}. */
    static final int LOWER = 128;
    /** What may stand between a full stop and the space after it: ")]”’\"'". */
    static final int CLOSES_AFTER_STOP = 256;
    /** The marks "“\"‘'«„`(" that can open a sentence. */
    static final int OPENS_SENTENCE = 512;
    /** A straight or curly apostrophe, ' or ’, as in a possessive 's. */
    static final int APOSTROPHE = 1024;
    /**
     * White space as the article reader has it ({@link Character#isWhitespace},
     * {@link Character#isSpaceChar} or U+0085): see {@link TextChars#isReaderSpace}.
     */
    static final int READER_SPACE = 2048;

    /** {@link Character#isLetter}'s general categories, as its own implementation tests them. */
    private static final int LETTER_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER;

    /** Set in every entry worked out, so that a char of no class (0 once known) is told from one not met yet. */
    private static final int KNOWN = 0x8000;

    /**
     * Filled as chars are met: working out all 64 K entries at class initialisation took 20-40 ms,
     * a fifth of a command's engine start-up, for scripts most articles never use. The ranges news
     * text is made of (Latin, general punctuation and quotation marks) are worked out at once. Two
     * threads meeting a new char may both write it: the same value, and a char element is written whole.
     */
    private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c < 0x250; c++) {
            fill((char) c);
        }
        for (int c = 0x2000; c < 0x2070; c++) {
            fill((char) c);
        }
    }

    private CharClasses() {
    }

    static int of(char c) {
        int k = TABLE[c];
        return (k == 0 ? fill(c) : k) & ~KNOWN;
    }

    /** Whether {@code c} has any of the classes in {@code mask}. */
    static boolean is(char c, int mask) {
        int k = TABLE[c];
        return ((k == 0 ? fill(c) : k) & mask) != 0;
    }

    private static int fill(char c) {
        int k = compute(c) | KNOWN;
        TABLE[c] = (char) k;
        return k;
    }

    // One general-category look-up per char where Character's tests are defined by it (letter,
    // digit, space char).
    private static int compute(char c) {
        int type = Character.getType(c);
        boolean letter = (LETTER_TYPES >> type & 1) != 0;
        boolean digit = type == Character.DECIMAL_DIGIT_NUMBER;
        int k = 0;
        if (letter || digit) {
            k |= LETTER_OR_DIGIT | WORD_PART;
        } else if (type == Character.NON_SPACING_MARK) {
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
        if (letter) {
            k |= LETTER;
        }
        if (digit) {
            k |= DIGIT;
        }
        if (Character.isLowerCase(c)) {
            k |= LOWER;
        }
        if (c < 0x2100) {
            k |= punctuation(c);
        }
        boolean spaceChar = type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
        if (spaceChar || Character.isWhitespace(c) || c == '\u0085') {
            k |= READER_SPACE;
        }
        return k;
    }

    private static int punctuation(char c) {
        int k = 0;
        if (")]”’\"'".indexOf(c) >= 0) {
            k |= CLOSES_AFTER_STOP;
        }
        if ("“\"‘'«„`(".indexOf(c) >= 0) {
            k |= OPENS_SENTENCE;
        }
        if (c == '\'' || c == '’') {
            k |= APOSTROPHE;
        }
        return k;
    }
}
