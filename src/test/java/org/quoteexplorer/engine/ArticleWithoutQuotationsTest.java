package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Speaker;

class ArticleWithoutQuotationsTest {

    private static final String REPORTED_SPEECH = """
            Mayor's plan divides the council
            Mayor Ann Lee said on Tuesday that the city's budget would grow. Council member Tom Ray \
            disagreed, saying the plan ignored the port's debts; Lee's office didn't comment.
            The vote is set for May 3.""";

    private final QuoteEngine engine = new QuoteEngine();

    @Test
    void anArticleWithReportedSpeechButNoQuotationGivesNoQuoteAndNoSpeaker() {
        Attribution attribution = engine.attribute(Article.of("plan", REPORTED_SPEECH));

        assertThat(attribution.annotated().quotes()).isEmpty();
        assertThat(attribution.annotated().speakers()).isEmpty();
        assertThat(attribution.annotated().article().text()).isEqualTo(REPORTED_SPEECH);
        assertThat(attribution.diagnostics()).isEmpty();
    }

    @Test
    void oneQuotationInTheSameArticleIsAttributedWithTheWholeArticleAsContext() {
        String text = REPORTED_SPEECH + "\n“We will pay what we owe,” Lee said.";

        Attribution attribution = engine.attribute(Article.of("plan", text));

        assertThat(attribution.annotated().quotes()).hasSize(1);
        assertThat(attribution.annotated().speakers()).extracting(Speaker::name).containsExactly("Ann Lee");
    }
}
