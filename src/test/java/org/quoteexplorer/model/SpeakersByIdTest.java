package org.quoteexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakersByIdTest {

    private static final Speaker ANN = new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, "Mayor", List.of());
    private static final Speaker TOM = new Speaker("s2", "Tom Ray", SpeakerKind.PERSON, null, List.of());
    /** A second speaker under Ann's id, as a hand-edited file may hold. */
    private static final Speaker ANNE = new Speaker("s1", "Anne Leigh", SpeakerKind.PERSON, null, List.of());

    private final AnnotatedArticle document = new AnnotatedArticle(Article.of("a", "“Yes,” said Ann Lee."),
            List.of(ANN, TOM, ANNE), List.of());

    @Test
    void findsEverySpeakerAsTheWalkingLookUpDoesTheFirstOfAnIdWinning() {
        var byId = document.speakersById();

        for (String id : new String[] {"s1", "s2", "s3", null}) {
            assertThat(java.util.Optional.ofNullable(byId.get(id))).as(String.valueOf(id)).isEqualTo(document.speaker(id));
        }
        assertThat(byId.get("s1")).isSameAs(ANN);
        assertThat(byId).hasSize(2);
    }

    @Test
    void cannotBeChangedByItsCaller() {
        assertThatThrownBy(() -> document.speakersById().put("s9", TOM)).isInstanceOf(UnsupportedOperationException.class);
    }
}
