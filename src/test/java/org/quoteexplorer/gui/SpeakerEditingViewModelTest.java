package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.common.DialogService;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.gui.speakers.SpeakerEditingViewModel;
import org.quoteexplorer.model.SpeakerKind;

/** Speaker operations from the legend; bulk ones are one undo step. */
class SpeakerEditingViewModelTest {

    private final StubDialogs dialogs = new StubDialogs();
    private final DocumentSession session = Fixtures.openSession();
    private final LegendViewModel legend = new LegendViewModel(session);
    private final ReviewViewModel review = new ReviewViewModel(session, legend, new QuoteListViewModel(session));
    private final SpeakerEditingViewModel editing = new SpeakerEditingViewModel(session, review, dialogs);

    private String nameOf(String speakerId) {
        return session.getDocument().speaker(speakerId).orElseThrow().name();
    }

    @Test
    void renameChangesTheLegendAndUndoes() {
        dialogs.answer("Ann M. Lee");
        editing.rename("s1");
        assertThat(nameOf("s1")).isEqualTo("Ann M. Lee");
        assertThat(legend.entries().get(0).name()).isEqualTo("Ann M. Lee");
        session.undo();
        assertThat(nameOf("s1")).isEqualTo("Ann Lee");
    }

    @Test
    void kindAndTitleAreEdited() {
        dialogs.answer(new DialogService.SpeakerForm("Tom Ray", SpeakerKind.PERSON, "Harbour critic"));
        editing.editDetails("s2");
        assertThat(session.getDocument().speaker("s2").orElseThrow().title()).isEqualTo("Harbour critic");
        session.undo();
        assertThat(session.getDocument().speaker("s2").orElseThrow().title()).isNull();
    }

    @Test
    void aNewNameAndANewTitleFromOneDialogAreOneUndoStep() {
        dialogs.answer(new DialogService.SpeakerForm("Thomas Ray", SpeakerKind.PERSON, "Harbour critic"));
        editing.editDetails("s2");
        assertThat(session.getDocument().speaker("s2").orElseThrow())
                .satisfies(s -> assertThat(s.name()).isEqualTo("Thomas Ray"))
                .satisfies(s -> assertThat(s.title()).isEqualTo("Harbour critic"));

        session.undo();

        assertThat(session.getDocument()).isEqualTo(Fixtures.document());
        assertThat(session.canUndoProperty().get()).isFalse();
        session.redo();
        assertThat(session.getDocument().speaker("s2").orElseThrow().title()).isEqualTo("Harbour critic");
    }

    @Test
    void mergingMovesQuotesAndAliasesInOneStep() {
        dialogs.answer("Tom Ray");
        editing.mergeInto("s1");
        assertThat(session.getDocument().speakers()).hasSize(1);
        assertThat(session.getDocument().quote("q2").orElseThrow().speakerId()).isEqualTo("s1");
        assertThat(legend.entries().get(0).quoteCount()).isEqualTo(2);
        session.undo();
        assertThat(session.getDocument()).isEqualTo(Fixtures.document());
    }

    @Test
    void anAliasSplitsOffIntoItsOwnSpeaker() {
        dialogs.answer("Lee");
        editing.splitAlias("s1");
        assertThat(session.getDocument().speakers()).extracting(s -> s.name()).contains("Lee");
        assertThat(session.getDocument().speaker("s1").orElseThrow().aliases()).doesNotContain("Lee");
        session.undo();
        assertThat(session.getDocument()).isEqualTo(Fixtures.document());
    }

    @Test
    void reassignAllMovesEveryQuoteOfASpeakerInOneStep() {
        dialogs.answer("Ann Lee");
        editing.reassignAll("s2");
        assertThat(session.getDocument().quotesOf("s2")).isEmpty();
        assertThat(session.getDocument().quotesOf("s1")).hasSize(2);
        session.undo();
        assertThat(session.getDocument().quotesOf("s2")).hasSize(1);
    }

    @Test
    void aSpeakerWithQuotesIsNotDeletedButAnUnusedOneIs() {
        editing.delete("s1");
        assertThat(session.getDocument().speakers()).hasSize(2);
        assertThat(review.messageProperty().get()).isNotBlank();
        dialogs.answer("Ann Lee");
        editing.reassignAll("s2");
        editing.delete("s2");
        assertThat(session.getDocument().speakers()).extracting(s -> s.id()).containsExactly("s1");
    }

    @Test
    void cancelledDialogsChangeNothing() {
        editing.rename("s1");
        editing.mergeInto("s1");
        editing.reassignAll("s1");
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(dialogs.questions).hasSize(3);
    }
}
