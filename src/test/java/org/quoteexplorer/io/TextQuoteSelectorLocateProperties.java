package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quoteexplorer.model.Span;

/**
 * Searching near the hint first finds what searching the whole text finds: the occurrence whose
 * surroundings match best, then the nearest to the hint, then the first.
 */
class TextQuoteSelectorLocateProperties {

    record Case(String text, TextQuoteSelector selector, Integer hint) {
    }

    @Property(tries = 1000)
    void findsWhatAWholeTextSearchFinds(@ForAll("cases") Case c) {
        assertThat(c.selector().locate(c.text(), c.hint())).isEqualTo(wholeTextSearch(c.text(), c.selector(), c.hint()));
    }

    /** The search as it was, every occurrence weighed. */
    private static Optional<Span> wholeTextSearch(String text, TextQuoteSelector s, Integer hint) {
        Span best = null;
        int bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = text.indexOf(s.exact()); at >= 0; at = text.indexOf(s.exact(), at + 1)) {
            int end = at + s.exact().length();
            if (splits(text, at) || splits(text, end)) {
                continue;
            }
            int before = 0;
            while (before < s.prefix().length() && at - before - 1 >= 0
                    && s.prefix().charAt(s.prefix().length() - before - 1) == text.charAt(at - before - 1)) {
                before++;
            }
            int after = 0;
            while (after < s.suffix().length() && end + after < text.length() && s.suffix().charAt(after) == text.charAt(end + after)) {
                after++;
            }
            int score = before + after;
            int distance = hint == null ? 0 : Math.abs(at - hint);
            if (score > bestScore || score == bestScore && distance < bestDistance) {
                best = new Span(at, end);
                bestScore = score;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean splits(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    @Provide
    Arbitrary<Case> cases() {
        // Few letters and long texts: a passage occurs many times, often with the same context,
        // near the hint and far from it; one letter is half of a surrogate pair.
        Arbitrary<String> texts = Arbitraries.strings().withChars("ab“” \\uD83D\\uDE00").ofMinLength(1).ofMaxLength(3000);
        return texts.flatMap(text -> Combinators.combine(
                        Arbitraries.integers().between(0, text.length() - 1),
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().between(-50, text.length() + 50).injectNull(0.2),
                        Arbitraries.strings().withChars("ab").ofMaxLength(2))
                .as((start, length, before, after, hint, noise) -> {
                    int end = Math.min(text.length(), start + length);
                    String exact = text.substring(start, end);
                    String prefix = text.substring(Math.max(0, start - before), start);
                    // sometimes context that is nowhere in the text whole
                    String suffix = text.substring(end, Math.min(text.length(), end + after)) + noise;
                    return new Case(text, new TextQuoteSelector(exact, prefix, suffix), hint);
                }));
    }
}
