package org.quoteexplorer.gui.probe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Names the changes that ask for CSS during a pulse ({@code -Dprobe.dirty=true}), with where they
 * came from. One made in the layout pass or after it leaves the scene's root marked for CSS at the
 * end of the pulse, and JavaFX then puts the root in the next pulse's list of changed nodes: a
 * pulse with only that root to paint repaints the whole window in the software pipeline (the
 * window's {@code CssAfterLayout} now finishes such CSS in the pulse itself).
 *
 * <p>It listens to what makes a node ask for CSS: a child added (the new node has never had
 * CSS), a style class or a pseudo-class changed. Its stack, cut to the frames that tell who did
 * it, is kept until the post-layout listener prints it.
 */
final class LateCssTracer {

    /** Frames of these packages say who made the change; the toolkit's own plumbing says nothing. */
    private static final List<String> TELLING = List.of("org.quoteexplorer.", "org.fxmisc.", "javafx.scene.control.skin.",
            "javafx.scene.control.ListView", "javafx.scene.control.ListCell", "javafx.scene.control.IndexedCell",
            "javafx.scene.control.Cell");
    private static final int FRAMES = 14;

    private final Set<Node> watched = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Object> views = new ArrayList<>();
    /** Late changes of the current pulse, by stack, with how often each came. */
    private final Map<String, Integer> late = new LinkedHashMap<>();

    private final ListChangeListener<Node> children = change -> {
        while (change.next()) {
            for (Node added : change.getAddedSubList()) {
                watch(added);
                record("child added: " + describe(added) + " to " + describe(added.getParent()));
            }
        }
    };

    void watchScene(Scene scene) {
        watch(scene.getRoot());
    }

    private void watch(Node node) {
        if (!watched.add(node)) {
            return;
        }
        node.getStyleClass().addListener((ListChangeListener<String>) change -> record("style class of " + describe(node)));
        javafx.collections.ObservableSet<PseudoClass> states = node.getPseudoClassStates();
        // a fresh view that listens weakly to the node's set: kept here, or it stops telling
        views.add(states);
        states.addListener((SetChangeListener<PseudoClass>) change ->
                record("pseudo-class " + (change.wasAdded() ? "+" + change.getElementAdded() : "-" + change.getElementRemoved())
                        + " on " + describe(node)));
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().addListener(children);
            for (Node child : parent.getChildrenUnmodifiable()) {
                watch(child);
            }
        }
    }

    private void record(String what) {
        StackTraceElement[] stack = Thread.currentThread().getStackTrace();
        String phase = null;
        boolean inPulse = false;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals(Scene.class.getName())) {
                if (frame.getMethodName().equals("doLayoutPass")) {
                    phase = "layout pass";
                } else if (frame.getMethodName().equals("doCSSPass")) {
                    phase = "css pass";
                }
            }
            inPulse |= frame.getClassName().startsWith(Scene.class.getName() + "$ScenePulseListener");
        }
        if (phase == null && !inPulse) {
            // between pulses: the next CSS pass takes care of it
            return;
        }
        if (phase == null) {
            phase = "after layout";
        }
        StringBuilder where = new StringBuilder(phase).append(": ").append(what);
        int kept = 0;
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            if (kept < FRAMES && TELLING.stream().anyMatch(name::startsWith) && !name.startsWith(LateCssTracer.class.getName())) {
                where.append("\n      at ").append(name.substring(name.lastIndexOf('.') + 1)).append('.')
                        .append(frame.getMethodName()).append(':').append(frame.getLineNumber());
                kept++;
            }
        }
        late.merge(where.toString(), 1, Integer::sum);
    }

    /** Prints this pulse's late changes, most frequent first, and forgets them. */
    void printAndClear() {
        if (late.isEmpty()) {
            return;
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(late.entrySet());
        entries.sort((a, b) -> b.getValue() - a.getValue());
        int total = entries.stream().mapToInt(Map.Entry::getValue).sum();
        System.err.println("  asked for css during the pulse (" + total + " changes):");
        entries.stream().limit(6).forEach(e -> System.err.println("    " + e.getValue() + "x " + e.getKey()));
        late.clear();
    }

    void clear() {
        late.clear();
    }

    private static String describe(Node node) {
        return node == null ? "-" : node.getClass().getSimpleName() + node.getStyleClass();
    }
}
