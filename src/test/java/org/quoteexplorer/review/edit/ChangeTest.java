package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quoteexplorer.review.edit.Docs.span;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.SpeakerKind;

class ChangeTest {

    private final Edits edits = Docs.edits();
    private final AnnotatedArticle doc = Docs.article();

    @Test
    void aChainedChangeDoesBothStepsAndUndoesThemTogether() {
        Change add = edits.addQuote(doc, span("Nobody answered her."));
        AnnotatedArticle added = add.applyTo(doc);
        String newId = add.quotesAfter().get(0).id();
        Change attribute = edits.reassignToNewSpeaker(added, newId, "Maria Sanz", SpeakerKind.PERSON, null);

        Change both = add.andThen(attribute, "Add a quote by Maria Sanz");
        AnnotatedArticle after = both.applyTo(doc);

        assertThat(after).isEqualTo(attribute.applyTo(added));
        assertThat(both.inverse().applyTo(after)).isEqualTo(doc);
        assertThat(both.quotesBefore()).isEmpty();
        assertThat(both.changesSpeakers()).isTrue();
        assertThat(both.description()).isEqualTo("Add a quote by Maria Sanz");
    }

    @Test
    void chainingSpeakerChangesKeepsTheFirstListBeforeAndTheLastAfter() {
        Change addSpeaker = edits.addSpeaker(doc, "Maria Sanz", null, null);
        AnnotatedArticle withSpeaker = addSpeaker.applyTo(doc);
        Change rename = edits.renameSpeaker(withSpeaker, "s5", "María Sanz");

        Change both = addSpeaker.andThen(rename, "Add María Sanz");

        assertThat(both.speakersBefore()).isEqualTo(doc.speakers());
        assertThat(both.applyTo(doc)).isEqualTo(rename.applyTo(withSpeaker));
        assertThat(both.inverse().applyTo(both.applyTo(doc))).isEqualTo(doc);
    }

    @Test
    void stepsThatCancelOutLeaveNoQuoteInTheChain() {
        Change accept = edits.accept(doc, "q4");
        AnnotatedArticle accepted = accept.applyTo(doc);
        Change back = accept.inverse();

        Change both = accept.andThen(back, "nothing");

        assertThat(both.affectedQuoteIds()).isEmpty();
        assertThat(both.applyTo(doc)).isEqualTo(back.applyTo(accepted));
    }

    @Test
    void chainingKeepsQuotesTheSecondStepTouchedFirst() {
        Change accept = edits.accept(doc, "q4");
        AnnotatedArticle accepted = accept.applyTo(doc);
        Change reject = edits.reject(accepted, "q5");

        Change both = accept.andThen(reject, "Accept q4, reject q5");

        assertThat(both.affectedQuoteIds()).containsExactlyInAnyOrder("q4", "q5");
        assertThat(both.applyTo(doc)).isEqualTo(reject.applyTo(accepted));
    }

    @Test
    void aChangeRefusesADocumentItWasNotBuiltOn() {
        Change accept = edits.accept(doc, "q4");
        AnnotatedArticle other = edits.reject(doc, "q4").applyTo(doc);

        assertThatThrownBy(() -> accept.applyTo(other))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("change 'Accept “The money is not there.”' does not fit quote q4");
        assertThatThrownBy(() -> edits.addSpeaker(doc, "X", null, null).applyTo(other.withSpeakers(List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("change 'Add speaker X' does not fit the speaker list");
    }

    @Test
    void speakerListsComeInPairs() {
        assertThatThrownBy(() -> new Change("half", List.of(), List.of(), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("speaker lists come in pairs");
    }
}
