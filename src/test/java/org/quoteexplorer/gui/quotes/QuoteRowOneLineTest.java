package org.quoteexplorer.gui.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A row shows its quote on one line: each run of white space is one space, as the regular expression \s+ has it. */
class QuoteRowOneLineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'plain words'                 | 'plain words'
            'two  spaces'                 | 'two spaces'
            'a\\nline\\tbreak'            | 'a line break'
            ' leading and trailing '      | ' leading and trailing '
            'runs \\r\\n\\f of them'       | 'runs of them'
            'no-break\u00A0space kept'    | 'no-break\u00A0space kept'
            """)
    void runsOfWhiteSpaceBecomeOneSpace(String text, String expected) {
        String unescaped = text.replace("\\n", "\n").replace("\\t", "\t").replace("\\r", "\r").replace("\\f", "\f");

        assertThat(QuoteRow.oneLine(unescaped)).isEqualTo(expected);
    }

    @Property(tries = 500)
    void sameAsTheRegularExpression(@ForAll @StringLength(max = 40) @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2028'})
                                    @CharRange(from = 'a', to = 'e') String text) {
        assertThat(QuoteRow.oneLine(text)).isEqualTo(text.replaceAll("\\s+", " "));
    }

    @Property(tries = 200)
    void aTextWithNothingToChangeIsTheSameString(@ForAll @StringLength(max = 40) @CharRange(from = 'a', to = 'z') String word) {
        String text = word + " " + word;

        assertThat(QuoteRow.oneLine(text)).isSameAs(text);
    }
}
