package org.quoteexplorer.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.edit.SpeakerNames;

/**
 * A saved review of an article that changed since (a news story updated with new paragraphs),
 * completed with the quotes the engine finds in the new text: the review's own quotes are re-placed
 * by their words, and without this the quotes of the added text would never be seen.
 */
public final class QuotesFoundSince {

    private QuotesFoundSince() {
    }

    /**
     * {@code reviewed} with each quote of {@code found} (the engine's attribution of the same text)
     * in the text that changed ({@code changedText}) that no reviewed quote overlaps, as a
     * suggestion: a quote of the old text that is not in the review was taken out by the analyst. Its speaker is the reviewed document's
     * speaker of that name or alias, else a new speaker; quote and speaker ids are new where taken.
     * The analyst's quotes, decisions and speakers are kept as they are.
     */
    public static Result merge(AnnotatedArticle reviewed, AnnotatedArticle found, Span changedText) {
        List<Quote> kept = reviewed.quotes();
        List<Speaker> speakers = new ArrayList<>(reviewed.speakers());
        Set<String> quoteIds = new HashSet<>();
        kept.forEach(q -> quoteIds.add(q.id()));
        Set<String> speakerIds = new HashSet<>();
        speakers.forEach(s -> speakerIds.add(s.id()));
        Map<String, String> adopted = new HashMap<>();
        List<Quote> added = new ArrayList<>();
        int k = 0;
        for (Quote quote : found.quotes()) {
            // both lists are in text order: walk the reviewed quotes once
            while (k < kept.size() && kept.get(k).span().end() <= quote.span().start()) {
                k++;
            }
            if (!quote.span().overlaps(changedText) || k < kept.size() && kept.get(k).span().overlaps(quote.span())) {
                continue;
            }
            String speakerId = quote.speakerId() == null ? null
                    : adopted.computeIfAbsent(quote.speakerId(), id -> adopt(found.speaker(id).orElseThrow(), speakers, speakerIds));
            Quote suggestion = quote.withSpeaker(speakerId);
            if (quoteIds.contains(suggestion.id())) {
                suggestion = suggestion.withId(fresh("q", quoteIds));
            }
            quoteIds.add(suggestion.id());
            added.add(suggestion);
        }
        if (added.isEmpty()) {
            return new Result(reviewed, 0);
        }
        List<Quote> all = new ArrayList<>(kept);
        all.addAll(added);
        return new Result(new AnnotatedArticle(reviewed.article(), speakers, all, reviewed.assessments()), added.size());
    }

    /** @param added how many quotes of the new text were added */
    public record Result(AnnotatedArticle document, int added) {
    }

    private static String adopt(Speaker speaker, List<Speaker> speakers, Set<String> speakerIds) {
        Optional<Speaker> known = SpeakerNames.find(speakers, speaker.name());
        if (known.isPresent()) {
            return known.get().id();
        }
        Speaker added = !speakerIds.contains(speaker.id()) ? speaker : new Speaker(fresh("s", speakerIds), speaker.name(),
                speaker.kind(), speaker.title(), speaker.aliases(), speaker.titleSource(), speaker.registryId());
        speakerIds.add(added.id());
        speakers.add(added);
        return added.id();
    }

    private static String fresh(String prefix, Set<String> taken) {
        for (int n = taken.size() + 1; ; n++) {
            if (!taken.contains(prefix + n)) {
                return prefix + n;
            }
        }
    }
}
