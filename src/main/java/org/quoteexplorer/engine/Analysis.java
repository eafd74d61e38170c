package org.quoteexplorer.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.quoteexplorer.model.Span;

/**
 * Everything the sieves read about one article, computed once: tokens, paragraphs, quotes,
 * sentences, speaker mentions and speech cues, with the index look-ups between them.
 */
final class Analysis {

    /** Openers of an introductory clause that comes before the subject, up to its comma. */
    private static final WordSet INTRODUCERS = new WordSet(WordLists.words("introducers.txt"));

    private static final WordSet CONJUNCTIONS = new WordSet(WordLists.words("conjunctions.txt"));

    private final String text;
    private final Tokens tokens;
    private final Paragraphs paragraphs;
    private final List<FoundQuote> quotes;
    private final Sentences sentences;
    private final boolean[] inQuote;
    private final boolean[] inHeading;
    private final int[] mentionStarting;
    private final int[] mentionEnding;
    private final List<Mention> mentions;
    private final List<CueFrame> frames;
    private Mention[] subjects;
    private boolean[] subjectKnown;
    /** Where each mention and each frame's cue start: the range searches read one int per step. */
    private final int[] mentionStarts;
    private final int[] frameStarts;

    Analysis(String text, List<FoundQuote> quotes) {
        this(text, text.toCharArray(), quotes);
    }

    /** With the text's chars, read and never written; the quote scanner's copy serves (a copy per pass was a tenth of the engine's allocation). */
    Analysis(String text, char[] chars, List<FoundQuote> quotes) {
        this.text = text;
        this.quotes = quotes;
        this.tokens = new Tokens(text, chars);
        this.paragraphs = new Paragraphs(tokens.chars());
        // Filled by ranges of tokens (two binary searches per quote or paragraph), not token by token.
        this.inQuote = new boolean[tokens.size()];
        int from = 0;
        for (FoundQuote quote : quotes) {
            Span outer = quote.outer();
            int first = tokens.firstStartingAtFrom(outer.start(), from);
            from = tokens.firstStartingAtFrom(outer.end(), first);
            Arrays.fill(inQuote, first, from, true);
        }
        this.inHeading = new boolean[tokens.size()];
        for (int p = 0; p < paragraphs.size(); p++) {
            if (paragraphs.isHeading(p)) {
                int first = p == 0 ? 0 : tokens.firstStartingAt(paragraphs.span(p).start());
                int to = p + 1 < paragraphs.size() ? tokens.firstStartingAt(paragraphs.span(p + 1).start()) : tokens.size();
                Arrays.fill(inHeading, first, to, true);
            }
        }
        this.sentences = new Sentences(text, paragraphs, tokens, quotes);
        this.mentions = LocativeMentions.withoutPlaces(new MentionFinder(text, tokens, inQuote, inHeading).find(), tokens);
        this.mentionStarts = new int[mentions.size()];
        this.mentionStarting = new int[tokens.size()];
        this.mentionEnding = new int[tokens.size()];
        Arrays.fill(mentionStarting, -1);
        Arrays.fill(mentionEnding, -1);
        for (int m = 0; m < mentions.size(); m++) {
            mentionStarting[mentions.get(m).firstToken()] = m;
            mentionEnding[mentions.get(m).lastToken()] = m;
            mentionStarts[m] = mentions.get(m).span().start();
        }
        this.frames = new CueFinder(this).find();
        this.frameStarts = new int[frames.size()];
        for (int f = 0; f < frames.size(); f++) {
            frameStarts[f] = frames.get(f).cue().start();
        }
    }

    /** "On “Face the Nation,” Vell said": the comma inside a closing mark ends the introduction. */
    private boolean commaClosingQuote(int comma, int end) {
        return inQuote[comma] && tokens.isPunct(comma, ',') && comma + 2 < end && inQuote[comma + 1]
                && !tokens.isWord(comma + 1) && !inQuote[comma + 2];
    }

    static boolean isIntroducer(String lower) {
        return INTRODUCERS.contains(lower);
    }

    /** {@link #isIntroducer(String)} of token {@code i}, by its hash code first: asked of most capitalised words. */
    static boolean isIntroducer(Tokens tokens, int i) {
        return INTRODUCERS.containsToken(tokens, i);
    }

    String text() {
        return text;
    }

    Tokens tokens() {
        return tokens;
    }

    Paragraphs paragraphs() {
        return paragraphs;
    }

    List<FoundQuote> quotes() {
        return quotes;
    }

    Sentences sentences() {
        return sentences;
    }

    List<Mention> mentions() {
        return mentions;
    }

    List<CueFrame> frames() {
        return frames;
    }

    /**
     * Whether a clause ends before token {@code i}: the text ends, a quotation or a new line
     * starts, or the token is a full stop, comma or semicolon ("said the chief economist, Jan
     * Hatzius." but not "…, Jan Hatzius and his deputy").
     */
    boolean clauseEndsAt(int i) {
        return i >= tokens.size() || inQuote(i) || tokens.followsLineBreak(i) || tokens.isPunct(i, '.')
                || tokens.isPunct(i, ',') || tokens.isPunct(i, ';');
    }

    boolean inQuote(int token) {
        return inQuote[token];
    }

    boolean inHeading(int token) {
        return inHeading[token];
    }

    Mention mentionStartingAt(int token) {
        return token < 0 || token >= mentionStarting.length || mentionStarting[token] < 0
                ? null : mentions.get(mentionStarting[token]);
    }

    /** Index of {@code m} in {@link #mentions()}, or -1 for a mention built elsewhere (a cue's "the woman"). */
    int indexOfMention(Mention m) {
        int t = m.firstToken();
        int i = t < 0 || t >= mentionStarting.length ? -1 : mentionStarting[t];
        return i >= 0 && mentions.get(i) == m ? i : -1;
    }

    Mention mentionEndingAt(int token) {
        return token < 0 || token >= mentionEnding.length || mentionEnding[token] < 0
                ? null : mentions.get(mentionEnding[token]);
    }

    /** Index into {@link #mentions()} of the first mention starting at or after {@code offset}. */
    int firstMentionFrom(int offset) {
        int lo = 0;
        int hi = mentionStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentionStarts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Frames whose cue starts inside {@code span}, in text order. */
    List<CueFrame> framesIn(Span span) {
        int lo = 0;
        int hi = frameStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (frameStarts[mid] < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < frameStarts.length && frameStarts[end] < span.end()) {
            end++;
        }
        return frames.subList(lo, end);
    }

    boolean isHeading(int offset) {
        return paragraphs.isHeading(paragraphs.indexOf(offset));
    }

    private static final Set<String> CLAUSE_OPENERS = WordLists.words("clause-openers.txt");

    /**
     * The subject of the last subordinate or coordinate clause that opens before {@code offset}
     * in the sentence ("Smith backed the deal, although she …"): a name or pronoun right after
     * the clause's opening word and followed by its verb, or {@code null}.
     */
    Mention clauseSubject(int sentenceIndex, int offset) {
        return clauseSubject(sentenceIndex, offset, CLAUSE_OPENERS);
    }

    /** As {@link #clauseSubject(int, int)}, for clauses that one of {@code openers} opens. */
    Mention clauseSubject(int sentenceIndex, int offset, Set<String> openers) {
        Span sentence = sentences.all().get(sentenceIndex);
        int from = firstMentionFrom(sentence.start());
        int to = firstMentionFrom(offset);
        for (int i = to - 1; i >= from; i--) {
            Mention m = mentions.get(i);
            int before = m.firstToken() - 1;
            int after = m.lastToken() + 1;
            if (before < 0 || tokens.start(before) < sentence.start() || inQuote[before] || after >= tokens.size()
                    || inQuote[after] || !tokens.isWord(after) || tokens.isCapitalised(after)) {
                continue;
            }
            // A pronoun or a name: "and union hard-liner" coordinates nouns, it opens no clause.
            boolean subjectLike = m.isPronoun() || m.firstToken() != m.lastToken() || tokens.isCapitalised(m.firstToken());
            if (openers.contains(tokens.lower(before)) && subjectLike && !"it".equals(m.pronoun())) {
                return m;
            }
        }
        return null;
    }

    /**
     * The subject of a sentence: the mention it starts with once a dateline ("VARNA —"), an
     * introductory clause ("According to a report, …") and a leading conjunction are skipped.
     */
    Mention subjectOf(int sentenceIndex) {
        // Asked many times per sentence; one answer, so that a subject built here ("the mayor,
        // Ana Kiril,") is one mention, not a new one the resolver would count again per question.
        if (subjects == null) {
            subjects = new Mention[sentences.all().size()];
            subjectKnown = new boolean[subjects.length];
        }
        if (!subjectKnown[sentenceIndex]) {
            subjects[sentenceIndex] = findSubject(sentenceIndex);
            subjectKnown[sentenceIndex] = true;
        }
        return subjects[sentenceIndex];
    }

    private Mention findSubject(int sentenceIndex) {
        Span s = sentences.all().get(sentenceIndex);
        int t = tokens.firstStartingAt(s.start());
        int end = tokens.firstStartingAt(s.end());
        t = skipDateline(t, end, s.start());
        while (t < end && inQuote[t]) {
            t++;
        }
        boolean introduced = false;
        for (int round = 0; round < 2 && t < end; round++) {
            if (CONJUNCTIONS.containsToken(tokens, t)) {
                t++;
                if (t < end && tokens.isPunct(t, ',')) {
                    t++;
                }
                continue;
            }
            if (INTRODUCERS.containsToken(tokens, t) && mentionStarting[t] < 0) {
                int comma = t;
                while (comma < end && comma - t < 30 && !(tokens.isPunct(comma, ',') && !inQuote[comma])
                        && !commaClosingQuote(comma, end)) {
                    comma++;
                }
                if (comma >= end || comma - t >= 30) {
                    return null;
                }
                t = inQuote[comma] ? comma + 2 : comma + 1;
                introduced = true;
            }
        }
        // After an introduction with commas of its own ("Speaking in Varna, Norland, Vell
        // said"), the subject is the first mention after a comma that a verb follows.
        Mention first = null;
        for (int tries = 0; t < end && tries < 4; tries++) {
            Mention m = mentionStartingAt(t);
            if (m != null && m.isBareRole()) {
                m = namedInApposition(m, end);
            }
            if (m != null && (tries == 0 && !introduced || followedByVerb(m, end))) {
                return "it".equals(m.pronoun()) ? null : m;
            }
            if (m == null && (tries == 0 || introduced)) {
                m = afterModifiers(t, end); // "At a rally in Concord, N.H., 14-year-old Ana Kiril said"
                if (m != null) {
                    return m;
                }
            }
            if (first == null && m != null) {
                first = m;
            }
            int comma = t;
            while (comma < end && !(tokens.isPunct(comma, ',') && !inQuote[comma])) {
                comma++;
            }
            t = comma + 1;
        }
        return first == null || "it".equals(first.pronoun()) ? null : first;
    }

    /**
     * "Harbour union front-runner Tomas Vell is …": descriptive words the chunker
     * left out before the name that is the subject.
     */
    private Mention afterModifiers(int t, int end) {
        for (int k = t; k < end && k - t < 5 && !inQuote[k] && tokens.isWord(k); k++) {
            Mention m = k > t ? mentionStartingAt(k) : null;
            if (m != null) {
                return !m.isPronoun() && m.name() != null && followedByVerb(m, end) ? m : null;
            }
            if (tokens.is(k, Lexicon.FUNCTION | Lexicon.SPEECH_VERB | Lexicon.FILLER | Lexicon.PRONOUN)
                    || tokens.isPossessive(k)) {
                return null;
            }
        }
        return null;
    }

    /** "The Union’s top diplomat, Ana Kiril, struck …": the name set off after a role is the subject. */
    private Mention namedInApposition(Mention role, int end) {
        int comma = role.lastToken() + 1;
        if (comma >= end || !tokens.isPunct(comma, ',')) {
            return role;
        }
        Mention named = mentionStartingAt(comma + 1);
        int close = named == null ? -1 : named.lastToken() + 1;
        if (named == null || named.isPronoun() || named.name() == null || named.kind() != org.quoteexplorer.model.SpeakerKind.PERSON
                || close >= end || !tokens.isPunct(close, ',')) {
            return role;
        }
        return new Mention(named.span(), named.firstToken(), named.lastToken(), named.name(),
                named.title() != null ? named.title() : role.title(), named.kind(), null, named.surface());
    }

    /** Auxiliaries and adverbs that may follow a subject, though the lexicon counts them as function words. */
    private static final WordSet AFTER_SUBJECT = new WordSet(union(Lexicon.AUXILIARIES, WordLists.words("after-subject.txt")));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private boolean followedByVerb(Mention m, int end) {
        int next = m.lastToken() + 1;
        // "Alongside Vell, the harbour master and hard-liner, Kiril launched …": "and" follows no subject.
        return next < end && tokens.isWord(next) && !tokens.isCapitalised(next) && !inQuote[next]
                && (!tokens.is(next, Lexicon.FUNCTION) || AFTER_SUBJECT.containsToken(tokens, next));
    }

    /** "VARNA:", "WASHINGTON (AP) —" at the start of the first sentence of a paragraph. */
    private int skipDateline(int t, int end, int sentenceStart) {
        int p = paragraphs.indexOf(sentenceStart);
        if (paragraphs.span(p).start() != sentenceStart || paragraphs.isHeading(p)) {
            return t;
        }
        for (int i = t; i < end && i - t < 10; i++) {
            if (inQuote[i]) {
                return t;
            }
            if (tokens.isWord(i)) {
                boolean number = Character.isDigit(text.charAt(tokens.start(i)));
                if (!tokens.isCapitalised(i) && !number) {
                    return t;
                }
                continue;
            }
            if (i > t && (tokens.isPunct(i, ':') || tokens.isPunct(i, '—') || tokens.isPunct(i, '–')
                    || tokens.isPunct(i, '-'))) {
                return i + 1;
            }
            boolean abbreviation = tokens.isPunct(i, '.') && i > t && tokens.end(i - 1) == tokens.start(i); // "Ore."
            if (!tokens.isPunct(i, ',') && !tokens.isPunct(i, '(') && !tokens.isPunct(i, ')') && !abbreviation) {
                return t;
            }
        }
        return t;
    }
}
