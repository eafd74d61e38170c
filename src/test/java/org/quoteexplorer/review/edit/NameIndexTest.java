package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameIndexTest {

    /** The whole-word, any-case search the legend used before the index: the index must agree with it everywhere. */
    private static int scan(String text, String name) {
        String word = name.strip();
        if (word.isEmpty()) {
            return -1;
        }
        for (int at = 0; at + word.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, word, 0, word.length())
                    && !isWordChar(text, at - 1) && !isWordChar(text, at + word.length())) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isWordChar(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
    }

    @ParameterizedTest(name = "{1} in \"{0}\" at {2}")
    @CsvSource(textBlock = """
            'Ann Lee spoke. Lee again.',          Lee,        4
            'Leeds mayor Lee',                    Lee,        12
            'the LEE family',                     lee,        4
            'Ann Lee-Smith said',                 Lee-Smith,  4
            'Ann Lee-Smith said',                 Lee Smith,  -1
            'no one here',                        Lee,        -1
            '(AP) reports',                       (AP),       0
            'İstanbul mayor',                     istanbul,   0
            """)
    void findsTheFirstWholeWordMentionInAnyCase(String text, String name, int expected) {
        assertThat(NameIndex.of(text).firstOf(name)).isEqualTo(expected).isEqualTo(scan(text, name));
    }

    @Property(tries = 300)
    void agreesWithAScanOfTheWholeText(@ForAll @StringLength(max = 60) @CharRange(from = ' ', to = 'e') @CharRange(from = 'A', to = 'E')
                                       @CharRange(from = '\u00C0', to = '\u00C5') String text,
                                       @ForAll @StringLength(min = 1, max = 4) @CharRange(from = 'a', to = 'e') @CharRange(from = 'A', to = 'C')
                                       @CharRange(from = ' ', to = '.') String name) {
        assertThat(NameIndex.of(text).firstOf(name)).isEqualTo(scan(text, name));
    }
}
