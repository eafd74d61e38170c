package org.quoteexplorer.gui.quotes;

import java.util.Comparator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;

/**
 * Another list in its own order, or sorted by a comparator while one is set. Unlike a {@link
 * SortedList} with no comparator, a list in its own order passes changes on as they come: a sorted
 * list goes through all its rows for every row added or removed, and a search result hides
 * thousands of rows apart from each other (on a 5 MB article, most of the FX thread's time for a
 * slice of a search result went there). Switching order moves the rows as one permutation, which
 * keeps a list view's selection.
 */
final class OrderedList<E> extends ForwardingList<E, E> {

    private final ObjectProperty<Comparator<? super E>> comparator = new SimpleObjectProperty<>(this, "comparator");
    /** The rows sorted, while a comparator is set; null in the source's order. */
    private SortedList<E> sorted;
    private final ListChangeListener<E> sortedChanged = c -> {
        if (c.getList() == sorted) {
            forward(c);
        }
    };

    OrderedList(ObservableList<? extends E> source) {
        super(source);
        comparator.addListener((obs, old, now) -> reorder(now));
    }

    /** Null: the source's order. */
    ObjectProperty<Comparator<? super E>> comparatorProperty() {
        return comparator;
    }

    @SuppressWarnings("unchecked")
    private void reorder(Comparator<? super E> now) {
        SortedList<E> before = sorted;
        if (now != null && before != null) {
            // the sorted list tells of its own permutation
            before.setComparator(now);
            return;
        }
        int[] perm = new int[size()];
        if (now == null) {
            if (before == null) {
                return;
            }
            sorted = null;
            before.removeListener(sortedChanged);
            // the row at sorted position j goes back to its place in the source
            for (int j = 0; j < perm.length; j++) {
                perm[j] = before.getSourceIndex(j);
            }
        } else {
            sorted = new SortedList<>((ObservableList<E>) getSource(), now);
            sorted.addListener(sortedChanged);
            for (int j = 0; j < perm.length; j++) {
                perm[sorted.getSourceIndex(j)] = j;
            }
        }
        if (perm.length > 0) {
            telling(() -> {
                beginChange();
                nextPermutation(0, perm.length, perm);
                endChange();
            });
        }
    }

    @Override
    protected void sourceChanged(ListChangeListener.Change<? extends E> c) {
        if (sorted == null) {
            forward(c);
        }
        // otherwise the sorted list hears of it too, and tells what it made of it
    }

    @Override
    public int getSourceIndex(int index) {
        return sorted == null ? index : sorted.getSourceIndex(index);
    }

    @Override
    public int getViewIndex(int index) {
        return sorted == null ? index : sorted.getViewIndex(index);
    }

    @Override
    public E get(int index) {
        return sorted == null ? getSource().get(index) : sorted.get(index);
    }

    @Override
    public int size() {
        return getSource().size();
    }
}
