package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.RadarViewModel;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.quotes.QuoteOrder;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.QuoteStatus;

/** The review queue, flag marks, accept clearing flags, filters and bulk accept, without a toolkit. */
class RadarReviewViewModelTest {

    private final DocumentSession session = Fixtures.openSession();
    private final QuoteListViewModel quoteList = new QuoteListViewModel(session);
    private final ArticleViewModel article = new ArticleViewModel(session, quoteList);
    private final RadarViewModel radar = new RadarViewModel(session, quoteList, article);
    private final ReviewViewModel review = new ReviewViewModel(session, new LegendViewModel(session), quoteList, radar);

    private List<String> queueIds() {
        return radar.queue().stream().map(RadarViewModel.QueueEntry::quoteId).toList();
    }

    private QuoteRow row(String id) {
        return quoteList.rows().stream().filter(r -> r.quoteId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theQueueListsTheFlaggedQuotesRiskiestFirstAndTheStatusBarCountsThem() {
        // the unattributed quote and the one found by the sentence subject are doubted; the cued one is not
        assertThat(queueIds()).containsExactly("q3", "q2");
        assertThat(radar.queue().get(0).risk()).isGreaterThan(radar.queue().get(1).risk());
        assertThat(radar.queue().get(0).flags()).extracting(f -> f.code()).contains(FlagCode.UNATTRIBUTED);
        assertThat(radar.queue().get(1).flags()).extracting(f -> f.code()).contains(FlagCode.WEAK_EVIDENCE);
        assertThat(radar.flagTextBinding().get()).isEqualTo("2 flags");
        assertThat(row("q2").flagged()).isTrue();
        assertThat(row("q1").flagged()).isFalse();
        assertThat(article.flaggedQuoteIdsProperty().get()).containsExactlyInAnyOrder("q2", "q3");
        assertThat(article.styler().classesOf(session.getDocument().quote("q2").orElseThrow(), false)).contains("flagged");
        assertThat(article.styler().classesOf(session.getDocument().quote("q1").orElseThrow(), false)).doesNotContain("flagged");
    }

    @Test
    void fAndShiftFWalkTheQueueInRiskOrderAndSayWhenItEnds() {
        session.select("q1");
        review.selectNextFlagged();
        assertThat(session.getSelectedQuoteId()).isEqualTo("q3");
        review.selectNextFlagged();
        assertThat(session.getSelectedQuoteId()).isEqualTo("q2");
        review.selectNextFlagged();
        assertThat(session.getSelectedQuoteId()).isEqualTo("q2");
        assertThat(review.messageProperty().get()).isEqualTo("This is the last flagged quote");
        review.selectPreviousFlagged();
        assertThat(session.getSelectedQuoteId()).isEqualTo("q3");
    }

    @Test
    void acceptingAFlaggedQuoteClearsItsFlagsKeepsThemInTheHistoryAndUndoBringsThemBack() {
        session.select("q2");
        review.accept();
        assertThat(queueIds()).containsExactly("q3");
        assertThat(radar.flagTextBinding().get()).isEqualTo("1 flag");
        assertThat(row("q2").flagged()).isFalse();
        List<HistoryEntry> history = session.getDocument().quote("q2").orElseThrow().history();
        assertThat(history).extracting(HistoryEntry::action).containsExactly("accept", "clear-flags");
        assertThat(history.get(1).from()).startsWith("flags: ").contains("weak-evidence");
        assertThat(session.undoDescriptionProperty().get()).startsWith("Accept ");

        review.undo();
        assertThat(queueIds()).containsExactly("q3", "q2");
        assertThat(session.getDocument().quote("q2").orElseThrow().history()).isEmpty();
    }

    @Test
    void theNextFlaggedQuoteAfterAcceptingIsTheRiskiestLeft() {
        session.select("q3");
        review.reassignSelected("s1");
        // q3 is corrected now, so it leaves the queue and F goes to the riskiest one left
        review.selectNextFlagged();
        assertThat(session.getSelectedQuoteId()).isEqualTo("q2");
    }

    @Test
    void theListFiltersByFlagAndConfidenceAndSortsByRiskOrConfidence() {
        quoteList.flaggedOnlyProperty().set(true);
        assertThat(quoteList.visibleQuoteIds()).containsExactlyInAnyOrder("q2", "q3");
        quoteList.flaggedOnlyProperty().set(false);
        quoteList.confidenceBelowProperty().set(0.5);
        assertThat(quoteList.visibleQuoteIds()).containsExactlyInAnyOrder("q2", "q3");
        quoteList.confidenceBelowProperty().set(null);
        assertThat(quoteList.visibleQuoteIds()).containsExactly("q1", "q2", "q3");

        quoteList.orderProperty().set(QuoteOrder.RISK);
        assertThat(quoteList.visibleQuoteIds()).containsExactly("q3", "q2", "q1");
        quoteList.orderProperty().set(QuoteOrder.CONFIDENCE);
        assertThat(quoteList.visibleQuoteIds()).containsExactly("q3", "q2", "q1");
        quoteList.orderProperty().set(QuoteOrder.TEXT);
        assertThat(quoteList.visibleQuoteIds()).containsExactly("q1", "q2", "q3");
    }

    @Test
    void bulkAcceptTakesOnlyUnflaggedSuggestionsAtOrAboveTheConfidenceAsOneUndoStep() {
        assertThat(review.bulkAcceptCandidates(0.9)).containsExactly("q1");
        assertThat(review.bulkAcceptCandidates(0.3)).containsExactly("q1");
        assertThat(review.bulkAcceptCandidates(0.99)).isEmpty();

        review.acceptAllUnflagged(0.9);
        assertThat(session.getDocument().quote("q1").orElseThrow().status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(session.getDocument().quote("q2").orElseThrow().status()).isEqualTo(QuoteStatus.SUGGESTED);
        assertThat(session.undoDescriptionProperty().get()).isEqualTo("Accept 1 quote with confidence \u2265 0.90");
        review.undo();
        assertThat(session.getDocument().quote("q1").orElseThrow().status()).isEqualTo(QuoteStatus.SUGGESTED);
        assertThat(session.canUndoProperty().get()).isFalse();

        review.acceptAllUnflagged(0.99);
        assertThat(review.messageProperty().get()).isEqualTo("No unflagged suggestion has confidence \u2265 0.99");
        assertThat(session.canUndoProperty().get()).isFalse();
    }
}
