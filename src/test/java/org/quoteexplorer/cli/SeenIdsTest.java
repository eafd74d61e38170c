package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenIdsTest {

    @Test
    void everyFirstUseIsNewAndEveryRepeatNamesTheFirstLineAcrossManyGrowths() {
        SeenIds seen = new SeenIds();
        int ids = 300_000;
        for (int i = 0; i < ids; i++) {
            assertThat(seen.firstUse("article-" + i, i + 1)).as("article-" + i).isZero();
        }
        for (int i = 0; i < ids; i += 997) {
            assertThat(seen.firstUse("article-" + i, ids + i + 1)).isEqualTo(i + 1);
        }
    }

    @Test
    void idsThatDifferOnlyInOneCharacterOrInLengthAreDifferent() {
        SeenIds seen = new SeenIds();
        String[] ids = {"", "a", "b", "ab", "ba", "a\\u0000", "\\u0000a", "aa", "A"};
        for (int i = 0; i < ids.length; i++) {
            assertThat(seen.firstUse(ids[i], i + 1)).as(ids[i]).isZero();
        }
    }
}
