package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

class QuoteTypesTest {

    /** Each text has its quote in [brackets]; brackets are removed before guessing. \n is a line break. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Minister: [“We will act”]\\nThe minister spoke on Friday.                     | HEADLINE
            \\n\\nFarmers call plan [“a disaster”]\\nBody text follows here.              | HEADLINE
            Title\\nBody text.\\nUnions: [“No deal without us”]\\nMore body text follows. | HEADLINE
            Title.\\n[“We are ready,”] the minister said.                                   | DIRECT
            Title.\\nHe spoke. [“We are ready.”]                                            | DIRECT
            Title.\\nThe minister said: [“We are ready.”]                                   | DIRECT
            Title.\\nThe minister said, [“We are ready.”]                                   | DIRECT
            Title.\\n“We are ready.” [“We always were.”] he said.                           | DIRECT
            Title.\\nThe union called the offer [“an insult”] on Monday.                    | PARTIAL
            Title.\\nShe said she was [“Deeply Disappointed”] by it.                        | PARTIAL
            Title.\\nHe said, [“unacceptable”] and left.                                    | PARTIAL
            """)
    void guessesTheTypeFromWhereTheQuoteSits(String marked, QuoteType expected) {
        String withBreaks = marked.replace("\\n", "\n");
        int start = withBreaks.indexOf('[');
        int end = withBreaks.indexOf(']') - 1;
        String text = withBreaks.replace("[", "").replace("]", "");

        assertThat(QuoteTypes.guess(text, new Span(start, end))).isEqualTo(expected);
    }
}
