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
            new Binding("Enter", "Accept and go to the next unreviewed quote"),
            new Binding("R / Delete", "Reject: not a quotation (stays visible, struck through)"),
            new Binding("U", "Mark unsure"),
            new Binding("1 \u2013 9", "Assign the speaker with that number in the legend"),
            new Binding("S", "Focus the speaker chooser (type a name, Enter)"),
            new Binding("Ctrl+Shift+N", "New speaker\u2026 (name, kind, title) for the selected quote"),
            new Binding("F2", "Rename the selected quote's speaker"),
            new Binding("N / Ctrl+Enter", "Add a quote from the text selection"),
            new Binding("B", "Set the quote's extent to the text selection"),
            new Binding("Shift+\u2190 / Shift+\u2192", "Shrink / extend the end of the quote"),
            new Binding("Alt+Shift+\u2190 / Alt+Shift+\u2192", "Extend / shrink the start of the quote"),
            new Binding("X", "Split the quote at the caret"),
            new Binding("G", "Merge the quote with the next one"),
            new Binding("M", "Use the text selection as the speaker mention"),
            new Binding("E", "Edit the quote's note"),
            new Binding("Right click", "All quote operations (article and list); speaker operations (legend)"),
            new Binding("Ctrl+F", "Search quotes and article (Enter: next match in the text, Esc: clear)"),
            new Binding("F8", "Engine notes (an unclosed quotation mark\u2026): choose one to see its place"),
            new Binding("Ctrl+Z", "Undo"),
            new Binding("Ctrl+Shift+Z / Ctrl+Y", "Redo"),
            new Binding("Ctrl+O", "Open an article or annotation file"),
            new Binding("Ctrl+S", "Save the annotations next to the article"),
            new Binding("Ctrl+Shift+S", "Save the annotations as\u2026"),
            new Binding("Ctrl+E", "Export annotated JSON"),
            new Binding("Ctrl+Q", "Quit"),
            new Binding("Ctrl+Shift+D", "Dark theme on or off"),
            new Binding("F1", "This sheet"));

    private KeyboardShortcuts() {
    }
}
