package org.quoteexplorer.review.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.model.TitleSource;

/**
 * Edits of the speaker list. Each is one change however many quotes follow, so one undo restores
 * the list and every quote together.
 *
 * <p>Fixing who a speaker <em>is</em> (rename, merge, split an alias) does not review the quotes,
 * so their status stays; every quote whose speaker reads differently gets a history entry.
 */
final class SpeakerEdits {

    private final Journal journal;
    private final QuoteEdits quoteEdits;

    SpeakerEdits(Journal journal, QuoteEdits quoteEdits) {
        this.journal = journal;
        this.quoteEdits = quoteEdits;
    }

    Change addSpeaker(AnnotatedArticle document, String name, SpeakerKind kind, String title) {
        String cleanName = Names.requireName(name);
        SpeakerNames.find(document, cleanName).ifPresent(existing -> {
            throw new IllegalArgumentException(cleanName + " is already speaker " + existing.id() + " ("
                    + existing.name() + ")");
        });
        Speaker added = new Speaker(Ids.nextSpeakerId(document), cleanName, kind, Names.blankToNull(title), List.of(),
                TitleSource.ANALYST);
        List<Speaker> speakers = new ArrayList<>(document.speakers());
        speakers.add(added);
        return new Change("Add speaker " + cleanName, List.of(), List.of(), document.speakers(), speakers);
    }

    /**
     * Runs {@code edit} for the speaker a person typed: an existing one whose name or alias it is
     * (ignoring case; kind and title are then ignored), else a new speaker created in the same
     * undo step, so undo never leaves a speaker behind that nobody asked for.
     */
    Change forNamedSpeaker(AnnotatedArticle document, String name, SpeakerKind kind, String title,
                           BiFunction<AnnotatedArticle, String, Change> edit, String newSpeakerDescription) {
        Optional<Speaker> existing = SpeakerNames.find(document, Names.requireName(name));
        if (existing.isPresent()) {
            return edit.apply(document, existing.get().id());
        }
        Change add = addSpeaker(document, name, kind, title);
        List<Speaker> speakers = add.speakersAfter();
        AnnotatedArticle withSpeaker = add.applyTo(document);
        return add.andThen(edit.apply(withSpeaker, speakers.get(speakers.size() - 1).id()), newSpeakerDescription);
    }

    /** Renaming to a case variant or an own alias is allowed; to another speaker's name or alias is a merge, so it is refused. */
    Change rename(AnnotatedArticle document, String speakerId, String newName) {
        Speaker speaker = Lookup.speaker(document, speakerId);
        String cleanName = Names.requireName(newName);
        if (cleanName.equals(speaker.name())) {
            throw new IllegalArgumentException(speaker.name() + " is already called that");
        }
        String key = SpeakerNames.normalize(cleanName);
        document.speakers().stream()
                .filter(s -> !s.id().equals(speakerId))
                .filter(s -> SpeakerNames.normalize(s.name()).equals(key)
                        || s.aliases().stream().anyMatch(a -> SpeakerNames.normalize(a).equals(key)))
                .findFirst().ifPresent(other -> {
                    throw new IllegalArgumentException(cleanName + " already names " + other.name()
                            + " (" + other.id() + "); merge the two instead");
                });
        List<Quote> before = document.quotesOf(speakerId);
        List<Quote> after = before.stream()
                .map(q -> journal.record(q, "rename-speaker", speaker.name(), cleanName)).toList();
        // Promoting an alias to the name leaves no reason to keep it as an alias too.
        Speaker renamed = speaker.withName(cleanName).withAliases(speaker.aliases().stream()
                .filter(a -> !SpeakerNames.normalize(a).equals(key)).toList());
        return new Change("Rename " + speaker.name() + " to " + cleanName, before, after,
                document.speakers(), replace(document.speakers(), renamed));
    }

    /** Title and kind describe the speaker, not the attribution, so quotes are untouched. Blank title clears it. */
    Change editDetails(AnnotatedArticle document, String speakerId, SpeakerKind kind, String title) {
        Speaker speaker = Lookup.speaker(document, speakerId);
        String newTitle = Names.blankToNull(title);
        Speaker edited = speaker.withKind(kind);
        if (!java.util.Objects.equals(newTitle, speaker.title())) {
            edited = edited.withTitle(newTitle, TitleSource.ANALYST);
        }
        if (edited.equals(speaker)) {
            throw new IllegalArgumentException(speaker.name() + " already has that title and kind");
        }
        return new Change("Edit " + speaker.name(), List.of(), List.of(),
                document.speakers(), replace(document.speakers(), edited));
    }

    /**
     * Makes two speakers one: {@code absorbedId}'s quotes move to {@code keptId}, its name and
     * aliases become aliases, and it leaves the list. The kept speaker's title and kind win unless
     * it has none.
     */
    Change merge(AnnotatedArticle document, String keptId, String absorbedId) {
        Speaker kept = Lookup.speaker(document, keptId);
        Speaker absorbed = Lookup.speaker(document, absorbedId);
        if (kept.id().equals(absorbed.id())) {
            throw new IllegalArgumentException("cannot merge " + kept.name() + " with itself");
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String alias : concat(kept.aliases(), List.of(absorbed.name()), absorbed.aliases())) {
            String key = SpeakerNames.normalize(alias);
            if (!key.equals(SpeakerNames.normalize(kept.name()))) {
                aliases.putIfAbsent(key, alias);
            }
        }
        Speaker combined = new Speaker(kept.id(), kept.name(),
                kept.kind() == SpeakerKind.UNKNOWN ? absorbed.kind() : kept.kind(),
                kept.title() != null ? kept.title() : absorbed.title(),
                List.copyOf(aliases.values()),
                kept.title() != null ? kept.titleSource() : absorbed.titleSource());
        List<Speaker> speakers = new ArrayList<>(replace(document.speakers(), combined));
        speakers.removeIf(s -> s.id().equals(absorbed.id()));
        List<Quote> before = document.quotesOf(absorbed.id());
        List<Quote> after = before.stream()
                .map(q -> journal.record(q.withSpeaker(kept.id()), "merge-speaker", absorbed.name(), kept.name()))
                .toList();
        return new Change("Merge " + absorbed.name() + " into " + kept.name(), before, after,
                document.speakers(), speakers);
    }

    /**
     * Turns an alias that really names someone else into a speaker of its own. The quotes whose
     * mention reads exactly as the alias follow it; the others stay.
     */
    Change splitAlias(AnnotatedArticle document, String speakerId, String alias) {
        Speaker speaker = Lookup.speaker(document, speakerId);
        String key = SpeakerNames.normalize(alias);
        String found = speaker.aliases().stream().filter(a -> SpeakerNames.normalize(a).equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(speaker.name() + " has no alias " + alias));
        document.speakers().stream()
                .filter(s -> SpeakerNames.normalize(s.name()).equals(key))
                .findFirst().ifPresent(other -> {
                    throw new IllegalArgumentException("there is already a speaker named " + other.name()
                            + " (" + other.id() + "); reassign the quotes to it instead");
                });
        Speaker split = new Speaker(Ids.nextSpeakerId(document), found, speaker.kind(), null, List.of());
        List<Speaker> speakers = new ArrayList<>(replace(document.speakers(), speaker.withAliases(
                speaker.aliases().stream().filter(a -> !a.equals(found)).toList())));
        speakers.add(split);
        String text = document.text();
        List<Quote> before = document.quotesOf(speakerId).stream()
                .filter(q -> q.mention() != null && SpeakerNames.normalize(q.mention().of(text)).equals(key))
                .toList();
        List<Quote> after = before.stream()
                .map(q -> journal.record(q.withSpeaker(split.id()), "split-alias", speaker.name(), found))
                .toList();
        return new Change("Split " + found + " off " + speaker.name(), before, after, document.speakers(), speakers);
    }

    /**
     * Moves every quote of one speaker to another, as corrections, in one step. Rejected quotes
     * follow but stay rejected: the bulk move is about who, not whether it is a quote.
     */
    Change reassignAll(AnnotatedArticle document, String fromId, String toId) {
        Speaker from = Lookup.speaker(document, fromId);
        Speaker to = Lookup.speaker(document, toId);
        if (from.id().equals(to.id())) {
            throw new IllegalArgumentException("the quotes of " + from.name() + " are already theirs");
        }
        List<Quote> before = document.quotesOf(fromId);
        if (before.isEmpty()) {
            throw new IllegalArgumentException(from.name() + " has no quotes to reassign");
        }
        List<Quote> after = before.stream()
                .map(q -> quoteEdits.reattributed(document, q, to,
                        q.status() == QuoteStatus.REJECTED ? QuoteStatus.REJECTED : QuoteStatus.CORRECTED))
                .toList();
        String count = before.size() == 1 ? "the quote" : "all " + before.size() + " quotes";
        return Change.ofQuotes("Reassign " + count + " of " + from.name() + " to " + to.name(), before, after);
    }

    /** Only a speaker nobody is quoted as may go: deleting must never leave a quote pointing nowhere. */
    Change delete(AnnotatedArticle document, String speakerId) {
        Speaker speaker = Lookup.speaker(document, speakerId);
        int quotes = document.quotesOf(speakerId).size();
        if (quotes > 0) {
            throw new IllegalArgumentException(speaker.name() + " still has " + quotes
                    + (quotes == 1 ? " quote" : " quotes") + "; reassign them first");
        }
        List<Speaker> speakers = new ArrayList<>(document.speakers());
        speakers.removeIf(s -> s.id().equals(speakerId));
        return new Change("Delete speaker " + speaker.name(), List.of(), List.of(), document.speakers(), speakers);
    }

    private static List<Speaker> replace(List<Speaker> speakers, Speaker replacement) {
        return speakers.stream().map(s -> s.id().equals(replacement.id()) ? replacement : s).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
