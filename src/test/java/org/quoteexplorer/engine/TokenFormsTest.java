package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The tokeniser remembers each word form it has read; a form read again must read exactly as
 * it did the first time, whatever forms came between and however large the table has grown.
 */
class TokenFormsTest {

    private static final int ALL_CLASSES = (1 << 10) - 1;

    @Property(tries = 300)
    void aRepeatedWordFormReadsAsStringToLowerCaseAndTheLexiconSay(@ForAll("texts") String text) {
        Tokens tokens = new Tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.text(i);
            String lower = token.toLowerCase(Locale.ROOT);
            assertThat(tokens.lower(i)).as(token).isEqualTo(lower);
            assertThat(tokens.lowerHash(i)).as(token).isEqualTo(lower.hashCode());
            if (tokens.isWord(i)) {
                for (int bit = 1; bit <= ALL_CLASSES; bit <<= 1) {
                    assertThat(tokens.is(i, bit)).as(token + " class " + bit)
                            .isEqualTo((Lexicon.classesOf(lower) & bit) != 0);
                }
            }
        }
    }

    @Property(tries = 300)
    void twoTokensShareAWordNumberExactlyWhenTheyReadTheSameInLowerCase(@ForAll("numberedTexts") String text) {
        Tokens tokens = new Tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(tokens.wordId(i)).as(tokens.text(i)).isBetween(0, tokens.wordIdLimit() - 1);
            for (int j = i + 1; j < tokens.size(); j++) {
                assertThat(tokens.wordId(i) == tokens.wordId(j)).as(tokens.text(i) + " / " + tokens.text(j))
                        .isEqualTo(tokens.lower(i).equals(tokens.lower(j)));
            }
        }
    }

    @Provide
    Arbitrary<String> numberedTexts() {
        // The kelvin sign lower-cases to an ASCII "k", dotted capital I to two chars; the
        // punctuation has one-char tokens of its own; "a", "i" and "said" are lexicon words.
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("said", "SAID", "a", "A", "i", "I", "k", "K", "\u212a", "\u212aa", "ka", "\u2014", "\u201c",
                        "\u2019", "\u2026", "İ", "i\u0307", "Σ", "σ", "\ud801\udc00", "\ud801\udc28", "É", "é"),
                Arbitraries.strings().withChars("aAkK\u212aİΣσé’'—.").ofMinLength(1).ofMaxLength(4));
        return word.list().ofMaxSize(40).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 5)
    void thousandsOfDistinctFormsEachKeepTheirOwnLowerCase(@ForAll("manyForms") List<String> words) {
        // Twice over, so that the second reading of every form comes from the grown table.
        String text = String.join(" ", words) + " " + String.join(" ", words);
        Tokens tokens = new Tokens(text);
        assertThat(tokens.size()).isEqualTo(words.size() * 2);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(tokens.lower(i)).isEqualTo(words.get(i % words.size()).toLowerCase(Locale.ROOT));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("said", "Said", "SAID", "the", "The", "minister", "Minister", "she", "He",
                        "İzmir", "İZMIR", "ΣΑΣ", "Σοφία", "Wait", "😀", "Café", "CAFÉ", "a", "I", "U.S."),
                Arbitraries.strings().withChars("aAsSİΣé’'-.").ofMinLength(1).ofMaxLength(6));
        return word.list().ofMaxSize(60).map(ws -> String.join(" ", ws));
    }

    @Provide
    Arbitrary<List<String>> manyForms() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(9)
                .list().ofMinSize(1500).ofMaxSize(3000);
    }
}
