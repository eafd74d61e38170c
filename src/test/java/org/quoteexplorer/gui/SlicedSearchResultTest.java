package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.review.edit.Edits;
import java.util.List;

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

    private static final String SEE = "\u201CWe will see,\u201D";
    private static final String PIER = "\u201CThe pier first,\u201D";

    @Test
    void aNewerKeystrokeHalfWayThroughTwinRowsLeavesNoTwinBehind() {
        // two quotes alike to the search (same words, same speaker) and one other
        String text = "\u201CWe will see,\u201D said Ann Lee. \u201CThe pier first,\u201D she said. \u201CWe will see,\u201D said Ann Lee.";
        Speaker ann = new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, null, List.of());
        int second = text.lastIndexOf(SEE);
        Quote first = new Quote("t1", new Span(0, SEE.length()), QuoteType.DIRECT, "s1", null, null, 0.9, "rule:test",
                QuoteStatus.SUGGESTED, null, List.of());
        Quote pier = new Quote("t2", new Span(text.indexOf(PIER), text.indexOf(PIER) + PIER.length()), QuoteType.DIRECT,
                "s1", null, null, 0.9, "rule:test", QuoteStatus.SUGGESTED, null, List.of());
        Quote twin = new Quote("t3", new Span(second, second + SEE.length()), QuoteType.DIRECT, "s1", null, null, 0.9, "rule:test",
                QuoteStatus.SUGGESTED, null, List.of());
        DocumentSession twins = new DocumentSession();
        twins.open(new AnnotatedArticle(new Article("twins", null, "twins.txt", text, null, null), List.of(ann),
                List.of(first, pier, twin)), null, null);
        QuoteListViewModel twinList = new QuoteListViewModel(twins);
        HeldExecutor twinBackground = new HeldExecutor();
        HeldExecutor twinFx = new HeldExecutor();
        twinList.searchOn(twinBackground, twinFx, 1);
        assertThat(twinList.rows()).extracting(QuoteRow::text).containsExactly(SEE, PIER, SEE);

        twinList.searchTextProperty().set("pier");
        twinBackground.runAll();
        twinFx.runOne();
        assertThat(twinList.visibleQuoteIds()).as("a slice of one row hides one twin").containsExactly("t2", "t3");
        twinList.searchTextProperty().set("nothing like it");
        twinBackground.runAll();
        twinFx.runAll();

        assertThat(twinList.visibleQuoteIds()).isEmpty();
        assertThat(twinList.appliedSearch()).isEqualTo("nothing like it");
    }

    @Test
    void aRowAnEditReplacesBeforeItsSliceComesEndsAsTheSearchSays() {
        list.searchTextProperty().set("nobody");
        background.runAll();
        fx.runOne();
        assertThat(list.visibleQuoteIds()).containsExactly("q2", "q3");

        // accepting changes nothing the search reads, but puts a new row in q2's place
        session.perform(Edits.withSystemClock().accept(session.getDocument(), "q2"));
        fx.runAll();

        assertThat(list.visibleQuoteIds()).containsExactly("q3");
        assertThat(article.hiddenQuoteIdsProperty().get()).containsExactlyInAnyOrder("q1", "q2");
    }

    @Test
    void anEditDuringTheSlicesOfAClearedSearchShowsItsRowAsWell() {
        list.searchTextProperty().set("nobody");
        background.runAll();
        fx.runAll();

        list.searchTextProperty().set("");
        assertThat(list.visibleQuoteIds()).containsExactly("q1", "q3");
        session.perform(Edits.withSystemClock().accept(session.getDocument(), "q2"));
        fx.runAll();

        assertThat(list.visibleQuoteIds()).containsExactly("q1", "q2", "q3");
        assertThat(list.isFiltering()).isFalse();
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
