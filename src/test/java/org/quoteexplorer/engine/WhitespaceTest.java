package org.quoteexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhitespaceTest {

    /** The definition the fast paths must keep: Java's whitespace, Unicode space separators and three invisible ones. */
    private static boolean byDefinition(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }

    @Test
    void everyCharIsSpacingExactlyWhenTheDefinitionSaysSo() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(byDefinition(c), Whitespace.is(c), () -> String.format("U+%04X", (int) c));
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0020, true
            0009, true
            001F, true
            00A0, true
            1680, true
            2009, true
            200B, true
            200C, false
            00AD, false
            201C, false
            0041, false
            0085, false
            3000, true
            """)
    void newsSpacingAndWordCharacters(String hex, boolean spacing) {
        assertEquals(spacing, Whitespace.is((char) Integer.parseInt(hex, 16)));
    }
}
