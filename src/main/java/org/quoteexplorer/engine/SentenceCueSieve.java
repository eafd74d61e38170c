package org.quoteexplorer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/**
 * A speech cue elsewhere in the quote's sentence ({@code “…” at the convention, he said};
 * {@code Smith called the plan “a disaster” on Monday}). A fragment is usually governed by the
 * verb before it, a whole utterance by the cue after it.
 *
 * <p>A verb after "to" or a modal ("asked her to explain", "the party should reiterate")
 * reports nobody's words yet, and the mention before it is seldom its speaker.
 */
final class SentenceCueSieve implements Sieve {

    private static final Set<String> MODALS = Set.of("to", "would", "should", "could", "might", "must", "may",
            "can", "cannot", "wants", "want", "wanted");

    @Override
    public Decision decide(QuoteSite site, SieveContext context) {
        Analysis doc = context.analysis();
        Span quote = site.found().outer();
        Span first = doc.sentences().all().get(site.sentence());
        Span last = doc.sentences().all().get(site.endSentence());
        List<CueFrame> before = usable(doc, doc.framesIn(new Span(first.start(), quote.start())));
        List<CueFrame> after = usable(doc, doc.framesIn(new Span(quote.end(), Math.max(quote.end(), last.end()))));
        CueFrame nearestBefore = before.isEmpty() ? null : before.get(before.size() - 1);
        CueFrame nearestAfter = after.isEmpty() ? null : after.get(0);
        boolean fragment = site.type() != QuoteType.DIRECT;
        CueFrame chosen;
        if (fragment) {
            chosen = firstNonNull(nearestBefore, nearestAfter);
        } else {
            chosen = firstNonNull(nearestAfter, nearestBefore);
        }
        if (chosen == null) {
            return null;
        }
        double confidence = Confidence.of("sentence-cue", chosen.speaker()) * (chosen.strong() ? 1.0 : 0.9);
        return Decision.of(chosen.speaker(), chosen.cue(), "sentence-cue", confidence);
    }

    private static List<CueFrame> usable(Analysis doc, List<CueFrame> frames) {
        List<CueFrame> out = new ArrayList<>(frames.size());
        for (CueFrame f : frames) {
            if (f.speaker() != null && !afterModal(doc, f)) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean afterModal(Analysis doc, CueFrame f) {
        Tokens t = doc.tokens();
        int k = f.cueToken() - 1;
        // "to further explain", "should also reiterate"
        if (k >= 0 && t.isWord(k) && t.lower(k).endsWith("ly") && t.lower(k).length() > 4) {
            k--;
        }
        if (k >= 0 && (t.lower(k).equals("also") || t.lower(k).equals("further") || t.lower(k).equals("not"))) {
            k--;
        }
        return f.form() != CueFrame.Form.ACCORDING_TO && f.form() != CueFrame.Form.PARTICIPLE
                && k >= 0 && t.isWord(k) && MODALS.contains(t.lower(k));
    }

    private static CueFrame firstNonNull(CueFrame a, CueFrame b) {
        return a != null ? a : b;
    }
}
