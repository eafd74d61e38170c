package org.quoteexplorer.engine;

import org.quoteexplorer.model.Span;

/**
 * What a sieve decided for one quote: the mention and cue it rests on, or another quote whose
 * speaker it shares (continuation, headline matching, turn-taking).
 *
 * @param mention     the speaker mention, or {@code null} when inherited
 * @param cue         the cue, or {@code null} when inherited
 * @param sieve       the sieve's name, for the quote's origin
 * @param confidence  the sieve's measured precision for this kind of decision
 * @param sourceQuote index of the quote whose speaker this one shares, or -1
 */
record Decision(Mention mention, Span cue, String sieve, double confidence, int sourceQuote) {

    static Decision of(Mention mention, Span cue, String sieve, double confidence) {
        return new Decision(mention, cue, sieve, confidence, -1);
    }

    static Decision sameSpeakerAs(int sourceQuote, String sieve, double confidence) {
        return new Decision(null, null, sieve, confidence, sourceQuote);
    }

    boolean isInherited() {
        return sourceQuote >= 0;
    }
}
