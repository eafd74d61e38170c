package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;

/** Whatever the text, the engine answers with valid, ordered, non-overlapping quotes. */
class RobustnessTest {

    private static final String[] PIECES = {
        "“", "”", "\"", "'", "''", "``", "‘", "’", "«", "»", "„", "‹", "›", "‚", " ", " ", " ", "\n", "\r\n", "\n\n",
        ":", ",", ".", "?", "!", "—", "(", ")", "=", "said", "Vell", "the minister", "he", "she", "they", "it",
        "Ana Kiril", "told reporters", "according to", "saying", "who", "Mr.", "U.S.", "’s", "don't", "😀", "I",
    };

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "“", "”", "\"", "''", "“”", "‘’", "“\n”", "said", "He said:", ":“”"})
    void copesWithDegenerateArticles(String text) {
        assertValid(text);
    }

    @Test
    void copesWithRandomSoupsOfMarksAndCues() {
        Random random = new Random(20261125);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder("Headline\n");
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? " " : "");
            }
            assertValid(sb.toString());
        }
    }

    private static void assertValid(String text) {
        var annotated = new QuoteEngine().attribute(Article.of("soup", text)).annotated();
        int previousEnd = 0;
        for (Quote q : annotated.quotes()) {
            assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(q.span().start()).as("quotes must not overlap in %s", text).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = q.span().end();
            if (q.speakerId() != null) {
                assertThat(annotated.speaker(q.speakerId())).isPresent();
            }
            if (q.mention() != null) {
                assertThat(q.mention().end()).isLessThanOrEqualTo(text.length());
            }
        }
    }
}
