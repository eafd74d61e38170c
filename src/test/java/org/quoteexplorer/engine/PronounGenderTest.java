package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.Quote;

/**
 * "He" and "she" and the given names the article's people have ("given-names-*.txt"). "¶" starts
 * a paragraph; the first line of every article is its headline.
 */
class PronounGenderTest {

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article                                                                                                   | quote              | speaker
            Court news¶Prosecutor Anna Berg questioned the former finance chief, David Lowe, for hours. “Did you sign?” she asked. “I did not,” he said. | I did not | David Lowe
            Court news¶Prosecutor Anna Berg questioned the former finance chief, David Lowe, for hours. “Did you sign?” she asked. “I did not,” he said. | Did you sign | Anna Berg
            Port news¶Harbour master Peter Brek met Giorgia Vell on Monday. “We will reopen the port,” she said.         | reopen the port    | Giorgia Vell
            Port news¶Harbour master Giorgia Vell met Peter Brek on Monday. “We will reopen the port,” he said.         | reopen the port    | Peter Brek
            Port news¶Harbour master Peter Brek met Giorgia Vell on Monday. “We will reopen the port,” he said.         | reopen the port    | Peter Brek
            Port news¶Harbour master Peter Brek waved at Melanie on Monday. “It is finished,” she said.                 | It is finished     | Melanie
            """)
    void aPronounGoesToSomeoneItsGivenNameAllows(String article, String words, String speaker) {
        EngineFixture f = EngineFixture.of(article);
        Quote quote = f.quote(words);
        assertThat(f.speakerOf(quote).name()).isEqualTo(speaker);
    }

    @Test
    void aGivenNameThatContradictsEveryoneNearbyLeavesThePronounWhereItWas() {
        // A list of names can be wrong about one person: with nobody else to go to, "he" stays with the one named.
        EngineFixture f = EngineFixture.of("Port news¶Harbour master Maria Brek arrived late. “Sorry for the delay,” he said.");

        assertThat(f.speakerOf(f.quote("Sorry")).name()).isEqualTo("Maria Brek");
    }

    @Test
    void whatTheArticleSaysOutweighsTheGivenName() {
        // "Mr." settles it, whatever the list says of the name.
        EngineFixture f = EngineFixture.of(
                "Port news¶Mr. Maria Brek met the ferry captain, Ana Vell, on Monday. “We will reopen the port,” he said.");

        assertThat(f.speakerOf(f.quote("reopen")).name()).isEqualTo("Maria Brek");
    }
}
