package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/**
 * A change that replaces quotes in place gives the very document the full rebuild gives, whatever
 * the spans (equal ones included), and in whatever order the edits come.
 */
class ChangeInPlaceTest {

    private static final String TEXT = "x".repeat(400);

    /** Quotes with unique ids and random spans, some of them equal, as a long article may have. */
    private static AnnotatedArticle randomDocument(Random random, int count) {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(40) * 5;
            int end = start + 1 + random.nextInt(random.nextBoolean() ? 2 : 20);
            quotes.add(new Quote("q" + i, new Span(start, end), QuoteType.DIRECT, "s1", null, null, 0.5,
                    "rule:test", QuoteStatus.SUGGESTED, null, List.of()));
        }
        return new AnnotatedArticle(Article.of("doc", TEXT), List.of(), quotes);
    }

    /** A random edit of one to three quotes: statuses and notes mostly, sometimes a new span, an added or removed quote. */
    private static Change randomChange(Random random, AnnotatedArticle document, int serial) {
        List<Quote> quotes = document.quotes();
        List<Quote> before = new ArrayList<>();
        List<Quote> after = new ArrayList<>();
        int edited = 1 + random.nextInt(3);
        for (int k = 0; k < edited && !quotes.isEmpty(); k++) {
            Quote quote = quotes.get(random.nextInt(quotes.size()));
            if (before.contains(quote)) {
                continue;
            }
            before.add(quote);
            switch (random.nextInt(6)) {
                case 0 -> after.add(quote.withSpan(new Span(quote.span().start() + 1, quote.span().end() + 1)));
                case 1 -> { } // removed
                case 2 -> after.add(quote.withNote("note " + serial));
                default -> after.add(quote.withStatus(QuoteStatus.values()[random.nextInt(QuoteStatus.values().length)]));
            }
        }
        if (random.nextInt(8) == 0) {
            int start = random.nextInt(40) * 5;
            after.add(new Quote("n" + serial, new Span(start, start + 3), QuoteType.PARTIAL, null, null, null, 0.3,
                    "rule:test", QuoteStatus.SUGGESTED, null, List.of()));
        }
        return Change.ofQuotes("edit " + serial, before, after);
    }

    @Property(tries = 200)
    void replacingQuotesInPlaceGivesTheDocumentTheRebuildGives(@ForAll long seed,
                                                               @ForAll @IntRange(min = 1, max = 60) int count) {
        Random random = new Random(seed);
        AnnotatedArticle document = randomDocument(random, count);
        for (int serial = 0; serial < 30 && !document.quotes().isEmpty(); serial++) {
            Change change = randomChange(random, document, serial);
            AnnotatedArticle rebuilt = change.applyByRebuilding(document);
            AnnotatedArticle applied = change.applyTo(document);
            assertThat(applied).isEqualTo(rebuilt);
            assertThat(applied.quotes()).extracting(Quote::id).containsExactlyElementsOf(rebuilt.quotes().stream().map(Quote::id).toList());
            // undoing it too: the quotes come back as they were (equal spans in the rebuild's order)
            assertThat(change.inverse().applyTo(applied)).isEqualTo(change.inverse().applyByRebuilding(applied));
            assertThat(change.inverse().applyTo(applied).quotes()).containsExactlyInAnyOrderElementsOf(document.quotes());
            document = applied;
        }
    }

    @Test
    void aStatusChangeOfAQuoteThatIsNotThereAsItWasStillFailsAsBefore() {
        AnnotatedArticle document = randomDocument(new Random(7), 10);
        Quote quote = document.quotes().get(4);
        Quote stale = quote.withNote("changed elsewhere");
        Change change = Change.ofQuotes("accept", List.of(stale), List.of(stale.withStatus(QuoteStatus.ACCEPTED)));

        assertThatThrownBy(() -> change.applyTo(document))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not fit quote " + quote.id());
    }

    @Test
    void acceptingOneQuoteChangesOnlyThatQuote() {
        AnnotatedArticle document = randomDocument(new Random(11), 50);
        Quote quote = document.quotes().get(20);
        Change change = Change.ofQuotes("accept", List.of(quote), List.of(quote.withStatus(QuoteStatus.ACCEPTED)));

        AnnotatedArticle applied = change.applyTo(document);

        for (int i = 0; i < document.quotes().size(); i++) {
            Quote now = applied.quotes().get(i);
            if (now.id().equals(quote.id())) {
                assertThat(now.status()).isEqualTo(QuoteStatus.ACCEPTED);
            } else {
                assertThat(now).isSameAs(document.quotes().get(i));
            }
        }
    }
}
