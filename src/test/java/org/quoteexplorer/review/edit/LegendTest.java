package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

class LegendTest {

    private final Edits edits = Docs.edits();
    private final AnnotatedArticle doc = Docs.article();

    @Test
    void speakersAreListedInTheOrderTheTextNamesThemWithTheirCounts() {
        assertThat(Legend.entries(doc, 8))
                .extracting(e -> e.speaker().id() + "×" + e.quoteCount())
                .containsExactly("s1×2", "s2×1", "s3×2", "s4×0");
    }

    @Test
    void reattributingQuotesDoesNotReorderTheLegendSoDigitKeysKeepTheirSpeaker() {
        AnnotatedArticle reattributed = edits.reassign(doc, "q1", "s3").applyTo(doc);
        reattributed = edits.reassign(reattributed, "q2", "s3").applyTo(reattributed);

        assertThat(Legend.entries(reattributed, 8))
                .extracting(e -> e.speaker().id() + "×" + e.quoteCount())
                .containsExactly("s1×0", "s2×1", "s3×4", "s4×0");
        assertThat(Legend.digitSpeakers(reattributed)).isEqualTo(Legend.digitSpeakers(doc));
    }

    @Test
    void aSpeakerTheTextNeverNamesIsPlacedWhereFirstQuoted() {
        Speaker aide = new Speaker("s5", "Unnamed aide", SpeakerKind.PERSON, null, List.of());
        List<Speaker> speakers = new ArrayList<>(doc.speakers());
        speakers.add(aide);
        AnnotatedArticle withAide = doc.withSpeakers(speakers);
        withAide = edits.reassign(withAide, "q1", "s5").applyTo(withAide);

        assertThat(Legend.entries(withAide, 8)).extracting(e -> e.speaker().id())
                .containsExactly("s5", "s1", "s2", "s3", "s4");
    }

    @Test
    void rejectedQuotesAreNotCountedAndUnnamedUnquotedSpeakersComeLast() {
        AnnotatedArticle rejected = edits.reject(doc, "q3").applyTo(doc);

        assertThat(Legend.entries(rejected, 8))
                .extracting(e -> e.speaker().id() + "×" + e.quoteCount())
                .containsExactly("s1×2", "s2×0", "s3×2", "s4×0");
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Talks with Bergman, then Berg spoke. | Berg        | 25
            BERG spoke.                          | Berg        | 0
            The Bergs spoke.                     | Berg        | -1
            Talks. The city council met.         | City Council | 11
            """)
    void theTextNamesASpeakerOnlyAsAWholeWord(String text, String name, int expected) {
        assertThat(Legend.firstNamed(text, new Speaker("s1", name, null, null, null))).isEqualTo(expected);
    }

    @Test
    void aSpeakersColourSurvivesEditsOfOtherSpeakers() {
        Map<String, Integer> before = colours(doc);
        List<Change> otherEdits = List.of(
                edits.mergeSpeakers(doc, "s2", "s3"),
                edits.deleteSpeaker(doc, "s4"),
                edits.reassignAll(doc, "s1", "s3"),
                edits.addSpeaker(doc, "Newcomer", null, null));

        for (Change change : otherEdits) {
            Map<String, Integer> after = colours(change.applyTo(doc));
            after.forEach((id, colour) -> {
                if (before.containsKey(id)) {
                    assertThat(colour).as(id + " after " + change.description()).isEqualTo(before.get(id));
                }
            });
        }
    }

    @Test
    void differentSpeakersGetDifferentColoursWhileThePaletteLasts() {
        List<Speaker> many = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            many.add(new Speaker("s" + i, "Speaker " + i, null, null, null));
        }

        assertThat(Legend.entries(doc.withSpeakers(many).withQuotes(List.of()), 8))
                .extracting(Legend.Entry::paletteIndex).doesNotHaveDuplicates()
                .allMatch(i -> i >= 0 && i < 8);
    }

    @ParameterizedTest(name = "{0} in a palette of {1} → {2}")
    @CsvSource({"s1, 8, 0", "s8, 8, 7", "s9, 8, 0", "speaker-12, 5, 1"})
    void thePaletteSlotComesFromTheNumberInTheId(String id, int paletteSize, int expected) {
        assertThat(Legend.paletteIndex(new Speaker(id, "X", null, null, null), paletteSize)).isEqualTo(expected);
    }

    @Test
    void idsWithoutANumberStillGetASlotInThePalette() {
        int slot = Legend.paletteIndex(new Speaker("anonymous", "X", null, null, null), 6);

        assertThat(slot).isBetween(0, 5)
                .isEqualTo(Legend.paletteIndex(new Speaker("anonymous", "Y", null, null, null), 6));
        assertThatThrownBy(() -> Legend.paletteIndex(Docs.LOPEZ, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a palette needs at least one colour, not 0");
    }

    @Test
    void digitKeysPickTheFirstNineSpeakersOfTheLegend() {
        List<Speaker> twelve = new ArrayList<>();
        for (int i = 12; i >= 1; i--) {
            twelve.add(new Speaker("s" + i, "Speaker " + i, null, null, null));
        }
        AnnotatedArticle crowded = doc.withSpeakers(twelve).withQuotes(List.of());

        assertThat(Legend.digitSpeakers(crowded)).extracting(Speaker::id)
                .containsExactly("s12", "s11", "s10", "s9", "s8", "s7", "s6", "s5", "s4");
        assertThat(Legend.speakerForDigit(doc, 2)).contains(Docs.COUNCIL);
        assertThat(Legend.speakerForDigit(doc, 4)).contains(Docs.PARKS);
        assertThat(Legend.speakerForDigit(doc, 5)).isEmpty();
        assertThatThrownBy(() -> Legend.speakerForDigit(doc, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("speaker keys are 1 to 9, not 0");
    }

    private static Map<String, Integer> colours(AnnotatedArticle document) {
        return Legend.entries(document, 8).stream()
                .collect(Collectors.toMap(e -> e.speaker().id(), Legend.Entry::paletteIndex, (a, b) -> a));
    }
}
