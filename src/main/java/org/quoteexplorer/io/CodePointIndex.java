package org.quoteexplorer.io;

import java.util.Arrays;

/**
 * Converts between the UTF-16 offsets of the model and the Unicode code point offsets of every
 * exported format (W3C Web Annotation, Python and most JSON consumers count code points).
 *
 * <p>This is the single place where that conversion happens. Texts without characters outside
 * the Basic Multilingual Plane convert as the identity; otherwise a binary search over the
 * positions of the surrogate pairs keeps each conversion O(log n).
 */
public final class CodePointIndex {

    private final int utf16Length;
    private final int codePointLength;
    /** UTF-16 index of the high surrogate of every well-formed pair, ascending. */
    private final int[] pairStarts;
    /** The code point offset of each of those pairs: {@code pairStarts[i] - i}. */
    private final int[] pairCodePoints;
    /** UTF-16 index of the first surrogate that is not half of a well-formed pair, or -1. */
    private final int firstUnpaired;

    private CodePointIndex(String text) {
        utf16Length = text.length();
        int[] starts = new int[8];
        int count = 0;
        int unpaired = -1;
        // A copy of the chars, not charAt: a loop compiled on Latin-1 articles is thrown away at
        // the first article with a curly quote, and back again.
        char[] cs = text.toCharArray();
        for (int i = 0; i < utf16Length; i++) {
            char c = cs[i];
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < utf16Length && Character.isLowSurrogate(cs[i + 1])) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
                i++;
            } else if (unpaired < 0) {
                unpaired = i;
            }
        }
        firstUnpaired = unpaired;
        pairStarts = Arrays.copyOf(starts, count);
        pairCodePoints = new int[count];
        for (int i = 0; i < count; i++) {
            pairCodePoints[i] = pairStarts[i] - i;
        }
        codePointLength = utf16Length - count;
    }

    public static CodePointIndex of(String text) {
        return new CodePointIndex(text);
    }

    /**
     * UTF-16 index of the first surrogate that is not half of a well-formed pair, or -1: found in
     * the same pass that indexes the pairs, so that checking a document before export does not
     * read its text once more.
     */
    public int firstUnpairedSurrogate() {
        return firstUnpaired;
    }

    public int codePointLength() {
        return codePointLength;
    }

    /**
     * @throws IllegalArgumentException if the offset is outside the text or falls between the two
     *                                  halves of a surrogate pair (it names no code point boundary)
     */
    public int toCodePoints(int utf16Offset) {
        if (utf16Offset < 0 || utf16Offset > utf16Length) {
            throw new IllegalArgumentException("UTF-16 offset " + utf16Offset + " is outside the text (length " + utf16Length + ")");
        }
        // Pairs starting before the offset; a pair starting at offset - 1 would be split by it.
        int pairsBefore = insertionPoint(pairStarts, utf16Offset);
        if (pairsBefore > 0 && pairStarts[pairsBefore - 1] == utf16Offset - 1) {
            throw new IllegalArgumentException("UTF-16 offset " + utf16Offset + " splits a surrogate pair");
        }
        return utf16Offset - pairsBefore;
    }

    /** @throws IllegalArgumentException if the offset is outside {@code [0, codePointLength()]} */
    public int toUtf16(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > codePointLength) {
            throw new IllegalArgumentException("code point offset " + codePointOffset + " is outside the text (length " + codePointLength + ")");
        }
        return codePointOffset + insertionPoint(pairCodePoints, codePointOffset);
    }

    /** Number of elements strictly less than {@code key}. */
    private static int insertionPoint(int[] sorted, int key) {
        int found = Arrays.binarySearch(sorted, key);
        return found >= 0 ? found : -found - 1;
    }
}
