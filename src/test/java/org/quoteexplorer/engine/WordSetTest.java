package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hash-probed word set the lexicon look-ups use: it must answer exactly as a Set would. */
class WordSetTest {

    private static final WordSet ROLES = new WordSet(Set.of("spokesman", "minister", "mayor", "envoy"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            spokesman | true
            mayor     | true
            mayors    | false
            Mayor     | false
            ''        | false
            """)
    void answersForPlainWordsAsASetWould(String word, boolean member) {
        assertThat(ROLES.contains(word)).isEqualTo(member);
    }

    @Test
    void looksTokensUpByTheirLowerCaseWhateverTheirCapitals() {
        Tokens tokens = new Tokens("The MAYOR met Envoy Vell and the mayors.");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (ROLES.containsToken(tokens, i)) {
                found.add(tokens.text(i));
            }
        }
        assertThat(found).containsExactly("MAYOR", "Envoy");
    }

    @Test
    void keepsWordsApartWhoseHashCodesCollide() {
        // "Aa" and "BB" share a hash code in Java; so do "AaAa" and "BBBB".
        WordSet set = new WordSet(Set.of("Aa", "AaAa"));
        assertThat(set.contains("Aa")).isTrue();
        assertThat(set.contains("BB")).isFalse();
        assertThat(set.contains("AaAa")).isTrue();
        assertThat(set.contains("BBBB")).isFalse();
    }
}
