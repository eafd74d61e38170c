package org.quoteexplorer.gui.quotes;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * The rows as they are, plus a way to tell the lists built on them that some rows must be tested
 * again by their filter: a filtered list then adds or removes just those rows, where changing its
 * predicate would replace every row (and the list view would lay out thousands of them again).
 */
final class RetestableList<E> extends TransformationList<E, E> {

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
        beginChange();
        while (c.next()) {
            if (c.wasPermutated()) {
                int[] perm = new int[c.getTo() - c.getFrom()];
                for (int i = c.getFrom(); i < c.getTo(); i++) {
                    perm[i - c.getFrom()] = c.getPermutation(i);
                }
                nextPermutation(c.getFrom(), c.getTo(), perm);
            } else if (c.wasUpdated()) {
                for (int i = c.getFrom(); i < c.getTo(); i++) {
                    nextUpdate(i);
                }
            } else if (c.wasReplaced()) {
                nextReplace(c.getFrom(), c.getTo(), new java.util.ArrayList<E>(c.getRemoved()));
            } else if (c.wasRemoved()) {
                nextRemove(c.getFrom(), new java.util.ArrayList<E>(c.getRemoved()));
            } else if (c.wasAdded()) {
                nextAdd(c.getFrom(), c.getTo());
            }
        }
        endChange();
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
