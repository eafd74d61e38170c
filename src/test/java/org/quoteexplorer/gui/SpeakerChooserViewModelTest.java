package org.quoteexplorer.gui;

import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.gui.speakers.SpeakerChoice;
import org.quoteexplorer.gui.speakers.SpeakerChooserViewModel;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerChooserViewModelTest {

    private final DocumentSession session = Fixtures.openSession();
    private final ReviewViewModel review = new ReviewViewModel(session, new LegendViewModel(session), new QuoteListViewModel(session));
    private final SpeakerChooserViewModel chooser = new SpeakerChooserViewModel(session, review);

    @Test
    void offersTheDocumentsSpeakers() {
        assertThat(chooser.getChoices()).extracting(SpeakerChoice::name).containsExactly("Ann Lee", "Tom Ray");
    }

    @Test
    void theCurrentChoiceIsTheSpeakerOfTheSelectedQuote() {
        session.select("q2");
        assertThat(chooser.currentProperty().get().speakerId()).isEqualTo("s2");
        session.select("q3");
        assertThat(chooser.currentProperty().get()).isNull();
    }

    @Test
    void typingAnUnknownNameOffersItAsANewSpeakerButAKnownNameOrAliasDoesNot() {
        chooser.setTypedName("  Pat Kim ");
        assertThat(chooser.getChoices()).last().satisfies(c -> {
            assertThat(c.isNew()).isTrue();
            assertThat(c.displayText()).isEqualTo("New speaker: Pat Kim");
        });
        chooser.setTypedName("lee");
        assertThat(chooser.getChoices()).noneMatch(SpeakerChoice::isNew);
        chooser.setTypedName("");
        assertThat(chooser.getChoices()).hasSize(2);
    }

    @Test
    void choosingANewSpeakerAddsItAndReassignsInOneUndoStep() {
        session.select("q3");
        chooser.setTypedName("Pat Kim");
        chooser.choose(chooser.getChoices().get(chooser.getChoices().size() - 1));
        String speakerId = session.getDocument().quote("q3").orElseThrow().speakerId();
        assertThat(session.getDocument().speaker(speakerId).orElseThrow().name()).isEqualTo("Pat Kim");
        assertThat(chooser.currentProperty().get().name()).isEqualTo("Pat Kim");
        session.undo();
        assertThat(session.getDocument()).isEqualTo(Fixtures.document());
    }

    @Test
    void choosingTheCurrentSpeakerAgainChangesNothing() {
        session.select("q1");
        chooser.choose(chooser.currentProperty().get());
        assertThat(session.canUndoProperty().get()).isFalse();
    }
}
