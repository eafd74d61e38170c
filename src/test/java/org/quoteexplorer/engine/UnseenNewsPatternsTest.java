package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.Quote;

/**
 * Mistakes a reader spots at a glance, seen on news the engine was not developed on, each as
 * invented sentences: a place, a listener or the wrong bearer of a surname must never be the
 * speaker. "¶" starts a paragraph; the first line is the headline.
 */
class UnseenNewsPatternsTest {

    @ParameterizedTest(name = "{2} ← {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article                                                                                                        | quote                | speaker
            Port news¶“The fees are too high,” Mara Quist of Dunmore County said.                                             | fees are too high    | Mara Quist
            Port news¶Mara Quist of Dunmore County said: “The fees are too high.”                                             | fees are too high    | Mara Quist
            Port news¶“The fees are too high,” said Mara Quist, of Port Ellery.                                               | fees are too high    | Mara Quist
            Port news¶“We waited all night,” Ivo Brandt, of Port Ellery, said.                                                | waited all night     | Ivo Brandt
            Port news¶“We waited all night,” Ivo Brandt from Port Ellery told reporters.                                      | waited all night     | Ivo Brandt
            Port news¶“We waited all night,” said Ivo Brandt, a docker from Port Ellery.                                      | waited all night     | Ivo Brandt
            Port news¶“We waited all night,” said Edda Lind of Fairhaven, Maine.                                              | waited all night     | Edda Lind
            Port news¶Edda Lind of Fairhaven, Maine says she really thinks the port can win if it keeps “doing what it is doing.”      | doing what it is     | Edda Lind
            Port news¶Ivo Brandt — a teacher from Port Ellery — says he changed his mind and that the mayor’s letter was “a big deal.”   | a big deal           | Ivo Brandt
            Port news¶The port has an admirer in harbour pilot Sir Ivo Brandt. Brandt, who will retire soon, spoke on Monday.¶“It has been an honour,” Brandt said.  | an honour | Ivo Brandt
            Port news¶At a rally in Fairhaven, Maine, 14-year-old Ana Kiril hoisted a sign and said the fees were “too high.”           | too high             | Ana Kiril
            Port news¶“I do not know where he stands,” said undecided voter Ana Kiril of Fairhaven, Maine, before the harbour meeting. “Some sort of deal, I think, is part of his plan.” | Some sort of deal | Ana Kiril
            """)
    void aPlaceInThePhraseOfAPersonIsNeverTheSpeaker(String article, String words, String speaker) {
        assertThat(EngineFixture.speakerNameOf(article, words)).isEqualTo(speaker);
    }

    @ParameterizedTest(name = "{2} ← {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article                                                                                                                         | quote                 | speaker
            Port news¶Ivo Brandt met the mayor on Monday.¶“You have my word,” he told Mara Quist.                                              | have my word          | Ivo Brandt
            Port news¶Ivo Brandt met the mayor on Monday.¶“You have my word,” he told Mayor Mara Quist on Monday.                              | have my word          | Ivo Brandt
            Port news¶Ivo Brandt met the mayor on Monday.¶“Can we trust you?” he asked Mara Quist.                                              | trust you             | Ivo Brandt
            """)
    void theObjectOfToldOrAskedIsTheListener(String article, String words, String speaker) {
        assertThat(EngineFixture.speakerNameOf(article, words)).isEqualTo(speaker);
    }

    @ParameterizedTest(name = "not {2} ← {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Port news¶Mara Quist co-sponsored a bill this year that would triple the fee.¶“Dockers in my spot have been horribly abused,” he told Quist.        | horribly abused  | Mara Quist
            Port news¶Mara Quist co-sponsored a bill this year that would triple the fee.¶“Why did you do it?” she asked Mara Quist on Monday.                   | Why did you      | Mara Quist
            """)
    void aPronounSpeakerIsNeverTheListenerItSpeaksTo(String article, String words, String listener) {
        EngineFixture f = EngineFixture.of(article);
        Quote quote = f.quote(words);
        if (quote.speakerId() != null) {
            assertThat(f.speakerOf(quote).name()).as(quote.origin()).isNotEqualTo(listener);
        }
    }

    @ParameterizedTest(name = "{2} ← {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article                                                                                                                                                            | quote               | speaker
            Port news¶Ivo Brandt is held in Varna. His wife, Ana Brandt, campaigns for him.¶“He is innocent,” Mrs. Brandt wrote on Monday.                                        | He is innocent      | Ana Brandt
            Port news¶The president called Nadia Brandt on Sunday. Her husband, Ivo Brandt, was free and would soon be coming home, the president told her. It was a short call. “I could see his compassion,” Mrs. Brandt wrote on her page on Sunday. | see his compassion | Nadia Brandt
            Port news¶Ana Brandt campaigns for her husband, Ivo Brandt, held in Varna.¶“I am innocent,” Mr. Brandt wrote in a letter.                                              | I am innocent       | Ivo Brandt
            """)
    void anHonorificDecidesBetweenTwoPeopleOfOneSurname(String article, String words, String speaker) {
        assertThat(EngineFixture.speakerNameOf(article, words)).isEqualTo(speaker);
    }

    @ParameterizedTest(name = "{2} ← {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article                                                                                                                                                      | quote            | speaker
            Port news¶The port’s growing reach is felt everywhere; it has used “soft power” in its dealings with the islands, said Nora Veld, an analyst at the Harbour Institute. | soft power       | Nora Veld
            Port news¶Norland's expanding influence has provoked mixed feelings in many island states, and it has used "velvet gloves" in its dealings with the Outer Isles, said Nora Veld, an international relations expert at Varna University in Port Ellery. | velvet gloves | Nora Veld
            Port news¶The council has moved too fast and lost “the trust of the docks,” said Nora Veld, a former harbour master and longtime critic of the plan.               | trust of the docks | Nora Veld
            """)
    void aTrailingSaidNameBeatsTheSubjectOfTheClause(String article, String words, String speaker) {
        EngineFixture f = EngineFixture.of(article);
        Quote quote = f.quote(words);
        assertThat(f.speakerOf(quote).name()).as(quote.origin()).isEqualTo(speaker);
    }
}
