package org.quoteexplorer.engine;

import java.util.List;
import java.util.regex.Pattern;
import org.quoteexplorer.model.Span;

/**
 * The most reliable evidence: a speech cue with its speaker right next to the quote, after it
 * ({@code “…,” said Ostrova} / {@code “…,” Vell said}) or before it ({@code Vell said: “…”},
 * {@code according to X, “…”}, {@code …, saying “…”}).
 */
final class AdjacentCueSieve implements Sieve {

    /** Between a quote and a cue that follows it: punctuation and dashes only. */
    private static final Pattern TRAILER_GAP = Pattern.compile("[\\s,;—–-]*");
    /** Between a cue and the quote it introduces: a comma, a colon or "that". */
    private static final Pattern LEAD_IN_GAP = Pattern.compile("[\\s,:—–-]*(?:that[\\s,]*)?");

    @Override
    public Decision decide(QuoteSite site, SieveContext context) {
        Analysis doc = context.analysis();
        Span quote = site.found().outer();
        Span after = doc.sentences().all().get(site.endSentence());
        List<CueFrame> following = doc.framesIn(new Span(quote.end(), Math.max(quote.end(), after.end())));
        for (CueFrame frame : following) {
            if (frame.extent().start() < quote.end()) {
                continue;
            }
            if (frame.speaker() != null && frame.form() != CueFrame.Form.PARTICIPLE
                    && frame.extent().start() >= quote.end()
                    && gapMatches(doc.text(), quote.end(), frame.extent().start(), TRAILER_GAP)
                    && (!endsSentence(doc.text(), site.found().inner()) || closesClause(doc, frame))) {
                String sieve = switch (frame.form()) {
                    case VERB_SPEAKER -> "quote-cue-speaker";
                    case ACCORDING_TO -> "according-to";
                    default -> "quote-speaker-cue";
                };
                return Decision.of(frame.speaker(), frame.cue(), sieve, Confidence.of(sieve, frame.speaker()));
            }
            break; // only the first cue after the quote can be adjacent
        }
        Span before = doc.sentences().all().get(site.sentence());
        List<CueFrame> preceding = doc.framesIn(new Span(before.start(), quote.start()));
        for (int i = preceding.size() - 1; i >= 0; i--) {
            CueFrame frame = preceding.get(i);
            if (frame.extent().end() > quote.start()) {
                continue;
            }
            if (frame.speaker() != null
                    && gapMatches(doc.text(), frame.extent().end(), quote.start(), LEAD_IN_GAP)) {
                String sieve = switch (frame.form()) {
                    case ACCORDING_TO -> "according-to";
                    case PARTICIPLE -> "participle-cue";
                    default -> "speaker-cue-quote";
                };
                return Decision.of(frame.speaker(), frame.cue(), sieve, Confidence.of(sieve, frame.speaker()));
            }
            break;
        }
        return null;
    }

    /**
     * After a quote that ends its own sentence, "Smith said" may open the next sentence and
     * report something else ("“…was wrong.” Smith said he would appeal"); it is the quote's
     * cue only when the clause ends with it, or with where and when it was said.
     */
    private static boolean closesClause(Analysis doc, CueFrame frame) {
        Tokens t = doc.tokens();
        int next = t.firstStartingAt(frame.extent().end());
        if (next >= t.size()) {
            return true;
        }
        return !t.isWord(next) || CLAUSE_CLOSERS.contains(t.lower(next)) || doc.inQuote(next);
    }

    private static final java.util.Set<String> CLAUSE_CLOSERS = java.util.Set.of("in", "on", "at", "during",
            "after", "before", "to", "while", "from", "via", "with", "outside", "inside", "according", "late",
            "early", "earlier", "later", "yesterday", "today", "tonight", "this", "last", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "afterward", "afterwards", "then",
            "again", "once", "when", "as", "of", "about", "over", "for", "by", "into", "through", "shortly",
            "told", "and", "but", "who", "whose");

    private static boolean endsSentence(String text, Span inner) {
        int last = inner.end() - 1;
        while (last > inner.start() && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return last >= inner.start() && ".!?…".indexOf(text.charAt(last)) >= 0;
    }

    static boolean gapMatches(String text, int from, int to, Pattern gap) {
        if (from > to || to - from > 40) {
            return false;
        }
        // The two gaps by hand: a matcher per quote and cue was a hot spot.
        if (gap == TRAILER_GAP) {
            return skip(text, from, to, ",;—–-") == to;
        }
        if (gap == LEAD_IN_GAP) {
            int i = skip(text, from, to, ",:—–-");
            if (i + 4 <= to && text.startsWith("that", i)) {
                i = skip(text, i + 4, to, ",");
            }
            return i == to;
        }
        return gap.matcher(text).region(from, to).matches();
    }

    /** Past regex {@code \s} chars and {@code marks}, from {@code from} up to {@code to}. */
    private static int skip(String text, int from, int to, String marks) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean regexSpace = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!regexSpace && marks.indexOf(c) < 0) {
                break;
            }
            i++;
        }
        return i;
    }
}
