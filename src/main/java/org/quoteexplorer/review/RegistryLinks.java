package org.quoteexplorer.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;

/**
 * Ties the speakers of an article to the workspace's speaker registry, so that one person has one
 * id (and one colour) in every article of the folder.
 */
public final class RegistryLinks {

    private RegistryLinks() {
    }

    /**
     * The registry as the engine's (and the radar's) known-speaker list: the same input the bundled
     * speaker list gives outside a workspace, each entry carrying its registry id into the
     * speakers the engine makes of it.
     */
    public static List<Speaker> known(SpeakerRegistry registry) {
        List<RegistryEntry> entries = registry.entries();
        List<Speaker> known = new ArrayList<>(entries.size());
        for (RegistryEntry e : entries) {
            known.add(e.asSpeaker("k" + (known.size() + 1)));
        }
        return List.copyOf(known);
    }

    /**
     * The registry entry a speaker is: the one it is linked to while the registry still has it,
     * else the one its name, then one of its aliases, names.
     */
    public static Optional<RegistryEntry> entryOf(Speaker speaker, SpeakerRegistry registry) {
        if (speaker.registryId() != null) {
            Optional<RegistryEntry> linked = registry.byId(speaker.registryId());
            if (linked.isPresent()) {
                return linked;
            }
        }
        Optional<RegistryEntry> found = registry.find(speaker.name());
        for (int i = 0; found.isEmpty() && i < speaker.aliases().size(); i++) {
            found = registry.find(speaker.aliases().get(i));
        }
        return found;
    }

    /**
     * The article with each speaker linked to its registry entry ({@link #entryOf}); a link to an
     * entry the registry no longer has is dropped. The same document when nothing changes, so a
     * caller can tell whether there is anything to save.
     */
    public static AnnotatedArticle link(AnnotatedArticle document, SpeakerRegistry registry) {
        List<Speaker> speakers = new ArrayList<>(document.speakers().size());
        boolean changed = false;
        for (Speaker s : document.speakers()) {
            String id = entryOf(s, registry).map(RegistryEntry::id).orElse(null);
            Speaker linked = java.util.Objects.equals(id, s.registryId()) ? s : s.withRegistryId(id);
            changed |= linked != s;
            speakers.add(linked);
        }
        // Only links change: the radar's assessments still hold.
        return changed ? new AnnotatedArticle(document.article(), speakers, document.quotes(), document.assessments())
                : document;
    }
}
