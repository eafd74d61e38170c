package org.quoteexplorer.review;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;

/**
 * The confirmed speakers of a workspace, shared by every article in it and by every analyst
 * working on the folder.
 *
 * <p>A registry remembers the entries it was read with (its base). Saving merges three ways:
 * what this analyst changed since reading, what the file holds now (another analyst may have
 * saved meanwhile), and the base. A change made on one side only is kept; when both changed one
 * entry differently, the later {@link RegistryEntry#updated()} wins and the other is reported as a
 * {@link Conflict}. Without the base, a speaker another analyst added could not be told from one
 * this analyst deleted.
 */
public final class SpeakerRegistry {

    /** Two analysts changed one entry differently; {@code kept} is in the merged registry. */
    public record Conflict(String id, RegistryEntry kept, RegistryEntry dropped) {

        public String describe() {
            String keptText = kept == null ? "deleted" : "\"" + kept.name() + "\"";
            String droppedText = dropped == null ? "deleting it" : "\"" + dropped.name() + "\"";
            return "speaker " + id + ": two analysts changed it; kept " + keptText + " (the later change), not "
                    + droppedText;
        }
    }

    /**
     * The outcome of merging with the file's current content.
     *
     * @param movedIds entries this analyst added whose id another analyst had meanwhile given to a
     *                 different speaker: old id → the new id they were given, for the articles
     *                 that refer to them
     */
    public record Merge(SpeakerRegistry registry, List<Conflict> conflicts, Map<String, String> movedIds) {

        public Merge {
            conflicts = List.copyOf(conflicts);
            movedIds = Map.copyOf(movedIds);
        }
    }

    private final Map<String, RegistryEntry> entries;
    private final Map<String, RegistryEntry> base;

    private SpeakerRegistry(Map<String, RegistryEntry> entries, Map<String, RegistryEntry> base) {
        this.entries = entries;
        this.base = base;
    }

    /** A registry as read from a file: the entries are also the base of the next merge. */
    public static SpeakerRegistry of(Collection<RegistryEntry> entries) {
        Map<String, RegistryEntry> byId = byId(entries);
        return new SpeakerRegistry(byId, byId);
    }

    public static SpeakerRegistry empty() {
        return of(List.of());
    }

    /**
     * A new workspace's registry seeded from a speaker list (the bundled {@code speakers.json}),
     * not yet saved: its base is empty, so every seeded entry counts as an addition.
     */
    public static SpeakerRegistry seeded(List<Speaker> known, Instant now) {
        SpeakerRegistry registry = empty();
        for (Speaker s : known) {
            registry = registry.confirm(s, now);
        }
        return registry;
    }

    private static Map<String, RegistryEntry> byId(Collection<RegistryEntry> entries) {
        Map<String, RegistryEntry> byId = new LinkedHashMap<>();
        for (RegistryEntry e : entries) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("speaker id " + e.id() + " is used twice");
            }
        }
        return Collections.unmodifiableMap(byId);
    }

    public List<RegistryEntry> entries() {
        return List.copyOf(entries.values());
    }

    public int size() {
        return entries.size();
    }

    public Optional<RegistryEntry> byId(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The entry whose name or one of whose aliases is this name, ignoring case, spacing and accents. */
    public Optional<RegistryEntry> find(String name) {
        String key = key(name);
        for (RegistryEntry e : entries.values()) {
            if (key(e.name()).equals(key)) {
                return Optional.of(e);
            }
        }
        for (RegistryEntry e : entries.values()) {
            if (e.aliases().stream().anyMatch(a -> key(a).equals(key))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Records an article's speaker as confirmed: an entry found by its name (or an alias) gains
     * the speaker's new aliases; otherwise a new entry is made with an id from the name.
     */
    public SpeakerRegistry confirm(Speaker speaker, Instant now) {
        Optional<RegistryEntry> known = find(speaker.name());
        if (known.isPresent()) {
            RegistryEntry e = known.get();
            Set<String> aliases = new LinkedHashSet<>(e.aliases());
            for (String alias : speaker.aliases()) {
                if (!key(alias).equals(key(e.name())) && aliases.stream().noneMatch(a -> key(a).equals(key(alias)))) {
                    aliases.add(alias);
                }
            }
            return aliases.size() == e.aliases().size() ? this : put(e.withAliases(List.copyOf(aliases), now));
        }
        RegistryEntry added = new RegistryEntry(freshId(speaker.name(), entries.keySet()), speaker.name(),
                speaker.aliases(), speaker.kind(), speaker.title(), null, null, now);
        return put(added);
    }

    /** Adds or replaces the entry with this id. */
    public SpeakerRegistry put(RegistryEntry entry) {
        Map<String, RegistryEntry> changed = new LinkedHashMap<>(entries);
        changed.put(entry.id(), entry);
        return new SpeakerRegistry(Collections.unmodifiableMap(changed), base);
    }

    public SpeakerRegistry rename(String id, String newName, Instant now) {
        RegistryEntry e = entries.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no speaker " + id + " in the registry");
        }
        return put(e.withName(newName, now));
    }

    public SpeakerRegistry remove(String id) {
        Map<String, RegistryEntry> changed = new LinkedHashMap<>(entries);
        changed.remove(id);
        return new SpeakerRegistry(Collections.unmodifiableMap(changed), base);
    }

    /** True when there is something to save: an entry added, changed or removed since reading. */
    public boolean isChanged() {
        return !entries.equals(base);
    }

    /**
     * Merges this analyst's registry with what the file holds now. The result's base is the
     * merged content, which the caller is about to write.
     */
    public Merge mergeWith(Collection<RegistryEntry> onDisk) {
        Map<String, RegistryEntry> disk = byId(onDisk);
        Map<String, RegistryEntry> merged = new LinkedHashMap<>(disk);
        List<Conflict> conflicts = new ArrayList<>();
        Map<String, String> moved = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>(disk.keySet());
        ids.addAll(entries.keySet());
        ids.addAll(base.keySet());
        for (String id : ids) {
            RegistryEntry b = base.get(id);
            RegistryEntry d = disk.get(id);
            RegistryEntry m = entries.get(id);
            if (Objects.equals(m, b) || Objects.equals(d, m)) {
                continue;
            }
            if (Objects.equals(d, b)) {
                putOrRemove(merged, id, m);
            } else if (b == null && d != null && m != null && !key(d.name()).equals(key(m.name()))) {
                // Both added a speaker under one id, yet they are different people: keep both.
                String fresh = freshId(m.name(), union(merged.keySet(), entries.keySet()));
                merged.put(fresh, new RegistryEntry(fresh, m.name(), m.aliases(), m.kind(), m.title(), m.colour(),
                        m.externalId(), m.updated()));
                moved.put(id, fresh);
            } else if (d == null || m == null) {
                // An edit beats a deletion: the edit is work someone still wants.
                RegistryEntry edited = d == null ? m : d;
                merged.put(id, edited);
                conflicts.add(new Conflict(id, edited, null));
            } else {
                boolean mineIsLater = m.updated().isAfter(d.updated());
                RegistryEntry kept = mineIsLater ? m : d;
                merged.put(id, kept);
                if (b != null || !key(d.name()).equals(key(m.name()))) {
                    conflicts.add(new Conflict(id, kept, mineIsLater ? d : m));
                }
            }
        }
        Map<String, RegistryEntry> result = Collections.unmodifiableMap(merged);
        return new Merge(new SpeakerRegistry(result, result), conflicts, moved);
    }

    private static void putOrRemove(Map<String, RegistryEntry> map, String id, RegistryEntry entry) {
        if (entry == null) {
            map.remove(id);
        } else {
            map.put(id, entry);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** "José Álvarez" → "jose-alvarez", then "-2", "-3"… if taken. */
    static String freshId(String name, Set<String> taken) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            slug = "speaker";
        }
        String id = slug;
        for (int n = 2; taken.contains(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
