package org.quoteexplorer.review;

import java.util.List;
import java.util.Locale;
import org.quoteexplorer.model.RegistryEntry;

/**
 * The colour of a registry speaker: the entry's own, so it is the same in every article. The
 * window draws speakers in {@link #PALETTE}'s colours; an entry whose colour is one of them gets
 * that one, any other entry a slot that follows from its id (never from its place in an article).
 */
public final class RegistryColours {

    /** The window's speaker colours in slot order (the {@code -qe-speaker-N} of its style sheet). */
    public static final List<String> PALETTE = List.of("#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1",
            "#2a9d8f", "#d4a017", "#e377c2", "#9c755f", "#7f7f7f", "#17becf", "#8c9a1f");

    private RegistryColours() {
    }

    /** The palette slot of an entry: its colour's, else one from its id. */
    public static int slotOf(RegistryEntry entry) {
        if (entry.colour() != null) {
            int slot = PALETTE.indexOf(entry.colour().toLowerCase(Locale.ROOT));
            if (slot >= 0) {
                return slot;
            }
        }
        return slotOfId(entry.id());
    }

    /** The slot of a registry id whose entry has no palette colour. */
    public static int slotOfId(String registryId) {
        return Math.floorMod(registryId.hashCode(), PALETTE.size());
    }

    /** The colour a new entry is given: written into the registry, so that every window and analyst shows it. */
    public static String colourFor(String registryId) {
        return PALETTE.get(slotOfId(registryId));
    }
}
