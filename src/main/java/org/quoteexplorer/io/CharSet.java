package org.quoteexplorer.io;

/**
 * A set of UTF-16 units as a bit table, for the reader's per-character loops: a table read takes
 * the same path for every char, where {@link Character}'s look-ups branch on the char's block and
 * the optimising compiler leaves out the branch plain English never takes, to throw the compiled
 * loop away at the first article that takes it.
 */
final class CharSet {

    /** Whether a char belongs, asked once per char when the set is built. */
    interface Test {
        boolean test(char c);
    }

    private final long[] bits = new long[(Character.MAX_VALUE + 1) / 64];

    CharSet(Test test) {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (test.test((char) c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
    }

    boolean has(char c) {
        return (bits[c >>> 6] >>> c & 1) != 0;
    }
}
