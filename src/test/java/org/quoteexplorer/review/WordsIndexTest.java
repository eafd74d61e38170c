package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The radar's shared word index reads any stretch of an article exactly as the stretch read alone. */
class WordsIndexTest {

    @Provide
    Arbitrary<String> texts() {
        // Apostrophes both ways, capitals, digits, accented and dotted capitals, Greek sigma, a surrogate pair.
        return Arbitraries.strings().withChars("abAB1 .,'’-\n\u00e9\u00c9\u0130\u03a3\u03c3\ud835\udc00").ofMaxLength(60);
    }

    @Property(tries = 3000)
    void aStretchHasTheWordsItHasAlone(@ForAll("texts") String text, @ForAll @IntRange(max = 70) int a,
            @ForAll @IntRange(max = 70) int b) {
        int from = Math.min(Math.min(a, b), text.length());
        int to = Math.min(Math.max(a, b), text.length());
        Words.Index index = new Words.Index(text);
        assertThat(strip(index.of(from, to))).isEqualTo(strip(Words.of(text, from, to)));
    }

    @Property(tries = 500)
    void aWordWrittenTwiceSharesItsNumbersAndItsStemNumberFollowsTheStem(@ForAll("texts") String text) {
        Words.Index index = new Words.Index(text);
        List<Words.Word> all = index.all();
        for (Words.Word x : all) {
            for (Words.Word y : all) {
                assertThat(x.text().equals(y.text())).isEqualTo(x.textId() == y.textId());
                assertThat(x.stem().equals(y.stem())).isEqualTo(x.stemId() == y.stemId());
            }
            assertThat(index.isContent(x)).isEqualTo(x.isContent());
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'Iran’s minister, expressing doubts', 0, 34
            'Iran’s minister, expressing doubts', 2, 9
            'Iran’s minister, expressing doubts', 4, 20
            'O’Neil said: rock’n’roll', 1, 16
            'O’Neil said: rock’n’roll', 18, 24
            'ΟΔΟΣ Σ İstanbul’s', 0, 17
            'ΟΔΟΣ Σ İstanbul’s', 3, 12
            """)
    void cutWordsAtEitherEndAreReadAsTheStretchAloneReadsThem(String text, int from, int to) {
        Words.Index index = new Words.Index(text);
        assertThat(strip(index.of(from, to))).isEqualTo(strip(Words.of(text, from, to)));
    }

    /** A word without the index's numbers, which a stretch read alone does not have. */
    private static List<List<Object>> strip(List<Words.Word> words) {
        return words.stream().map(w -> List.<Object>of(w.text(), w.stem(), w.start(), w.end())).toList();
    }
}
