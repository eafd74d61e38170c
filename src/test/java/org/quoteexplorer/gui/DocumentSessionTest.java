package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.DocumentUpdate;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.review.edit.Edits;

class DocumentSessionTest {

    private final DocumentSession session = Fixtures.openSession();
    private final Edits edits = Edits.withSystemClock();

    @Test
    void anEditMakesTheDocumentDirtyAndUndoMakesItCleanAgain() {
        assertThat(session.isDirty()).isFalse();
        session.perform(edits.accept(session.getDocument(), "q1"));
        assertThat(session.isDirty()).isTrue();
        assertThat(session.canUndoProperty().get()).isTrue();
        assertThat(session.undoDescriptionProperty().get()).isEqualTo("Accept \u201CWe will rebuild the pier\u201D");
        session.undo();
        assertThat(session.isDirty()).isFalse();
        assertThat(session.canRedoProperty().get()).isTrue();
        assertThat(session.getDocument()).isEqualTo(Fixtures.document());
        session.redo();
        assertThat(session.getDocument().quote("q1").orElseThrow().status()).isEqualTo(QuoteStatus.ACCEPTED);
    }

    @Test
    void savingMarksTheCurrentStateCleanAndRemembersWhere() {
        session.perform(edits.reject(session.getDocument(), "q2"));
        session.markSaved(Path.of("out.json"));
        assertThat(session.isDirty()).isFalse();
        assertThat(session.saveTargetProperty().get()).isEqualTo(Path.of("out.json"));
        session.undo();
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void everyEditAnnouncesOnlyTheQuotesItTouched() {
        List<DocumentUpdate> updates = new ArrayList<>();
        session.lastUpdateProperty().addListener((obs, old, now) -> updates.add(now));
        session.perform(edits.reassign(session.getDocument(), "q2", "s1"));
        session.undo();
        assertThat(updates).hasSize(2);
        assertThat(updates).allSatisfy(u -> assertThat(u.affectedQuoteIds()).containsExactly("q2"));
        assertThat(updates.get(0).isNewDocument()).isFalse();
        assertThat(updates.get(0).previous().quote("q2").orElseThrow().speakerId()).isEqualTo("s2");
    }

    @Test
    void selectingAnUnknownQuoteIsRefused() {
        assertThatThrownBy(() -> session.select("q99")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void undoingTheAdditionOfTheSelectedQuoteClearsTheSelection() {
        session.perform(edits.addQuote(session.getDocument(), Fixtures.spanOf("Tom Ray said it was late")));
        String added = session.getDocument().quotes().stream().map(q -> q.id())
                .filter(id -> !List.of("q1", "q2", "q3").contains(id)).findFirst().orElseThrow();
        session.select(added);
        session.undo();
        assertThat(session.getSelectedQuoteId()).isNull();
    }

    @Test
    void speakerColoursStayPutWhenSpeakersComeAndGo() {
        int ann = session.palette().slotOf("s1");
        int tom = session.palette().slotOf("s2");
        session.perform(edits.reassignToNewSpeaker(session.getDocument(), "q3", "Pat Kim", null, null));
        String pat = session.getDocument().quote("q3").orElseThrow().speakerId();
        session.perform(edits.mergeSpeakers(session.getDocument(), "s2", "s1"));
        assertThat(session.palette().slotOf("s2")).isEqualTo(tom);
        assertThat(session.palette().slotOf(pat)).isNotIn(ann, tom);
        session.undo();
        assertThat(session.palette().slotOf("s1")).isEqualTo(ann);
    }
}
