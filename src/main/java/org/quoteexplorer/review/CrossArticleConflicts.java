package org.quoteexplorer.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;

/**
 * The same words, or nearly, credited to different speakers in two articles of a workspace: one
 * of the two attributions is likely wrong, or one article quotes the other's speaker. Quotes are
 * matched by their 4-word runs of normalised words, as within one article (a quote of fewer
 * words by all of its words); quotes the analyst rejected and scare quotes are left out.
 *
 * <p>Runs are indexed, not quotes compared pairwise: a run shared by more than {@value #BUCKET}
 * quotes (boilerplate) says nothing about who said it and is ignored, so the work grows with the
 * number of quotes, not its square.
 */
public final class CrossArticleConflicts {

    /** Share of a quote's word runs found in the other for "nearly the same words". */
    private static final double SAME = 0.5;
    private static final int BUCKET = 40;
    /** Quote numbers take the low bits of an index entry, the run's key the rest. */
    private static final int QUOTE_BITS = 24;
    private static final int MAX_QUOTES = 1 << QUOTE_BITS;

    /** One side of a conflict: an article, a quote in it and whom it is credited to. */
    public record Side(String path, String quoteId, String speakerKey, String speakerName, String text) {
    }

    /**
     * Two quotes in different articles with (nearly) the same words and different speakers.
     *
     * @param sameWords true when every word run of each is in the other, false for "nearly"
     */
    public record Conflict(Side first, Side second, boolean sameWords) {

        /** The conflict as seen from one of its articles' quotes, for a flag on it. */
        public String describeFrom(Side own) {
            Side other = own.equals(first) ? second : first;
            return (sameWords ? "The same words" : "Nearly the same words") + " appear in " + other.path() + " ("
                    + Conflicts.snippetOf(other.text()) + "), attributed to " + other.speakerName() + ", not "
                    + own.speakerName() + ".";
        }
    }

    private CrossArticleConflicts() {
    }

    /** Every cross-article conflict among the workspace's saved reviews, each review read once. */
    public static List<Conflict> find(Workspace workspace, SpeakerRegistry registry) {
        Finder finder = finder(registry);
        workspace.forEachReview(finder::add);
        return finder.conflicts();
    }

    public static Finder finder(SpeakerRegistry registry) {
        return new Finder(registry);
    }

    /**
     * Flags for the quotes of one article: {@link FlagCode#CONFLICT} with the other article named,
     * by quote id, so that a conflict is flagged in both of its articles.
     */
    public static Map<String, List<Flag>> flagsFor(String path, List<Conflict> conflicts) {
        Map<String, List<Flag>> flags = new LinkedHashMap<>();
        for (Conflict c : conflicts) {
            for (Side side : List.of(c.first(), c.second())) {
                if (side.path().equals(path)) {
                    flags.computeIfAbsent(side.quoteId(), k -> new ArrayList<>())
                            .add(new Flag(FlagCode.CONFLICT, c.describeFrom(side)));
                }
            }
        }
        return flags;
    }

    /**
     * The radar's report with conflict flags from other articles added to the quotes still open
     * for review, so that they join the article's review queue. The risk stays the radar's: the
     * queue then orders a quote by what its own article says about it, and the flag tells why it
     * is there. Quotes the analyst decided are left alone, as the radar leaves them.
     */
    public static RadarReport withFlags(RadarReport report, List<String> textOrder, Map<String, List<Flag>> flags) {
        if (flags.isEmpty()) {
            return report;
        }
        Map<String, org.quoteexplorer.model.Assessment> merged = new HashMap<>(report.assessments());
        flags.forEach((quoteId, added) -> {
            org.quoteexplorer.model.Assessment own = merged.get(quoteId);
            if (own != null) {
                List<Flag> all = new ArrayList<>(own.flags());
                added.stream().filter(f -> !all.contains(f)).forEach(all::add);
                merged.put(quoteId, new org.quoteexplorer.model.Assessment(own.risk(), all));
            }
        });
        return new RadarReport(merged, textOrder);
    }

    /** Collects the quotes of one review after another; keeps only each quote's side and word-run keys. */
    public static final class Finder {

        private final SpeakerRegistry registry;
        private final List<Side> sides = new ArrayList<>();
        private final List<long[]> keys = new ArrayList<>();
        private long[] entries = new long[1024];
        private int entryCount;

        private Finder(SpeakerRegistry registry) {
            this.registry = registry;
        }

        public Finder add(String path, AnnotatedArticle review) {
            Map<String, Speaker> speakers = new HashMap<>();
            review.speakers().forEach(s -> speakers.put(s.id(), s));
            for (Quote q : review.quotes()) {
                Speaker speaker = q.isAttributed() ? speakers.get(q.speakerId()) : null;
                if (speaker == null || !q.type().isSpeech() || q.status() == QuoteStatus.REJECTED) {
                    continue;
                }
                List<String> words = Words.of(review.text(), q.span().start(), q.span().end()).stream()
                        .map(Words.Word::stem).toList();
                long[] own = Arrays.stream(Conflicts.ownKeys(words)).distinct().toArray();
                if (own.length == 0) {
                    continue;
                }
                if (sides.size() >= MAX_QUOTES) {
                    throw new IllegalStateException("more than " + MAX_QUOTES + " quotes to compare");
                }
                int index = sides.size();
                String name = CorpusFigures.registryEntry(speaker, registry).map(RegistryEntry::name).orElse(speaker.name());
                sides.add(new Side(path, q.id(), CorpusFigures.keyOf(speaker, registry), name, review.textOf(q).strip()));
                keys.add(own);
                for (long key : own) {
                    if (entryCount == entries.length) {
                        entries = Arrays.copyOf(entries, entries.length * 2);
                    }
                    entries[entryCount++] = (key & ~(long) (MAX_QUOTES - 1)) | index;
                }
            }
            return this;
        }

        /** The conflicts found, ordered by the first article's path, then the second's. */
        public List<Conflict> conflicts() {
            long[] sorted = Arrays.copyOf(entries, entryCount);
            Arrays.sort(sorted);
            Map<Long, Integer> shared = new HashMap<>();
            int from = 0;
            while (from < sorted.length) {
                long run = sorted[from] & ~(long) (MAX_QUOTES - 1);
                int to = from + 1;
                while (to < sorted.length && (sorted[to] & ~(long) (MAX_QUOTES - 1)) == run) {
                    to++;
                }
                if (to - from > 1 && to - from <= BUCKET) {
                    for (int i = from; i < to; i++) {
                        for (int j = i + 1; j < to; j++) {
                            int a = (int) (sorted[i] & (MAX_QUOTES - 1));
                            int b = (int) (sorted[j] & (MAX_QUOTES - 1));
                            if (a != b && differ(sides.get(a), sides.get(b))) {
                                shared.merge(((long) Math.min(a, b) << 32) | Math.max(a, b), 1, Integer::sum);
                            }
                        }
                    }
                }
                from = to;
            }
            List<Conflict> conflicts = new ArrayList<>();
            for (Map.Entry<Long, Integer> e : shared.entrySet()) {
                int a = (int) (e.getKey() >>> 32);
                int b = (int) (long) e.getKey();
                int common = e.getValue();
                int shorter = Math.min(keys.get(a).length, keys.get(b).length);
                if (common >= SAME * shorter) {
                    boolean same = common == keys.get(a).length && common == keys.get(b).length;
                    conflicts.add(new Conflict(sides.get(a), sides.get(b), same));
                }
            }
            conflicts.sort(Comparator.comparing((Conflict c) -> c.first().path()).thenComparing(c -> c.second().path())
                    .thenComparing(c -> c.first().quoteId()).thenComparing(c -> c.second().quoteId()));
            return conflicts;
        }

        private static boolean differ(Side a, Side b) {
            return !a.path().equals(b.path()) && !a.speakerKey().equals(b.speakerKey());
        }
    }
}
