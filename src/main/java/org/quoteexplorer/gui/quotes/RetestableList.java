package org.quoteexplorer.gui.quotes;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The rows as they are, plus a way to tell the lists built on them that some rows must be tested
 * again by their filter: a filtered list then adds or removes just those rows, where changing its
 * predicate would replace every row (and the list view would lay out thousands of them again).
 */
final class RetestableList<E> extends ForwardingList<E, E> {

    RetestableList(ObservableList<? extends E> source) {
        super(source);
    }

    /** Asks the lists built on this one to test the rows at {@code positions} (ascending) again. */
    void retest(int[] positions, int count) {
        if (count == 0) {
            return;
        }
        beginChange();
        for (int i = 0; i < count; i++) {
            nextUpdate(positions[i]);
        }
        endChange();
    }

    @Override
    protected void sourceChanged(ListChangeListener.Change<? extends E> c) {
        forward(c);
    }

    @Override
    public int getSourceIndex(int index) {
        return index;
    }

    @Override
    public int getViewIndex(int index) {
        return index;
    }

    @Override
    public E get(int index) {
        return getSource().get(index);
    }

    @Override
    public int size() {
        return getSource().size();
    }
}
