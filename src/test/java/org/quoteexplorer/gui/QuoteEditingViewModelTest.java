package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.util.List;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.common.DialogService;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.quotes.QuoteEditingViewModel;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** Each edit of a quote, and that each undoes and redoes in one step. */
class QuoteEditingViewModelTest {

    private final StubDialogs dialogs = new StubDialogs();
    private final DocumentSession session = Fixtures.openSession();
    private final QuoteListViewModel list = new QuoteListViewModel(session);
    private final ReviewViewModel review = new ReviewViewModel(session, new LegendViewModel(session), list);
    private final QuoteEditingViewModel editing = new QuoteEditingViewModel(session, review, dialogs);

    private Quote quote(String id) {
        return session.getDocument().quote(id).orElseThrow();
    }

    private void assertUndoRedo(Runnable check, Runnable checkUndone) {
        session.undo();
        checkUndone.run();
        session.redo();
        check.run();
    }

    @Test
    void theTextSelectionBecomesANewSelectedQuote() {
        Span selection = Fixtures.spanOf("it was late");
        editing.textSelectionProperty().set(selection);
        editing.addQuoteFromSelection();
        Quote added = session.selectedQuote().orElseThrow();
        assertThat(added.span()).isEqualTo(selection);
        assertThat(session.getDocument().quotes()).hasSize(4);
        assertUndoRedo(() -> assertThat(session.getDocument().quotes()).hasSize(4),
                () -> assertThat(session.getDocument().quotes()).hasSize(3));
    }

    @Test
    void aQuoteAddedWhereTheEngineSeesOneTakesItsSpeakerMentionAndCue() {
        Span late = Fixtures.spanOf("it was late");
        Span said = new Span(Fixtures.spanOf("said it").start(), Fixtures.spanOf("said it").start() + 4);
        Span tom = Fixtures.spanOf("Tom Ray");
        AnnotatedArticle engineView = new AnnotatedArticle(Fixtures.document().article(),
                List.of(new Speaker("e7", "Tom Ray", SpeakerKind.PERSON, null, List.of())),
                List.of(new Quote("e1", late, QuoteType.PARTIAL, "e7", tom, said, 0.8, "rule:test", QuoteStatus.SUGGESTED, null, List.of())));
        QuoteEditingViewModel withEngine = new QuoteEditingViewModel(session, review, dialogs, article -> engineView);
        withEngine.textSelectionProperty().set(late);
        withEngine.addQuoteFromSelection();
        Quote added = session.selectedQuote().orElseThrow();
        assertThat(added.span()).isEqualTo(late);
        assertThat(added.speakerId()).isEqualTo("s2");
        assertThat(added.mention()).isEqualTo(tom);
        assertThat(added.cue()).isEqualTo(said);

        session.undo();
        withEngine.textSelectionProperty().set(Fixtures.spanOf("Next Steps"));
        withEngine.addQuoteFromSelection();
        assertThat(session.selectedQuote().orElseThrow().speakerId()).as("no suggestion there").isNull();
    }

    @Test
    void addingWithoutASelectionSaysWhatToDo() {
        editing.addQuoteFromSelection();
        assertThat(review.messageProperty().get()).contains("Select the text");
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void boundariesMoveByTheKeyOrToTheSelectionKeepingTheSpeaker() {
        session.select("q2");
        Span before = quote("q2").span();
        editing.moveEnd(+1);
        assertThat(quote("q2").span()).isEqualTo(new Span(before.start(), before.end() + 1));
        editing.moveEnd(-1);
        editing.moveStart(-1);
        assertThat(quote("q2").span()).isEqualTo(new Span(before.start() - 1, before.end()));
        Span wider = Fixtures.spanOf("called it \u201Ca waste\u201D");
        editing.textSelectionProperty().set(wider);
        editing.resizeToSelection();
        assertThat(quote("q2").span()).isEqualTo(wider);
        assertThat(quote("q2").speakerId()).isEqualTo("s2");
        assertUndoRedo(() -> assertThat(quote("q2").span()).isEqualTo(wider),
                () -> assertThat(quote("q2").span()).isEqualTo(new Span(before.start() - 1, before.end())));
    }

    @Test
    void aQuoteSplitsAtTheCaretAndTheHalvesMergeBack() {
        session.select("q1");
        Quote whole = quote("q1");
        editing.caretProperty().set(Fixtures.spanOf("rebuild").start());
        editing.splitAtCaret();
        assertThat(session.getDocument().quotes()).hasSize(4);
        assertThat(session.getDocument().textOf(quote("q1"))).as("the space at the cut is dropped").isEqualTo("\u201CWe will");
        session.select("q1");
        editing.mergeWithNext();
        assertThat(quote("q1").span()).isEqualTo(whole.span());
        assertThat(session.getDocument().quotes()).hasSize(3);
        session.undo();
        assertThat(session.getDocument().quotes()).hasSize(4);
        session.undo();
        assertThat(quote("q1")).isEqualTo(whole);
    }

    @Test
    void theSelectedTextBecomesTheSpeakerMention() {
        session.select("q2");
        editing.textSelectionProperty().set(Fixtures.spanOf("Tom Ray"));
        editing.useSelectionAsMention();
        assertThat(quote("q2").mention()).isEqualTo(Fixtures.spanOf("Tom Ray"));
        assertUndoRedo(() -> assertThat(quote("q2").mention()).isEqualTo(Fixtures.spanOf("Tom Ray")),
                () -> assertThat(quote("q2").mention()).isNull());
    }

    @Test
    void typeAndNoteAreSetAndUndone() {
        session.select("q3");
        editing.setType(QuoteType.PARTIAL);
        assertThat(quote("q3").type()).isEqualTo(QuoteType.PARTIAL);
        dialogs.answer("Check with the desk");
        editing.editNote();
        assertThat(quote("q3").note()).isEqualTo("Check with the desk");
        assertThat(list.rows().get(2).note()).isEqualTo("Check with the desk");
        assertUndoRedo(() -> assertThat(quote("q3").note()).isEqualTo("Check with the desk"),
                () -> assertThat(quote("q3").note()).isNull());
    }

    @Test
    void cancellingTheNoteDialogChangesNothing() {
        session.select("q3");
        editing.editNote();
        assertThat(dialogs.questions).containsExactly("Note on \u201CNobody asked us\u201D");
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void aNewSpeakerFromTheDialogGetsTheQuoteInOneStep() {
        session.select("q3");
        dialogs.answer(new DialogService.SpeakerForm("Harbour Residents' Union", SpeakerKind.ORGANIZATION, "Residents' group"));
        editing.newSpeakerForSelected();
        var speaker = session.getDocument().speaker(quote("q3").speakerId()).orElseThrow();
        assertThat(speaker.name()).isEqualTo("Harbour Residents' Union");
        assertThat(speaker.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(speaker.title()).isEqualTo("Residents' group");
        session.undo();
        assertThat(session.getDocument()).isEqualTo(Fixtures.document());
    }
}
