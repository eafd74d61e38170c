package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.model.AnnotatedArticle;

class EditHistoryTest {

    private final Edits edits = Docs.edits();
    private final AnnotatedArticle start = Docs.article();
    private final EditHistory history = new EditHistory(start);

    @Test
    void aFreshHistoryIsCleanWithNothingToUndoOrRedo() {
        assertThat(history.isClean()).isTrue();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
        assertThat(history.undoDescription()).isEmpty();
        assertThat(history.redoDescription()).isEmpty();
        history.undo();
        history.redo();
        assertThat(history.current()).isSameAs(start);
    }

    @Test
    void undoAndRedoWalkTheStepsInOrder() {
        Change accept = edits.accept(start, "q4");
        history.perform(accept);
        AnnotatedArticle afterAccept = history.current();
        Change reassign = edits.reassign(afterAccept, "q5", "s1");
        history.perform(reassign);
        AnnotatedArticle afterBoth = history.current();

        assertThat(history.undoDescription()).isEqualTo("Reassign “We have found it already.” to Ana Lopez");
        history.undo();
        assertThat(history.current()).isEqualTo(afterAccept);
        assertThat(history.redoDescription()).isEqualTo("Reassign “We have found it already.” to Ana Lopez");
        assertThat(history.undoDescription()).isEqualTo("Accept “The money is not there.”");
        history.undo();
        assertThat(history.current()).isEqualTo(start);
        history.redo();
        history.redo();
        assertThat(history.current()).isEqualTo(afterBoth);
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void aNewEditAfterUndoDiscardsTheRedoBranch() {
        history.perform(edits.accept(start, "q4"));
        history.undo();

        history.perform(edits.reject(history.current(), "q4"));

        assertThat(history.canRedo()).isFalse();
        assertThat(history.undoDescription()).isEqualTo("Reject “The money is not there.”");
    }

    @Test
    void theCleanMarkFollowsTheSavedPositionThroughUndoAndRedo() {
        history.perform(edits.accept(start, "q4"));
        assertThat(history.isClean()).isFalse();
        history.markClean();
        assertThat(history.isClean()).isTrue();

        history.undo();
        assertThat(history.isClean()).isFalse();
        history.redo();
        assertThat(history.isClean()).isTrue();
    }

    @Test
    void theSavedStateIsUnreachableOnceItsBranchIsDiscarded() {
        history.perform(edits.accept(start, "q4"));
        history.markClean();
        history.undo();

        history.perform(edits.reject(history.current(), "q4"));
        history.undo();

        assertThat(history.isClean()).as("the saved document had q4 accepted; no position holds it now").isFalse();
        assertThat(history.current()).isEqualTo(start);
    }

    @Test
    void undoingBackToTheStartOfAnUnsavedDocumentIsClean() {
        history.perform(edits.accept(start, "q4"));
        history.undo();

        assertThat(history.isClean()).isTrue();
    }

    @Test
    void listenersHearEveryStepWithTheChangeToRestyle() {
        List<String> heard = new ArrayList<>();
        BiConsumer<AnnotatedArticle, Change> listener = (doc, change) ->
                heard.add(change == null ? "clean" : change.description() + " " + change.affectedQuoteIds()
                        + " q4=" + doc.quote("q4").orElseThrow().status().code());
        history.addListener(listener);

        Change accept = edits.accept(start, "q4");
        history.perform(accept);
        history.undo();
        history.redo();
        history.markClean();
        history.removeListener(listener);
        history.undo();

        assertThat(heard).containsExactly(
                "Accept “The money is not there.” [q4] q4=accepted",
                "Accept “The money is not there.” [q4] q4=suggested",
                "Accept “The money is not there.” [q4] q4=accepted",
                "clean");
    }

    @Test
    void undoTellsListenersTheInverseSoTheyCanReadWhatCameBack() {
        List<Change> heard = new ArrayList<>();
        Change accept = edits.accept(start, "q4");
        history.perform(accept);
        history.addListener((doc, change) -> heard.add(change));

        history.undo();

        assertThat(heard).containsExactly(accept.inverse());
    }

    @Test
    void aChangeThatDoesNotFitLeavesTheHistoryUntouched() {
        Change stale = edits.accept(start, "q4");
        history.perform(edits.reject(start, "q4"));

        assertThatThrownBy(() -> history.perform(stale))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not fit quote q4");
        assertThat(history.undoDescription()).isEqualTo("Reject “The money is not there.”");
    }
}
