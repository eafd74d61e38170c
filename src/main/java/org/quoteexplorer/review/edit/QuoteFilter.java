package org.quoteexplorer.review.edit;

import java.util.Set;
import java.util.function.Predicate;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;

/**
 * Which quotes the list and the article show. An empty set means "any"; the criteria combine with
 * "and". Rejected quotes stay visible (struck through) until {@code hideRejected}, unless the
 * status filter asks for rejected quotes explicitly — an explicit choice wins over the switch.
 *
 * @param speakerIds   speakers to show; {@link #UNATTRIBUTED} stands for quotes without a speaker
 * @param statuses     statuses to show
 * @param types        types to show
 * @param hideRejected whether rejected quotes are hidden
 */
public record QuoteFilter(Set<String> speakerIds, Set<QuoteStatus> statuses, Set<QuoteType> types,
                          boolean hideRejected) implements Predicate<Quote> {

    /** Stands for "no speaker" in {@link #speakerIds}. */
    public static final String UNATTRIBUTED = "";

    private static final QuoteFilter ALL = new QuoteFilter(Set.of(), Set.of(), Set.of(), false);

    public QuoteFilter {
        speakerIds = Set.copyOf(speakerIds);
        statuses = Set.copyOf(statuses);
        types = Set.copyOf(types);
    }

    public static QuoteFilter all() {
        return ALL;
    }

    public QuoteFilter withSpeakers(Set<String> newSpeakerIds) {
        return new QuoteFilter(newSpeakerIds, statuses, types, hideRejected);
    }

    public QuoteFilter withStatuses(Set<QuoteStatus> newStatuses) {
        return new QuoteFilter(speakerIds, newStatuses, types, hideRejected);
    }

    public QuoteFilter withTypes(Set<QuoteType> newTypes) {
        return new QuoteFilter(speakerIds, statuses, newTypes, hideRejected);
    }

    public QuoteFilter hidingRejected(boolean hide) {
        return new QuoteFilter(speakerIds, statuses, types, hide);
    }

    /** Whether anything is filtered out, e.g. to show a "filtered" badge. */
    public boolean isActive() {
        return !equals(ALL);
    }

    @Override
    public boolean test(Quote quote) {
        String speaker = quote.isAttributed() ? quote.speakerId() : UNATTRIBUTED;
        if (!speakerIds.isEmpty() && !speakerIds.contains(speaker)) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(quote.type())) {
            return false;
        }
        if (!statuses.isEmpty()) {
            return statuses.contains(quote.status());
        }
        return !(hideRejected && quote.status() == QuoteStatus.REJECTED);
    }
}
