package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The radar's index of word runs keeps, under each key, exactly the values added, in the order added. */
class KeyedListsTest {

    @Property(tries = 300)
    void eachKeyListsItsValuesInTheOrderAdded(
            @ForAll @Size(max = 3000) List<@LongRange(min = -2000, max = 2000) Long> keys) {
        KeyedLists lists = new KeyedLists();
        Map<Long, List<Integer>> expected = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            // Keys far apart in their high bits too, as run hashes and stem-number pairs are.
            long key = keys.get(i) * 0x1_0000_0001L;
            lists.add(lists.list(key), i);
            expected.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        for (long k = -2001; k <= 2001; k++) {
            long key = k * 0x1_0000_0001L;
            int list = lists.find(key);
            if (!expected.containsKey(key)) {
                assertThat(list).isEqualTo(-1);
                continue;
            }
            List<Integer> got = new ArrayList<>();
            for (int e = lists.first(list); e >= 0; e = lists.next(e)) {
                got.add(lists.value(e));
            }
            assertThat(got).isEqualTo(expected.get(key));
            assertThat(lists.size(list)).isEqualTo(got.size());
            assertThat(lists.last(list)).isEqualTo(got.get(got.size() - 1));
        }
    }
}
