package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

class SpeakerShortNamesTest {

    private static Speaker person(String id, String name, String... aliases) {
        return new Speaker(id, name, SpeakerKind.PERSON, null, List.of(aliases));
    }

    @Test
    void aPersonFallsBackToTheShortestAliasOrSurnameShorterThanTheName() {
        Speaker jane = person("s1", "Jane Q. Smithson", "Minister Smithson", "Jane Smithson");
        Speaker board = new Speaker("s2", "Harbour Board", SpeakerKind.ORGANIZATION, null, List.of("the Board"));
        assertThat(SpeakerShortNames.of(jane, List.of(jane, board)))
                .containsExactly("Smithson", "Jane Smithson");
    }

    @Test
    void aSurnameAnotherSpeakerSharesIsLeftOut() {
        Speaker jane = person("s1", "Jane Smithson", "Smithson");
        Speaker tom = person("s2", "Tom Smithson");
        assertThat(SpeakerShortNames.of(jane, List.of(jane, tom))).isEmpty();
        assertThat(SpeakerShortNames.of(tom, List.of(jane, tom))).isEmpty();
    }

    @Test
    void anAliasThatIsPartOfAnotherSpeakersNameIsLeftOut() {
        Speaker ministry = new Speaker("s1", "Ruritanian Foreign Ministry", SpeakerKind.ORGANIZATION, null,
                List.of("Foreign Ministry", "the Ministry"));
        Speaker spokesman = person("s2", "Karl Weber", "Foreign Ministry spokesman Karl Weber");
        assertThat(SpeakerShortNames.of(ministry, List.of(ministry, spokesman))).containsExactly("the Ministry");
    }

    @Test
    void organisationsGetNoSurnameAndNothingLongerThanTheName() {
        Speaker board = new Speaker("s1", "Harbour Board", SpeakerKind.ORGANIZATION, null, List.of("the Harbour Board"));
        assertThat(SpeakerShortNames.of(board, List.of(board))).isEmpty();
    }
}
