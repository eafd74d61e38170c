package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.Quote;

/**
 * Whom "he", "she" and "it" mean: given names ("given-names-*.txt"), the document a speaker used.
 * "¶" starts a paragraph; the first line of every article is its headline.
 */
class PronounsTest {

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article                                                                                                   | quote              | speaker
            Court news¶Prosecutor Anna Berg questioned the former finance chief, David Lowe, for hours. “Did you sign?” she asked. “I did not,” he said. | I did not | David Lowe
            Court news¶Prosecutor Anna Berg questioned the former finance chief, David Lowe, for hours. “Did you sign?” she asked. “I did not,” he said. | Did you sign | Anna Berg
            Port news¶Harbour master Peter Brek met Giorgia Vell on Monday. “We will reopen the port,” she said.         | reopen the port    | Giorgia Vell
            Port news¶Harbour master Giorgia Vell met Peter Brek on Monday. “We will reopen the port,” he said.         | reopen the port    | Peter Brek
            Port news¶Harbour master Peter Brek met Giorgia Vell on Monday. “We will reopen the port,” he said.         | reopen the port    | Peter Brek
            Port news¶Harbour master Peter Brek waved at Melanie on Monday. “It is finished,” she said.                 | It is finished     | Melanie
            Bakery news¶Sofia Marin and Daniel Marin reopened their bakery on Main Street this week.¶“We almost gave up,” she said. “The bank refused us twice,” he said. | refused us twice | Daniel Marin
            Envoy Returns¶Peter Varga, the envoy, returned from Madrid on Monday.¶“The talks went well,” she said.       | talks went well    | Peter Varga
            Bridge news¶Anna Petrovic, the city engineer, oversaw the repairs. David Lund, the mayor, cut the ribbon on Sunday.¶“It is safe again,” she said. | safe again | Anna Petrovic
            Plant news¶Ana Vell, the plant manager, met workers on Monday.¶Citing Peter Hall’s research, she said: “Demand will not return.” | Demand will not return | Ana Vell
            Port news¶Foreign Minister Lukas Hartmann criticised the plan.¶His counterpart, Sofia Marinescu, rejected the charge.¶“Sanctions never work,” she told reporters.¶“That is easy to say,” he said later. | easy to say | Lukas Hartmann
            Port news¶Lawyer Ivo Joyce met Peter Brek on Monday. Joyce said little. “Somebody must take up the cause,” he said. | take up the cause | Ivo Joyce
            Port news¶Finance Minister Ivo Brandt met reporters. Asked about Peter Brek's criticism, he said: “He is wrong.” | He is wrong | Ivo Brandt
            Port news¶Ana Kiril met reporters. Asked by Maria Vell about the vote, she said: “Not this year.” | Not this year | Ana Kiril
            """)
    void aPronounGoesToSomeoneItsGivenNameAllows(String article, String words, String speaker) {
        EngineFixture f = EngineFixture.of(article);
        Quote quote = f.quote(words);
        assertThat(f.speakerOf(quote).name()).isEqualTo(speaker);
    }

    @ParameterizedTest(name = "{0} paragraphs")
    @CsvSource({"2", "3", "6"})
    void aPronounAfterAQuoteOfManyParagraphsLooksBackFromWhereTheQuoteBegan(int paragraphs) {
        StringBuilder article = new StringBuilder("Port news¶Harbour master Ivo Brandt spoke on Monday.¶“The port is closing.");
        for (int p = 1; p < paragraphs - 1; p++) {
            article.append("¶“Crews have gone home. Ships wait outside.");
        }
        article.append("¶“We ask for patience,” he said.");
        EngineFixture f = EngineFixture.of(article.toString());
        assertThat(f.speakerOf(f.quote("port is closing")).name()).isEqualTo("Ivo Brandt");
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

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', nullValues = "-", textBlock = """
            # article                                                                                                   | quote              | speaker
            Airline news¶Ryanair cancelled 400 flights on Friday. “We apologise to all passengers,” it said in a statement. | We apologise    | Ryanair
            Landlord news¶Greenfield said in a statement on Friday that the eviction was legal. “We followed every rule,” it said. | every rule      | Greenfield
            Port news¶The harbour authority said in a statement that the port was safe. “No ship is at risk,” it said.   | No ship            | harbour authority
            Safe harbour¶Mayor Ana Vell said in a statement that the port was safe. “No ship is at risk,” it said.       | No ship            | Ana Vell
            Club news¶Skyvale said at a news conference that it would cancel 400 flights. “We apologise,” it said.     | We apologise       | Skyvale
            Club news¶Skyvale said in a letter to the Harbour Commission that it would cancel flights. “We apologise,” it said. | We apologise | Skyvale
            Club news¶Northfield United posted a message on X after the match. “We condemn the abuse,” it said.          | condemn the abuse  | Northfield United
            """)
    void itIsNeverTheDocumentASpeakerUsed(String article, String words, String speaker) {
        EngineFixture f = EngineFixture.of(article);
        Quote quote = f.quote(words);
        if (speaker == null) {
            assertThat(quote.speakerId()).isNull();
        } else {
            assertThat(f.speakerOf(quote).name()).isEqualTo(speaker);
        }
    }
}
