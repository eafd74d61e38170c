package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

class KnownSpeakersTest {

    @Test
    void bundledListLoadsFromTheClassPathWithKindsAndAliases() {
        List<Speaker> speakers = KnownSpeakers.loadDefault();

        assertThat(speakers).hasSizeGreaterThan(20);
        assertThat(speakers).extracting(Speaker::kind).contains(SpeakerKind.PERSON, SpeakerKind.ORGANIZATION);
        assertThat(speakers).allSatisfy(s -> assertThat(s.name()).isNotBlank());
        assertThat(speakers).extracting(Speaker::id).doesNotHaveDuplicates();
    }

    @Test
    void userListNeedsOnlyNames() throws Exception {
        List<Speaker> speakers = KnownSpeakers.read("[{\"name\": \"Ann Lee\", \"aliases\": [\"Lee\"]}, {\"name\": \"City Hall\", \"kind\": \"organization\"}]");

        assertThat(speakers).containsExactly(
                new Speaker("k1", "Ann Lee", SpeakerKind.UNKNOWN, null, List.of("Lee")),
                new Speaker("k2", "City Hall", SpeakerKind.ORGANIZATION, null, List.of()));
    }

    @Test
    void duplicateNamesAndUnknownKindsAreRefusedWithTheirPlace() {
        assertThatThrownBy(() -> KnownSpeakers.read("[{\"name\": \"Ann\"},\n{\"name\": \"ann\"}]"))
                .hasMessageContaining("line 2").hasMessageContaining("listed twice");
        assertThatThrownBy(() -> KnownSpeakers.read("[{\"name\": \"Ann\", \"kind\": \"robot\"}]"))
                .hasMessageContaining("([0].kind)").hasMessageContaining("not one of person");
    }
}
