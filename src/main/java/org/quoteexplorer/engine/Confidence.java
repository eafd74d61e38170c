package org.quoteexplorer.engine;

import java.util.Map;

/**
 * How often each sieve is right, measured with the {@code eval} command on the PolNeAR
 * training split (speaker accuracy of the quotes it decided), so that a confidence of 0.9
 * means "right about nine times in ten". A pronoun or a bare role costs a little, since it
 * still has to be resolved.
 */
final class Confidence {

    private static final Map<String, Double> PRECISION = Map.ofEntries(
            Map.entry("quote-cue-speaker", 0.95),
            Map.entry("quote-speaker-cue", 0.95),
            Map.entry("speaker-cue-quote", 0.92),
            Map.entry("according-to", 0.85),
            Map.entry("participle-cue", 0.85),
            Map.entry("colon", 0.9),
            Map.entry("colon-next-paragraph", 0.9),
            Map.entry("colon-introduction", 0.6),
            Map.entry("sentence-cue", 0.8),
            Map.entry("sentence-subject", 0.7),
            Map.entry("paragraph-continuation", 0.85),
            Map.entry("next-paragraph-continuation", 0.75),
            Map.entry("paragraph-introduction", 0.6),
            Map.entry("headline-words", 0.8),
            Map.entry("turn-taking", 0.3));

    private Confidence() {
    }

    static double of(String sieve, Mention mention) {
        double base = PRECISION.getOrDefault(sieve, 0.5);
        if (mention != null && mention.isPronoun()) {
            base *= 0.92;
        } else if (mention != null && mention.isBareRole()) {
            base *= 0.85;
        }
        return Math.min(1.0, Math.max(0.0, base));
    }
}
