package org.quoteexplorer.engine;

/**
 * Conversation turn-taking, for interviews and exchanges: in consecutive quote paragraphs where
 * a question by one speaker is answered by another ({@code “…?” asked A} / {@code “…,” B replied}),
 * a bare quote paragraph takes the turn of the speaker before last. A weak signal, so it only
 * fires inside such an exchange, with a low confidence; outside one, a bare quote paragraph is
 * left to {@link ContinuationSieve}, since in news it usually continues the last speaker.
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
        String text = context.analysis().text();
        if (!isQuestion(text, last) && !isQuestion(text, earlier)) {
            return null;
        }
        if (context.decisionOf(i - 1) == null || context.decisionOf(i - 2) == null) {
            return null;
        }
        var speakerA = context.resolver().speakerOfQuote(i - 1, context);
        var speakerB = context.resolver().speakerOfQuote(i - 2, context);
        if (speakerA == null || speakerB == null || speakerA == speakerB) {
            return null;
        }
        return Decision.sameSpeakerAs(i - 2, "turn-taking", Confidence.of("turn-taking", null));
    }

    private static boolean isQuestion(String text, QuoteSite site) {
        int e = site.found().inner().end() - 1;
        while (e >= site.found().inner().start() && Whitespace.is(text.charAt(e))) {
            e--;
        }
        return e >= site.found().inner().start() && text.charAt(e) == '?';
    }
}
