package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.review.edit.Edits;
import org.quoteexplorer.review.edit.QuoteFilter;

/** Filters narrow the list, the navigation and the article highlighting together. */
class QuoteFilterTest {

    private final DocumentSession session = Fixtures.openSession();
    private final QuoteListViewModel list = new QuoteListViewModel(session);
    private final ArticleViewModel article = new ArticleViewModel(session, list);
    private final ReviewViewModel review = new ReviewViewModel(session, new LegendViewModel(session), list);

    private java.util.List<String> shown() {
        return list.visibleQuoteIds();
    }

    @Test
    void bySpeakerIncludingTheUnattributed() {
        list.speakerFilterProperty().set("s2");
        assertThat(shown()).containsExactly("q2");
        list.speakerFilterProperty().set(QuoteFilter.UNATTRIBUTED);
        assertThat(shown()).containsExactly("q3");
        assertThat(article.hiddenQuoteIdsProperty().get()).containsExactlyInAnyOrder("q1", "q2");
    }

    @Test
    void byStatusTypeAndText() {
        session.perform(Edits.withSystemClock().reject(session.getDocument(), "q1"));
        list.hideRejectedProperty().set(true);
        assertThat(shown()).containsExactly("q2", "q3");
        list.hideRejectedProperty().set(false);
        list.statusFilterProperty().set(QuoteStatus.REJECTED);
        assertThat(shown()).containsExactly("q1");
        list.clearFilters();
        list.typeFilterProperty().set(QuoteType.PARTIAL);
        assertThat(shown()).containsExactly("q2");
        list.clearFilters();
        list.searchTextProperty().set("NOBODY");
        assertThat(shown()).containsExactly("q3");
        list.searchTextProperty().set("tom ray");
        assertThat(shown()).as("speaker names match too").containsExactly("q2");
        list.clearFilters();
        assertThat(shown()).hasSize(3);
        assertThat(article.hiddenQuoteIdsProperty().get()).isEmpty();
    }

    @Test
    void aFilteredOutQuoteIsDrawnPlainly() {
        list.speakerFilterProperty().set("s1");
        assertThat(article.styler().classesOf(session.getDocument().quote("q2").orElseThrow(), false)).contains("filtered-out");
        assertThat(article.styler().classesOf(session.getDocument().quote("q1").orElseThrow(), false)).doesNotContain("filtered-out");
    }

    @Test
    void navigationVisitsOnlyTheQuotesShown() {
        list.speakerFilterProperty().set(QuoteFilter.UNATTRIBUTED);
        review.selectNext();
        assertThat(session.getSelectedQuoteId()).isEqualTo("q3");
        review.selectNext();
        assertThat(review.messageProperty().get()).contains("last quote");
        session.select("q1");
        review.selectNext();
        assertThat(session.getSelectedQuoteId()).isEqualTo("q3");
    }

    @Test
    void findInTheArticleWrapsAround() {
        int second = Fixtures.TEXT.indexOf("said", Fixtures.TEXT.indexOf("said") + 1);
        assertThat(article.findNext("SAID", Fixtures.TEXT.indexOf("said") + 1)).isTrue();
        assertThat(article.revealedProperty().get().start()).isEqualTo(second);
        assertThat(article.findNext("said", second + 1)).isTrue();
        assertThat(article.revealedProperty().get().start()).isEqualTo(Fixtures.TEXT.indexOf("said"));
        assertThat(article.findNext("zeppelin", 0)).isFalse();
    }
}
