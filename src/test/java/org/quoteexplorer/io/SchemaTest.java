package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;

class SchemaTest {

    @Test
    void everyFieldOfAFullExportIsValid() {
        SchemaAssertions.assertValid(AnnotationJson.write(Fixtures.multilingual()));
    }

    @Test
    void exportOfADocumentWithoutQuotesOrTimesIsValid() {
        SchemaAssertions.assertValid(AnnotationJson.write(new AnnotatedArticle(Article.of("empty", "Nothing quoted."), List.of(), List.of())));
    }

    @Test
    void unattributedQuoteExportIsValid() {
        String text = "\u201CHi\u201D";
        SchemaAssertions.assertValid(AnnotationJson.write(new AnnotatedArticle(Article.of("x", text), List.of(),
                List.of(Quote.unattributed("q1", Fixtures.find(text, text), QuoteType.HEADLINE)))));
    }

    /** The schema must have teeth: the same mistakes the reader refuses, it flags too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong format       | "format": "quote-explorer/1.1"  | "format": "quote-explorer/2"
            unknown status     | "status": "accepted"          | "status": "maybe"
            string offset      | "start": 7,                   | "start": "7",
            unknown field      | "format": "quote-explorer/1.1"  | "format": "quote-explorer/1.1", "extra": 1
            unknown title source | "titleSource": "article"    | "titleSource": "wikipedia"
            unknown quote type | "type": "direct"              | "type": "irony"
            bad timestamp      | "2025-06-23T14:05:00Z"        | "23/06/2025"
            """)
    void schemaFlagsWhatTheReaderRefuses(String what, String find, String replace) {
        String valid = AnnotationJson.write(Fixtures.multilingual());
        assertThat(valid).contains(find);

        assertThat(SchemaAssertions.problems(valid.replaceFirst(java.util.regex.Pattern.quote(find), replace))).isNotEmpty();
    }
}
