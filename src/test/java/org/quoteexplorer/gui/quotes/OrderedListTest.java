package org.quoteexplorer.gui.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The quote list's order: the rows as the filtered list has them, or sorted while a comparator is
 * set, and every change told so that a copy kept by the changes alone stays the same list (a list
 * view keeps its cells and selection that way).
 */
class OrderedListTest {

    private static final List<Comparator<Integer>> ORDERS = java.util.Arrays.asList(
            null, Comparator.naturalOrder(), Comparator.reverseOrder());

    @Property(tries = 200)
    void aCopyKeptByTheChangesAloneStaysTheListWhateverIsDone(@ForAll long seed) {
        Random random = new Random(seed);
        ObservableList<Integer> rows = FXCollections.observableArrayList();
        for (int i = 0; i < random.nextInt(30); i++) {
            rows.add(random.nextInt(100));
        }
        FilteredList<Integer> filtered = new FilteredList<>(rows);
        OrderedList<Integer> ordered = new OrderedList<>(filtered);
        List<Integer> copy = new ArrayList<>(ordered);
        ordered.addListener((ListChangeListener<Integer>) c -> replay(c, copy));

        for (int step = 0; step < 40; step++) {
            switch (random.nextInt(6)) {
                case 0 -> rows.add(rows.isEmpty() ? 0 : random.nextInt(rows.size() + 1), random.nextInt(100));
                case 1 -> {
                    if (!rows.isEmpty()) {
                        rows.remove(random.nextInt(rows.size()));
                    }
                }
                case 2 -> {
                    if (!rows.isEmpty()) {
                        rows.set(random.nextInt(rows.size()), random.nextInt(100));
                    }
                }
                case 3 -> {
                    int divisor = 2 + random.nextInt(3);
                    filtered.setPredicate(i -> i % divisor != 0);
                }
                case 4 -> filtered.setPredicate(null);
                default -> ordered.comparatorProperty().set(ORDERS.get(random.nextInt(ORDERS.size())));
            }

            assertThat(copy).isEqualTo(ordered);
            assertThat(ordered).isEqualTo(expected(filtered, ordered.comparatorProperty().get()));
        }
    }

    @Test
    void withoutAComparatorRowsRemovedApartAreToldApartWhereTheyWere() {
        ObservableList<Integer> rows = FXCollections.observableArrayList(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        OrderedList<Integer> ordered = new OrderedList<>(new FilteredList<>(rows));
        List<String> told = new ArrayList<>();
        ordered.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                told.add((c.wasRemoved() ? "removed " + c.getRemoved() : "added " + c.getAddedSubList()) + " at " + c.getFrom());
            }
        });

        rows.removeAll(3, 6);
        rows.add(10);

        assertThat(ordered).containsExactly(0, 1, 2, 4, 5, 7, 8, 9, 10);
        assertThat(told).containsExactly("removed [3] at 3", "removed [6] at 5", "added [10] at 8");
    }

    @Test
    void switchingOrderMovesTheRowsAsOnePermutationAndBack() {
        ObservableList<Integer> rows = FXCollections.observableArrayList(3, 1, 2);
        OrderedList<Integer> ordered = new OrderedList<>(new FilteredList<>(rows));
        List<String> told = new ArrayList<>();
        ordered.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                told.add(c.wasPermutated() ? "permutation" : c.wasRemoved() ? "removal" : "other");
            }
        });

        ordered.comparatorProperty().set(Comparator.naturalOrder());
        assertThat(ordered).containsExactly(1, 2, 3);
        assertThat(ordered.getSourceIndex(0)).isEqualTo(1);
        ordered.comparatorProperty().set(Comparator.reverseOrder());
        assertThat(ordered).containsExactly(3, 2, 1);
        ordered.comparatorProperty().set(null);
        assertThat(ordered).containsExactly(3, 1, 2);
        assertThat(ordered.getSourceIndex(0)).isZero();

        assertThat(told).containsExactly("permutation", "permutation", "permutation");
    }

    private static List<Integer> expected(List<Integer> filtered, Comparator<? super Integer> order) {
        List<Integer> expected = new ArrayList<>(filtered);
        if (order != null) {
            // a stable sort, as the sorted list's: ties keep the filtered order
            expected.sort(order);
        }
        return expected;
    }

    private static void replay(ListChangeListener.Change<? extends Integer> c, List<Integer> copy) {
        while (c.next()) {
            if (c.wasPermutated()) {
                List<Integer> before = new ArrayList<>(copy.subList(c.getFrom(), c.getTo()));
                for (int i = c.getFrom(); i < c.getTo(); i++) {
                    copy.set(c.getPermutation(i), before.get(i - c.getFrom()));
                }
            } else if (!c.wasUpdated()) {
                copy.subList(c.getFrom(), c.getFrom() + c.getRemovedSize()).clear();
                copy.addAll(c.getFrom(), c.getAddedSubList());
            }
        }
    }
}
