package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.model.QuoteStatus;

class ReviewViewModelTest {

    private final DocumentSession session = Fixtures.openSession();
    private final LegendViewModel legend = new LegendViewModel(session);
    private final QuoteListViewModel list = new QuoteListViewModel(session);
    private final ReviewViewModel review = new ReviewViewModel(session, legend, list);

    private QuoteStatus statusOf(String id) {
        return session.getDocument().quote(id).orElseThrow().status();
    }

    @Test
    void acceptRejectAndUnsureSetTheStatusOfTheSelectedQuoteAndUndoInOneStepEach() {
        session.select("q1");
        review.accept();
        assertThat(statusOf("q1")).isEqualTo(QuoteStatus.ACCEPTED);
        review.reject();
        assertThat(statusOf("q1")).isEqualTo(QuoteStatus.REJECTED);
        review.markUnsure();
        assertThat(statusOf("q1")).isEqualTo(QuoteStatus.UNSURE);
        review.undo();
        assertThat(statusOf("q1")).isEqualTo(QuoteStatus.REJECTED);
        review.undo();
        review.undo();
        assertThat(statusOf("q1")).isEqualTo(QuoteStatus.SUGGESTED);
        review.redo();
        assertThat(statusOf("q1")).isEqualTo(QuoteStatus.ACCEPTED);
    }

    @Test
    void theStatusLineAndUndoLabelsNameAQuoteByItsWordsAndItsSpeakerNeverByItsId() {
        session.select("q1");
        review.accept();
        assertThat(review.messageProperty().get()).isEqualTo("Accept \u201CWe will rebuild the pier\u201D");
        assertThat(session.undoDescriptionProperty().get()).isEqualTo("Accept \u201CWe will rebuild the pier\u201D");
        review.reassignSelected("s2");
        assertThat(review.messageProperty().get()).isEqualTo("Reassign \u201CWe will rebuild the pier\u201D to Tom Ray");

        review.undo();
        assertThat(review.messageProperty().get()).isEqualTo("Undone: Reassign \u201CWe will rebuild the pier\u201D to Tom Ray");
        assertThat(session.redoDescriptionProperty().get()).isEqualTo("Reassign \u201CWe will rebuild the pier\u201D to Tom Ray");
        review.redo();
        assertThat(review.messageProperty().get()).isEqualTo("Redone: Reassign \u201CWe will rebuild the pier\u201D to Tom Ray");

        review.reassignSelected("s2");
        assertThat(review.messageProperty().get()).isEqualTo("\u201CWe will rebuild the pier\u201D is already attributed to Tom Ray");
        assertThat(review.messageProperty().get()).doesNotContainPattern("\\bq\\d");
    }

    @Test
    void undoWithNothingToUndoLeavesTheStatusLineAlone() {
        session.select("q1");
        review.say("Ready");
        review.undo();
        review.redo();
        assertThat(review.messageProperty().get()).isEqualTo("Ready");
    }

    @Test
    void withoutASelectionNothingChangesAndTheAnalystIsTold() {
        review.accept();
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(review.messageProperty().get()).contains("Select a quote");
        assertThat(review.hasSelectionBinding().get()).isFalse();
    }

    @Test
    void acceptingAnAcceptedQuoteIsReportedNotRecorded() {
        session.select("q1");
        review.accept();
        review.accept();
        assertThat(review.messageProperty().get()).contains("already");
        review.undo();
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void progressCountsReviewedQuotes() {
        assertThat(review.progressTextProperty().get()).isEqualTo("0 of 3 reviewed");
        session.select("q2");
        review.reject();
        session.select("q3");
        review.markUnsure();
        assertThat(review.progressTextProperty().get()).isEqualTo("1 of 3 reviewed");
        assertThat(review.reviewedProperty().get()).isEqualTo(1);
    }

    @Test
    void nextAndPreviousWalkTheQuotesInTextOrderAndStopAtTheEnds() {
        review.selectNext();
        assertThat(session.getSelectedQuoteId()).isEqualTo("q1");
        review.selectNext();
        review.selectNext();
        review.selectNext();
        assertThat(session.getSelectedQuoteId()).isEqualTo("q3");
        review.selectPrevious();
        assertThat(session.getSelectedQuoteId()).isEqualTo("q2");
    }

    @Test
    void nextUnreviewedSkipsDecidedQuotesAndWrapsAround() {
        session.select("q2");
        review.accept();
        session.select("q3");
        review.accept();
        session.select("q1");
        review.selectNextUnreviewed();
        assertThat(session.getSelectedQuoteId()).isEqualTo("q1");
        review.accept();
        review.selectNextUnreviewed();
        assertThat(review.messageProperty().get()).contains("Every quote is reviewed");
    }

    @Test
    void acceptAndMoveOnAcceptsThenSelectsTheNextQuoteStillToReview() {
        session.select("q2");
        review.reject();
        session.select("q1");
        review.acceptAndMoveOn();
        assertThat(statusOf("q1")).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(session.getSelectedQuoteId()).as("skips the rejected q2").isEqualTo("q3");
        assertThat(review.messageProperty().get()).startsWith("Accept");
        review.acceptAndMoveOn();
        assertThat(statusOf("q3")).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(session.getSelectedQuoteId()).isEqualTo("q3");
        assertThat(review.messageProperty().get()).contains("Every quote is reviewed");
        review.undo();
        assertThat(statusOf("q3")).isEqualTo(QuoteStatus.SUGGESTED);
    }

    @Test
    void rejectingAQuoteWhileRejectedOnesAreHiddenMovesTheReviewToTheNextQuoteShown() {
        list.hideRejectedProperty().set(true);
        session.select("q1");
        review.reject();
        assertThat(list.visibleQuoteIds()).containsExactly("q2", "q3");
        assertThat(session.getSelectedQuoteId()).isEqualTo("q2");
        review.undo();
        assertThat(session.getSelectedQuoteId()).as("undo shows the quote it changed").isEqualTo("q1");
        review.redo();
        assertThat(statusOf("q1")).isEqualTo(QuoteStatus.REJECTED);
        assertThat(session.getSelectedQuoteId()).as("not the quote redo hid again").isEqualTo("q2");
    }

    @Test
    void acceptAndMoveOnUnderAFilterOnStatusGoesToTheQuoteRightAfterTheAcceptedOne() {
        list.statusFilterProperty().set(QuoteStatus.SUGGESTED);
        session.select("q1");
        review.acceptAndMoveOn();
        assertThat(list.visibleQuoteIds()).containsExactly("q2", "q3");
        assertThat(session.getSelectedQuoteId()).as("not passed over").isEqualTo("q2");
        review.acceptAndMoveOn();
        review.acceptAndMoveOn();
        assertThat(list.visibleQuoteIds()).isEmpty();
        assertThat(review.messageProperty().get()).contains("Every quote is reviewed");
        assertThat(session.getSelectedQuoteId()).as("nothing shown to review").isNull();
    }

    @Test
    void acceptAndMoveOnLeavesAnAlreadyDecidedQuoteAsItIs() {
        session.select("q1");
        review.reject();
        review.acceptAndMoveOn();
        assertThat(statusOf("q1")).isEqualTo(QuoteStatus.REJECTED);
        assertThat(session.getSelectedQuoteId()).isEqualTo("q2");
    }

    @Test
    void aDigitAssignsTheSpeakerInThatPlaceOfTheLegend() {
        session.select("q3");
        review.assignLegendSpeaker(2);
        assertThat(session.getDocument().quote("q3").orElseThrow().speakerId()).isEqualTo("s2");
        assertThat(statusOf("q3")).isEqualTo(QuoteStatus.CORRECTED);
        review.assignLegendSpeaker(7);
        assertThat(review.messageProperty().get()).contains("No speaker 7");
    }

    @Test
    void theSelectedQuotesDetailsFollowTheSelection() {
        session.select("q1");
        assertThat(review.selectedTextBinding().get()).isEqualTo("\u201CWe will rebuild the pier,\u201D");
        assertThat(review.selectedDetailsBinding().get().speaker()).isEqualTo("Ann Lee");
        assertThat(review.selectedDetailsBinding().get().history()).isEmpty();
        review.assignLegendSpeaker(2);
        assertThat(review.selectedDetailsBinding().get().history()).singleElement().asString()
                .endsWith("reassign: Ann Lee \u2192 Tom Ray");
        session.select(null);
        assertThat(review.selectedDetailsBinding().get()).isNull();
    }
}
