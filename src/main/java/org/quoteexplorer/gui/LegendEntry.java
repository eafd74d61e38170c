package org.quoteexplorer.gui;

/** One speaker in the legend: colour, name, how many quotes (rejected ones not counted). */
public record LegendEntry(String speakerId, String name, String title, String speakerClass, int quoteCount, int shortcut) {

    /** The digit key that assigns this speaker, or 0 for none. */
    public String shortcutText() {
        return shortcut > 0 ? Integer.toString(shortcut) : "";
    }
}
