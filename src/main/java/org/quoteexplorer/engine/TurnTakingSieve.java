package org.quoteexplorer.engine;

/**
 * The last resort, for interviews and exchanges: a bare quote paragraph after two quote
 * paragraphs by different speakers goes back to the earlier one (A, B, → A). Low confidence.
 */
final class TurnTakingSieve implements Sieve {

    @Override
    public Decision decide(QuoteSite site, SieveContext context) {
        int i = site.index();
        if (!site.startsParagraph() || i < 2) {
            return null;
        }
        QuoteSite last = context.sites().get(i - 1);
        QuoteSite earlier = context.sites().get(i - 2);
        if (!last.startsParagraph() || !earlier.startsParagraph()
                || last.paragraph() != site.paragraph() - 1 || earlier.paragraph() != site.paragraph() - 2) {
            return null;
        }
        Decision a = context.decisionOf(i - 1);
        Decision b = context.decisionOf(i - 2);
        if (a == null || b == null) {
            return null;
        }
        var speakerA = context.resolver().speakerOfQuote(i - 1, context);
        var speakerB = context.resolver().speakerOfQuote(i - 2, context);
        if (speakerA == null || speakerB == null || speakerA == speakerB) {
            return null;
        }
        return Decision.sameSpeakerAs(i - 2, "turn-taking", Confidence.of("turn-taking", null));
    }
}
