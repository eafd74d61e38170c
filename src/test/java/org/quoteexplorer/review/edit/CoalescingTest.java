package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quoteexplorer.review.edit.Docs.NOW;
import static org.quoteexplorer.review.edit.Docs.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;

/** Shift+arrow runs folded into one undo step by {@link EditHistory#perform(Change, String)}. */
class CoalescingTest {

    private final Edits edits = Docs.edits();
    private final AnnotatedArticle start = Docs.article();
    private final EditHistory history = new EditHistory(start);

    @Test
    void aRunWithOneKeyIsOneUndoStepWithOneHistoryEntry() {
        for (int i = 0; i < 3; i++) {
            history.perform(edits.moveEnd(history.current(), "q4", 1), "resize:q4");
        }
        Quote grown = quote(history.current(), "q4");

        assertThat(grown.span().end()).isEqualTo(quote(start, "q4").span().end() + 3);
        assertThat(grown.history()).containsExactly(new HistoryEntry(NOW, "resize",
                quote(start, "q4").span().of(Docs.TEXT), grown.span().of(Docs.TEXT)));
        history.undo();
        assertThat(history.current()).isEqualTo(start);
        assertThat(history.canUndo()).isFalse();
        history.redo();
        assertThat(quote(history.current(), "q4")).isEqualTo(grown);
    }

    @Test
    void listenersHearEachStepOfTheRunAsTheExactTransition() {
        List<String> heard = new ArrayList<>();
        AtomicReference<AnnotatedArticle> previous = new AtomicReference<>(start);
        history.addListener((doc, change) -> {
            assertThat(change.applyTo(previous.get())).isEqualTo(doc);
            previous.set(doc);
            heard.add(change.description() + " " + change.affectedQuoteIds());
        });

        history.perform(edits.moveEnd(history.current(), "q4", 1), "resize:q4");
        history.perform(edits.moveStart(history.current(), "q4", -1), "resize:q4");
        history.perform(edits.moveStart(history.current(), "q4", 1), "resize:q4");

        assertThat(heard).containsExactly(
                "Extend “The money is not there.” at the end [q4]",
                "Extend “The money is not there.” at the start [q4]",
                "Shrink “The money is not there.” at the start [q4]");
        assertThat(history.undoDescription()).isEqualTo("Shrink “The money is not there.” at the start");
    }

    @Test
    void anotherKeyAnUndoOrASaveEndsTheRun() {
        history.perform(edits.moveEnd(history.current(), "q4", 1), "resize:q4");
        history.perform(edits.moveEnd(history.current(), "q3", 1), "resize:q3");
        history.perform(edits.moveEnd(history.current(), "q3", 1), "resize:q3");
        history.markClean();
        history.perform(edits.moveEnd(history.current(), "q3", -1), "resize:q3");

        assertThat(history.isClean()).isFalse();
        history.undo();
        assertThat(history.isClean()).isTrue();
        history.undo();
        assertThat(quote(history.current(), "q3")).isEqualTo(quote(start, "q3"));
        assertThat(quote(history.current(), "q4")).isNotEqualTo(quote(start, "q4"));
        history.undo();
        assertThat(history.current()).isEqualTo(start);
    }

    @Test
    void editsWithoutAKeyNeverFold() {
        history.perform(edits.moveEnd(history.current(), "q4", 1));
        history.perform(edits.moveEnd(history.current(), "q4", 1));

        history.undo();

        assertThat(quote(history.current(), "q4").span().end()).isEqualTo(quote(start, "q4").span().end() + 1);
    }

    @Test
    void aRunThatEndsWhereItBeganOnAnUntouchedQuoteLeavesNoStep() {
        AnnotatedArticle corrected = edits.setStatus(start, "q4", QuoteStatus.CORRECTED).applyTo(start);
        EditHistory fromCorrected = new EditHistory(corrected);
        fromCorrected.perform(edits.accept(corrected, "q2"));
        AnnotatedArticle before = fromCorrected.current();

        fromCorrected.perform(edits.moveEnd(before, "q4", 1), "resize:q4");
        fromCorrected.perform(edits.moveEnd(fromCorrected.current(), "q4", -1), "resize:q4");

        assertThat(fromCorrected.current()).isEqualTo(before);
        assertThat(fromCorrected.undoDescription()).isEqualTo("Accept “We will plant ten thousand…”");

        fromCorrected.perform(edits.moveEnd(before, "q4", 1), "resize:q4");
        fromCorrected.undo();
        assertThat(fromCorrected.current()).as("the new run did not fold into the accept").isEqualTo(before);
    }

    @Test
    void aRunBackToTheSavedDocumentIsClean() {
        history.perform(edits.setStatus(start, "q4", QuoteStatus.CORRECTED));
        history.markClean();
        history.perform(edits.moveStart(history.current(), "q4", -1), "resize:q4");
        history.perform(edits.moveStart(history.current(), "q4", 1), "resize:q4");

        assertThat(history.isClean()).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = QuoteStatus.class, names = {"SUGGESTED", "ACCEPTED", "UNSURE"})
    void aRunBackToWhereItBeganLeavesTheQuoteAsItWasItsStatusIncluded(QuoteStatus status) {
        AnnotatedArticle before = status == QuoteStatus.SUGGESTED ? start : edits.setStatus(start, "q4", status).applyTo(start);
        EditHistory fromBefore = new EditHistory(before);
        fromBefore.markClean();

        fromBefore.perform(edits.moveEnd(before, "q4", 1), "resize:q4");
        fromBefore.perform(edits.moveEnd(fromBefore.current(), "q4", 1), "resize:q4");
        fromBefore.perform(edits.moveEnd(fromBefore.current(), "q4", -1), "resize:q4");
        fromBefore.perform(edits.moveEnd(fromBefore.current(), "q4", -1), "resize:q4");

        assertThat(quote(fromBefore.current(), "q4")).isEqualTo(quote(before, "q4"));
        assertThat(quote(fromBefore.current(), "q4").status()).isEqualTo(status);
        assertThat(fromBefore.canUndo()).isFalse();
        assertThat(fromBefore.isClean()).isTrue();
    }

    @Test
    void aRunThatSwallowsTheCueAndGivesItBackKeepsTheEvidence() {
        Quote q2 = quote(start, "q2");
        int steps = q2.cue().end() - q2.span().end();

        for (int i = 0; i < steps; i++) {
            history.perform(edits.moveEnd(history.current(), "q2", 1), "resize:q2");
        }
        assertThat(quote(history.current(), "q2").cue()).as("swallowed").isNull();
        for (int i = 0; i < steps; i++) {
            history.perform(edits.moveEnd(history.current(), "q2", -1), "resize:q2");
        }

        assertThat(history.current()).isEqualTo(start);
        assertThat(history.canUndo()).isFalse();
    }
}
