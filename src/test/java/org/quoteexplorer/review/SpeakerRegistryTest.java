package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

class SpeakerRegistryTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    private static Speaker person(String name, String... aliases) {
        return new Speaker("s1", name, SpeakerKind.PERSON, null, List.of(aliases));
    }

    private static RegistryEntry entry(String id, String name, Instant updated) {
        return new RegistryEntry(id, name, List.of(), SpeakerKind.PERSON, null, null, null, updated);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            Jane Smith,           jane-smith
            José Álvarez,         jose-alvarez
            'Smith, Jr.',         smith-jr
            Ministry of Finance,  ministry-of-finance
            '«»',                 speaker
            """)
    void idsAreMadeFromTheName(String name, String id) {
        assertThat(SpeakerRegistry.freshId(name, java.util.Set.of())).isEqualTo(id);
        assertThat(SpeakerRegistry.freshId(name, java.util.Set.of(id))).isEqualTo(id + "-2");
    }

    @Test
    void confirmingAKnownSpeakerAddsItsNewAliasesInsteadOfASecondEntry() {
        SpeakerRegistry registry = SpeakerRegistry.empty().confirm(person("Jane Smith", "Smith"), T0);

        SpeakerRegistry again = registry.confirm(person("jane  smith", "Minister Smith", "smith"), T1);

        assertThat(again.entries()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("jane-smith");
            assertThat(e.aliases()).containsExactly("Smith", "Minister Smith");
            assertThat(e.updated()).isEqualTo(T1);
        });
        assertThat(again.find("SMITH")).map(RegistryEntry::id).contains("jane-smith");
        assertThat(again.confirm(person("Smith"), T2)).isSameAs(again);
    }

    @Test
    void seedingFromASpeakerListMakesOneEntryPerSpeakerToBeSaved() {
        SpeakerRegistry seeded = SpeakerRegistry.seeded(List.of(person("Jane Smith", "Smith"),
                new Speaker("k2", "City Council", SpeakerKind.ORGANIZATION, null, List.of())), T0);
        assertThat(seeded.entries()).extracting(RegistryEntry::id).containsExactly("jane-smith", "city-council");
        assertThat(seeded.byId("city-council")).map(RegistryEntry::kind).contains(SpeakerKind.ORGANIZATION);
        assertThat(seeded.isChanged()).isTrue();
    }

    @Test
    void additionsOnBothSidesAreAllKept() {
        SpeakerRegistry read = SpeakerRegistry.of(List.of(entry("jane-smith", "Jane Smith", T0)));
        SpeakerRegistry mine = read.confirm(person("Tom Ode"), T1);
        List<RegistryEntry> disk = read.confirm(person("Anna Berg"), T2).entries();

        SpeakerRegistry.Merge merge = mine.mergeWith(disk);

        assertThat(merge.registry().entries()).extracting(RegistryEntry::id)
                .containsExactlyInAnyOrder("jane-smith", "tom-ode", "anna-berg");
        assertThat(merge.conflicts()).isEmpty();
        assertThat(merge.registry().isChanged()).isFalse();
    }

    @Test
    void aDeletionOnOneSideIsKeptWhenTheOtherDidNotTouchTheEntry() {
        SpeakerRegistry read = SpeakerRegistry.of(List.of(entry("a", "Ann", T0), entry("b", "Bob", T0)));
        List<RegistryEntry> disk = read.remove("a").entries();

        SpeakerRegistry.Merge merge = read.rename("b", "Bob Lee", T1).mergeWith(disk);

        assertThat(merge.registry().entries()).extracting(RegistryEntry::name).containsExactly("Bob Lee");
        assertThat(merge.conflicts()).isEmpty();
    }

    @Test
    void conflictingRenamesKeepTheLaterOneAndReportTheOther() {
        SpeakerRegistry read = SpeakerRegistry.of(List.of(entry("a", "Ann", T0)));
        List<RegistryEntry> disk = read.rename("a", "Ann Lee", T2).entries();

        SpeakerRegistry.Merge merge = read.rename("a", "Anne", T1).mergeWith(disk);

        assertThat(merge.registry().byId("a")).map(RegistryEntry::name).contains("Ann Lee");
        assertThat(merge.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.dropped().name()).isEqualTo("Anne");
            assertThat(c.describe()).contains("kept \"Ann Lee\"").contains("not \"Anne\"");
        });

        SpeakerRegistry.Merge later = read.rename("a", "Anne", T2.plusSeconds(1)).mergeWith(disk);
        assertThat(later.registry().byId("a")).map(RegistryEntry::name).contains("Anne");
    }

    @Test
    void anEditBeatsADeletionAndIsReported() {
        SpeakerRegistry read = SpeakerRegistry.of(List.of(entry("a", "Ann", T0)));
        SpeakerRegistry.Merge merge = read.rename("a", "Ann Lee", T1).mergeWith(List.of());
        assertThat(merge.registry().byId("a")).map(RegistryEntry::name).contains("Ann Lee");
        assertThat(merge.conflicts()).hasSize(1);
    }

    @Test
    void twoDifferentPeopleAddedUnderOneIdAreBothKeptAndMineMoves() {
        SpeakerRegistry read = SpeakerRegistry.empty();
        List<RegistryEntry> disk = List.of(entry("smith", "Smith", T1));
        SpeakerRegistry mine = read.put(entry("smith", "Ann Smith", T2));

        SpeakerRegistry.Merge merge = mine.mergeWith(disk);

        assertThat(merge.movedIds()).containsEntry("smith", "ann-smith");
        assertThat(merge.registry().entries()).extracting(RegistryEntry::name).containsExactly("Smith", "Ann Smith");
    }

    @Test
    void theSamePersonAddedOnBothSidesIsOneEntryWithoutAConflict() {
        SpeakerRegistry mine = SpeakerRegistry.empty().confirm(person("Jane Smith", "Smith"), T2);
        List<RegistryEntry> disk = SpeakerRegistry.empty().confirm(person("Jane Smith"), T1).entries();

        SpeakerRegistry.Merge merge = mine.mergeWith(disk);

        assertThat(merge.registry().entries()).singleElement().satisfies(e -> assertThat(e.aliases()).containsExactly("Smith"));
        assertThat(merge.conflicts()).isEmpty();
    }
}
