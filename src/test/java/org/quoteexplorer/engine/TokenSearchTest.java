package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The galloping token search that forward walks use finds what the plain binary search finds. */
class TokenSearchTest {

    @Property(tries = 3000)
    void searchFromAnyTokenFindsTheFirstTokenStartingAtTheOffset(@ForAll("texts") String text,
            @ForAll @IntRange(min = -2, max = 400) int offset, @ForAll @IntRange(min = -2, max = 200) int from) {
        Tokens tokens = new Tokens(text);
        int expected = tokens.firstStartingAt(offset);
        assertThat(tokens.firstStartingAtFrom(offset, from)).isEqualTo(expected);
        for (int t = 0; t < tokens.size(); t++) {
            assertThat(tokens.start(t) >= offset).isEqualTo(t >= expected);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab  ,.“”'\n").ofMaxLength(300);
    }
}
