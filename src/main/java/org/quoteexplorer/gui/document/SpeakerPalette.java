package org.quoteexplorer.gui.document;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.RegistryColours;
import org.quoteexplorer.review.SpeakerRegistry;
import org.quoteexplorer.review.edit.Legend;

/**
 * Gives each speaker one of {@value #SIZE} colour slots (CSS classes {@code speaker-0..11}).
 *
 * <p>The slot follows from the speaker's id ({@link Legend#paletteIndex}), never from a position,
 * so merging, deleting or undoing speakers never repaints anyone else. In a workspace, a speaker
 * linked to the speaker registry takes its entry's colour ({@link RegistryColours}), so one person
 * has one colour in every article.
 */
public final class SpeakerPalette {

    public static final int SIZE = 12;
    public static final String UNATTRIBUTED_CLASS = "speaker-none";

    /** Slots of the open article's registry speakers, by article speaker id; replaced whole. */
    private volatile Map<String, Integer> registrySlots = Map.of();
    /** The workspace's registry as it is now, or {@code null} outside a workspace. */
    private volatile Supplier<SpeakerRegistry> registry;

    /**
     * Colours linked speakers as the registry says from now on ({@code null}: outside a
     * workspace, colours follow the ids); {@link #follow} the open document again afterwards.
     */
    public void useRegistry(Supplier<SpeakerRegistry> newRegistry) {
        registry = newRegistry;
    }

    /**
     * Works out the colours of the document's linked speakers: the session calls it for every
     * document it shows, before showing it, so the legend and the text never show another colour first.
     */
    public void follow(AnnotatedArticle document) {
        Supplier<SpeakerRegistry> source = registry;
        SpeakerRegistry current = source == null ? null : source.get();
        Map<String, Integer> slots = new HashMap<>();
        if (document != null && current != null) {
            for (Speaker s : document.speakers()) {
                if (s.registryId() != null) {
                    current.byId(s.registryId()).map(RegistryColours::slotOf).ifPresent(slot -> slots.put(s.id(), slot));
                }
            }
        }
        if (!slots.equals(registrySlots)) {
            registrySlots = Map.copyOf(slots);
            classes.clear();
        }
    }

    /** The colour slot of a registry entry, as every article shows it. */
    public static int slotOf(RegistryEntry entry) {
        return RegistryColours.slotOf(entry);
    }

    /** The colour slot of a speaker id, or -1 for no speaker. */
    public int slotOf(String speakerId) {
        if (speakerId == null) {
            return -1;
        }
        Integer linked = registrySlots.get(speakerId);
        if (linked != null) {
            return linked;
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
