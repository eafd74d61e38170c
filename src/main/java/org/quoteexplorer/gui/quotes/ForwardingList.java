package org.quoteexplorer.gui.quotes;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/** A list over another that tells its listeners what another list told it, sub-change by sub-change. */
abstract class ForwardingList<E, F> extends TransformationList<E, F> {

    /** How deep this list is in telling its listeners of a change. */
    private int telling;

    ForwardingList(ObservableList<? extends F> source) {
        super(source);
    }

    /** Whether this list is telling its listeners of a change just now. */
    final boolean isTelling() {
        return telling > 0;
    }

    /** Runs {@code change}, which tells this list's listeners of a change, with {@link #isTelling()} true. */
    protected final void telling(Runnable change) {
        telling++;
        try {
            change.run();
        } finally {
            telling--;
        }
    }

    /** Passes {@code c} (of a list whose positions are this list's) on to this list's listeners. */
    protected final void forward(ListChangeListener.Change<? extends E> c) {
        telling(() -> forwardAll(c));
    }

    private void forwardAll(ListChangeListener.Change<? extends E> c) {
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
}
