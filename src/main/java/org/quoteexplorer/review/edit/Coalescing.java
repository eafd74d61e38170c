package org.quoteexplorer.review.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;

/**
 * Folds a run of small edits into one undo step, e.g. ten presses of Shift+→ on one quote.
 *
 * <p>The quote's history then tells the net effect once ("resize: “a” → “a costly”") rather than
 * ten steps, and a run that ends where it began leaves no trace at all: the quote is as it was,
 * its status included.
 */
final class Coalescing {

    private Coalescing() {
    }

    /** {@code previous} then {@code next} as one change named after {@code next}; {@code next} was built on previous's result. */
    static Change coalesce(Change previous, Change next) {
        Change combined = previous.andThen(next, next.description());
        Map<String, Quote> before = new LinkedHashMap<>();
        combined.quotesBefore().forEach(q -> before.put(q.id(), q));
        List<Quote> after = new ArrayList<>();
        for (Quote quote : combined.quotesAfter()) {
            Quote old = before.get(quote.id());
            Quote compact = old == null ? quote : compactHistory(old, quote);
            if (compact.equals(old)) {
                before.remove(quote.id());
            } else {
                after.add(compact);
            }
        }
        return new Change(combined.description(), List.copyOf(before.values()), after,
                combined.speakersBefore(), combined.speakersAfter());
    }

    /** Entries the run added with one action become one entry, first from to last to; none if the run changed nothing. */
    private static Quote compactHistory(Quote old, Quote changed) {
        List<HistoryEntry> history = changed.history();
        int kept = old.history().size();
        if (history.size() - kept < 2 || !history.subList(0, kept).equals(old.history())) {
            return changed;
        }
        List<HistoryEntry> added = history.subList(kept, history.size());
        String action = added.get(0).action();
        if (added.stream().anyMatch(e -> !e.action().equals(action))) {
            return changed;
        }
        HistoryEntry first = added.get(0);
        HistoryEntry last = added.get(added.size() - 1);
        // Ended where it began: the quote as it was. What the steps did on the way (a status set to
        // corrected, evidence the grown quote swallowed) went with them: Shift+→ then Shift+← on a
        // suggested or accepted quote corrects nothing, and must not count it as reviewed.
        if (Objects.equals(first.from(), last.to()) && changed.span().equals(old.span())
                && changed.type() == old.type() && Objects.equals(changed.speakerId(), old.speakerId())
                && Objects.equals(changed.note(), old.note())) {
            return old;
        }
        List<HistoryEntry> compact = new ArrayList<>(old.history());
        compact.add(new HistoryEntry(last.time(), action, first.from(), last.to()));
        return changed.withHistory(compact);
    }

    /** The change that turns {@code from} into {@code to}, looking only at the given quotes. */
    static Change transition(String description, AnnotatedArticle from, AnnotatedArticle to, Set<String> quoteIds) {
        List<Quote> before = new ArrayList<>();
        List<Quote> after = new ArrayList<>();
        for (String id : quoteIds) {
            Optional<Quote> was = from.quote(id);
            Optional<Quote> is = to.quote(id);
            if (!was.equals(is)) {
                was.ifPresent(before::add);
                is.ifPresent(after::add);
            }
        }
        boolean speakersChanged = !from.speakers().equals(to.speakers());
        return new Change(description, before, after,
                speakersChanged ? from.speakers() : null, speakersChanged ? to.speakers() : null);
    }
}
