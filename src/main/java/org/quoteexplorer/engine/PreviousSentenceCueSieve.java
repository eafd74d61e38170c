package org.quoteexplorer.engine;

import java.util.List;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/**
 * A whole utterance that stands as its own sentence, right after a sentence that reports the
 * same person's words or judgement without quoting them ({@code She said she and the president
 * had made progress. “I really believe …”}): the reported speaker goes on in their own words.
 */
final class PreviousSentenceCueSieve implements Sieve {

    @Override
    public Decision decide(QuoteSite site, SieveContext context) {
        Analysis doc = context.analysis();
        Span quote = site.found().outer();
        List<Span> sentences = doc.sentences().all();
        Span own = sentences.get(site.sentence());
        if (site.type() != QuoteType.DIRECT || own.start() != quote.start() || site.sentence() == 0) {
            return null;
        }
        Span previous = sentences.get(site.sentence() - 1);
        if (doc.paragraphs().indexOf(previous.start()) != site.paragraph() || containsQuote(context, site, previous)) {
            return null;
        }
        List<CueFrame> frames = doc.framesIn(previous);
        for (int i = frames.size() - 1; i >= 0; i--) {
            CueFrame f = frames.get(i);
            if (f.speaker() != null && f.form() != CueFrame.Form.ACCORDING_TO) {
                // A judgement ("called him a master at deals.") leads in as well, if less surely.
                boolean leadsIn = f.strong() || endsSentence(doc, f);
                return Decision.of(f.speaker(), f.cue(), "previous-sentence-cue",
                        Confidence.of("previous-sentence-cue", f.speaker()) * (leadsIn ? 1.0 : 0.9));
            }
        }
        return null;
    }

    /** "Professor Ana Kiril agreed." — a verb that ends its sentence leads into the words that follow. */
    private static boolean endsSentence(Analysis doc, CueFrame f) {
        Tokens t = doc.tokens();
        int next = t.firstStartingAt(f.cue().end());
        return next < t.size() && t.isPunct(next, '.') && f.form() == CueFrame.Form.SPEAKER_VERB;
    }

    private static boolean containsQuote(SieveContext context, QuoteSite site, Span sentence) {
        int previous = site.index() - 1;
        return previous >= 0 && context.sites().get(previous).found().outer().end() > sentence.start();
    }
}
