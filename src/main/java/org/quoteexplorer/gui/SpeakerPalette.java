package org.quoteexplorer.gui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quoteexplorer.model.Speaker;

/**
 * Gives each speaker one of {@value #SIZE} colour slots (CSS classes {@code speaker-0..11}).
 *
 * <p>Slots are handed out in order of first appearance and never move while a document is
 * open: merging, deleting or undoing speakers must not repaint everyone else.
 */
public final class SpeakerPalette {

    public static final int SIZE = 12;
    public static final String UNATTRIBUTED_CLASS = "speaker-none";

    private final Map<String, Integer> slots = new HashMap<>();
    private int next;

    public void reset(List<Speaker> speakers) {
        slots.clear();
        next = 0;
        speakers.forEach(s -> slotOf(s.id()));
    }

    /** The colour slot of a speaker id, or -1 for no speaker. */
    public int slotOf(String speakerId) {
        if (speakerId == null) {
            return -1;
        }
        return slots.computeIfAbsent(speakerId, id -> next++ % SIZE);
    }

    public String styleClassOf(String speakerId) {
        int slot = slotOf(speakerId);
        return slot < 0 ? UNATTRIBUTED_CLASS : "speaker-" + slot;
    }
}
