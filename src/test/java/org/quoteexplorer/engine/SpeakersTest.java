package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** Speakers as the engine builds them: name apart from title, kind, and aliases merged per article. */
class SpeakersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', nullValues = "-", textBlock = """
            # who says “We are ready.”                   | name                   | title                        | kind
            Harbour Authority spokesman Tomas Vell       | Tomas Vell             | Harbour Authority spokesman  | PERSON
            Defence Minister Ana Kiril                   | Ana Kiril              | Defence Minister             | PERSON
            Norland’s Foreign Minister Ana Kiril         | Ana Kiril              | Norland’s Foreign Minister   | PERSON
            Sen. Paul Merrow                             | Paul Merrow            | Sen.                         | PERSON
            Mr. Merrow                                   | Merrow                 | -                            | PERSON
            Representative Paul B. Merrow of Varna       | Paul B. Merrow         | Representative               | PERSON
            Tomas Vell of the Harbour Council of Varna   | Tomas Vell             | -                            | PERSON
            the Bank of Norland                          | Bank of Norland        | -                            | ORGANIZATION
            the Norland Ministry of Foreign Affairs      | Norland Ministry of Foreign Affairs | -               | ORGANIZATION
            Tomas Vell of the Harbour Council            | Tomas Vell             | -                            | PERSON
            University of Varna Professor Ana Kiril      | Ana Kiril              | University of Varna Professor | PERSON
            the mayor, Björn Ångström,                   | Björn Ångström         | mayor                        | PERSON
            the Norland Foreign Ministry                 | Norland Foreign Ministry | -                          | ORGANIZATION
            the Palace                                   | Palace                 | -                            | ORGANIZATION
            the harbour council                          | harbour council        | -                            | ORGANIZATION
            the foreign ministry of Norland              | foreign ministry of Norland | -                       | ORGANIZATION
            Colonel-General Ana Kiril                    | Ana Kiril              | Colonel-General              | PERSON
            Ana Kiril-Brandt                             | Ana Kiril-Brandt       | -                            | PERSON
            Minister for Foreign Affairs Greta Lind      | Greta Lind             | Minister for Foreign Affairs | PERSON
            Special Envoy for Varna Geir Pedersson       | Geir Pedersson         | Special Envoy for Varna      | PERSON
            Norland Ambassador to Varna Chen Haobo       | Chen Haobo             | Norland Ambassador to Varna  | PERSON
            the ambassador to Varna                      | the ambassador to Varna | -                           | PERSON
            the official news agency of South Norland    | official news agency of South Norland | -             | ORGANIZATION
            Norland officials                            | Norland officials      | -                            | GROUP
            a senior official                            | a senior official      | -                            | GROUP
            """)
    void keepsTitlesApartFromNamesAndTellsPeopleFromOrganisationsAndGroups(String who, String name, String title,
                                                                          SpeakerKind kind) {
        EngineFixture f = EngineFixture.of("Port news¶“We are ready,” " + who + " said.");
        Speaker speaker = f.speakerOf(f.quote("ready"));
        assertThat(speaker.name()).isEqualTo(name);
        assertThat(speaker.title()).isEqualTo(title);
        assertThat(speaker.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # “The deck is tired,” …                      | name              | title
            said engineer Priya Ramanathan.               | Priya Ramanathan  | engineer
            said county engineer Priya Ramanathan.        | Priya Ramanathan  | county engineer
            said librarian Noor Haddad on Monday.         | Noor Haddad       | librarian
            said spokesperson Noor Haddad.                | Noor Haddad       | spokesperson
            """)
    void takesAnyLowerCaseRoleBetweenAnInvertedCueAndANameAsTheTitle(String cueAndSpeaker, String name, String title) {
        EngineFixture f = EngineFixture.of("Port news¶“The deck is tired,” " + cueAndSpeaker);
        Speaker speaker = f.speakerOf(f.quote("deck"));
        assertThat(speaker.name()).isEqualTo(name);
        assertThat(speaker.title()).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article; every quote must go to one speaker                                                                                                 | name        | aliases
            Port news¶“One,” said Defence Minister Ana Kiril.¶“Two,” Kiril said.¶“Three,” said Minister Kiril.                                              | Ana Kiril   | Kiril#Minister Kiril
            Port news¶Defence Minister Ana Kiril spoke first. “One,” the minister said.¶“Two,” Kiril added.                                                | Ana Kiril   | the minister#Kiril
            Port news¶“One,” said Kiril.¶“Two,” said Ana Kiril, the defence minister.                                                                      | Ana Kiril   | Kiril
            Port news¶“One,” said the Palace.¶“Two,” a Palace statement said.¶“Three,” the Palace added.                                                  | Palace      | a Palace statement
            Port news¶“One,” said Foreign Minister Wang Lei.¶“Two,” Wang said.¶“Three,” said Mr. Wang.                                                      | Wang Lei    | Wang#Mr. Wang
            Port news¶“One,” said Pak Min-jun.¶“Two,” Pak added.                                                                                          | Pak Min-jun | Pak
            Port news¶“One,” said the Norland Harbour Authority.¶“Two,” the NHA said.                                                                  | Norland Harbour Authority | NHA
            Port news¶“One,” NHA said.¶“Two,” said the Norland Harbour Authority.                                                                      | Norland Harbour Authority | NHA
            Port news¶“One,” said Commissioner Jan De Vell.¶“Two,” De Vell told reporters.                                                              | Jan De Vell | De Vell
            Port news¶“One,” De Vell said.¶“Two,” said Jan De Vell.                                                                                    | Jan De Vell | De Vell
            Port news¶“One,” said Envoy Mara van der Holt.¶“Two,” Van der Holt said.                                                                   | Mara van der Holt | Van der Holt
            Port news¶Norland dismissed an offer from Varna President Ivo Brandt.¶“Generous,” Brandt had said of it.                     | Ivo Brandt | Brandt
            Port news¶“One,” said Ambassador Farid al-Vell.¶“Two,” al-Vell said.¶Asked about Norland, al-Vell replied: “Three.”                 | Farid al-Vell | al-Vell
            Port news¶“One,” said Minister Samir el-Brandt.¶“Two,” el-Brandt told reporters.                                                           | Samir el-Brandt | el-Brandt
            """)
    void mergesTheMentionsOfOneSpeakerWithinTheArticle(String article, String name, String aliases) {
        EngineFixture f = EngineFixture.of(article);
        assertThat(f.annotated.quotes()).allSatisfy(q -> assertThat(f.speakerOf(q).name()).isEqualTo(name));
        assertThat(f.annotated.speakers()).hasSize(1);
        assertThat(f.annotated.speakers().get(0).aliases()).contains(aliases.split("#"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article                                                                                                      | words | speaker
            Port news¶Former President Ana Kiril came.¶President Ivo Brandt toured the port. “One,” the former president said.     | One   | Ana Kiril
            Port news¶Former President Ana Kiril came.¶President Ivo Brandt toured the port. “One,” the president said.            | One   | Ivo Brandt
            Port news¶Former Governor Ana Kiril came.¶“One,” the Varna governor said.                                             | One   | the Varna governor
            Minister recalls “betrayal”¶Former foreign minister Ana Kiril writes that she felt “betrayed.”                        | betrayal | Ana Kiril
            Port news¶President Ivo Brandt toured the port.¶“One,” the former first lady said.                                    | One   | the former first lady
            Port news¶President Ivo Brandt toured the port.¶“One,” the First Lady said.                                           | One   | the First Lady
            Port news¶“One,” said the First Deputy Prime Minister.                                                                 | One   | the First Deputy Prime Minister
            """)
    void tellsAFormerHolderOfATitleFromTheOneInOffice(String article, String words, String speaker) {
        assertThat(EngineFixture.speakerNameOf(article, words)).isEqualTo(speaker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article                                                                                         | words | speaker
            Port news¶Norland’s oil minister, Saud Jaber, defended the cut.¶“One,” the minister said.             | One   | Saud Jaber
            Port news¶Saud Jaber, the oil minister, defended the cut.¶“One,” the minister said.                   | One   | Saud Jaber
            Port news¶Ivo Brandt, a spokesman for Mrs. Ana Kiril, spoke.¶“One,” Mr. Brandt said.                   | One   | Ivo Brandt
            Port news¶Ivo Brandt, a senior executive at the port company, Varna Shipping, spoke.¶“One,” the executive said. | One | the executive
            Port news¶As Ana Kiril, a professor at Varna, put it, “the port is dying.”                            | dying | Ana Kiril
            """)
    void makesTheRoleSetOffBesideANameATitleOfThatPerson(String article, String words, String speaker) {
        assertThat(EngineFixture.speakerNameOf(article, words)).isEqualTo(speaker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article                                                                                         | words | speaker
            Norland minister calls talks ‘useful’¶Norland Foreign Minister Ana Kiril spoke.¶Varna Foreign Minister Ivo Brandt spoke too. | useful | Ana Kiril
            Port news¶Norland Foreign Minister Ana Kiril spoke.¶Varna Foreign Minister Ivo Brandt spoke too. “One,” the Norland minister said. | One | Ana Kiril
            Norland envoy calls ties ‘at a crossroads’¶Norland Ambassador Ana Kiril spoke on Monday.             | crossroads | Ana Kiril
            Port news¶Gov. Ana Kiril spoke first.¶“One,” the governor said.                                       | One | Ana Kiril
            Port news¶Norland Sen. Ana Kiril spoke.¶Varna Sen. Ivo Brandt spoke.¶“One,” the Norland senator said.  | One | Ana Kiril
            Port news¶Norland Sen. Ana Kiril spoke.¶Varna Sen. Ivo Brandt spoke.¶“One,” the Delmar senator said.   | One | the Delmar senator
            """)
    void linksAQualifiedRoleToThePersonWhoseTitleHasTheQualifier(String article, String words, String speaker) {
        assertThat(EngineFixture.speakerNameOf(article, words)).isEqualTo(speaker);
    }

    @Test
    void keepsTwoPeopleWithOneSurnameApart() {
        EngineFixture f = EngineFixture.of("Port news¶“One,” said Ana Kiril.¶“Two,” said Boris Kiril.");
        assertThat(f.annotated.speakers()).extracting(Speaker::name).containsExactly("Ana Kiril", "Boris Kiril");
    }

    @Test
    void keepsAnonymousSourcesWithOneHeadNounApart() {
        EngineFixture f = EngineFixture.of("Port news¶A government source said the meeting had been “extremely tense.”"
                + "¶A diplomatic source said the talks were “on the brink of collapse.”");
        assertThat(f.annotated.speakers()).extracting(Speaker::name)
                .containsExactly("A government source", "A diplomatic source");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article with two people of one surname; the quote says only the surname                                      | speaker
            Port news¶Ana Kiril runs the port. Ana Kiril took over in May.¶Her father, Ivo Kiril, ran it before her.¶“We agree on the fee,” Kiril said. | Ana Kiril
            Port news¶Mr. Ivo Kiril runs the port with his wife, Ms. Ana Kiril.¶“We agree on the fee,” Mr. Kiril said.                     | Ivo Kiril
            Port news¶Ms. Ana Kiril runs the port with her husband, Mr. Ivo Kiril.¶“We agree on the fee,” Ms. Kiril said.                  | Ana Kiril
            """)
    void givesABareSurnameToThePersonTheArticleIsMostAboutOrTheOneTheHonorificFits(String article, String speaker) {
        EngineFixture f = EngineFixture.of(article);
        assertThat(f.speakerOf(f.quote("agree")).name()).isEqualTo(speaker);
    }

    @Test
    void bindsARoleItsOwnerPinsDownToNoOneNamedLater() {
        EngineFixture f = EngineFixture.of("Port news¶Varna’s top harbour spokesman called the fee “regrettable.”"
                + "¶Norland disagreed. “It is fair,” spokesman Ivo Brandt said.");
        assertThat(f.speakerOf(f.quote("regrettable")).name()).isEqualTo("Varna’s top harbour spokesman");
        assertThat(f.speakerOf(f.quote("fair")).name()).isEqualTo("Ivo Brandt");
    }

    @Test
    void numbersSpeakersInOrderOfTheirFirstQuote() {
        EngineFixture f = EngineFixture.of("Port news¶“One,” said Ana Kiril.¶“Two,” said Tomas Vell.¶“Three,” Kiril said.");
        assertThat(f.annotated.speakers()).extracting(Speaker::id).containsExactly("s1", "s2");
        assertThat(f.annotated.quotes()).extracting(q -> q.speakerId()).containsExactly("s1", "s2", "s1");
    }

    @Test
    void usesTheUserSpeakerListForCanonicalNamesKindsAndTitles() {
        Speaker known = new Speaker("k1", "Anastasia Kiril", SpeakerKind.PERSON, "Defence Minister", List.of("Nastya Kiril"));
        QuoteEngine engine = new QuoteEngine(List.of(known));
        var annotated = engine.attribute(Article.of("t", "Port news\n“We are ready,” Kiril said.")).annotated();
        Speaker speaker = annotated.speakers().get(0);
        assertThat(speaker.name()).isEqualTo("Anastasia Kiril");
        assertThat(speaker.title()).isEqualTo("Defence Minister");
        assertThat(speaker.aliases()).contains("Nastya Kiril", "Kiril");
        assertThat(new QuoteEngine().attribute(Article.of("t", "Port news\n“We are ready,” Kiril said.")).annotated()
                .speakers().get(0).name()).isEqualTo("Kiril");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article                                                                                          | speaker
            Port news¶Ivo Brandt, a veteran diplomat, was named envoy on Friday.¶“It is an honour,” the 63-year-old said. | Ivo Brandt
            Port news¶President Ana Kiril visited the port.¶“We will rebuild,” the 58-year-old told reporters.     | Ana Kiril
            Port news¶Photo by Harbour Images.¶“What if?” the 43-year-old asked.                                   | 43-year-old
            """)
    void anAgeStandsForThePersonNamedJustBefore(String article, String speaker) {
        EngineFixture f = EngineFixture.of(article);
        assertThat(f.speakerOf(f.annotated.quotes().get(0)).name()).isEqualTo(speaker);
    }

    @Test
    void aBareFamilyNameIsNotAListedSpeakerTheArticleNeverNames() {
        Speaker known = new Speaker("k1", "Pak Min-jun", SpeakerKind.PERSON, "Supreme Leader", List.of());
        QuoteEngine engine = new QuoteEngine(List.of(known));
        var unnamed = engine.attribute(Article.of("t", "Port news\n“We are ready,” Pak told a briefing.")).annotated();
        assertThat(unnamed.speakers().get(0).name()).isEqualTo("Pak");
        var named = engine.attribute(Article.of("t",
                "Port news\nNorland leader Pak Min-jun inspected troops.\n“We are ready,” Pak said.")).annotated();
        assertThat(named.speakers().get(0).name()).isEqualTo("Pak Min-jun");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Port news¶A spokesman for the Menlan Foreign Ministry, Guo Wenbin, said the protest was “groundless.”¶“We urge restraint,” Guo said. | We urge restraint | Guo Wenbin
            Port news¶Wang Lihua, the foreign minister, met her counterpart on Monday.¶“The talks were frank,” Wang said.                  | talks were frank  | Wang Lihua
            """)
    void linksAFamilyNameWrittenFirstToTheNameARoleSetsOffEvenWithAListedNamesake(String article, String words, String speaker) {
        // The listed "Wang Yi", never named here, must not keep "Wang said" from the Wang Lihua the article is about.
        Speaker listed = new Speaker("k1", "Wang Yi", SpeakerKind.PERSON, "Foreign Minister", List.of());
        var annotated = new QuoteEngine(List.of(listed)).attribute(Article.of("t", article.replace("¶", "\n"))).annotated();
        var quote = annotated.quotes().stream().filter(q -> annotated.textOf(q).contains(words)).findFirst().orElseThrow();

        assertThat(annotated.speaker(quote.speakerId()).orElseThrow().name()).isEqualTo(speaker);
    }
}
