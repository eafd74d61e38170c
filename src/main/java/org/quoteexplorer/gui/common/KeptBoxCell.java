package org.quoteexplorer.gui.common;

import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/**
 * A list cell whose graphic is one box of labels, built once and kept: the quote list's rows and
 * the review queue's entries.
 *
 * <p>A list measures rows with a spare cell it empties after each one. Taking the box out and
 * putting it back re-applied the CSS of every label in it for every row measured, after every
 * review key that changed the list; hidden and unmanaged, it stays in the scene and paints
 * nothing. An item equal to the one shown is not shown again: new texts would lay the labels out
 * and a new style class would re-apply their CSS, and the list re-binds every visible cell after
 * each change of its items.
 */
public abstract class KeptBoxCell<T> extends ListCell<T> {

    private Region box;
    /** What the cell shows now. */
    private T shown;

    /** Call once, at the end of the subclass's constructor, with the box its labels sit in. */
    protected final void keep(Region box) {
        this.box = box;
        setPrefWidth(0);
    }

    /** Fills the box with {@code item}; called only when it differs from the item shown. */
    protected abstract void show(T item);

    @Override
    protected final void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            box.setVisible(false);
            box.setManaged(false);
            setText(null);
            return;
        }
        if (getGraphic() != box) {
            setGraphic(box);
        }
        box.setManaged(true);
        box.setVisible(true);
        if (item.equals(shown)) {
            return;
        }
        shown = item;
        show(item);
    }
}
