package org.quoteexplorer.engine;

import java.util.List;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/**
 * A paragraph that opens with a whole utterance and no cue, after a paragraph that ends by
 * reporting someone's words without quoting them ({@code Vell said the season would be short.¶
 * “We will be ready by May.”}): the reported speaker goes on in their own words. Less sure
 * than the same within one paragraph, since a new paragraph may bring a new voice.
 */
final class PreviousParagraphCueSieve implements Sieve {

    @Override
    public Decision decide(QuoteSite site, SieveContext context) {
        Analysis doc = context.analysis();
        if (site.type() != QuoteType.DIRECT || !site.startsParagraph() || site.paragraph() == 0
                || doc.paragraphs().isHeading(site.paragraph() - 1)) {
            return null;
        }
        Span previous = doc.paragraphs().span(site.paragraph() - 1);
        int before = site.index() - 1;
        if (before >= 0 && context.sites().get(before).found().outer().end() > previous.start()) {
            return null; // the paragraph before quotes someone: continuation decides
        }
        if (wordsAfter(doc, site)) {
            return null; // "“…” Hannity started.": its own cue, though no speaker was made of it
        }
        Span last = doc.sentences().containing(previous.end() - 1);
        List<CueFrame> frames = doc.framesIn(last);
        // The outermost report: "Carter said that critics had been predicting …" is Carter's.
        for (int i = 0; i < frames.size(); i++) {
            CueFrame f = frames.get(i);
            if (f.speaker() != null && f.form() != CueFrame.Form.ACCORDING_TO && !f.reportsNothingYet(doc.tokens())) {
                // "Valastro praised the governor’s leadership.¶“…”": a judgement leads in too, less surely.
                return Decision.of(f.speaker(), f.cue(), "previous-paragraph-cue",
                        Confidence.of("previous-paragraph-cue", f.speaker()) * (f.strong() ? 1.0 : 0.9));
            }
        }
        return null;
    }

    /** Whether words follow the quote in its paragraph ("“…” Hannity started."): they may name its speaker. */
    private static boolean wordsAfter(Analysis doc, QuoteSite site) {
        Tokens t = doc.tokens();
        Span paragraph = doc.paragraphs().span(site.paragraph());
        for (int k = t.firstStartingAt(site.found().outer().end()); k < t.size() && t.start(k) < paragraph.end(); k++) {
            if (t.isWord(k)) {
                return true;
            }
        }
        return false;
    }
}
