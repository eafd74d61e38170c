package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Diagnostic;
import org.quoteexplorer.model.Quote;

/** The engine attributes at most its cap of quotes per article and says so when it stops. */
class QuoteCapTest {

    private static final String QUOTE = "\u201Ca,\u201D said Bob. ";

    @ParameterizedTest(name = "{0} quotes, cap {1}")
    @CsvSource(textBlock = """
            # quotes in the text | cap | quotes kept | cap diagnostics
            5                    | 5   | 5           | 0
            6                    | 5   | 5           | 1
            40                   | 7   | 7           | 1
            3                    | 0   | 0           | 1
            """, delimiter = '|')
    void keepsTheFirstQuotesUpToTheCapAndWarnsOnceAboutTheRest(int inText, int cap, int kept, int warnings) {
        String text = QUOTE.repeat(inText);
        Attribution attribution = new QuoteEngine(List.of(), cap).attribute(Article.of("many", text));

        List<Quote> quotes = attribution.annotated().quotes();
        assertThat(quotes).hasSize(kept);
        for (int i = 0; i < kept; i++) {
            assertThat(quotes.get(i).span().start()).isEqualTo(i * QUOTE.length());
        }
        List<Diagnostic> capNotes = attribution.diagnostics().stream()
                .filter(d -> d.message().contains("were not")).toList();
        assertThat(capNotes).hasSize(warnings);
        capNotes.forEach(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.message()).contains(inText + " quotations found").contains("first " + cap);
            assertThat(d.span().start()).isEqualTo(cap * QUOTE.length());
        });
    }

    @org.junit.jupiter.api.Test
    void theDefaultCapIsAHundredThousand() {
        assertThat(QuoteEngine.MAX_QUOTES).isEqualTo(100_000);
        String text = QUOTE.repeat(3);
        assertThat(new QuoteEngine().attribute(Article.of("few", text)).diagnostics()).isEmpty();
    }
}
