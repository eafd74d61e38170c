package org.quoteexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharClassesTest {

    /** The tokeniser's rules as they read before the table: the table must give the same answer for every char. */
    private static int byDefinition(char c) {
        int k = 0;
        if (Character.isLetterOrDigit(c)) {
            k |= CharClasses.LETTER_OR_DIGIT | CharClasses.WORD_PART;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            k |= CharClasses.WORD_PART;
        }
        if ("'’-.‑".indexOf(c) >= 0) {
            k |= CharClasses.JOINER;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u2060' || c == '\uFEFF') {
            k |= CharClasses.SPACE;
        }
        if (Character.isUpperCase(c)) {
            k |= CharClasses.UPPER;
        }
        if (Character.isLetter(c)) {
            k |= CharClasses.LETTER;
        }
        if (Character.isDigit(c)) {
            k |= CharClasses.DIGIT;
        }
        if (Character.isLowerCase(c)) {
            k |= CharClasses.LOWER;
        }
        if (c == ')' || c == ']' || c == '”' || c == '’' || c == '"' || c == '\'') {
            k |= CharClasses.CLOSES_AFTER_STOP;
        }
        if (c == '“' || c == '"' || c == '‘' || c == '\'' || c == '«' || c == '„' || c == '`' || c == '(') {
            k |= CharClasses.OPENS_SENTENCE;
        }
        if (c == '\'' || c == '’') {
            k |= CharClasses.APOSTROPHE;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
            k |= CharClasses.READER_SPACE;
        }
        return k;
    }

    @Test
    void askedOnlyWhetherItHasAClassACharNotMetYetAnswersByItsDefinition() {
        // CJK and Cyrillic letters, a Thai digit, an ideographic space: outside what is worked out at once
        for (char c : "\u5317\u0416\u0E53\u3000\uAC00\uFF08".toCharArray()) {
            for (int mask = 1; mask <= CharClasses.READER_SPACE; mask <<= 1) {
                int bit = mask;
                assertEquals((byDefinition(c) & bit) != 0, CharClasses.is(c, bit),
                        () -> String.format("U+%04X, class %d", (int) c, bit));
            }
            assertEquals(byDefinition(c), CharClasses.of(c), () -> String.format("U+%04X", (int) c));
        }
    }

    @Test
    void everyCharHasTheClassesItsDefinitionGives() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(byDefinition(c), CharClasses.of(c), () -> String.format("U+%04X", (int) c));
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            word,             'Ana Kiril’s co‑author, 3.5 km',  'Ana|Kiril|’s|co‑author|,|3.5|km'
            accents,          'Éamon Ó Súilleabháin said',     'Éamon|Ó|Súilleabháin|said'
            combining mark,   'Cafe\u0301 owner',               'Cafe\u0301|owner'
            no-break spaces,  'hook).\u00A0Senate\u2009votes',  'hook|)|.|Senate|votes'
            beyond the table, '北京 said 東京',                  '北京|said|東京'
            """)
    void tokensSplitWhereTheClassesSay(String shape, String text, String expected) {
        Tokens t = new Tokens(text);
        StringBuilder got = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            got.append(i == 0 ? "" : "|").append(t.text(i));
        }
        assertEquals(expected, got.toString(), shape);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Éamon,  true
            éamon,  false
            Ωmega,  true
            ’s,     false
            """)
    void aTokenIsCapitalisedWhenItsFirstCharIsUpperCase(String word, boolean capitalised) {
        assertEquals(capitalised, new Tokens(word).isCapitalised(0), word);
    }
}
