package org.quoteexplorer.engine;

import java.util.List;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/**
 * A speech cue elsewhere in the quote's sentence ({@code “…” at the convention, he said};
 * {@code Smith called the plan “a disaster” on Monday}). A fragment is usually governed by the
 * verb before it, a whole utterance by the cue after it; the nearest such cue wins.
 */
final class SentenceCueSieve implements Sieve {

    @Override
    public Decision decide(QuoteSite site, SieveContext context) {
        Analysis doc = context.analysis();
        Span quote = site.found().outer();
        Span first = doc.sentences().all().get(site.sentence());
        Span last = doc.sentences().all().get(site.endSentence());
        List<CueFrame> before = doc.framesIn(new Span(first.start(), quote.start()));
        List<CueFrame> after = doc.framesIn(new Span(quote.end(), Math.max(quote.end(), last.end())));
        CueFrame nearestBefore = null;
        for (int i = before.size() - 1; i >= 0 && nearestBefore == null; i--) {
            if (before.get(i).speaker() != null) {
                nearestBefore = before.get(i);
            }
        }
        CueFrame nearestAfter = null;
        for (int i = 0; i < after.size() && nearestAfter == null; i++) {
            if (after.get(i).speaker() != null) {
                nearestAfter = after.get(i);
            }
        }
        boolean fragment = site.type() != QuoteType.DIRECT;
        CueFrame chosen = fragment ? firstNonNull(nearestBefore, nearestAfter) : firstNonNull(nearestAfter, nearestBefore);
        if (chosen == null) {
            return null;
        }
        double confidence = Confidence.of("sentence-cue", chosen.speaker()) * (chosen.strong() ? 1.0 : 0.9);
        return Decision.of(chosen.speaker(), chosen.cue(), "sentence-cue", confidence);
    }

    private static CueFrame firstNonNull(CueFrame a, CueFrame b) {
        return a != null ? a : b;
    }
}
