package org.quoteexplorer.review;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;

/**
 * Who is quoted how much across a workspace's saved reviews. A speaker is one person in every
 * article when the registry knows them (by name or alias); otherwise speakers of the same name,
 * compared without case, accents or extra spaces, count as one. Scare quotes and unattributed
 * quotes are not counted.
 */
public final class CorpusFigures {

    /**
     * One speaker's figures.
     *
     * @param key        {@link #keyOf}: the registry id, or {@code name:} and the normalised name
     * @param name       the registry's name, else the name as the first article spells it
     * @param registryId the registry entry, or {@code null} when the speaker is not in the registry
     * @param quotes     quotes attributed to the speaker
     * @param articles   articles with at least one of them
     * @param confirmed  of these quotes, those the analyst accepted or corrected to this speaker
     * @param firstDate  earliest publication date of those articles, or {@code null} when no date is known
     * @param lastDate   latest publication date, or {@code null}
     */
    public record SpeakerFigures(String key, String name, String registryId, int quotes, int articles, int confirmed,
            LocalDate firstDate, LocalDate lastDate) {

        /** Share of the speaker's quotes the analyst accepted (or corrected to them), 0..1. */
        public double acceptedShare() {
            return quotes == 0 ? 0 : (double) confirmed / quotes;
        }

        public Optional<LocalDate> first() {
            return Optional.ofNullable(firstDate);
        }

        public Optional<LocalDate> last() {
            return Optional.ofNullable(lastDate);
        }
    }

    /** A quote of a speaker, enough to list it and jump to it: the article's path and the quote's id. */
    public record QuoteRef(String path, String quoteId, String text, QuoteStatus status) {
    }

    private final List<SpeakerFigures> speakers;
    private final Map<String, SpeakerFigures> byKey;
    private final Map<String, List<QuoteRef>> quotes;
    private final Map<LocalDate, Integer> perDate;
    private final int articles;
    private final int quoteCount;
    private final List<String> problems;

    private CorpusFigures(List<SpeakerFigures> speakers, Map<String, List<QuoteRef>> quotes, Map<LocalDate, Integer> perDate,
            int articles, int quoteCount, List<String> problems) {
        this.speakers = List.copyOf(speakers);
        Map<String, SpeakerFigures> index = new LinkedHashMap<>();
        speakers.forEach(s -> index.put(s.key(), s));
        this.byKey = index;
        this.quotes = quotes;
        this.perDate = perDate;
        this.articles = articles;
        this.quoteCount = quoteCount;
        this.problems = List.copyOf(problems);
    }

    /** The figures of every saved review in the workspace, each read once. */
    public static CorpusFigures of(Workspace workspace, SpeakerRegistry registry) {
        Builder builder = builder(registry);
        List<String> problems = workspace.forEachReview((path, review) -> builder.add(path, review,
                review.article().published()));
        return builder.build(problems);
    }

    public static Builder builder(SpeakerRegistry registry) {
        return new Builder(registry);
    }

    /**
     * The key a speaker is counted under: the registry id when the speaker is linked to an entry
     * that is still in the registry, or the registry knows the speaker's name or one of the aliases, else {@code name:} and the name without case, accents or extra spaces.
     */
    public static String keyOf(Speaker speaker, SpeakerRegistry registry) {
        return registryEntry(speaker, registry).map(RegistryEntry::id).orElseGet(() -> "name:" + normalised(speaker.name()));
    }

    static Optional<RegistryEntry> registryEntry(Speaker speaker, SpeakerRegistry registry) {
        // A confirmed link outranks the name: the analyst said which person this is, whatever the article calls them.
        Optional<RegistryEntry> found = speaker.registryId() == null ? Optional.empty() : registry.byId(speaker.registryId());
        if (found.isEmpty()) {
            found = registry.find(speaker.name());
        }
        for (int i = 0; found.isEmpty() && i < speaker.aliases().size(); i++) {
            found = registry.find(speaker.aliases().get(i));
        }
        return found;
    }

    static String normalised(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** Collects the figures one review at a time; only the counts and the quotes' short texts are kept. */
    public static final class Builder {

        private final SpeakerRegistry registry;
        private final Map<String, Tally> tallies = new HashMap<>();
        private final Map<LocalDate, Integer> perDate = new TreeMap<>();
        private int articles;
        private int quoteCount;

        private Builder(SpeakerRegistry registry) {
            this.registry = registry;
        }

        /** Adds an article whose publication date is not known. */
        public Builder add(String path, AnnotatedArticle review) {
            return add(path, review, null);
        }

        /** Adds an article; {@code date} may be {@code null}. */
        public Builder add(String path, AnnotatedArticle review, LocalDate date) {
            articles++;
            Map<String, String> keyBySpeaker = new HashMap<>();
            Map<String, String> nameBySpeaker = new HashMap<>();
            Map<String, String> registryIdBySpeaker = new HashMap<>();
            for (Speaker s : review.speakers()) {
                Optional<RegistryEntry> entry = registryEntry(s, registry);
                keyBySpeaker.put(s.id(), entry.map(RegistryEntry::id).orElseGet(() -> "name:" + normalised(s.name())));
                nameBySpeaker.put(s.id(), entry.map(RegistryEntry::name).orElse(s.name()));
                registryIdBySpeaker.put(s.id(), entry.map(RegistryEntry::id).orElse(null));
            }
            for (Quote q : review.quotes()) {
                String key = q.isAttributed() && q.type().isSpeech() ? keyBySpeaker.get(q.speakerId()) : null;
                if (key == null) {
                    continue;
                }
                quoteCount++;
                if (date != null) {
                    perDate.merge(date, 1, Integer::sum);
                }
                Tally tally = tallies.computeIfAbsent(key, k -> new Tally(k, nameBySpeaker.get(q.speakerId()),
                        registryIdBySpeaker.get(q.speakerId())));
                tally.quotes.add(new QuoteRef(path, q.id(), inner(review.textOf(q)), q.status()));
                tally.articles.add(path);
                if (q.status() == QuoteStatus.ACCEPTED || q.status() == QuoteStatus.CORRECTED) {
                    tally.confirmed++;
                }
                if (date != null) {
                    tally.first = tally.first == null || date.isBefore(tally.first) ? date : tally.first;
                    tally.last = tally.last == null || date.isAfter(tally.last) ? date : tally.last;
                }
            }
            return this;
        }

        public CorpusFigures build() {
            return build(List.of());
        }

        CorpusFigures build(List<String> problems) {
            List<SpeakerFigures> figures = new ArrayList<>();
            Map<String, List<QuoteRef>> quotes = new HashMap<>();
            for (Tally t : tallies.values()) {
                figures.add(new SpeakerFigures(t.key, t.name, t.registryId, t.quotes.size(), t.articles.size(), t.confirmed,
                        t.first, t.last));
                quotes.put(t.key, List.copyOf(t.quotes));
            }
            figures.sort(Comparator.comparingInt(SpeakerFigures::quotes).reversed()
                    .thenComparing(s -> s.name().toLowerCase(Locale.ROOT)).thenComparing(SpeakerFigures::key));
            return new CorpusFigures(figures, quotes, new TreeMap<>(perDate), articles, quoteCount, problems);
        }
    }

    private static final class Tally {
        final String key;
        final String name;
        final String registryId;
        final List<QuoteRef> quotes = new ArrayList<>();
        final Set<String> articles = new HashSet<>();
        int confirmed;
        LocalDate first;
        LocalDate last;

        Tally(String key, String name, String registryId) {
            this.key = key;
            this.name = name;
            this.registryId = registryId;
        }
    }

    /** A quote's words without its marks, for a list row. */
    private static String inner(String quoted) {
        String s = quoted.strip();
        int from = 0;
        int to = s.length();
        while (from < to && !Character.isLetterOrDigit(s.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(s.charAt(to - 1)) && ".!?…".indexOf(s.charAt(to - 1)) < 0) {
            to--;
        }
        return s.substring(from, to);
    }

    /** Every speaker, most quoted first. */
    public List<SpeakerFigures> speakers() {
        return speakers;
    }

    public Optional<SpeakerFigures> speaker(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Speaker name → quotes, most quoted first, for a chart. Two speakers of one name keep their own bars. */
    public List<Map.Entry<String, Integer>> quotesPerSpeaker() {
        return speakers.stream().map(s -> Map.entry(s.name(), s.quotes())).toList();
    }

    /** Quotes per publication date, oldest first; empty while no article has a date. */
    public Map<LocalDate, Integer> quotesPerDate() {
        return java.util.Collections.unmodifiableMap(perDate);
    }

    /** The quotes of one speaker across the articles, by article path and then in text order. */
    public List<QuoteRef> quotesOf(String key) {
        return quotes.getOrDefault(key, List.of()).stream()
                .sorted(Comparator.comparing(QuoteRef::path)).toList();
    }

    /** Articles counted (those with a saved review). */
    public int articles() {
        return articles;
    }

    /** Attributed quotes counted, scare quotes left out. */
    public int quotes() {
        return quoteCount;
    }

    /** Saved reviews that could not be read, in plain words; their articles are not counted. */
    public List<String> problems() {
        return problems;
    }
}
