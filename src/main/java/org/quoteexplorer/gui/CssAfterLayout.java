package org.quoteexplorer.gui;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Finishes the CSS of nodes that asked for it during the layout pass, in the same pulse.
 *
 * <p>Cells created while laying out (the article's paragraphs after a restyle, with their
 * gutters and background shapes; list cells that scroll in) leave their ancestors marked for CSS
 * once the pulse's CSS pass is over. JavaFX then marks the scene's root dirty at the end of the
 * pulse; the next pulse has nothing to do but a root without a changed region, and the software
 * renderer repaints the whole window: after every review key, a second full frame that the next
 * key had to wait for. Run as a post-layout pulse listener, this walks only the marked branches,
 * as the toolkit's own CSS pass does, and lays out what got a new style.
 *
 * <p>The toolkit has no public call for that walk ({@code Node.applyCss()} restyles a node's
 * whole subtree and leaves its ancestors marked), so it is reached by reflection; where that is
 * refused (the toolkit as a named module) the listener does nothing and the window only paints more.
 */
final class CssAfterLayout implements Runnable {

    /** A layout that creates cells may create more; a few rounds settle it, or the next pulse does. */
    private static final int ROUNDS = 3;
    private static final Method PROCESS_CSS;
    private static final Field CSS_FLAG;

    static {
        Method process = null;
        Field flag = null;
        try {
            process = Node.class.getDeclaredMethod("processCSS");
            flag = Node.class.getDeclaredField("cssFlag");
            process.setAccessible(true);
            flag.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            process = null;
            flag = null;
        }
        PROCESS_CSS = process;
        CSS_FLAG = flag;
    }

    private final Scene scene;

    private CssAfterLayout(Scene scene) {
        this.scene = scene;
    }

    /** Installs the listener on {@code scene}; whether it can work in this runtime. */
    static boolean install(Scene scene) {
        if (PROCESS_CSS == null) {
            return false;
        }
        scene.addPostLayoutPulseListener(new CssAfterLayout(scene));
        return true;
    }

    /** Whether some node of the scene still waits for its CSS. */
    static boolean pending(Scene scene) {
        return CSS_FLAG != null && scene.getRoot() != null && !isClean(scene.getRoot());
    }

    @Override
    public void run() {
        Parent root = scene.getRoot();
        try {
            for (int round = 0; round < ROUNDS && root != null && !isClean(root); round++) {
                PROCESS_CSS.invoke(root);
                root.layout();
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the next pulse's CSS pass does the same work, only with a full repaint
        }
    }

    private static boolean isClean(Node node) {
        try {
            return "CLEAN".equals(String.valueOf(CSS_FLAG.get(node)));
        } catch (IllegalAccessException e) {
            return true;
        }
    }
}
