package org.quoteexplorer.gui;

import java.util.List;

/** Every key binding of the window, for the F1 sheet (and the README). */
public final class KeyboardShortcuts {

    public record Binding(String keys, String action) {
    }

    public static final List<Binding> ALL = List.of(
            new Binding("J / \u2193", "Next quote"),
            new Binding("K / \u2191", "Previous quote"),
            new Binding("Tab", "Next unreviewed quote"),
            new Binding("A", "Accept the suggested speaker"),
            new Binding("R / Delete", "Reject: not a quotation (stays visible, struck through)"),
            new Binding("U", "Mark unsure"),
            new Binding("1 \u2013 9", "Assign the speaker with that number in the legend"),
            new Binding("S", "Focus the speaker chooser (type a name, Enter)"),
            new Binding("Ctrl+Z", "Undo"),
            new Binding("Ctrl+Shift+Z / Ctrl+Y", "Redo"),
            new Binding("Ctrl+O", "Open an article or annotation file"),
            new Binding("Ctrl+S", "Save the annotations next to the article"),
            new Binding("Ctrl+Shift+S", "Save the annotations as\u2026"),
            new Binding("Ctrl+E", "Export annotated JSON"),
            new Binding("Ctrl+Q", "Quit"),
            new Binding("F1", "This sheet"));

    private KeyboardShortcuts() {
    }
}
