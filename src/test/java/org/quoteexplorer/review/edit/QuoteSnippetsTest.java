package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.Span;

class QuoteSnippetsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            “a greener city”                                               | “a greener city”
            “We will plant ten thousand trees this year,”                 | “We will plant ten thousand…”
            “The money is not there.”                                     | “The money is not there.”
            "Straight marks, too,"                                        | “Straight marks, too”
            «Nous avons trouvé l’argent»                                  | “Nous avons trouvé l’argent”
            ‘Why now?’                                                    | “Why now?”
            “We will respond to every complaint before the summer starts.” | “We will respond to every…”
            “Extraordinarilyunbreakablewordsgoonforeverandever”           | “Extraordinarilyunbreakableword…”
            “Ten words, then a comma, and then some more words here”      | “Ten words, then a comma, and…”
            “Spaced    out     words”                                     | “Spaced out words”
            “😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀”               | “😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀…”
            “”                                                            | ““””
            """)
    void aQuoteIsNamedByTheStartOfItsWordsInCurlyQuotes(String quoted, String snippet) {
        String text = "Before " + quoted + " after.";
        int start = text.indexOf(quoted);
        assertThat(QuoteSnippets.of(text, new Span(start, start + quoted.length()))).isEqualTo(snippet);
    }
}
