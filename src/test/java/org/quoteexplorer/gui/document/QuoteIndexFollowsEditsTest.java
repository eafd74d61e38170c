package org.quoteexplorer.gui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.review.edit.EditHistory;
import org.quoteexplorer.review.edit.Change;

/**
 * The index of each document version, carried over from the one before when the quotes kept their
 * places, answers every lookup as an index built from scratch does: through edits, undo, redo and
 * documents of the same size with other quotes.
 */
class QuoteIndexFollowsEditsTest {

    private static AnnotatedArticle document(String prefix, int count, Random random) {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(50) * 4;
            quotes.add(new Quote(prefix + i, new Span(start, start + 1 + random.nextInt(6)), QuoteType.DIRECT, null,
                    null, null, 0.4, "rule:test", QuoteStatus.SUGGESTED, null, List.of()));
        }
        return new AnnotatedArticle(Article.of(prefix, "y".repeat(300)), List.of(), quotes);
    }

    /** What an index built from scratch says: the first position of each id, -1 for any other. */
    private static void assertIndexAnswersAsRebuilt(AnnotatedArticle document, List<String> probes) {
        QuoteIndex index = QuoteIndex.of(document);
        List<Quote> quotes = document.quotes();
        for (String id : probes) {
            int expected = -1;
            for (int i = 0; i < quotes.size(); i++) {
                if (quotes.get(i).id().equals(id)) {
                    expected = i;
                    break;
                }
            }
            assertThat(index.positionOf(id)).as("position of %s", id).isEqualTo(expected);
            assertThat(index.quote(id)).isEqualTo(expected < 0 ? java.util.Optional.empty() : java.util.Optional.of(quotes.get(expected)));
        }
    }

    private static List<String> probes(AnnotatedArticle document, int serial) {
        List<String> ids = new ArrayList<>(document.quotes().stream().map(Quote::id).toList());
        ids.add("missing" + serial);
        ids.add("n" + serial);
        java.util.Collections.shuffle(ids, new Random(serial));
        return ids;
    }

    @Property(tries = 150)
    void anIndexCarriedThroughEditsAnswersAsARebuiltOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int count) {
        Random random = new Random(seed);
        EditHistory history = new EditHistory(document("q", count, random));
        for (int serial = 0; serial < 25; serial++) {
            AnnotatedArticle now = history.current();
            int action = random.nextInt(10);
            if (action == 0) {
                history.undo();
            } else if (action == 1) {
                history.redo();
            } else if (!now.quotes().isEmpty()) {
                Quote quote = now.quotes().get(random.nextInt(now.quotes().size()));
                List<Quote> after = switch (random.nextInt(5)) {
                    case 0 -> List.of();
                    case 1 -> List.of(quote.withSpan(new Span(quote.span().start() + 2, quote.span().end() + 2)));
                    case 2 -> List.of(quote, new Quote("n" + serial, new Span(random.nextInt(200), 250), QuoteType.PARTIAL,
                            null, null, null, 0.2, "rule:test", QuoteStatus.SUGGESTED, null, List.of()));
                    default -> List.of(quote.withStatus(QuoteStatus.ACCEPTED));
                };
                List<Quote> before = after.size() == 2 ? List.of() : List.of(quote);
                history.perform(Change.ofQuotes("edit", before, after.size() == 2 ? after.subList(1, 2) : after));
            }
            // only some versions are looked at, as the window skips some while keys come quickly
            if (random.nextInt(3) > 0) {
                assertIndexAnswersAsRebuilt(history.current(), probes(history.current(), serial));
            }
        }
    }

    @Test
    void aDocumentOfTheSameSizeWithOtherQuotesIsIndexedByItsOwnQuotes() {
        Random random = new Random(3);
        AnnotatedArticle first = document("a", 30, random);
        AnnotatedArticle other = document("b", 30, random);
        QuoteIndex.of(first).positionOf("a1");

        assertIndexAnswersAsRebuilt(other, probes(other, 1));
        assertThat(QuoteIndex.of(other).quote("a1")).isEmpty();
    }
}
