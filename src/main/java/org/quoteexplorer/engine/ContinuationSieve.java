package org.quoteexplorer.engine;

/**
 * A quote with no cue of its own continues the speaker before it: the previous quote in the
 * same paragraph ({@code “…,” Ross said. “…”}), or the last quote of the previous paragraph
 * when this paragraph opens with the quote.
 */
final class ContinuationSieve implements Sieve {

    /**
     * A quote paragraph after a paragraph of reported speech with no quote of its own
     * ({@code Vell told reporters the crews were ready.} / {@code “…”}) is the reporter's speaker's.
     */
    private static Decision introducedByPreviousParagraph(QuoteSite site, SieveContext context) {
        if (!site.startsParagraph() || site.paragraph() == 0) {
            return null;
        }
        Analysis doc = context.analysis();
        int previousParagraph = site.paragraph() - 1;
        if (doc.paragraphs().isHeading(previousParagraph)) {
            return null;
        }
        int before = site.index() - 1;
        if (before >= 0 && doc.paragraphs().indexOf(context.sites().get(before).found().outer().end() - 1)
                == previousParagraph) {
            return null; // the previous paragraph quotes someone: plain continuation decides
        }
        var frames = doc.framesIn(doc.paragraphs().span(previousParagraph));
        for (int i = frames.size() - 1; i >= 0; i--) {
            CueFrame f = frames.get(i);
            if (f.speaker() != null && f.strong() && f.form() != CueFrame.Form.ACCORDING_TO) {
                return Decision.of(f.speaker(), f.cue(), "paragraph-introduction",
                        Confidence.of("paragraph-introduction", f.speaker()));
            }
        }
        return null;
    }

    @Override
    public Decision decide(QuoteSite site, SieveContext context) {
        Decision introduced = introducedByPreviousParagraph(site, context);
        if (introduced != null) {
            return introduced;
        }
        int previous = site.index() - 1;
        if (previous < 0) {
            return null;
        }
        QuoteSite before = context.sites().get(previous);
        if (context.decisionOf(previous) == null || context.analysis().paragraphs().isHeading(before.paragraph())) {
            return null;
        }
        if (before.paragraph() == site.paragraph()) {
            return Decision.sameSpeakerAs(previous, "paragraph-continuation", Confidence.of("paragraph-continuation", null));
        }
        int beforeEnds = context.analysis().paragraphs().indexOf(before.found().outer().end() - 1);
        if (site.startsParagraph() && beforeEnds == site.paragraph() - 1) {
            return Decision.sameSpeakerAs(previous, "next-paragraph-continuation",
                    Confidence.of("next-paragraph-continuation", null));
        }
        return null;
    }
}
