package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.speakers.SpeakerShortNames;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

class SpeakerShortNamesTest {

    private static Speaker person(String id, String name, String... aliases) {
        return new Speaker(id, name, SpeakerKind.PERSON, null, List.of(aliases));
    }

    @Test
    void aPersonFallsBackToInitialAndSurnameOrAShorterAliasTheArticleUsed() {
        Speaker jane = person("s1", "Jane Q. Smithson", "Minister Smithson", "Jane Smithson");
        Speaker board = new Speaker("s2", "Harbour Board", SpeakerKind.ORGANIZATION, null, List.of("the Board"));
        assertThat(SpeakerShortNames.of(jane, List.of(jane, board)))
                .containsExactly("J. Smithson", "Jane Smithson");
        Speaker calledBySurname = person("s3", "Jane Q. Smithson", "Smithson");
        assertThat(SpeakerShortNames.of(calledBySurname, List.of(calledBySurname))).containsExactly("Smithson", "J. Smithson");
    }

    @Test
    void anOrganisationIsNeverCutToItsLastWord() {
        Speaker network = new Speaker("s1", "Harbour News Network", SpeakerKind.ORGANIZATION, null, List.of("Network", "HNN"));
        assertThat(SpeakerShortNames.of(network, List.of(network))).containsExactly("HNN");
    }

    @Test
    void aSurnameAnotherSpeakerSharesIsLeftOutButInitialsTellThemApart() {
        Speaker jane = person("s1", "Jane Smithson", "Smithson");
        Speaker tom = person("s2", "Tom Smithson");
        assertThat(SpeakerShortNames.of(jane, List.of(jane, tom))).containsExactly("J. Smithson");
        assertThat(SpeakerShortNames.of(tom, List.of(jane, tom))).containsExactly("T. Smithson");
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

    @Test
    void aTableAnswersBySpeakerIdAsTheWalkDoesAndNothingForNoneOrAnUnknownId() {
        Speaker jane = person("s1", "Jane Smithson", "Smithson");
        Speaker tom = person("s2", "Tom Smithson");
        SpeakerShortNames.Table table = new SpeakerShortNames.Table(List.of(jane, tom));

        assertThat(table.ofSpeaker("s1")).isEqualTo(SpeakerShortNames.of(jane, List.of(jane, tom))).containsExactly("J. Smithson");
        assertThat(table.ofSpeaker("s2")).containsExactly("T. Smithson");
        assertThat(table.ofSpeaker("s9")).isEmpty();
        assertThat(table.ofSpeaker(null)).isEmpty();
    }
}
