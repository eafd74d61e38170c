package org.quoteexplorer.review;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/**
 * What the radar knows about one open quote, as named numbers for {@link RadarModel}: the rule
 * and its confidence, each flag, how far and what kind of mention the speaker rests on, the
 * quote's shape and place, and how crowded its paragraph is; then a second reading of the quote's
 * sentence (who stands next to its speech verbs, other speakers and pronouns in it, a report it
 * credits), the speakers of the quotes either side, and what the speaker's name itself suggests
 * (a lower-case phrase, a one-word "-ing", a name the article writes after "in" or "from", as a
 * place's). Names are stable (they are what the model's trees split on); a value is 0 or 1 for a
 * yes/no and a small log for a count or a distance.
 */
final class RadarFeatures {

    /** Rule names are features of their own; these families are all the others. */
    static final Set<String> FAMILIES = Set.of("bias", "rule", "flag", "doubt", "mention", "kind",
            "distance", "after", "cue", "type", "length", "lone", "speaker-quotes", "others-in-paragraph",
            "paragraph", "starts-paragraph", "inside-quote", "sentence", "speaker", "neighbour", "nested", "second");

    private final AnnotatedArticle doc;
    private final String text;
    private final Map<String, Speaker> speakers;
    private final Map<String, Integer> quotesBySpeaker;
    /** Offsets of every line break, to find a quote's paragraph by binary search. */
    private final int[] breaks;
    private final Map<Integer, Set<String>> speakersByParagraph = new HashMap<>();
    private final Map<String, Set<String>> byWord;
    private final Words.Index words;
    private final Map<String, Integer> indexOf = new HashMap<>();
    /** Per speaker id: how often a word of its name is written, and how often after "in", "from"…: a place's name. */
    private final Map<String, int[]> namedAfterPreposition = new HashMap<>();

    private static final Set<String> LOCATIVE = Set.of("in", "from", "across", "to", "at", "into", "near", "outside",
            "throughout", "around");

    /**
     * One pass over the text that looks up only capitalised words: a list of every word of a
     * megabyte article cost the radar a quarter of its time.
     */
    private void countLocative() {
        int previousStart = 0;
        int previousEnd = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                continue;
            }
            if (Character.isUpperCase(text.charAt(start)) && i - start > 2 && maybeName(start, i)) {
                Set<String> ids = byWord.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (ids != null && ids.size() == 1) {
                    int[] count = namedAfterPreposition.computeIfAbsent(ids.iterator().next(), k -> new int[2]);
                    count[0]++;
                    if (previousEnd - previousStart <= 10 && start - previousEnd <= 2
                            && LOCATIVE.contains(text.substring(previousStart, previousEnd).toLowerCase(Locale.ROOT))) {
                        count[1]++;
                    }
                }
            }
            previousStart = start;
            previousEnd = i;
        }
    }

    /** Bits set by the hash codes of the speakers' name words, to pass over most other words without a string. */
    private final long[] nameHashes = new long[256];

    /**
     * False only when text[start, end) lower-cased cannot be a name word: an ASCII word whose
     * lower-cased hash code no name word has. Other words are looked up as before.
     */
    private boolean maybeName(int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                return true;
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        int bit = h & (nameHashes.length * 64 - 1);
        return (nameHashes[bit >>> 6] & 1L << bit) != 0;
    }

    RadarFeatures(AnnotatedArticle doc, Words.Index words, Map<String, Set<String>> nameWords,
            Map<String, Speaker> speakers, Map<String, Integer> quotesBySpeaker) {
        this.doc = doc;
        this.words = words;
        this.text = doc.text();
        this.speakers = speakers;
        this.quotesBySpeaker = quotesBySpeaker;
        int n = 0;
        int[] found = new int[16];
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = i;
        }
        this.breaks = Arrays.copyOf(found, n);
        this.byWord = nameWords;
        for (String w : nameWords.keySet()) {
            int bit = w.hashCode() & (nameHashes.length * 64 - 1);
            nameHashes[bit >>> 6] |= 1L << bit;
        }
        countLocative();
        List<Quote> quotes = doc.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            indexOf.put(quotes.get(i).id(), i);
        }
        for (Quote q : doc.quotes()) {
            if (q.isAttributed()) {
                speakersByParagraph.computeIfAbsent(paragraph(q.span().start()), k -> new HashSet<>()).add(q.speakerId());
            }
        }
    }

    /** The paragraph (0 = the first line, the headline in a news text) holding the offset. */
    int paragraph(int offset) {
        int i = Arrays.binarySearch(breaks, offset);
        return i >= 0 ? i : -i - 1;
    }

    private int paragraphStart(int index) {
        return index == 0 ? 0 : breaks[index - 1] + 1;
    }

    /**
     * Where the features of one quote go, by name: a map for fitting and for {@link Radar#features},
     * or straight into the model's numbered input when assessing, without a map per quote. A name
     * written twice keeps its last value, as a map would.
     */
    interface Sink {
        void put(String name, double value);
    }

    /** The features of an open quote with the flags the radar raised on it. */
    Map<String, Double> of(Quote q, List<Flag> flags) {
        Map<String, Double> f = new LinkedHashMap<>();
        describe(q, flags, f::put);
        return f;
    }

    private static final Map<FlagCode, String> FLAG_NAMES = new EnumMap<>(FlagCode.class);
    private static final Map<QuoteType, String> TYPE_NAMES = new EnumMap<>(QuoteType.class);
    private static final Map<SpeakerKind, String> KIND_NAMES = new EnumMap<>(SpeakerKind.class);

    static {
        for (FlagCode c : FlagCode.values()) {
            FLAG_NAMES.put(c, "flag:" + c.code());
        }
        for (QuoteType t : QuoteType.values()) {
            TYPE_NAMES.put(t, "type:" + t.name().toLowerCase(Locale.ROOT));
        }
        for (SpeakerKind k : SpeakerKind.values()) {
            KIND_NAMES.put(k, "kind:" + k.code());
        }
    }

    /** "rule:NAME" per rule, made once: the names are looked up in the model for every quote. */
    private final Map<String, String> ruleNames = new HashMap<>();

    /** {@link #of} into any sink. */
    void describe(Quote q, List<Flag> flags, Sink f) {
        f.put("bias", 1.0);
        for (Flag flag : flags) {
            f.put(FLAG_NAMES.get(flag.code()), 1.0);
        }
        f.put(TYPE_NAMES.get(q.type()), 1.0);
        f.put("length", Math.log1p(q.span().length()) / 5);
        int para = paragraph(q.span().start());
        f.put("paragraph", Math.log1p(para) / 3);
        int start = paragraphStart(para);
        while (start < q.span().start() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == q.span().start()) {
            f.put("starts-paragraph", 1.0);
        }
        Set<String> here = speakersByParagraph.getOrDefault(para, Set.of());
        Speaker speaker = q.isAttributed() ? speakers.get(q.speakerId()) : null;
        if (speaker == null) {
            f.put("others-in-paragraph", Math.log1p(here.size()));
            return;
        }
        f.put("others-in-paragraph", Math.log1p(here.size() - (here.contains(speaker.id()) ? 1 : 0)));
        String rule = q.origin().startsWith("rule:") ? q.origin().substring(5) : "manual";
        f.put(ruleNames.computeIfAbsent(rule, r -> "rule:" + r), 1.0);
        f.put("doubt", 1 - q.confidence());
        f.put(KIND_NAMES.get(speaker.kind()), 1.0);
        int count = quotesBySpeaker.getOrDefault(speaker.id(), 1);
        if (count == 1) {
            f.put("lone", 1.0);
        }
        f.put("speaker-quotes", Math.log1p(count) / 3);
        if (q.mention() == null) {
            f.put("mention:none", 1.0);
        } else {
            f.put(MENTION_NAMES.get(mentionKind(q.mention().of(text))), 1.0);
            f.put("distance", Math.log1p(Radar.distance(q.span(), q.mention())) / 5);
            if (q.mention().start() >= q.span().end()) {
                f.put("after", 1.0);
            }
            if (paragraph(q.mention().start()) != para) {
                f.put("mention:other-paragraph", 1.0);
            }
            if (q.span().contains(q.mention().start())) {
                f.put("inside-quote", 1.0);
            }
        }
        sentenceFeatures(q, speaker, f);
        speakerFeatures(speaker, f);
        int[] named = namedAfterPreposition.get(speaker.id());
        if (named != null && named[1] > 0) {
            f.put("speaker:locative", named[1] / (double) named[0]);
        }
        neighbourFeatures(q, para, f);
        if (q.cue() == null) {
            f.put("cue:none", 1.0);
        } else {
            f.put("cue", Math.log1p(Radar.distance(q.span(), q.cue())) / 5);
        }
    }

    private static final Map<String, String> MENTION_NAMES = Map.of("pronoun", "mention:pronoun", "role", "mention:role",
            "the-name", "mention:the-name", "name", "mention:name");

    /** How far either side of a quote its sentence is looked for; a longer one is rare and costly. */
    private static final int SENTENCE_REACH = 300;

    /** Words in the sentence that credit words to a source other than the subject: a report, an account. */
    private static final Set<String> SOURCE_WORDS = Set.of("according", "reported", "report", "reports", "told",
            "interview", "wrote", "statement", "quoted", "quoting", "cited", "citing", "asked", "transcript");

    /**
     * The quote's sentence, outside any quote marks: other capitalised words (other people or
     * bodies who might be the speaker), words that credit a report or an interviewer, and whether
     * the quote sits inside the sentence rather than starting it.
     */
    private void sentenceFeatures(Quote q, Speaker speaker, Sink f) {
        int from = q.span().start();
        int limit = Math.max(0, from - SENTENCE_REACH);
        while (from > limit && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = q.span().end();
        int end = Math.min(text.length(), to + SENTENCE_REACH);
        while (to < end && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        Set<String> own = ownWords.computeIfAbsent(speaker.id(), id -> nameWords(speaker));
        int others = 0;
        boolean source = false;
        int cues = 0;
        int pronouns = 0;
        Set<String> otherSpeakers = new HashSet<>();
        List<Words.Word> words = this.words.of(from, to);
        boolean agrees = false;
        boolean differs = false;
        for (int k = 0; k < words.size(); k++) {
            Words.Word w = words.get(k);
            if (q.span().contains(w.start()) || (tags(w) & SPEECH) == 0 || w.text().equals("according")) {
                continue;
            }
            // The word next to a speech verb outside the quote is who another reading would credit.
            for (int side : new int[] {k - 1, k + 1}) {
                if (side < 0 || side >= words.size()) {
                    continue;
                }
                Words.Word n = words.get(side);
                if (q.span().contains(n.start()) || quoteBetween(w, n, q)) {
                    continue;
                }
                int nt = tags(n);
                boolean candidate = (nt & SUBJECT) != 0 || Character.isUpperCase(text.charAt(n.start()));
                if (!candidate || (nt & STOP) != 0 && (nt & SUBJECT) == 0) {
                    continue;
                }
                if (q.mention() != null && q.mention().start() <= n.start() && n.start() < q.mention().end() + 2
                        || own.contains(n.text())) {
                    agrees = true;
                } else {
                    differs = true;
                }
            }
        }
        if (agrees) {
            f.put("second:agrees", 1.0);
        }
        if (differs) {
            f.put("second:differs", 1.0);
        }
        if (!agrees && !differs) {
            f.put("second:none", 1.0);
        }
        if (q.mention() != null && (q.mention().end() <= from || q.mention().start() >= to)) {
            f.put("mention:outside-sentence", 1.0);
        }
        for (Words.Word w : words) {
            if (q.span().contains(w.start())) {
                continue;
            }
            int t = tags(w);
            if ((t & SOURCE) != 0) {
                source = true;
            }
            if ((t & REPORT) != 0) {
                f.put("sentence:report", 1.0);
            }
            if ((t & SPEECH) != 0) {
                cues++;
            }
            if ((t & SUBJECT) != 0 && (q.mention() == null || !q.mention().contains(w.start()))) {
                pronouns++;
            }
            Set<String> ids = (t & NAMED) != 0 ? byWord.get(w.text()) : null;
            if (ids != null && !ids.contains(speaker.id()) && Character.isUpperCase(text.charAt(w.start()))) {
                otherSpeakers.addAll(ids);
            }
            char c = text.charAt(w.start());
            if (Character.isUpperCase(c) && !own.contains(w.text()) && (t & STOP) == 0
                    && (t & PRONOUN) == 0 && w.start() > from + 1) {
                others++;
            }
        }
        f.put("sentence:other-names", Math.log1p(others));
        f.put("sentence:cues", Math.log1p(cues));
        f.put("sentence:pronouns", Math.log1p(pronouns));
        f.put("sentence:other-speakers", Math.log1p(otherSpeakers.size()));
        if (q.mention() != null) {
            int m = q.mention().start() - 1;
            while (m >= from && !Character.isLetterOrDigit(text.charAt(m))) {
                m--;
            }
            if (m < from) {
                f.put("mention:subject", 1.0);
            }
            int after = q.mention().end();
            if (after + 1 < text.length() && (text.charAt(after) == '\'' || text.charAt(after) == '’')
                    && (text.charAt(after + 1) == 's' || text.charAt(after + 1) == 'S')) {
                f.put("mention:possessive", 1.0);
            }
        }
        if (source) {
            f.put("sentence:source", 1.0);
        }
        int before = q.span().start() - 1;
        while (before >= from && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (before >= from && Character.isLetterOrDigit(text.charAt(before))) {
            f.put("sentence:inside", 1.0);
        }
    }

    private static final int KNOWN = 1;
    private static final int SPEECH = 2;
    private static final int SOURCE = 4;
    private static final int REPORT = 8;
    private static final int SUBJECT = 16;
    private static final int STOP = 32;
    private static final int PRONOUN = 64;
    private static final int NAMED = 128;

    /**
     * Per distinct word of the article, which of the word lists above it is on: looked up once
     * per word rather than in every list for every word of every quote's sentence.
     */
    private int[] tags = new int[0];

    private int tags(Words.Word w) {
        int id = w.textId();
        if (id >= tags.length) {
            tags = Arrays.copyOf(tags, Math.max(id + 1, words.texts() + 64));
        }
        int t = tags[id];
        if (t == 0) {
            String s = w.text();
            t = KNOWN | (SPEECH_WORDS.contains(s) ? SPEECH : 0) | (SOURCE_WORDS.contains(s) ? SOURCE : 0)
                    | (REPORT_WORDS.contains(s) ? REPORT : 0) | (SUBJECT_PRONOUNS.contains(s) ? SUBJECT : 0)
                    | (Words.STOP.contains(s) ? STOP : 0) | (Radar.PRONOUNS.contains(s) ? PRONOUN : 0)
                    | (byWord.containsKey(s) ? NAMED : 0);
            tags[id] = t;
        }
        return t;
    }

    /** Whether a quote mark of the quote lies between two neighbouring words. */
    private static boolean quoteBetween(Words.Word a, Words.Word b, Quote q) {
        int lo = Math.min(a.end(), b.end());
        int hi = Math.max(a.start(), b.start());
        return q.span().start() >= lo && q.span().start() < hi || q.span().end() > lo && q.span().end() <= hi;
    }

    /** Words that credit the quote to a report in which someone said it: the report may be the speaker. */
    private static final Set<String> REPORT_WORDS = Set.of("according", "reported", "report", "reports", "quoted",
            "quoting", "cited", "citing");

    private static final Set<String> SPEECH_WORDS = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "asked", "asks", "wrote", "writes", "according", "stated", "noted", "explained", "argued", "insisted",
            "declared", "tweeted", "replied", "responded", "recalled", "warned", "continued", "claimed", "saying",
            "telling", "adding", "announced", "suggested");

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "i", "we");

    /** What the speaker's name itself says: a name of a person, or a word the engine took for one. */
    private static void speakerFeatures(Speaker speaker, Sink f) {
        String name = speaker.name().strip();
        if (name.isEmpty()) {
            return;
        }
        if (!Character.isUpperCase(name.codePointAt(0))) {
            f.put("speaker:lower", 1.0);
        }
        if (name.indexOf(' ') < 0) {
            f.put("speaker:one-word", 1.0);
            if (name.toLowerCase(Locale.ROOT).endsWith("ing") || name.indexOf('-') >= 0) {
                f.put("speaker:odd", 1.0);
            }
        }
        if (speaker.titleSource() == org.quoteexplorer.model.TitleSource.SPEAKER_LIST || speaker.registryId() != null) {
            f.put("speaker:listed", 1.0);
        }
        if (speaker.title() != null) {
            f.put("speaker:titled", 1.0);
        }
    }

    /** The quotes either side in the paragraph: a different speaker next door is a second opinion. */
    private void neighbourFeatures(Quote q, int para, Sink f) {
        List<Quote> quotes = doc.quotes();
        int i = indexOf.getOrDefault(q.id(), -1);
        if (i < 0) {
            return;
        }
        if (i > 0) {
            Quote p = quotes.get(i - 1);
            if (p.span().contains(q.span().start()) || q.span().contains(p.span().start())) {
                f.put("nested", 1.0);
            }
            if (p.isAttributed() && paragraph(p.span().start()) == para) {
                f.put(p.speakerId().equals(q.speakerId()) ? "neighbour:before-same" : "neighbour:before-differs", 1.0);
            }
        }
        if (i + 1 < quotes.size()) {
            Quote n = quotes.get(i + 1);
            if (q.span().contains(n.span().start())) {
                f.put("nested", 1.0);
            }
            if (n.isAttributed() && paragraph(n.span().start()) == para) {
                f.put(n.speakerId().equals(q.speakerId()) ? "neighbour:after-same" : "neighbour:after-differs", 1.0);
            }
        }
        if (q.mention() != null) {
            for (int k = Math.max(0, i - 3); k < Math.min(quotes.size(), i + 4); k++) {
                if (k != i && quotes.get(k).span().contains(q.mention().start())) {
                    f.put("mention:in-other-quote", 1.0);
                }
            }
        }
    }

    /** The lower-case words of a speaker's name and aliases, once per speaker rather than once per quote. */
    private final Map<String, Set<String>> ownWords = new HashMap<>();

    private static Set<String> nameWords(Speaker speaker) {
        Set<String> own = new HashSet<>();
        for (String n : speaker.aliases()) {
            own.addAll(Arrays.asList(NOT_LETTERS.split(n.toLowerCase(Locale.ROOT))));
        }
        own.addAll(Arrays.asList(NOT_LETTERS.split(speaker.name().toLowerCase(Locale.ROOT))));
        return own;
    }

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    /** Pronoun, bare role, name of a person or of a body: what the mention tells of the speaker. */
    static String mentionKind(String mention) {
        String m = mention.strip();
        String lower = m.toLowerCase(Locale.ROOT);
        if (Radar.PRONOUNS.contains(lower) || lower.equals("who") || lower.equals("which")) {
            return "pronoun";
        }
        boolean capital = false;
        // The words as split at runs of ASCII white space (a regular expression's \\s), without compiling one per quote.
        int i = 0;
        int n = m.length();
        while (i < n && !capital) {
            while (i < n && " \t\n\u000B\f\r".indexOf(m.charAt(i)) >= 0) {
                i++;
            }
            int start = i;
            while (i < n && " \t\n\u000B\f\r".indexOf(m.charAt(i)) < 0) {
                i++;
            }
            if (i > start && Character.isUpperCase(m.codePointAt(start))
                    && !(i - start == 3 && m.regionMatches(true, start, "the", 0, 3))) {
                capital = true;
            }
        }
        if (!capital) {
            return "role";
        }
        return lower.startsWith("the ") ? "the-name" : "name";
    }

    AnnotatedArticle doc() {
        return doc;
    }
}
