package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.ArticleLineException;
import org.quoteexplorer.io.JsonLinesArticles;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

class LineAttributionTest {

    private static final List<Speaker> KNOWN = List.of(
            new Speaker("k1", "Ann Lee", SpeakerKind.PERSON, "mayor", List.of("Lee")));
    private static final String LINE = "{\"id\": \"harbour-7\", \"text\": \"Harbour deal\\n"
            + "\\u201CWe agree,\\u201D said Ann Lee, the mayor.\\n"
            + "The union was less sure. \\u201CIt is too early,\\u201D a spokesman said.\\n"
            + "\\u201CNobody asked us.\\u201D\"}";

    @Test
    void aLineGivesTheDocumentTheEngineAndRadarMakeOfItsArticle() throws Exception {
        LineAttribution.Result result = new LineAttribution(KNOWN, true).attribute(LINE, 4);

        AnnotatedArticle expected = ArticleAttribution.of(JsonLinesArticles.parse(LINE, 4),
                new QuoteEngine(KNOWN)::attribute, KNOWN, true).document();
        assertThat(result.id()).isEqualTo("harbour-7");
        assertThat(result.documentLine()).isEqualTo(JsonLinesArticles.documentLine(expected));
        assertThat(AnnotationJson.read(result.documentLine())).isEqualTo(expected);
        assertThat(expected.assessments()).isNotEmpty();
    }

    @Test
    void flatQuotesFollowTheDocumentQuoteByQuote() throws Exception {
        LineAttribution.Result result = new LineAttribution(KNOWN, true).attribute(LINE, 4);
        AnnotatedArticle document = AnnotationJson.read(result.documentLine());

        assertThat(result.quotes()).hasSize(document.quotes().size()).isNotEmpty();
        for (int i = 0; i < document.quotes().size(); i++) {
            var quote = document.quotes().get(i);
            LineAttribution.FlatQuote row = result.quotes().get(i);
            assertThat(row.articleId()).isEqualTo("harbour-7");
            assertThat(row.quoteId()).isEqualTo(quote.id());
            assertThat(row.text()).isEqualTo(document.textOf(quote));
            assertThat(row.speaker()).isEqualTo(document.speaker(quote.speakerId()).map(Speaker::name).orElse(null));
            assertThat(row.mention()).isEqualTo(quote.mention() == null ? null : quote.mention().of(document.text()));
            assertThat(row.confidence()).isEqualTo(quote.confidence());
            assertThat(row.flags()).isEqualTo(String.join(", ", document.assessments().get(quote.id()).flags().stream()
                    .map(f -> f.code().code()).toList()));
        }
        assertThat(result.quotes()).anySatisfy(row -> assertThat(row.speaker()).isEqualTo("Ann Lee"));
        assertThat(result.quotes()).anySatisfy(row -> assertThat(row.flags()).isNotEmpty());
    }

    @Test
    void withoutFlagsNoQuoteIsAssessed() throws Exception {
        LineAttribution.Result result = new LineAttribution(KNOWN, false).attribute(LINE, 1);

        assertThat(AnnotationJson.read(result.documentLine()).assessments()).isEmpty();
        assertThat(result.quotes()).allSatisfy(row -> assertThat(row.flags()).isEmpty());
    }

    @Test
    void aBadLineIsRefusedAndTheNextIsStillAttributed() throws Exception {
        LineAttribution lines = new LineAttribution(KNOWN, false);

        assertThatThrownBy(() -> lines.attribute("{\"id\": \"x\"}", 2)).isInstanceOf(ArticleLineException.class)
                .hasMessageStartingWith("line 2: no \"text\"");
        assertThat(lines.attribute(LINE, 3).quotes()).isNotEmpty();
    }
}
