package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;

/**
 * A search result reaches the list a slice of rows per turn of the FX thread (here one row per
 * slice), so the test can look between the turns.
 */
class SlicedSearchResultTest {


    private final DocumentSession session = Fixtures.openSession();
    private final QuoteListViewModel list = new QuoteListViewModel(session);
    private final ArticleViewModel article = new ArticleViewModel(session, list);
    private final HeldExecutor background = new HeldExecutor();
    private final HeldExecutor fx = new HeldExecutor();

    {
        list.searchOn(background, fx, 1);
    }

    @Test
    void aResultHidesItsRowsOneSliceATurnAndCountsAsAppliedOnlyAfterTheLast() {
        list.searchTextProperty().set("nobody");
        background.runAll();

        fx.runOne();
        assertThat(list.visibleQuoteIds()).containsExactly("q2", "q3");
        assertThat(article.hiddenQuoteIdsProperty().get()).as("the article dims what the list hides so far").containsExactly("q1");
        assertThat(list.appliedSearch()).isEmpty();
        assertThat(fx.queue).as("the next slice waits for its own turn").hasSize(1);

        fx.runOne();
        assertThat(list.visibleQuoteIds()).containsExactly("q3");
        assertThat(list.appliedSearch()).isEqualTo("nobody");
        assertThat(fx.queue).isEmpty();
    }

    @Test
    void aNewerKeystrokeStopsTheOlderSlicesAndItsResultStartsFromWhatTheyLeft() {
        list.searchTextProperty().set("nobody");
        background.runAll();
        fx.runOne();
        assertThat(list.visibleQuoteIds()).containsExactly("q2", "q3");

        list.searchTextProperty().set("waste");
        fx.runAll();
        assertThat(list.visibleQuoteIds()).as("the older search's last slice never ran").containsExactly("q2", "q3");

        background.runAll();
        fx.runAll();
        assertThat(list.visibleQuoteIds()).containsExactly("q2");
        assertThat(list.appliedSearch()).isEqualTo("waste");
        assertThat(article.hiddenQuoteIdsProperty().get()).containsExactlyInAnyOrder("q1", "q3");
    }

    @Test
    void clearingASearchShowsItsRowsAgainSliceBySliceUnlessAnotherSearchComes() {
        list.searchTextProperty().set("nobody");
        background.runAll();
        fx.runAll();

        list.searchTextProperty().set("");
        assertThat(list.visibleQuoteIds()).as("the first slice shows at once").hasSize(2);
        fx.runAll();
        assertThat(list.visibleQuoteIds()).containsExactly("q1", "q2", "q3");
        assertThat(list.appliedSearch()).isEmpty();
        assertThat(list.isFiltering()).isFalse();
        assertThat(article.hiddenQuoteIdsProperty().get()).isEmpty();
    }
}
