package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.review.edit.Edits;

/**
 * The search runs away from the FX thread: the test holds the background work and the hand-back
 * to the FX thread in queues, and lets them run when it says.
 */
class BackgroundSearchTest {


    private final DocumentSession session = Fixtures.openSession();
    private final QuoteListViewModel list = new QuoteListViewModel(session);
    private final ArticleViewModel article = new ArticleViewModel(session, list);
    private final HeldExecutor background = new HeldExecutor();
    private final HeldExecutor fx = new HeldExecutor();

    {
        list.searchOn(background, fx);
    }

    @Test
    void typingDoesNotSearchOnTheCallingThreadAndTheListKeepsItsRowsUntilTheResultArrives() {
        list.searchTextProperty().set("nobody");

        assertThat(background.queue).hasSize(1);
        assertThat(list.visibleQuoteIds()).containsExactly("q1", "q2", "q3");
        background.runAll();
        assertThat(list.visibleQuoteIds()).as("the result waits for the FX thread").hasSize(3);
        fx.runAll();
        assertThat(list.visibleQuoteIds()).containsExactly("q3");
        assertThat(list.appliedSearch()).isEqualTo("nobody");
        assertThat(article.hiddenQuoteIdsProperty().get()).containsExactlyInAnyOrder("q1", "q2");
    }

    @Test
    void aRadarReportThatComesWhileTheSearchRunsNeedsNoSecondSearch() {
        list.searchTextProperty().set("nobody");
        org.quoteexplorer.review.RadarReport report = org.quoteexplorer.review.Radar.assess(session.getDocument());
        list.applyAssessments(report);

        assertThat(list.rows()).allSatisfy(row -> assertThat(row.risk()).isEqualTo(report.of(row.quoteId()).risk()));
        assertThat(background.queue).as("the report changes no text, speaker or note a search reads").hasSize(1);
        background.runAll();
        fx.runAll();
        assertThat(list.visibleQuoteIds()).containsExactly("q3");
        assertThat(list.visibleRows()).allSatisfy(row -> assertThat(row.risk()).isEqualTo(report.of(row.quoteId()).risk()));
    }

    @Test
    void aRadarReportAfterTheSearchKeepsWhatTheSearchShows() {
        list.searchTextProperty().set("nobody");
        background.runAll();
        fx.runAll();
        org.quoteexplorer.review.RadarReport report = org.quoteexplorer.review.Radar.assess(session.getDocument());
        list.applyAssessments(report);

        assertThat(background.queue).as("nothing to search again").isEmpty();
        assertThat(list.visibleQuoteIds()).containsExactly("q3");
        assertThat(list.visibleRows()).allSatisfy(row -> assertThat(row.risk()).isEqualTo(report.of(row.quoteId()).risk()));
    }

    @Test
    void onlyTheLatestTextsResultIsShownWhateverOrderTheSearchesFinishIn() {
        list.searchTextProperty().set("nobody");
        background.runAll();
        list.searchTextProperty().set("tom ray");
        background.runAll();
        // the older search finished first, and its result reaches the FX thread first
        fx.runAll();

        assertThat(list.visibleQuoteIds()).containsExactly("q2");
        assertThat(list.appliedSearch()).isEqualTo("tom ray");
    }

    @Test
    void aSearchOvertakenBeforeItRanGivesNoResultAtAll() {
        list.searchTextProperty().set("pier");
        list.searchTextProperty().set("waste");
        background.runAll();

        assertThat(fx.queue).as("only the latest search hands a result back").hasSize(1);
        fx.runAll();
        assertThat(list.visibleQuoteIds()).containsExactly("q2");
    }

    @Test
    void clearingTheSearchShowsEveryQuoteAtOnceAndDropsTheSearchStillRunning() {
        list.searchTextProperty().set("nobody");
        background.runAll();
        fx.runAll();
        list.searchTextProperty().set("pier");
        list.searchTextProperty().set("");

        assertThat(list.visibleQuoteIds()).containsExactly("q1", "q2", "q3");
        background.runAll();
        fx.runAll();
        assertThat(list.visibleQuoteIds()).as("the dropped search changes nothing").containsExactly("q1", "q2", "q3");
    }

    @Test
    void aQuoteEditedAfterTheSearchIsMatchedByItsNewText() {
        list.searchTextProperty().set("checked");
        background.runAll();
        fx.runAll();
        assertThat(list.visibleQuoteIds()).isEmpty();

        session.perform(Edits.withSystemClock().setNote(session.getDocument(), "q1", "checked with the mayor's office"));

        assertThat(list.visibleQuoteIds()).containsExactly("q1");
        assertThat(List.copyOf(background.queue)).as("an edit needs no new search").isEmpty();
    }

    @Test
    void aQuoteGivenAnotherSpeakerAfterTheSearchIsMatchedByItsNewSpeakerAndAStatusChangeKeepsItsVerdict() {
        list.searchTextProperty().set("tom ray");
        background.runAll();
        fx.runAll();
        assertThat(list.visibleQuoteIds()).containsExactly("q2");

        session.perform(Edits.withSystemClock().reassign(session.getDocument(), "q1", "s2"));
        assertThat(list.visibleQuoteIds()).containsExactly("q1", "q2");
        session.perform(Edits.withSystemClock().reassign(session.getDocument(), "q2", "s1"));
        assertThat(list.visibleQuoteIds()).containsExactly("q1");
        session.perform(Edits.withSystemClock().reject(session.getDocument(), "q1"));
        assertThat(list.visibleQuoteIds()).containsExactly("q1");
        assertThat(List.copyOf(background.queue)).as("edits need no new search").isEmpty();
    }
}
