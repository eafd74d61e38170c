package org.quoteexplorer.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's first passes on their own, for the benchmark: the rate of each beside the whole
 * engine's says where its time goes and what no tuning of the later passes can beat (the
 * engine reads every word once before it can resolve a speaker). Not a way to attribute.
 */
public final class EnginePasses {

    /** From the cheapest to the costliest; each includes the ones before it that it needs. */
    public enum Pass {
        /** Finding the quotations by their marks. */
        QUOTES,
        /** Cutting the text into word and punctuation tokens. */
        TOKENS,
        /**
         * Quotes, tokens, paragraphs, sentences, speaker mentions and speech cues: what the engine
         * builds before it resolves speakers and runs its sieves. Skipped, as the engine skips it,
         * for a text without quotations.
         */
        ANALYSIS
    }

    private EnginePasses() {
    }

    /** Runs {@code pass} over {@code text} and returns what it found (quotes, tokens, cues), so the work cannot be left out. */
    public static int run(Pass pass, String text) {
        return switch (pass) {
            case QUOTES -> new QuoteScanner(text, new ArrayList<>()).scan().size();
            case TOKENS -> new Tokens(text).size();
            case ANALYSIS -> {
                char[] chars = text.toCharArray();
                List<FoundQuote> quotes = new QuoteScanner(text, chars, new ArrayList<>()).scan();
                yield quotes.isEmpty() ? 0 : new Analysis(text, chars, quotes).frames().size();
            }
        };
    }
}
