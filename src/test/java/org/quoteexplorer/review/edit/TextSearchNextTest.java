package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/**
 * Enter in the search field goes to the next hit without listing every hit first: it must still
 * land where the list of all hits says, wrapping to the top, with the same quote.
 */
class TextSearchNextTest {

    @Property(tries = 500)
    void theNextHitIsTheFirstListedHitAfterThePositionOrElseTheFirstOne(
            @ForAll("texts") String text, @ForAll("queries") String query, @ForAll @IntRange(min = -1, max = 40) int position) {
        AnnotatedArticle document = withQuotesEveryTenCharacters(text);
        List<TextSearch.Hit> all = TextSearch.find(document, query);
        Optional<TextSearch.Hit> expected = all.stream().filter(h -> h.span().start() > position).findFirst()
                .or(() -> all.stream().findFirst());

        assertThat(TextSearch.next(document, query, position)).isEqualTo(expected);
    }

    @Test
    void asciiCharactersMatchExactlyWhenTheirCaseMappingsAgree() {
        // ASCII takes a shortcut past the case mappings; it must not change what matches
        for (char c = 0; c < 128; c++) {
            for (char d = 0; d < 128; d++) {
                boolean sameFold = Character.toLowerCase(Character.toUpperCase(c)) == Character.toLowerCase(Character.toUpperCase(d));
                assertThat(TextSearch.contains(String.valueOf(c), String.valueOf(d))).as("%d finds %d", (int) d, (int) c)
                        .isEqualTo(sameFold);
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        // few letters, several forms of one mark and of one letter: overlapping and folded matches are common
        return Arbitraries.of('a', 'A', 'b', '\'', '\u2019', ' ').list().ofMinSize(0).ofMaxSize(40)
                .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.of('a', 'b', '\'', ' ').list().ofMinSize(0).ofMaxSize(3)
                .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    }

    private static AnnotatedArticle withQuotesEveryTenCharacters(String text) {
        List<Quote> quotes = new java.util.ArrayList<>();
        for (int start = 2; start + 5 <= text.length(); start += 10) {
            quotes.add(new Quote("q" + start, new Span(start, start + 5), QuoteType.DIRECT, null, null, null,
                    0.5, null, QuoteStatus.SUGGESTED, null, List.of()));
        }
        return new AnnotatedArticle(Article.of("search", text), List.of(), quotes);
    }
}
