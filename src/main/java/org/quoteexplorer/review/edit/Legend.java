package org.quoteexplorer.review.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Speaker;

/**
 * The legend of speakers: who is quoted, how often, in which colour, and which digit key picks them.
 *
 * <p>Speakers are listed in the order a reader meets them: where the text first names them (by
 * name or alias, as a whole word), else where they are first quoted; speakers the text neither
 * names nor quotes follow in list order. Naming comes first because it does not move when quotes
 * are reattributed, so digit keys 1–9 keep meaning the same speaker during a review. Rejected
 * quotes are not counted: they are not quotations; nor are scare quotes: they are nobody's words.
 *
 * <p>A speaker's colour comes from its id, never from its position, so reattributing, merging or
 * deleting other speakers never recolours anyone: the article view restyles only what changed.
 */
public final class Legend {

    /** Digit keys 1–9 pick the first nine speakers of the legend. */
    public static final int DIGIT_KEYS = 9;
    private static final Pattern NUMBERED_ID = Pattern.compile("[^0-9]*(\\d{1,9})");

    private Legend() {
    }

    /** One row of the legend; {@code paletteIndex} is in {@code [0, paletteSize)}. */
    public record Entry(Speaker speaker, int quoteCount, int paletteIndex) {
    }

    public static List<Entry> entries(AnnotatedArticle document, int paletteSize) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstQuoted = new HashMap<>();
        for (Quote quote : document.quotes()) {
            if (quote.isAttributed() && quote.status() != QuoteStatus.REJECTED && quote.type().isSpeech()) {
                counts.merge(quote.speakerId(), 1, Integer::sum);
                firstQuoted.putIfAbsent(quote.speakerId(), quote.span().start());
            }
        }
        List<Speaker> speakers = document.speakers();
        Map<String, Integer> appearance = new HashMap<>();
        for (Speaker speaker : speakers) {
            int named = firstNamed(document.text(), speaker);
            appearance.put(speaker.id(), named >= 0 ? named : firstQuoted.getOrDefault(speaker.id(), Integer.MAX_VALUE));
        }
        // A stable sort on appearance keeps list order among speakers that never appear.
        return speakers.stream()
                .sorted(Comparator.comparingInt(s -> appearance.get(s.id())))
                .map(s -> new Entry(s, counts.getOrDefault(s.id(), 0), paletteIndex(s, paletteSize)))
                .toList();
    }

    /** The speakers digit keys 1–9 stand for, in legend order. */
    public static List<Speaker> digitSpeakers(AnnotatedArticle document) {
        return entries(document, 1).stream().limit(DIGIT_KEYS).map(Entry::speaker).toList();
    }

    /** The speaker digit key {@code digit} (1–9) picks, if the legend is that long. */
    public static Optional<Speaker> speakerForDigit(AnnotatedArticle document, int digit) {
        if (digit < 1 || digit > DIGIT_KEYS) {
            throw new IllegalArgumentException("speaker keys are 1 to 9, not " + digit);
        }
        List<Speaker> speakers = digitSpeakers(document);
        return digit <= speakers.size() ? Optional.of(speakers.get(digit - 1)) : Optional.empty();
    }

    /** Offset where the text first names the speaker as a whole word, ignoring case; -1 if it never does. */
    static int firstNamed(String text, Speaker speaker) {
        NameIndex index = NameIndex.of(text);
        int first = -1;
        for (String name : concat(speaker.name(), speaker.aliases())) {
            int at = index.firstOf(name);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static List<String> concat(String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /**
     * The speaker's colour slot: from the number in its id ("s1" → 0, "s2" → 1, …), so the engine's
     * numbering spreads colours and the slot never changes; other ids fall back to a hash.
     */
    public static int paletteIndex(Speaker speaker, int paletteSize) {
        if (paletteSize < 1) {
            throw new IllegalArgumentException("a palette needs at least one colour, not " + paletteSize);
        }
        Matcher matcher = NUMBERED_ID.matcher(speaker.id());
        int seed = matcher.matches() ? Integer.parseInt(matcher.group(1)) - 1 : speaker.id().hashCode();
        return Math.floorMod(seed, paletteSize);
    }
}
