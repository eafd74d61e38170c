package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the text is cut into tokens, and what each token reads as. Invented sentences. */
class TokensTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # text                                         | tokens, separated by #
            Mr. Vell said so.                               | Mr.#Vell#said#so#.
            The U.S. envoy left.                            | The#U.S.#envoy#left#.
            Norland’s minister                              | Norland#’s#minister
            the mayor's office                              | the#mayor#'s#office
            “Yes,” she said.                                | “#Yes#,#”#she#said#.
            a well-known rock ’n’ roll band                 | a#well-known#rock#’#n#’#roll#band
            Ana J. Kiril, 35, said                          | Ana#J.#Kiril#,#35#,#said
            Café Noël opened                                | Café#Noël#opened
            """)
    void cutsWordsAbbreviationsPossessivesAndMarks(String text, String expected) {
        Tokens tokens = new Tokens(text);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            found.add(tokens.text(i));
        }
        assertThat(found).containsExactly(expected.split("#"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # text                                   | possessive tokens | tokens after a line break
            Vell’s aide and the mayor's office        | ’s#'s             | -
            ~Harbour Chief Says~                      | -                 | -
            ~Harbour Chief Says\n\nVELL'S AIDE said~   | 'S                | VELL
            ~“Never,”\n  she said.\r\nIt's over.~     | 's                | she#It
            ~A lone 's, s's and ’ s~                  | 's                | -
            """)
    void marksPossessivesAndLineBreaks(String text, String possessives, String afterLineBreak) {
        Tokens tokens = new Tokens(text.translateEscapes());
        List<String> foundPossessives = new ArrayList<>();
        List<String> foundAfterBreak = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.isPossessive(i)) {
                foundPossessives.add(tokens.text(i));
            }
            if (i > 0 && tokens.followsLineBreak(i)) {
                foundAfterBreak.add(tokens.text(i));
            }
        }
        assertThat(foundPossessives).containsExactlyElementsOf(listOf(possessives));
        assertThat(foundAfterBreak).containsExactlyElementsOf(listOf(afterLineBreak));
    }

    private static List<String> listOf(String hashSeparated) {
        return hashSeparated.equals("-") ? List.of() : List.of(hashSeparated.split("#"));
    }

    /** Dotted I and capital sigma lower-case by context or into two chars; emoji are two chars. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            SAID Mayor OSTROVA
            İSTANBUL İzmir
            ΟΔΥΣΣΕΥΣ Σοφία ΣΑΣ
            ÉLYSÉE Ǆemal ǅemal
            Wait 😀 WAIT 𐐀𐐨
            Ärzte’S Ωmega ΜΑΡΙΑ’Σ
            """)
    void lowerCasesEachTokenAsStringToLowerCaseDoes(String text) {
        Tokens tokens = new Tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.text(i);
            assertThat(tokens.lower(i)).as(token).isEqualTo(token.toLowerCase(Locale.ROOT));
        }
    }

    @ParameterizedTest(name = "{0} is {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # token     | word        | same when lower-cased
            WENT        | went        | true
            Went        | goes        | false
            wen         | went        | false
            İzmir       | i\u0307zmir | true
            İzmir       | izmir       | false
            Σ           | σ           | true
            """)
    void comparesATokenLowerCasedWithAWord(String token, String word, boolean same) {
        assertThat(new Tokens(token).lowerIs(0, word)).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # word       | speech verb | title | function word
            Said         | true        | false | false
            SPOKESWOMAN  | false       | true  | false
            The          | false       | false | true
            Harbour      | false       | false | false
            """)
    void readsTheLexiconClassesOfAWordWhateverItsCase(String word, boolean speechVerb, boolean title, boolean function) {
        Tokens tokens = new Tokens(word);
        assertThat(tokens.is(0, Lexicon.SPEECH_VERB)).isEqualTo(speechVerb);
        assertThat(tokens.is(0, Lexicon.TITLE)).isEqualTo(title);
        assertThat(tokens.is(0, Lexicon.FUNCTION)).isEqualTo(function);
    }
}
