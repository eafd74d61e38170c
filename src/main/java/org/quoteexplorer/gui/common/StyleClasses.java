package org.quoteexplorer.gui.common;

import java.util.List;
import java.util.Objects;

/** Changes to a node's style classes that cost the toolkit as little CSS work as they can. */
public final class StyleClasses {

    private StyleClasses() {
    }

    /**
     * Puts {@code now} in the place of {@code old} in {@code classes} with one change of the list,
     * and none when they are equal. Each change of a node's style classes re-applies the CSS of the
     * node and everything under it at once: a removal and then an addition did it twice, at every
     * review key that changed a row's status. A null {@code old} (or one not in the list) adds
     * {@code now}; a null {@code now} removes {@code old}.
     */
    public static void swap(List<String> classes, String old, String now) {
        if (Objects.equals(old, now)) {
            return;
        }
        int at = old == null ? -1 : classes.indexOf(old);
        if (at >= 0 && now != null) {
            classes.set(at, now);
        } else if (at >= 0) {
            classes.remove(at);
        } else if (now != null) {
            classes.add(now);
        }
    }
}
