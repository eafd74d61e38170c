package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/**
 * A new reading of the same file may put a paragraph break where a space joined two lines, or the
 * other way round: every quote must still be found, on the same words, however the breaks fall.
 */
class ReanchorWhiteSpaceProperties {

    /** Few words, so that quotes and their contexts repeat and the choice between occurrences matters. */
    private static final List<String> WORDS = List.of("we", "will", "say", "so", "port", "said", "Kovac", "the", "vote");

    record Case(List<String> words, List<Boolean> oldBreaks, List<Boolean> newBreaks, List<Integer> quoteStarts) {
    }

    @Provide
    Arbitrary<Case> articles() {
        Arbitrary<List<String>> words = Arbitraries.of(WORDS).list().ofMinSize(12).ofMaxSize(80);
        return words.flatMap(w -> Combinators.combine(
                Arbitraries.of(true, false, false, false).list().ofSize(w.size()),
                Arbitraries.of(true, false, false, false).list().ofSize(w.size()),
                Arbitraries.integers().between(0, w.size() - 1).set().ofMaxSize(8).map(s -> s.stream().sorted().toList()))
                .as((a, b, q) -> new Case(w, a, b, q)));
    }

    /** Words joined by a space or a line end; every chosen word that begins a pair starts a quotation of two words. */
    private static String text(Case c, List<Boolean> breaks, List<Span> quotes) {
        StringBuilder text = new StringBuilder();
        int quoteEnd = -1;
        for (int i = 0; i < c.words().size(); i++) {
            if (i > 0) {
                text.append(breaks.get(i) ? '\n' : ' ');
            }
            boolean opens = i > quoteEnd && c.quoteStarts().contains(i) && i + 1 < c.words().size();
            if (opens) {
                text.append('\u201C');
                quoteEnd = i + 1;
            }
            text.append(c.words().get(i));
            if (i == quoteEnd) {
                text.append(",\u201D");
                int begin = text.lastIndexOf("\u201C");
                quotes.add(new Span(begin, text.length()));
            }
        }
        return text.toString();
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    @Property(tries = 300)
    void everyQuoteIsFoundOnTheSameWordsHoweverTheParagraphBreaksMoved(@ForAll("articles") Case c) {
        List<Span> oldSpans = new ArrayList<>();
        String oldText = text(c, c.oldBreaks(), oldSpans);
        String newText = text(c, c.newBreaks(), new ArrayList<>());
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < oldSpans.size(); i++) {
            quotes.add(Quote.unattributed("q" + (i + 1), oldSpans.get(i), QuoteType.DIRECT));
        }
        AnnotatedArticle saved = new AnnotatedArticle(Article.of("story", oldText), List.of(), quotes);

        Reanchor.Result result = Reanchor.reanchor(saved, Article.of("story", newText));

        assertThat(result.unanchored()).isEmpty();
        assertThat(result.edited()).isEmpty();
        for (Quote before : quotes) {
            Quote after = result.document().quote(before.id()).orElseThrow();
            assertThat(words(after.span().of(newText))).isEqualTo(words(before.span().of(oldText)));
            // the same place: the same words come before it
            assertThat(words(newText.substring(0, after.span().start())))
                    .isEqualTo(words(oldText.substring(0, before.span().start())));
        }
    }
}
