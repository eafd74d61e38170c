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
            chosen = firstNonNull(reporter(doc, before), firstNonNull(nearestBefore, nearestAfter));
            CueFrame trailing = trailingAttribution(doc, after, last);
            if (trailing != null) {
                chosen = trailing;
            }
        } else {
            chosen = firstNonNull(nearestAfter, nearestBefore);
        }
        if (chosen == null) {
            return null;
        }
        double confidence = Confidence.of("sentence-cue", chosen.speaker()) * (chosen.strong() ? 1.0 : 0.9);
        return Decision.of(chosen.speaker(), chosen.cue(), "sentence-cue", confidence);
    }

    static List<CueFrame> usable(Analysis doc, List<CueFrame> frames) {
        List<CueFrame> out = new ArrayList<>(frames.size());
        for (CueFrame f : frames) {
            if (f.speaker() != null && !f.reportsNothingYet(doc.tokens())) {
                out.add(f);
            }
        }
        return out;
    }

    /** Words that open the complement of a reporting verb; "when" or "because" open adverbial clauses. */
    private static final Set<String> SUBORDINATORS = Set.of("that", "whether", "if", "how", "why", "what");

    /**
     * "Vell said he’s certain Kiril will continue to be “…”": when the cue nearest the fragment
     * sits in the complement of an earlier reporting verb, the fragment is part of that report.
     */
    static CueFrame reporter(Analysis doc, List<CueFrame> before) {
        if (before.size() < 2) {
            return null;
        }
        CueFrame inner = before.get(before.size() - 1);
        if (inner.strong()) {
            return null; // "…, he said, …" reports on its own
        }
        Tokens t = doc.tokens();
        for (int i = 0; i < before.size() - 1; i++) {
            CueFrame outer = before.get(i);
            if (!outer.strong() || outer.form() != CueFrame.Form.SPEAKER_VERB) {
                continue;
            }
            int from = outer.cueToken() + 1;
            int to = inner.speaker().firstToken();
            if (to < from) {
                continue;
            }
            boolean subordinate = false;
            boolean broken = false;
            for (int k = from; k < to; k++) {
                if (doc.inQuote(k)) {
                    if (!doc.inQuote(k + 1) && sentenceEndingMark(t, k)) {
                        broken = true; // "“…by the pen.” And he added …": a new sentence after all
                        break;
                    }
                    continue;
                }
                if (t.isPunct(k, ';') || t.isPunct(k, ':') || t.isPunct(k, ',') && k + 1 < to
                        && (t.lower(k + 1).equals("and") || t.lower(k + 1).equals("but"))) {
                    broken = true;
                    break;
                }
                if (SUBORDINATORS.contains(t.lower(k))) {
                    subordinate = true;
                }
            }
            if (!broken && (subordinate || to - from <= 3)) {
                return outer;
            }
        }
        return null;
    }

    private static boolean sentenceEndingMark(Tokens t, int closing) {
        int k = closing;
        while (k > 0 && !t.isWord(k) && !t.isPunct(k, '.') && !t.isPunct(k, '!') && !t.isPunct(k, '?')) {
            k--;
        }
        return t.isPunct(k, '.') || t.isPunct(k, '!') || t.isPunct(k, '?');
    }

    /** "…, the candidate said Friday.": a strong cue set off by a comma that ends the sentence. */
    private static CueFrame trailingAttribution(Analysis doc, List<CueFrame> after, Span sentence) {
        if (after.isEmpty()) {
            return null;
        }
        CueFrame f = after.get(after.size() - 1);
        if (!f.strong() || f.speaker() == null || f.form() == CueFrame.Form.ACCORDING_TO) {
            return null;
        }
        Tokens t = doc.tokens();
        int first = Math.min(f.cueToken(), f.speaker().firstToken());
        int last = Math.max(f.cueToken(), f.speaker().lastToken());
        if (first == 0 || !(t.isPunct(first - 1, ',') || doc.inQuote(first - 1))) {
            return null;
        }
        int end = last + 1;
        int n = 0;
        while (end < t.size() && t.start(end) < sentence.end() && !t.isPunct(end, '.') && !doc.inQuote(end) && n < 4) {
            end++; n++;
        }
        boolean ends = end >= t.size() || t.start(end) >= sentence.end() || t.isPunct(end, '.') && !doc.inQuote(end);
        return ends ? f : null;
    }

    private static CueFrame firstNonNull(CueFrame a, CueFrame b) {
        return a != null ? a : b;
    }
}
