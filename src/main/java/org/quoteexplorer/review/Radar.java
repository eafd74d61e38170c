package org.quoteexplorer.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;

/**
 * The misattribution radar: looks at every attribution of an article for signs that it is wrong
 * (contradictions inside the article, weak evidence, odd speakers) and ranks the quotes by risk,
 * so that the analyst reads the likeliest mistakes first.
 *
 * <p>Pure and linear in the article: quotes are compared through an index of their words, never
 * all pairs, so an article of a megabyte with thousands of quotes is assessed in milliseconds.
 */
public final class Radar {

    /** Rules that guess the speaker from context rather than from a cue naming them next to the quote. */
    static final Map<String, String> WEAK_RULES = Map.of(
            "paragraph-continuation", "continues the speaker of the previous paragraph",
            "next-paragraph-continuation", "continues a speaker from the next paragraph",
            "turn-taking", "assumes the exchange alternates between two speakers",
            "headline-words", "matches the headline's words with a quote in the body",
            "previous-sentence-cue", "takes the speaker from the previous sentence",
            "previous-paragraph-cue", "takes the speaker from the previous paragraph",
            "sentence-subject", "takes the subject of the sentence around the quote");

    /** Below this the engine's rule is wrong often enough to be worth a look. */
    static final double LOW_CONFIDENCE = 0.75;

    /** Characters between the quote and the speaker's mention beyond which the link is a long one. */
    static final int FAR = 200;

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "him", "her", "them", "it", "his",
            "its", "their", "you", "me", "us");

    private static final Set<String> DOCUMENTS = Set.of("statement", "email", "e-mail", "ad", "advert",
            "advertisement", "tweet", "report", "website", "headline", "letter", "memo", "release", "message",
            "video", "poll", "survey", "study", "book", "article", "editorial", "sign", "banner", "poster",
            "transcript", "note", "filing", "complaint", "lawsuit", "indictment", "platform", "resolution",
            "document", "documents", "page", "post", "bill", "law", "order", "ruling", "communique");

    private Radar() {
    }

    /** Assesses every quote of the article. Reviewed quotes and scare quotes get {@link Assessment#NONE}. */
    public static RadarReport assess(AnnotatedArticle doc) {
        return assess(doc, List.of(), RadarModel.bundled());
    }

    /**
     * {@link #assess(AnnotatedArticle)} that also compares the article's speakers with a speaker
     * list (the bundled or the user's), raising {@link FlagCode#SPEAKER_LIST_MISMATCH}.
     */
    public static RadarReport assess(AnnotatedArticle doc, List<Speaker> known) {
        return assess(doc, known, RadarModel.bundled());
    }

    /** {@link #assess(AnnotatedArticle, List)} with the risk of another model, for measuring a re-fitted one. */
    public static RadarReport assess(AnnotatedArticle doc, List<Speaker> known, RadarModel model) {
        return assess(doc, known, model, NEVER);
    }

    /**
     * {@link #assess(AnnotatedArticle, List)} for a report that may stop being wanted while it is
     * worked out (a window gave up opening the article): {@code stop} is asked between quotes and
     * between checks, and once it says yes the assessment ends there.
     *
     * @throws CancellationException when {@code stop} said yes
     */
    public static RadarReport assess(AnnotatedArticle doc, List<Speaker> known, BooleanSupplier stop) {
        return assess(doc, known, RadarModel.bundled(), stop);
    }

    private static final BooleanSupplier NEVER = () -> false;

    private static RadarReport assess(AnnotatedArticle doc, List<Speaker> known, RadarModel model, BooleanSupplier stop) {
        Map<String, Assessment> byQuote = new HashMap<>();
        List<String> order = new ArrayList<>(doc.quotes().size());
        Map<String, List<Flag>> flags = new LinkedHashMap<>();
        RadarFeatures describe = flags(doc, known, flags, stop);
        RadarModel.Input input = model.input();
        for (Quote q : doc.quotes()) {
            order.add(q.id());
            if (!open(q)) {
                continue;
            }
            stopIf(stop);
            describe.describe(q, flags.get(q.id()), input);
            double risk = Math.round(input.probability() * 1000) / 1000.0;
            byQuote.put(q.id(), new Assessment(risk, flags.get(q.id())));
        }
        return new RadarReport(byQuote, order);
    }

    /**
     * The features the risk is computed from, per open quote id: what {@code eval --fit-radar}
     * fits the model on, so that training and use see exactly the same numbers.
     */
    public static Map<String, Map<String, Double>> features(AnnotatedArticle doc, List<Speaker> known) {
        Map<String, Map<String, Double>> features = new HashMap<>();
        Map<String, List<Flag>> flags = new LinkedHashMap<>();
        RadarFeatures describe = flags(doc, known, flags, NEVER);
        for (Quote q : doc.quotes()) {
            if (open(q)) {
                features.put(q.id(), describe.of(q, flags.get(q.id())));
            }
        }
        return features;
    }

    /**
     * Fills {@code flags} (per quote id, riskiest kind first) and returns what describes the open
     * quotes' features; features are read from it one quote at a time, as the risk needs them.
     */
    private static RadarFeatures flags(AnnotatedArticle doc, List<Speaker> known, Map<String, List<Flag>> flags,
            BooleanSupplier stop) {
        List<Quote> quotes = doc.quotes();
        Map<String, Speaker> speakers = new HashMap<>();
        for (Speaker s : doc.speakers()) {
            speakers.put(s.id(), s);
        }
        for (Quote q : quotes) {
            flags.put(q.id(), new ArrayList<>());
        }
        String text = doc.text();
        NamedCache cache = new NamedCache();
        Map<String, Integer> quotesBySpeaker = new HashMap<>();
        for (Quote q : quotes) {
            if (q.isAttributed()) {
                quotesBySpeaker.merge(q.speakerId(), 1, Integer::sum);
            }
        }
        for (Quote q : quotes) {
            if (open(q)) {
                stopIf(stop);
                Speaker speaker = speakers.get(q.speakerId());
                evidenceFlags(text, q, speaker, flags.get(q.id()), cache);
            }
        }
        // The text's words and the speakers' name words, read once for every check below.
        stopIf(stop);
        Words.Index words = new Words.Index(text);
        Map<String, Set<String>> nameWords = Narration.nameWords(doc.speakers());
        stopIf(stop);
        Conflicts.find(doc, words, speakers, flags);
        stopIf(stop);
        Narration.find(doc, words, nameWords, flags);
        stopIf(stop);
        Nearer.find(doc, words, nameWords, speakers, flags);
        stopIf(stop);
        ListMismatch.find(doc, known, flags);
        for (Quote q : quotes) {
            if (open(q)) {
                flags.get(q.id()).sort(Comparator.comparingDouble((Flag f) -> f.code().weight()).reversed());
            }
        }
        return new RadarFeatures(doc, words, nameWords, speakers, quotesBySpeaker);
    }

    private static void stopIf(BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new CancellationException("assessment no longer wanted");
        }
    }

    /** Whether the radar should look at the quote: speech the analyst has not decided on yet. */
    static boolean open(Quote q) {
        return q.type() != QuoteType.SCARE && !q.status().isReviewed();
    }

    private static void evidenceFlags(String text, Quote q, Speaker speaker, List<Flag> out, NamedCache cache) {
        if (!q.isAttributed() || speaker == null) {
            out.add(new Flag(FlagCode.UNATTRIBUTED, "No speaker is credited with this quote."));
            return;
        }
        String rule = q.origin().startsWith("rule:") ? q.origin().substring(5) : null;
        String mentionText = q.mention() == null ? null : q.mention().of(text);
        boolean pronoun = mentionText != null && PRONOUNS.contains(mentionText.strip().toLowerCase(Locale.ROOT));
        if (rule != null && WEAK_RULES.containsKey(rule)) {
            out.add(new Flag(FlagCode.WEAK_EVIDENCE, "Attributed to " + speaker.name() + " by the rule " + rule
                    + ", which " + WEAK_RULES.get(rule) + "; no cue names the speaker at the quote."));
        } else if (pronoun) {
            out.add(new Flag(FlagCode.WEAK_EVIDENCE, "Attributed to " + speaker.name() + " through the pronoun \""
                    + mentionText.strip() + "\", not a name."));
        }
        if (q.mention() != null) {
            int distance = distance(q.span(), q.mention());
            if (distance > FAR) {
                boolean before = q.mention().end() <= q.span().start();
                out.add(new Flag(FlagCode.FAR_SPEAKER, speaker.name() + " is named " + distance + " characters "
                        + (before ? "before" : "after") + " the quote (\"" + shorten(mentionText) + "\")."));
            }
        }
        String notPerson = notAPerson(speaker, mentionText, cache);
        if (notPerson != null) {
            out.add(new Flag(FlagCode.NOT_A_PERSON, notPerson));
        }
        if (rule != null && q.confidence() < LOW_CONFIDENCE) {
            out.add(new Flag(FlagCode.LOW_CONFIDENCE, "The rule " + rule + " is right only about "
                    + Math.round(q.confidence() * 100) + " times in 100."));
        }
        if (!cache.named(speaker)) {
            out.add(new Flag(FlagCode.UNNAMED_SPEAKER, "The speaker \"" + speaker.name()
                    + "\" is never named in the article."));
        }
    }

    /** Characters between the two spans; 0 when they touch or overlap. */
    static int distance(Span a, Span b) {
        if (a.overlaps(b)) {
            return 0;
        }
        return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NOT_A_NAME_LETTER = java.util.regex.Pattern.compile("[^\\p{L}-]");

    /**
     * Per speaker, once per assessment: a speaker's names were split by a regular expression for
     * every one of its quotes, which made a long article's radar cost grow with quotes × aliases.
     */
    private static final class NamedCache {
        private final Map<String, Boolean> named = new HashMap<>();

        boolean named(Speaker speaker) {
            return named.computeIfAbsent(speaker.id(), id -> Radar.named(speaker));
        }
    }

    /** Whether any of the speaker's names has a capitalised word, i.e. is a name and not a role or pronoun. */
    static boolean named(Speaker speaker) {
        if (hasCapital(speaker.name()) && !PRONOUNS.contains(speaker.name().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return speaker.aliases().stream().anyMatch(a -> hasCapital(a) && !PRONOUNS.contains(a.toLowerCase(Locale.ROOT)));
    }

    private static boolean hasCapital(String s) {
        for (String w : SPACES.split(s)) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !w.equalsIgnoreCase("the")) {
                return true;
            }
        }
        return false;
    }

    /** Why the speaker looks like a document, a place or a bare role; {@code null} when it does not. */
    private static String notAPerson(Speaker speaker, String mentionText, NamedCache cache) {
        String name = speaker.name().strip();
        String[] words = SPACES.split(name.toLowerCase(Locale.ROOT));
        String last = NOT_A_NAME_LETTER.matcher(words[words.length - 1]).replaceAll("");
        if (DOCUMENTS.contains(last)) {
            return "The speaker \"" + name + "\" is a document, not the person or body behind it.";
        }
        if (mentionText != null) {
            String m = mentionText.strip().toLowerCase(Locale.ROOT);
            if ((m.startsWith("the ") || m.startsWith("a ") || m.startsWith("an ")) && !hasCapital(mentionText)
                    && !cache.named(speaker)) {
                return "The speaker is a bare role (\"" + mentionText.strip() + "\") that no name is tied to.";
            }
        }
        return null;
    }

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String one = SPACES.matcher(s.strip()).replaceAll(" ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }
}
