package org.quoteexplorer.engine;

import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.SpeakerKind;

/**
 * {@code Name: “…”} — the headline and transcript form, where the colon is the cue — and the
 * next-paragraph form, where a paragraph ending in a colon ({@code Vell said:},
 * {@code …, saying:}) introduces the quote that opens the next paragraph.
 */
final class ColonSieve implements Sieve {

    @Override
    public Decision decide(QuoteSite site, SieveContext context) {
        Analysis doc = context.analysis();
        Tokens t = doc.tokens();
        int quoteStart = site.found().outer().start();
        int first = t.firstStartingAt(quoteStart);
        int colon = first - 1;
        if (colon >= 1 && t.isPunct(colon, ':') && !doc.inQuote(colon)) {
            Mention m = doc.mentionEndingAt(colon - 1);
            Span colonSpan = new Span(t.start(colon), t.end(colon));
            if (onlySpaceBetween(doc.text(), t.end(colon), quoteStart)) {
                if (m != null && opensSentence(doc, m, doc.sentences().indexOf(t.start(colon)))) {
                    return Decision.of(m, colonSpan, "colon", Confidence.of("colon", m));
                }
                if (m != null && !m.isPronoun() && m.name() != null && (afterDash(t, m.firstToken())
                        || m.kind() == SpeakerKind.PERSON && !doc.inHeading(colon) && !Lexicon.followsPreposition(t, m.firstToken())
                        && !isListener(t, m))) {
                    // "… doesn’t surprise pollster Ana Kiril: “…”", "Roundup item - Ana Kiril: “…”"
                    return Decision.of(m, colonSpan, "colon", Confidence.of("colon", m));
                }
                Mention introducer = introducer(doc, doc.sentences().indexOf(t.start(colon)), t.start(colon));
                if (introducer != null) {
                    return Decision.of(introducer, colonSpan, "colon-introduction",
                            Confidence.of("colon-introduction", introducer));
                }
            }
        }
        if (site.type() == org.quoteexplorer.model.QuoteType.HEADLINE) {
            // "Ana Kiril: Voters Worried About Fees; It’s ‘in Their Heads’": the name speaks the whole headline.
            Span heading = doc.paragraphs().span(site.paragraph());
            int first2 = t.firstStartingAt(heading.start());
            Mention lead = doc.mentionStartingAt(first2);
            if (lead != null && !lead.isPronoun() && lead.name() != null && lead.lastToken() + 1 < t.size()
                    && t.isPunct(lead.lastToken() + 1, ':') && t.end(lead.lastToken() + 1) <= quoteStart) {
                int c = lead.lastToken() + 1;
                return Decision.of(lead, new Span(t.start(c), t.end(c)), "colon", Confidence.of("colon", lead));
            }
        }
        if (site.startsParagraph() && site.paragraph() > 0) {
            Span previous = doc.paragraphs().span(site.paragraph() - 1);
            if (doc.text().charAt(previous.end() - 1) == ':') {
                int sentence = doc.sentences().indexOf(previous.end() - 1);
                Span last = doc.sentences().all().get(sentence);
                var frames = doc.framesIn(last);
                for (int i = frames.size() - 1; i >= 0; i--) {
                    if (frames.get(i).speaker() != null) {
                        return Decision.of(frames.get(i).speaker(), frames.get(i).cue(), "colon-next-paragraph",
                                Confidence.of("colon-next-paragraph", frames.get(i).speaker()));
                    }
                }
                Mention subject = doc.subjectOf(sentence);
                if (subject != null) {
                    return Decision.of(subject, new Span(previous.end() - 1, previous.end()), "colon-next-paragraph",
                            Confidence.of("colon-next-paragraph", subject) * 0.8);
                }
            }
        }
        return null;
    }

    /** "Ana Vell told Peter Hall: “…”": the one told is the listener, not the speaker. */
    private static boolean isListener(Tokens t, Mention m) {
        int verb = m.firstToken() - 1;
        return verb >= 0 && Lexicon.isListenerVerb(t, verb);
    }

    /** "Vell: “…”" — the name is all there is before the colon (a dateline aside). */
    private static boolean opensSentence(Analysis doc, Mention m, int sentence) {
        Span s = doc.sentences().all().get(sentence);
        if (m.span().start() == s.start()) {
            return true;
        }
        Mention subject = doc.subjectOf(sentence);
        return subject == m;
    }

    /**
     * "Here’s Ostrova in December 1992: “…”": who the sentence before the colon is about. A cue in
     * the introductory phrase before the subject ("With her aides worried about turnout, Vell
     * rolled out a new message: “…”") is not the one the colon completes.
     */
    private static Mention introducer(Analysis doc, int sentence, int colon) {
        Span s = doc.sentences().all().get(sentence);
        Mention subject = doc.subjectOf(sentence);
        int mainClause = subject != null && subject.span().end() <= colon ? subject.span().start() : s.start();
        var frames = doc.framesIn(new Span(mainClause, colon));
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i).speaker() != null && frames.get(i).form() != CueFrame.Form.ACCORDING_TO) {
                return frames.get(i).speaker();
            }
        }
        if (subject != null && subject.span().end() <= colon) {
            return subject;
        }
        int from = doc.firstMentionFrom(s.start());
        int to = doc.firstMentionFrom(colon);
        for (int i = from; i < to; i++) {
            Mention m = doc.mentions().get(i);
            if (!m.isPronoun()) {
                return m;
            }
        }
        return null;
    }

    private static boolean afterDash(Tokens t, int first) {
        return first > 0 && t.isDash(first - 1);
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Whitespace.is(text.charAt(i)) || text.charAt(i) == '\n') {
                return false; // a colon ending the paragraph before is the next-paragraph form
            }
        }
        return true;
    }
}
