package org.quoteexplorer.engine;

import java.util.List;
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
        List<CueFrame> before = ReportingClauses.usable(doc, doc.framesIn(new Span(first.start(), quote.start())));
        List<CueFrame> after = ReportingClauses.usable(doc, doc.framesIn(new Span(quote.end(), Math.max(quote.end(), last.end()))));
        CueFrame nearestBefore = before.isEmpty() ? null : before.get(before.size() - 1);
        CueFrame nearestAfter = after.isEmpty() ? null : after.get(0);
        boolean fragment = site.type() != QuoteType.DIRECT;
        CueFrame chosen;
        if (fragment) {
            chosen = firstNonNull(ReportingClauses.reporter(doc, before), firstNonNull(nearestBefore, nearestAfter));
            CueFrame trailing = trailingAttribution(doc, after, last);
            if (trailing != null && !ReportingClauses.passesOnWordsBefore(doc, site, trailing)) {
                chosen = trailing;
            }
        } else {
            chosen = firstNonNull(nearestAfter, nearestBefore);
        }
        if (chosen == null) {
            return null;
        }
        double confidence = Confidence.of("sentence-cue", chosen.speaker()) * (chosen.strong() ? 1.0 : Confidence.WEAK_CUE);
        return Decision.of(chosen.speaker(), chosen.cue(), "sentence-cue", confidence);
    }

    /** "…, the candidate said Friday.": a strong cue set off by a comma that ends the sentence. */
    private static CueFrame trailingAttribution(Analysis doc, List<CueFrame> after, Span sentence) {
        if (after.isEmpty()) {
            return null;
        }
        CueFrame f = after.get(after.size() - 1);
        if (!f.strong() || f.speaker() == null || f.form() == CueFrame.Form.ACCORDING_TO || ReportingClauses.relaysReport(doc, f)) {
            return null;
        }
        Tokens t = doc.tokens();
        int first = Math.min(f.cueToken(), f.speaker().firstToken());
        int last = Math.max(f.cueToken(), f.speaker().lastToken());
        if (first == 0 || !(t.isPunct(first - 1, ',') || doc.inQuote(first - 1))) {
            return null;
        }
        int end = last + 1; // up to four words of time and place may follow: "said Friday in Varna."
        while (end < t.size() && end <= last + 4 && t.start(end) < sentence.end() && !t.isPunct(end, '.') && !doc.inQuote(end)) {
            end++;
        }
        boolean ends = end >= t.size() || t.start(end) >= sentence.end() || t.isPunct(end, '.') && !doc.inQuote(end);
        return ends || appositionToTheEnd(doc, last + 1, sentence) ? f : null;
    }

    /** "…, said Nora Veld, an analyst at the Harbour Institute in Varna.": who the speaker is, to the full stop. */
    private static boolean appositionToTheEnd(Analysis doc, int comma, Span sentence) {
        Tokens t = doc.tokens();
        if (comma + 1 >= t.size() || !t.isPunct(comma, ',') || doc.inQuote(comma + 1)
                || !(t.is(comma + 1, Lexicon.DETERMINER) || !t.isCapitalised(comma + 1) && t.isWord(comma + 1))) {
            return false;
        }
        for (int i = comma + 1; i < t.size() && t.start(i) < sentence.end(); i++) {
            if (doc.inQuote(i) || t.is(i, Lexicon.SPEECH_VERB) || t.lowerIs(i, "that")) {
                return false;
            }
        }
        return true;
    }

    private static CueFrame firstNonNull(CueFrame a, CueFrame b) {
        return a != null ? a : b;
    }
}
