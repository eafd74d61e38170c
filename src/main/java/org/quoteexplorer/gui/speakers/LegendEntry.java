package org.quoteexplorer.gui.speakers;

/**
 * One speaker in the legend: colour, name, how many quotes (rejected ones not counted).
 *
 * @param titleFromList whether the title comes from the speaker list, the article giving none
 */
public record LegendEntry(String speakerId, String name, String title, String speakerClass, int quoteCount, int shortcut,
                          boolean titleFromList) {

    /** What a title the article did not give is marked with. */
    public static final String FROM_LIST = "from your speaker list";
    /** Why: shown as the mark's tooltip. */
    public static final String FROM_LIST_WHY = "The article gives no title for this speaker; this one comes from your speaker list.";

    public LegendEntry(String speakerId, String name, String title, String speakerClass, int quoteCount, int shortcut) {
        this(speakerId, name, title, speakerClass, quoteCount, shortcut, false);
    }

    /** The digit key that assigns this speaker, or 0 for none. */
    public String shortcutText() {
        return shortcut > 0 ? Integer.toString(shortcut) : "";
    }
}
