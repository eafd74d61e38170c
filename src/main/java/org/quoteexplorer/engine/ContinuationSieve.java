package org.quoteexplorer.engine;

/**
 * A quote with no cue of its own continues the speaker before it: the previous quote in the
 * same paragraph ({@code “…,” Ross said. “…”}), or the last quote of the previous paragraph
 * when this paragraph opens with the quote.
 */
final class ContinuationSieve implements Sieve {

    @Override
    public Decision decide(QuoteSite site, SieveContext context) {
        int previous = site.index() - 1;
        if (previous < 0) {
            return null;
        }
        QuoteSite before = context.sites().get(previous);
        if (context.decisionOf(previous) == null || context.analysis().paragraphs().isHeading(before.paragraph())) {
            return null;
        }
        int beforeEnds = context.analysis().paragraphs().indexOf(before.found().outer().end() - 1);
        if (before.paragraph() == site.paragraph() || beforeEnds == site.paragraph()) {
            return Decision.sameSpeakerAs(previous, "paragraph-continuation", Confidence.of("paragraph-continuation", null));
        }
        if (site.startsParagraph() && beforeEnds == site.paragraph() - 1) {
            return Decision.sameSpeakerAs(previous, "next-paragraph-continuation",
                    Confidence.of("next-paragraph-continuation", null));
        }
        return null;
    }
}
