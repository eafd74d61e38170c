package org.quoteexplorer.engine;

import java.util.Map;
import java.util.Set;

/**
 * How often each sieve is right: the speaker accuracy of the quotes it decided on the PolNeAR
 * training split (measured with {@code eval --save} and score_quotes.py's outcomes), so that a
 * confidence of 0.9 means "right about nine times in ten". Sieves with too few cases there
 * (headline words, turn-taking, bylines, authors, dash asides) carry a cautious estimate. A bare role ("the spokesman") costs
 * a little, since it still has to be matched to a name.
 */
final class Confidence {

    private static final Map<String, Double> PRECISION = Map.ofEntries(
            Map.entry("quote-cue-speaker", 0.98),
            Map.entry("quote-speaker-cue", 0.98),
            Map.entry("quote-dash-speaker", 0.9),
            Map.entry("quote-by-speaker", 0.6),
            Map.entry("speaker-dash-quote", 0.7),
            Map.entry("speaker-cue-quote", 0.93),
            Map.entry("according-to", 0.85),
            Map.entry("participle-cue", 0.85),
            Map.entry("colon", 0.98),
            Map.entry("colon-next-paragraph", 0.91),
            Map.entry("colon-introduction", 0.86),
            Map.entry("sentence-cue", 0.90),
            Map.entry("possessive-speech", 0.82),
            Map.entry("sentence-subject", 0.70),
            Map.entry("paragraph-continuation", 0.98),
            Map.entry("previous-sentence-cue", 0.83),
            Map.entry("previous-paragraph-cue", 0.8),
            Map.entry("next-paragraph-continuation", 0.87),
            Map.entry("headline-words", 0.8),
            Map.entry("turn-taking", 0.3));

    /**
     * The rules named above as too rare on the training split to measure: an article may well
     * never use them, so a test that every rule fires somewhere leaves these out.
     */
    static final Set<String> RARE = Set.of("headline-words", "turn-taking", "quote-by-speaker", "quote-dash-speaker",
            "speaker-dash-quote");

    private Confidence() {
    }

    /** Every rule name with a measured precision. */
    static Set<String> ruleNames() {
        return PRECISION.keySet();
    }

    /**
     * The confidence of a decision by rule {@code sieve}. A rule without a measured precision is a
     * programming error (a new or misspelt name), not a case for a default guess.
     *
     * @throws IllegalArgumentException for a rule name not in the table
     */
    static double of(String sieve, Mention mention) {
        Double measured = PRECISION.get(sieve);
        if (measured == null) {
            throw new IllegalArgumentException("rule \"" + sieve + "\" has no measured precision in Confidence");
        }
        double base = measured;
        if (mention != null && mention.isBareRole()) {
            base *= 0.9;
        }
        return Math.min(1.0, Math.max(0.0, base));
    }
}
