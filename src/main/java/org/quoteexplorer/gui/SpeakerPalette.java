package org.quoteexplorer.gui;

import org.quoteexplorer.gui.edit.Legend;
import org.quoteexplorer.model.Speaker;

/**
 * Gives each speaker one of {@value #SIZE} colour slots (CSS classes {@code speaker-0..11}).
 *
 * <p>The slot follows from the speaker's id ({@link Legend#paletteIndex}), never from a position,
 * so merging, deleting or undoing speakers never repaints anyone else.
 */
public final class SpeakerPalette {

    public static final int SIZE = 12;
    public static final String UNATTRIBUTED_CLASS = "speaker-none";

    /** The colour slot of a speaker id, or -1 for no speaker. */
    public int slotOf(String speakerId) {
        if (speakerId == null) {
            return -1;
        }
        return Legend.paletteIndex(new Speaker(speakerId, speakerId, null, null, null), SIZE);
    }

    /** Classes worked out so far, by speaker id: styling a range asks once per quote, and the slot takes a regex. */
    private final java.util.Map<String, String> classes = new java.util.concurrent.ConcurrentHashMap<>();

    public String styleClassOf(String speakerId) {
        if (speakerId == null) {
            return UNATTRIBUTED_CLASS;
        }
        return classes.computeIfAbsent(speakerId, id -> "speaker-" + slotOf(id));
    }
}
