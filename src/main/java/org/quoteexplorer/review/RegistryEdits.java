package org.quoteexplorer.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/**
 * Builds the {@link RegistryChange} of confirming, renaming or merging registry speakers from the
 * registry and the reviews as they are now. Nothing is applied or saved here. A request that would
 * change nothing fails with an {@link IllegalArgumentException} whose message suits the status
 * bar, so undo never walks empty steps.
 *
 * <p>As with an article's own speaker edits, fixing who a speaker is does not review the quotes:
 * their status stays, and every quote whose speaker reads differently gets a history entry.
 */
public final class RegistryEdits {

    private RegistryEdits() {
    }

    /**
     * Confirms an article's speaker as a registry speaker: linked to the entry it already matches
     * (which learns the names this article uses), or to a new entry with a colour of its own.
     */
    public static RegistryChange confirm(SpeakerRegistry registry, String path, AnnotatedArticle review,
            String speakerId, Instant now) {
        Speaker speaker = review.speaker(speakerId)
                .orElseThrow(() -> new IllegalArgumentException("no speaker " + speakerId + " in " + path));
        Optional<RegistryEntry> known = RegistryLinks.entryOf(speaker, registry);
        RegistryEntry before = known.orElse(null);
        RegistryEntry after;
        if (before == null) {
            String id = SpeakerRegistry.freshId(speaker.name(), ids(registry));
            after = new RegistryEntry(id, speaker.name(), speaker.aliases(), speaker.kind(), speaker.title(),
                    RegistryColours.colourFor(id), null, now);
        } else {
            List<String> aliases = withAliases(before.aliases(), before.name(), concat(speaker.name(), speaker.aliases()));
            after = aliases.equals(before.aliases()) ? before : before.withAliases(aliases, now);
        }
        Speaker linked = speaker.withRegistryId(after.id());
        if (after.equals(before) && linked.equals(speaker)) {
            throw new IllegalArgumentException(speaker.name() + " is already in the registry as " + after.name());
        }
        List<RegistryChange.EntryChange> entries = after.equals(before) ? List.of()
                : List.of(new RegistryChange.EntryChange(after.id(), before, after));
        List<RegistryChange.ArticleChange> articles = linked.equals(speaker) ? List.of()
                : List.of(new RegistryChange.ArticleChange(path, review, replaceSpeakers(review, List.of(linked), review.quotes())));
        return new RegistryChange("Confirm " + speaker.name() + " in the registry", entries, articles);
    }

    /**
     * Renames a registry speaker in the registry and in every article that has it; the old name
     * stays an alias, so articles that still use it keep linking.
     *
     * @param reviews every saved review of the workspace (and the one open in the window), by path
     */
    public static RegistryChange rename(SpeakerRegistry registry, String entryId, String newName,
            Map<String, AnnotatedArticle> reviews, Instant now) {
        RegistryEntry entry = entry(registry, entryId);
        String clean = requireName(newName);
        if (clean.equals(entry.name())) {
            throw new IllegalArgumentException(entry.name() + " is already called that");
        }
        registry.find(clean).filter(other -> !other.id().equals(entryId)).ifPresent(other -> {
            throw new IllegalArgumentException(clean + " already names " + other.name() + " (" + other.id()
                    + ") in the registry; merge the two instead");
        });
        RegistryEntry renamed = entry.withName(clean, now)
                .withAliases(withAliases(withoutName(entry.aliases(), clean), clean, List.of(entry.name())), now);
        List<RegistryChange.ArticleChange> articles = new ArrayList<>();
        for (Map.Entry<String, AnnotatedArticle> e : reviews.entrySet()) {
            AnnotatedArticle review = e.getValue();
            List<Speaker> changed = new ArrayList<>();
            List<Quote> quotes = new ArrayList<>(review.quotes());
            for (Speaker s : review.speakers()) {
                if (!isOf(s, entryId, registry) || clashes(review, s, clean)) {
                    continue;
                }
                changed.add(new Speaker(s.id(), clean, s.kind(), s.title(),
                        withAliases(withoutName(s.aliases(), clean), clean, List.of(s.name())), s.titleSource(), entryId));
                record(quotes, s.id(), null, "rename-speaker", s.name(), clean, now);
            }
            if (!changed.isEmpty()) {
                articles.add(new RegistryChange.ArticleChange(e.getKey(), review, replaceSpeakers(review, changed, quotes)));
            }
        }
        return new RegistryChange("Rename " + entry.name() + " to " + clean + " in the registry",
                List.of(new RegistryChange.EntryChange(entryId, entry, renamed)), articles);
    }

    /**
     * Makes two registry speakers one: {@code absorbedId} leaves the registry, its names become
     * aliases of {@code keptId}; in every article, its speaker becomes (or merges into) the kept one.
     */
    public static RegistryChange merge(SpeakerRegistry registry, String keptId, String absorbedId,
            Map<String, AnnotatedArticle> reviews, Instant now) {
        if (keptId.equals(absorbedId)) {
            throw new IllegalArgumentException("cannot merge a speaker with itself");
        }
        RegistryEntry kept = entry(registry, keptId);
        RegistryEntry absorbed = entry(registry, absorbedId);
        RegistryEntry combined = new RegistryEntry(kept.id(), kept.name(),
                withAliases(kept.aliases(), kept.name(), concat(absorbed.name(), absorbed.aliases())),
                kept.kind() == SpeakerKind.UNKNOWN ? absorbed.kind() : kept.kind(),
                kept.title() != null ? kept.title() : absorbed.title(), kept.colour(),
                kept.externalId() != null ? kept.externalId() : absorbed.externalId(), now);
        List<RegistryChange.ArticleChange> articles = new ArrayList<>();
        for (Map.Entry<String, AnnotatedArticle> e : reviews.entrySet()) {
            AnnotatedArticle review = e.getValue();
            List<Speaker> gone = review.speakers().stream().filter(s -> isOf(s, absorbedId, registry)).toList();
            if (gone.isEmpty()) {
                continue;
            }
            Speaker target = review.speakers().stream().filter(s -> isOf(s, keptId, registry)).findFirst()
                    .orElse(null);
            List<Quote> quotes = new ArrayList<>(review.quotes());
            List<Speaker> speakers = new ArrayList<>(review.speakers());
            List<Speaker> rest = new ArrayList<>(gone);
            if (target == null) {
                // The article knows only the absorbed name: its speaker becomes the kept one.
                Speaker first = rest.remove(0);
                target = new Speaker(first.id(), kept.name(), first.kind(), first.title(),
                        withAliases(first.aliases(), kept.name(), List.of(first.name())), first.titleSource(), keptId);
                record(quotes, first.id(), null, "merge-speaker", first.name(), kept.name(), now);
            }
            for (Speaker s : rest) {
                target = target.withAliases(withAliases(target.aliases(), target.name(), concat(s.name(), s.aliases())));
                record(quotes, s.id(), target.id(), "merge-speaker", s.name(), target.name(), now);
                String id = s.id();
                speakers.removeIf(x -> x.id().equals(id));
            }
            Speaker t = target.withRegistryId(keptId);
            speakers.replaceAll(x -> x.id().equals(t.id()) ? t : x);
            articles.add(new RegistryChange.ArticleChange(e.getKey(), review,
                    new AnnotatedArticle(review.article(), speakers, quotes, review.assessments())));
        }
        return new RegistryChange("Merge " + absorbed.name() + " into " + kept.name() + " in the registry",
                List.of(new RegistryChange.EntryChange(absorbedId, absorbed, null),
                        new RegistryChange.EntryChange(keptId, kept, combined)), articles);
    }

    private static RegistryEntry entry(SpeakerRegistry registry, String id) {
        return registry.byId(id).orElseThrow(() -> new IllegalArgumentException("no speaker " + id + " in the registry"));
    }

    private static boolean isOf(Speaker s, String entryId, SpeakerRegistry registry) {
        return RegistryLinks.entryOf(s, registry).map(RegistryEntry::id).filter(entryId::equals).isPresent();
    }

    /** Another speaker of the article already has the new name: renaming would make two of one. */
    private static boolean clashes(AnnotatedArticle review, Speaker renamed, String name) {
        String key = SpeakerRegistry.key(name);
        return review.speakers().stream().anyMatch(o -> !o.id().equals(renamed.id())
                && (SpeakerRegistry.key(o.name()).equals(key) || o.aliases().stream().anyMatch(a -> SpeakerRegistry.key(a).equals(key))));
    }

    /** Gives the quotes of {@code speakerId} a history entry, and moves them to {@code toSpeakerId} unless null. */
    private static void record(List<Quote> quotes, String speakerId, String toSpeakerId, String action, String from,
            String to, Instant now) {
        quotes.replaceAll(q -> {
            if (!speakerId.equals(q.speakerId())) {
                return q;
            }
            Quote moved = toSpeakerId == null ? q : q.withSpeaker(toSpeakerId);
            return moved.withHistoryEntry(new HistoryEntry(now, action, from, to));
        });
    }

    private static AnnotatedArticle replaceSpeakers(AnnotatedArticle review, List<Speaker> changed, List<Quote> quotes) {
        Map<String, Speaker> byId = new LinkedHashMap<>();
        changed.forEach(s -> byId.put(s.id(), s));
        List<Speaker> speakers = review.speakers().stream().map(s -> byId.getOrDefault(s.id(), s)).toList();
        // Links and names change, not who said what: the radar's assessments still hold.
        return new AnnotatedArticle(review.article(), speakers, quotes, review.assessments());
    }

    /** {@code aliases} plus those of {@code more} that are neither {@code name} nor already there. */
    private static List<String> withAliases(List<String> aliases, String name, List<String> more) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String a : aliases) {
            byKey.putIfAbsent(SpeakerRegistry.key(a), a);
        }
        for (String a : more) {
            byKey.putIfAbsent(SpeakerRegistry.key(a), a);
        }
        byKey.remove(SpeakerRegistry.key(name));
        return List.copyOf(byKey.values());
    }

    private static List<String> withoutName(List<String> aliases, String name) {
        String key = SpeakerRegistry.key(name);
        return aliases.stream().filter(a -> !SpeakerRegistry.key(a).equals(key)).toList();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static java.util.Set<String> ids(SpeakerRegistry registry) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        registry.entries().forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static String requireName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a speaker needs a name");
        }
        return clean;
    }
}
