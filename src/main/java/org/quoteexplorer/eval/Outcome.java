package org.quoteexplorer.eval;

import org.quoteexplorer.model.Quote;

/**
 * The verdict on one predicted quote that matched an attributable gold quote: whether its speaker
 * is right by the rules of score_quotes.py. Unmatched and unattributable quotes have none, as in
 * the script, so a confidence is judged only where a right answer exists.
 */
public record Outcome(String documentId, Quote quote, boolean right) {

    /** The rule that decided the speaker: the origin without its {@code rule:} prefix. */
    public String rule() {
        String origin = quote.origin();
        return origin.startsWith("rule:") ? origin.substring("rule:".length()) : origin;
    }
}
