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
        Decision byline = opensItsLine(site, context) ? dashByline(doc, quote) : null;
        if (byline != null) {
            return byline;
        }
        Decision aside = nameThenDash(doc, quote);
        if (aside != null) {
            return aside;
        }
        Decision author = site.type() != org.quoteexplorer.model.QuoteType.HEADLINE && isTitle(doc, site.found().inner())
                ? authorAfter(doc, quote) : null;
        if (author != null) {
            return author;
        }
        Span after = doc.sentences().all().get(site.endSentence());
        // "Marinescu said Kestria had “failed to honour its commitments.” Holm rejected this.": a
        // fragment that ends the sentence of its own report is not the next subject's ("“…?”
        // asked Dunn" still speaks for it)
        boolean reportEndsWithIt = site.type() == org.quoteexplorer.model.QuoteType.PARTIAL
                && Sentences.endsWithTerminal(doc.text(), site.found().inner()) && ReportingClauses.reportedBefore(doc, site);
        List<CueFrame> following = doc.framesIn(new Span(quote.end(), Math.max(quote.end(), after.end())));
        for (CueFrame frame : following) {
            if (reportEndsWithIt && frame.form() == CueFrame.Form.SPEAKER_VERB) {
                break;
            }
            if (frame.extent().start() < quote.end()) {
                continue;
            }
            if (frame.speaker() != null && frame.form() != CueFrame.Form.PARTICIPLE
                    && frame.extent().start() >= quote.end()
                    && gapMatches(doc.text(), quote.end(), frame.extent().start(), TRAILER_GAP)
                    && (!Sentences.endsWithTerminal(doc.text(), site.found().inner()) || closesClause(doc, frame))) {
                if (site.type() == org.quoteexplorer.model.QuoteType.PARTIAL && ReportingClauses.relaysReport(doc, frame)
                        && ReportingClauses.reportedBefore(doc, site) || ReportingClauses.passesOnWordsBefore(doc, site, frame)) {
                    break; // "Vell warned that it would be “a provocation,” the agency reported": Vell's words
                }
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
            if (frame.speaker() != null && !frame.reportsNothingYet(doc.tokens())
                    && gapMatches(doc.text(), frame.extent().end(), quote.start(), LEAD_IN_GAP)) {
                if (site.type() == org.quoteexplorer.model.QuoteType.PARTIAL
                        && ReportingClauses.reporter(doc, ReportingClauses.usable(doc, preceding.subList(0, i + 1))) != null) {
                    return null; // "Ostrova said harbour officials were calling “every hour”": the outer report
                }
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
        return !t.isWord(next) || Lexicon.closesAttribution(t.lower(next)) || doc.inQuote(next);
    }


    /**
     * The byline of a pull quote or a collection of readers' voices: {@code “…” ― Ana Kiril}
     * or {@code “…” — Ana Kiril, a teacher in Varna.}, the name closing its line.
     */
    private static Decision dashByline(Analysis doc, Span quote) {
        String text = doc.text();
        int i = skipBlanks(text, quote.end());
        if (i >= text.length() || "―—–-".indexOf(text.charAt(i)) < 0) {
            return null;
        }
        int dash = i;
        while (i < text.length() && "―—–-".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        i = skipBlanks(text, i);
        Tokens t = doc.tokens();
        int first = t.firstStartingAt(i);
        Mention m = first < t.size() && t.start(first) == i ? doc.mentionStartingAt(first) : null;
        if (m == null || m.isPronoun() || m.name() == null) {
            return null;
        }
        int lineEnd = text.indexOf('\n', m.span().end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        for (int k = m.span().end(); k < lineEnd; k++) {
            if ("“\"«„”".indexOf(text.charAt(k)) >= 0 || text.startsWith("''", k) || text.startsWith("``", k)) {
                // Hard-wrapped voices run on: "“…” ― Ana Kiril “…” ― Ivo Brandt". Anything else
                // before the next quotation means the name was not a byline.
                if (!text.substring(m.span().end(), k).isBlank() && !text.substring(m.span().end(), k).strip().equals(".")) {
                    return null;
                }
                break;
            }
        }
        if (lineEnd - m.span().end() > 120) {
            return null;
        }
        return Decision.of(m, new Span(dash, dash + 1), "quote-dash-speaker", Confidence.of("quote-dash-speaker", m));
    }

    /**
     * A pull quote or a reader's voice stands alone: it opens its paragraph, or follows the
     * byline of the voice before it in a hard-wrapped list. A quote inside the writer's
     * sentence followed by "--Reporter Name" is the reporter's sign-off, not a byline.
     */
    private static boolean opensItsLine(QuoteSite site, SieveContext context) {
        if (site.startsParagraph()) {
            return true;
        }
        Decision previous = context.decisionOf(site.index() - 1);
        if (previous == null || !"quote-dash-speaker".equals(previous.sieve()) || previous.mention() == null) {
            return false;
        }
        String between = context.analysis().text().substring(previous.mention().span().end(), site.found().outer().start());
        return between.isBlank() || between.strip().equals(".");
    }

    /** {@code including the former candidate Ana Kiril -- “It is disqualifying” -- and …}: the name before the dash. */
    private static Decision nameThenDash(Analysis doc, Span quote) {
        Tokens t = doc.tokens();
        int k = t.firstStartingAt(quote.start()) - 1;
        int dashes = 0;
        while (k >= 0 && !doc.inQuote(k) && t.isDash(k)) {
            k--;
            dashes++;
        }
        if (dashes == 0 || k < 0 || doc.inQuote(k)) {
            return null;
        }
        Mention m = doc.mentionEndingAt(k);
        if (m == null || m.isPronoun() || m.name() == null || m.kind() != org.quoteexplorer.model.SpeakerKind.PERSON) {
            return null;
        }
        // The aside closes with a dash too, or ends the sentence.
        int after = t.firstStartingAt(quote.end());
        boolean closed = after >= t.size() || t.isDash(after)
                || t.isPunct(after, '.');
        return closed ? Decision.of(m, new Span(t.start(k + 1), t.end(k + dashes)), "speaker-dash-quote",
                Confidence.of("speaker-dash-quote", m)) : null;
    }

    /** Title case: every longer word capitalised, as in the name of a book, a song or a report. */
    private static boolean isTitle(Analysis doc, Span inner) {
        Tokens t = doc.tokens();
        int words = 0;
        for (int k = t.firstStartingAt(inner.start()); k < t.size() && t.start(k) < inner.end(); k++) {
            if (t.isWord(k) && t.end(k) - t.start(k) > 3) {
                if (!t.isCapitalised(k)) {
                    return false;
                }
                words++;
            }
        }
        return words > 0;
    }

    /** {@code ''Rethinking Investment'' by Ana Kiril}, {@code “All Right Now,” by the band Free}: the author. */
    private static Decision authorAfter(Analysis doc, Span quote) {
        Tokens t = doc.tokens();
        int k = t.firstStartingAt(quote.end());
        if (k < t.size() && t.isPunct(k, ',')) {
            k++;
        }
        if (k + 1 >= t.size() || doc.inQuote(k) || !t.lower(k).equals("by") || t.start(k) - quote.end() > 3) {
            return null;
        }
        Mention m = doc.mentionStartingAt(k + 1);
        if (m == null || m.isPronoun() || m.name() == null && !m.isBareRole()) {
            return null;
        }
        return Decision.of(m, new Span(t.start(k), t.end(k)), "quote-by-speaker", Confidence.of("quote-by-speaker", m));
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
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
