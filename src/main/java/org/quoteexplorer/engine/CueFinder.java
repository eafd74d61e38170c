package org.quoteexplorer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.SpeakerKind;

/**
 * Finds speech cues outside quotations and the mention each one rests on.
 *
 * <p>For a finite verb the speaker is the mention just before it, past adverbs and auxiliaries
 * ("Smith also said", "she has repeatedly said") and past a bracketed apposition or relative
 * clause ("Ross, the city's police commissioner, said"); failing that, in the inverted news
 * order, the mention just after it ("…,” said Ostrova"). For a participle it is the subject of
 * the clause the participle hangs on, found by {@link Analysis#subjectOf(int)}.
 */
final class CueFinder {

    private static final int MAX_APPOSITION_TOKENS = 30;

    private final Analysis doc;

    CueFinder(Analysis doc) {
        this.doc = doc;
    }

    List<CueFrame> find() {
        Tokens t = doc.tokens();
        List<CueFrame> frames = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            Candidate c = candidate(k);
            if (c == null) {
                continue;
            }
            for (CuePattern pattern : CUE_PATTERNS) {
                Match match = pattern.match(this, c, frames);
                if (match != null) {
                    if (match.frame() != null) {
                        frames.add(match.frame());
                    }
                    break;
                }
            }
        }
        return frames;
    }

    /** A token that may start a cue: a phrasal cue ("went on"), "according", or a speech verb outside quotes. */
    private Candidate candidate(int k) {
        Tokens t = doc.tokens();
        if (doc.inQuote(k)) {
            return null;
        }
        if (isGoingOn(k) || isHittingBack(k)) {
            return new Candidate(k, t.lower(k), null, true);
        }
        if (!t.isWord(k) || !t.is(k, Lexicon.SPEECH_VERB) && !t.lowerIs(k, "according")) {
            return null;
        }
        String w = t.lower(k);
        return new Candidate(k, w, Lexicon.SPEECH_VERBS.get(w), false);
    }

    /**
     * A token a cue pattern is tried on.
     *
     * @param phrasal whether it starts "went on" or "shot back" rather than being a speech verb
     */
    private record Candidate(int k, String word, Lexicon.VerbForm form, boolean phrasal) {

        boolean participle() {
            return form == Lexicon.VerbForm.PARTICIPLE;
        }

        /** "said", "called": a finite past form, which after "is"/"was" makes a passive. */
        boolean finitePast() {
            return form == Lexicon.VerbForm.FINITE && Lexicon.isPastForm(word);
        }

        boolean strong() {
            return Lexicon.isStrongSpeechVerb(word);
        }
    }

    /**
     * What a pattern made of a candidate: a frame, or {@code frame == null} when the pattern
     * recognised the token and rules it out as a cue. A pattern that does not apply returns no
     * match at all, and the next one is tried.
     */
    private record Match(CueFrame frame) {

        static final Match NOT_A_CUE = new Match(null);

        static Match of(Span cue, int k, Mention speaker, CueFrame.Form form, boolean strong) {
            return new Match(new CueFrame(cue, k, speaker, form, strong));
        }
    }

    private static final CuePattern[] CUE_PATTERNS = CuePattern.values();

    /**
     * The ways a cue is read, tried in this order on each candidate; the first that applies
     * decides. Order matters: the guards that rule a verb out (a noun, a reduced passive, a
     * name) must come before the patterns that would otherwise find it a speaker.
     */
    enum CuePattern {
        /** "“…,” he went on." / "Kiril shot back, “…”". */
        PHRASAL {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                if (!c.phrasal()) {
                    return null;
                }
                Tokens t = f.doc.tokens();
                Mention before = f.speakerBefore(c.k());
                return before == null ? Match.NOT_A_CUE
                        : Match.of(new Span(t.start(c.k()), t.end(c.k() + 1)), c.k(), before, CueFrame.Form.SPEAKER_VERB, true);
            }
        },
        /** "according to Ana Kiril", "according to conservative talk radio host Ana Kiril". */
        ACCORDING_TO {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                Tokens t = f.doc.tokens();
                int k = c.k();
                if (!c.word().equals("according") || k + 2 >= t.size() || !t.lower(k + 1).equals("to")) {
                    return null;
                }
                Analysis doc = f.doc;
                Mention m = f.ownerOf(doc.mentionStartingAt(k + 2));
                for (int j = k + 3; m == null && j < t.size() && j <= k + 7 && t.isWord(j - 1) && !doc.inQuote(j - 1)
                        && !t.isCapitalised(j - 1) && !t.is(j - 1, Lexicon.FUNCTION); j++) {
                    // "according to conservative talk radio host Ana Kiril": roles the chunker left out.
                    Mention later = doc.mentionStartingAt(j);
                    if (later != null && !later.isPronoun() && later.name() != null) {
                        m = later;
                    }
                }
                return m == null ? Match.NOT_A_CUE
                        : Match.of(new Span(t.start(k), t.end(k + 1)), k, m, CueFrame.Form.ACCORDING_TO, true);
            }
        },
        /** "according" without "to", or a capitalised verb inside a sentence (part of a name or title): no cue. */
        NOT_A_VERB {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                int k = c.k();
                boolean capitalisedInside = f.doc.tokens().isCapitalised(k) && !f.doc.inHeading(k) && !f.startsSentence(k);
                return c.form() == null || capitalisedInside ? Match.NOT_A_CUE : null;
            }
        },
        /** "a firm reply", "his remarks"; in a headline, "Hamas Says Ceasefire Talks …". */
        USED_AS_NOUN {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                int k = c.k();
                return f.usedAsNoun(k) || f.doc.inHeading(k) && (f.inObjectOfEarlierVerb(k) || f.endsHeadingAfterQuote(k))
                        ? Match.NOT_A_CUE : null;
            }
        },
        /** "Vell is questioning whether …": a progressive is as finite as "said". */
        PROGRESSIVE {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                int be = c.participle() ? f.beBefore(c.k()) : -1;
                Mention before = be >= 0 ? f.speakerBefore(be) : null;
                return before == null ? null
                        : Match.of(f.cueSpan(c.k()), c.k(), before, CueFrame.Form.SPEAKER_VERB, c.strong());
            }
        },
        /** "Fidan was quoted as saying by the agency": the one quoted speaks, the agency reports. */
        WAS_QUOTED_AS {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                Tokens t = f.doc.tokens();
                int k = c.k();
                if (!c.participle() || k < 2 || !t.lower(k - 1).equals("as") || !t.lower(k - 2).equals("quoted")
                        || f.beBefore(k - 2) < 0) {
                    return null;
                }
                Mention quoted = f.speakerBefore(f.beBefore(k - 2));
                return quoted == null ? null : Match.of(f.cueSpan(k), k, quoted, CueFrame.Form.SPEAKER_VERB, true);
            }
        },
        /** "The agency quoted Kell as saying …": the one quoted speaks, the agency reports. */
        QUOTED_AS {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                Mention quotedPerson = c.participle() ? f.quotedAs(c.k()) : null;
                return quotedPerson == null ? null
                        : Match.of(f.cueSpan(c.k()), c.k(), quotedPerson, CueFrame.Form.SPEAKER_VERB, true);
            }
        },
        /**
         * "quoted" in "was quoted as saying" and in "the agency quoted Kell as saying": the
         * participle after "as" carries the cue, and the one quoted speaks, not the agency.
         */
        QUOTED_BEFORE_AS {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                Tokens t = f.doc.tokens();
                int k = c.k();
                if (k + 1 >= t.size() || !(c.word().equals("quoted") || c.word().equals("quotes") || c.word().equals("quoting"))) {
                    return null;
                }
                if (t.lower(k + 1).equals("as")) {
                    return Match.NOT_A_CUE;
                }
                Mention quoted = f.doc.mentionStartingAt(k + 1);
                int as = quoted == null ? -1 : quoted.lastToken() + 1;
                if (as > 0 && as < t.size() && t.isPunct(as, ',')) {
                    // "quoted Pak Chol, the defence minister, as saying"
                    int close = as + 1;
                    while (close < t.size() && close <= as + 12 && !t.isPunct(close, ',') && !f.doc.inQuote(close)) {
                        close++;
                    }
                    as = close < t.size() && t.isPunct(close, ',') ? close + 1 : -1;
                }
                return as > 0 && as + 1 < t.size() && t.lowerIs(as, "as") && t.is(as + 1, Lexicon.SPEECH_VERB)
                        ? Match.NOT_A_CUE : null;
            }
        },
        /** "has been called “…” by Smith": a passive speaks through its agent, if it names one. */
        PASSIVE_AGENT {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                if (!c.finitePast() || f.beBefore(c.k()) < 0) {
                    return null;
                }
                Mention agent = f.agentAfter(c.k());
                return agent == null ? Match.NOT_A_CUE
                        : Match.of(f.cueSpan(c.k()), c.k(), agent, CueFrame.Form.VERB_SPEAKER, c.strong());
            }
        },
        /** "when pressed on the plan, she replied": the one pressed is spoken to. */
        REDUCED_PASSIVE {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                int k = c.k();
                return c.finitePast() && k > 0 && !f.doc.inQuote(k - 1) && PASSIVE_OPENERS.containsToken(f.doc.tokens(), k - 1)
                        ? Match.NOT_A_CUE : null;
            }
        },
        /** "a book called “Women Who Work”": a name, not a quotation. */
        NAMES_A_THING {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                return c.form() == Lexicon.VerbForm.FINITE && NAMING_VERBS.contains(c.word()) && f.namesAThing(c.k())
                        ? Match.NOT_A_CUE : null;
            }
        },
        /** "…, adding": the speaker is the subject of the clause the participle hangs on (it may be unknown). */
        PARTICIPLE {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                return c.participle()
                        ? Match.of(f.cueSpan(c.k()), c.k(), f.participleSubject(c.k(), earlier), CueFrame.Form.PARTICIPLE,
                                c.strong())
                        : null;
            }
        },
        /**
         * "…, it has used “velvet gloves” with its neighbours, said Nora Veld, an analyst.": a
         * finite verb after a comma with a name that closes the clause is the inverted
         * attribution, whoever the clause before it is about. "Smith, fired in May, said Jones
         * was lying" goes on after the name and is not one.
         */
        INVERTED_AFTER_COMMA {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                Tokens t = f.doc.tokens();
                int k = c.k();
                if (c.participle() || k == 0 || !t.isPunct(k - 1, ',') || f.doc.inQuote(k - 1)
                        || !INVERTING_LEMMAS.contains(Lexicon.lemmaOf(t.lower(k)))) {
                    return null; // "…, told the New Yorker": after "told" stands the listener
                }
                Mention after = f.speakerAfter(k);
                if (after == null || after.isPronoun() || after.name() == null || after.firstToken() != k + 1
                        || !t.isCapitalised(k + 1)) {
                    return null;
                }
                int next = after.lastToken() + 1;
                boolean closes = next >= t.size() || t.isPunct(next, ',') || t.isPunct(next, '.') || t.isPunct(next, ';');
                return closes ? Match.of(f.cueSpan(k), k, after, CueFrame.Form.VERB_SPEAKER, c.strong()) : null;
            }
        },
        /** "Vell said", "Ross, the city's police commissioner, said": see {@link SpeakerBefore}. */
        SPEAKER_BEFORE {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                Mention before = f.speakerBefore(c.k());
                return before == null ? null
                        : Match.of(f.cueSpan(c.k()), c.k(), before, CueFrame.Form.SPEAKER_VERB, c.strong());
            }
        },
        /** "…,” said Ostrova": the inverted news order. */
        SPEAKER_AFTER {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                Mention after = f.ownerOf(f.speakerAfter(c.k()));
                return after == null ? null
                        : Match.of(f.cueSpan(c.k()), c.k(), after, CueFrame.Form.VERB_SPEAKER, c.strong());
            }
        },
        /** "Ostrova, who in the past described the plan as “…”". */
        RELATIVE_BEFORE {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                Mention relative = f.relativeBefore(c.k());
                return relative == null ? null
                        : Match.of(f.cueSpan(c.k()), c.k(), relative, CueFrame.Form.SPEAKER_VERB, c.strong());
            }
        },
        /** A second verb of the same subject: "Smith praised X but described Y as “…”". */
        SECOND_VERB_OF_SUBJECT {
            @Override
            Match match(CueFinder f, Candidate c, List<CueFrame> earlier) {
                Tokens t = f.doc.tokens();
                Mention subject = f.doc.subjectOf(f.doc.sentences().indexOf(t.start(c.k())));
                return subject != null && subject.span().end() <= t.start(c.k())
                        ? Match.of(f.cueSpan(c.k()), c.k(), subject, CueFrame.Form.PARTICIPLE, c.strong())
                        : Match.NOT_A_CUE;
            }
        };

        /** The match for candidate {@code c}, or {@code null} when this pattern does not apply to it. */
        abstract Match match(CueFinder f, Candidate c, List<CueFrame> earlier);
    }

    /** "Ostrova, who in the past described the plan as “…”": the relative pronoun a few words back speaks. */
    private Mention relativeBefore(int k) {
        Tokens t = doc.tokens();
        for (int j = k - 1; j >= 1 && k - j <= 6 && !doc.inQuote(j) && t.isWord(j); j--) {
            String w = t.lower(j);
            if (BE.containsToken(t, j) || t.isCapitalised(j)) {
                return null; // "who was greeted with chants of …": a passive; "Justice Who Once Mocked": a headline
            }
            if (w.equals("who") || w.equals("which")) {
                Mention head = t.isPunct(j - 1, ',') ? (j >= 2 ? doc.mentionEndingAt(j - 2) : null) : doc.mentionEndingAt(j - 1);
                return head == null || head.isPronoun() ? null : Mention.pronoun(t, j, w, head.kind());
            }
        }
        return null;
    }

    /** "…, said the call had been “cordial”": a verb after the phrase makes it the subject of what was said. */
    private boolean startsComplement(Mention m) {
        Tokens t = doc.tokens();
        int next = m.lastToken() + 1;
        return next < t.size() && !doc.inQuote(next) && Lexicon.AUXILIARIES.contains(t.lower(next));
    }

    private static final WordSet BE = new WordSet(WordLists.words("be-forms.txt"));

    /** The "is" of "is already claiming", or -1. */
    private int beBefore(int k) {
        Tokens t = doc.tokens();
        int j = k - 1;
        while (j >= 0 && j >= k - 3 && !doc.inQuote(j) && t.isWord(j) && !BE.containsToken(t, j) && isFiller(j)) {
            j--;
        }
        return j >= 0 && !doc.inQuote(j) && t.isWord(j) && BE.containsToken(t, j) ? j : -1;
    }

    private static final WordSet NAMING_VERBS = new WordSet(WordLists.words("naming-verbs.txt"));

    /** "…, called" right after a common noun, without a person before it: a title or a name follows. */
    private boolean namesAThing(int k) {
        Tokens t = doc.tokens();
        if (k + 1 >= t.size() || !doc.inQuote(k + 1)) {
            return false; // "surrogates called him “a genius”": a name follows the verb at once
        }
        int j = k - 1;
        if (j < 0 || doc.inQuote(j) || !t.isWord(j) || t.isCapitalised(j)
                || t.is(j, Lexicon.FUNCTION | Lexicon.FILLER | Lexicon.PRONOUN | Lexicon.SPEECH_VERB)
                || t.lower(j).endsWith("ly")) {
            return false;
        }
        for (int w = j - 1; w >= 0 && w >= j - 4 && !doc.inQuote(w); w--) {
            if (t.lowerIs(w, "what")) {
                return false; // "in what both sides called “a first step”"
            }
        }
        Mention m = doc.mentionEndingAt(j);
        return m == null || m.kind() == org.quoteexplorer.model.SpeakerKind.ORGANIZATION && !t.isCapitalised(m.firstToken())
                && Lexicon.DOCUMENT_NOUNS.contains(t.lower(j));
    }

    /** "Envoy Summoned Over ‘Hostile’ Remarks": the last word of a headline, right after its quote, is a noun. */
    private boolean endsHeadingAfterQuote(int k) {
        Tokens t = doc.tokens();
        return k > 0 && doc.inQuote(k - 1) && (k + 1 >= t.size() || t.followsLineBreak(k + 1) || t.isPunct(k + 1, '.')
                && (k + 2 >= t.size() || t.followsLineBreak(k + 2)));
    }

    /** The person in "quoted Kell as saying" / "quoting the minister as saying", or {@code null}. */
    private Mention quotedAs(int k) {
        Tokens t = doc.tokens();
        if (k < 3 || !t.lowerIs(k - 1, "as") || doc.inQuote(k - 2)) {
            return null;
        }
        if (t.isPunct(k - 2, ',')) {
            // "quoted Kim Yo-chan, a senior party official, as saying": the name before the apposition
            for (int c = k - 3; c >= 2 && c >= k - 14 && !doc.inQuote(c); c--) {
                if (t.isPunct(c, ',')) {
                    Mention name = doc.mentionEndingAt(c - 1);
                    return name != null && !name.isPronoun() && name.firstToken() >= 1
                            && isQuoting(t.lower(name.firstToken() - 1)) ? name : null;
                }
            }
            return null;
        }
        Mention m = doc.mentionEndingAt(k - 2);
        if (m == null) {
            // "quoted a diplomatic source as saying": a description the mention finder does not know
            for (int q = k - 3; q >= 0 && q >= k - 9 && t.isWord(q) && !doc.inQuote(q); q--) {
                if (isQuoting(t.lower(q))) {
                    return q + 1 <= k - 2 && DESCRIPTION_DETERMINERS.containsToken(t, q + 1) ? description(q + 1, k - 2) : null;
                }
            }
            return null;
        }
        if (m.firstToken() < 1) {
            return null;
        }
        String verb = t.lower(m.firstToken() - 1);
        if (verb.equals("by") && m.firstToken() >= 3 && t.lowerIs(m.firstToken() - 2, "quoted") && beBefore(m.firstToken() - 2) >= 0) {
            return speakerBefore(beBefore(m.firstToken() - 2)); // "Morr was quoted by the agency as saying"
        }
        return isQuoting(verb) ? m : null;
    }

    private static boolean isQuoting(String word) {
        return word.equals("quoted") || word.equals("quotes") || word.equals("quoting");
    }

    /** "spokesman for the Harbour Authority", "official from the ministry": the phrase is a role's object. */
    private boolean afterRolePreposition(Mention m) {
        Tokens t = doc.tokens();
        return Lexicon.followsPreposition(t, m.firstToken()) && m.firstToken() >= 2 && t.is(m.firstToken() - 2, Lexicon.TITLE);
    }

    /** "by Smith" within a few words after a passive verb. */
    private Mention agentAfter(int k) {
        Tokens t = doc.tokens();
        for (int j = k + 1; j < t.size() && j <= k + 8; j++) {
            if (doc.inQuote(j)) {
                continue;
            }
            if (t.isPunct(j, '.') || t.isPunct(j, ';')) {
                return null;
            }
            if (t.lower(j).equals("by")) {
                Mention m = doc.mentionStartingAt(j + 1);
                return m != null ? m : descriptionStartingAt(j + 1);
            }
        }
        return null;
    }

    /**
     * "a statement from the Defence Ministry", "a report by the inspector general": a document
     * speaks for whoever issued it, when the text says who.
     */
    private Mention ownerOf(Mention m) {
        if (m == null || m.isPronoun()) {
            return m;
        }
        Tokens t = doc.tokens();
        int last = m.lastToken();
        if (!Lexicon.DOCUMENT_NOUNS.contains(t.lower(last)) || t.isCapitalised(last) || last + 2 >= t.size()) {
            return m;
        }
        String link = t.lower(last + 1);
        if (!link.equals("from") && !link.equals("by") && !link.equals("of")) {
            return m;
        }
        Mention owner = doc.mentionStartingAt(last + 2);
        return owner != null && !owner.isPronoun() && owner.name() != null ? owner : m;
    }

    private static final WordSet PERFECT = new WordSet(WordLists.words("perfect-auxiliaries.txt"));
    private static final WordSet MODALS = new WordSet(WordLists.words("modals.txt"));

    /**
     * "must continue", "to further explain", "should also reiterate": a verb that reports nothing
     * yet, and the mention before it is seldom its speaker.
     */
    static boolean followsModal(Tokens t, int k) {
        int j = k - 1;
        // Past adverbs, not past a perfect: "may have thought" reports what was thought.
        while (j >= 0 && j >= k - 2 && isFiller(t, j) && !MODALS.containsToken(t, j) && !PERFECT.containsToken(t, j)) {
            j--;
        }
        return j >= 0 && t.isWord(j) && MODALS.containsToken(t, j);
    }

    /** First words of the two-word cue objects: no string is built for the pair unless one starts it. */
    private static final java.util.Set<String> CUE_OBJECT_FIRST_WORDS = Lexicon.CUE_OBJECTS.stream()
            .filter(o -> o.indexOf(' ') > 0).map(o -> o.substring(0, o.indexOf(' ')))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "Hamas Says Ceasefire Talks “Stalled”": in a headline every word is capitalised, and a
     * speech verb inside the object of an earlier one ("Talks") is a noun.
     */
    private boolean inObjectOfEarlierVerb(int k) {
        Tokens t = doc.tokens();
        int sentenceStart = doc.sentences().containing(t.start(k)).start();
        for (int j = k - 1; j >= 0 && t.start(j) >= sentenceStart; j--) {
            if (t.isPunct(j, ',') || t.isPunct(j, ';') || t.isPunct(j, ':') || doc.inQuote(j)) {
                return false;
            }
            if (t.isWord(j) && t.is(j, Lexicon.SPEECH_VERB) && Lexicon.SPEECH_VERBS.get(t.lower(j)) == Lexicon.VerbForm.FINITE
                    && !t.lower(j).equals(t.lower(k))) {
                return doc.mentionEndingAt(j - 1) != null; // the earlier verb has its own speaker
            }
        }
        return false;
    }

    /** "told reporters": a conventional audience belongs to the cue. */
    private Span cueSpan(int k) {
        Tokens t = doc.tokens();
        int end = t.end(k);
        if (k + 1 < t.size() && !doc.inQuote(k + 1)) {
            String next = t.lower(k + 1);
            if (Lexicon.CUE_OBJECTS.contains(next)) {
                end = t.end(k + 1);
            } else if (k + 2 < t.size() && CUE_OBJECT_FIRST_WORDS.contains(next)
                    && Lexicon.CUE_OBJECTS.contains(next + " " + t.lower(k + 2))) {
                end = t.end(k + 2);
            }
        }
        return new Span(t.start(k), end);
    }

    /**
     * The speaker named before the verb at {@code k}: the first of {@link SpeakerBefore}'s
     * patterns that finds one, looking back from the last word before the verb that is not a
     * filler ("also", "has repeatedly").
     */
    private Mention speakerBefore(int k) {
        Tokens t = doc.tokens();
        int sentenceStart = doc.sentences().containing(t.start(k)).start();
        int j = k - 1;
        while (j >= 0 && t.start(j) >= sentenceStart && !doc.inQuote(j) && isFiller(j)) {
            j--;
        }
        if (j < 0 || t.start(j) < sentenceStart || doc.inQuote(j)) {
            return null;
        }
        for (SpeakerBefore pattern : SPEAKER_BEFORE_PATTERNS) {
            Mention m = pattern.match(this, k, j, sentenceStart);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Speech verbs with no listener for an object: after them a name is their speaker. */
    private static final Set<String> INVERTING_LEMMAS = WordLists.words("inverting-speech-verbs.txt");

    private static final SpeakerBefore[] SPEAKER_BEFORE_PATTERNS = SpeakerBefore.values();

    /**
     * Where the speaker stands before a verb, tried in this order; the first that finds a
     * mention decides. Each gets the verb {@code k}, the last word before it past the fillers
     * {@code j}, and the start of the sentence.
     */
    enum SpeakerBefore {
        /** "Ankara Calls For Ceasefire, Warns Of …": a headline's second verb shares its subject. */
        HEADLINE_SECOND_VERB {
            @Override
            Mention match(CueFinder f, int k, int j, int sentenceStart) {
                Analysis doc = f.doc;
                if (!doc.inHeading(k) || !doc.tokens().isPunct(j, ',') || j > 0 && doc.inQuote(j - 1)) {
                    return null; // "Sanctions ‘will not change our course’, says PM": the quote is what is said
                }
                Mention subject = doc.subjectOf(doc.sentences().indexOf(doc.tokens().start(k)));
                return subject != null && subject.span().end() <= doc.tokens().start(j) ? subject : null;
            }
        },
        /** "Vell said", "A person close to Ana Kiril said", "Kiril and Brandt pledged". */
        MENTION {
            @Override
            Mention match(CueFinder f, int k, int j, int sentenceStart) {
                Mention m = f.doc.mentionEndingAt(f.skipParenthetical(j));
                if (m == null) {
                    return null;
                }
                Mention holder = f.holderOf(m, sentenceStart);
                if (holder == null) {
                    holder = f.coordinated(m, sentenceStart);
                }
                return holder != null ? holder : m;
            }
        },
        /** "the woman said", "the real estate developer said". */
        DESCRIPTION {
            @Override
            Mention match(CueFinder f, int k, int j, int sentenceStart) {
                return f.descriptionEndingAt(j, sentenceStart);
            }
        },
        /** "One of them described it as “absurd.”" */
        ONE_OF_THEM {
            @Override
            Mention match(CueFinder f, int k, int j, int sentenceStart) {
                return f.oneOfThem(j, sentenceStart);
            }
        },
        /** "Vell on Monday said". */
        ON_DAY {
            @Override
            Mention match(CueFinder f, int k, int j, int sentenceStart) {
                Tokens t = f.doc.tokens();
                return j >= 2 && t.lower(j - 1).equals("on") && t.is(j, Lexicon.FUNCTION) ? f.doc.mentionEndingAt(j - 2) : null;
            }
        },
        /** "Ostrova, who, after trading insults with Vell, said": the relative pronoun speaks. */
        RELATIVE_WITH_ASIDE {
            @Override
            Mention match(CueFinder f, int k, int j, int sentenceStart) {
                Analysis doc = f.doc;
                Tokens t = doc.tokens();
                if (!t.isPunct(j, ',')) {
                    return null;
                }
                for (int c = j - 1; c >= 2 && j - c <= 25 && t.start(c) >= sentenceStart && !doc.inQuote(c); c--) {
                    if ((t.lower(c).equals("who") || t.lower(c).equals("which")) && t.isPunct(c + 1, ',')
                            && t.isPunct(c - 1, ',') && doc.mentionEndingAt(c - 2) != null) {
                        return Mention.pronoun(t, c, t.lower(c), doc.mentionEndingAt(c - 2).kind());
                    }
                    if (t.isPunct(c, ';') || t.isPunct(c, '.') || t.isPunct(c, ':')) {
                        break;
                    }
                }
                return null;
            }
        },
        /** "Ross, the city's police commissioner, said", "Smith, who …, said": see {@link CueFinder#appositionHead}. */
        APPOSITION {
            @Override
            Mention match(CueFinder f, int k, int j, int sentenceStart) {
                return f.doc.tokens().isPunct(j, ',') ? f.appositionHead(j, sentenceStart) : null;
            }
        },
        /** "Several said they would …": a quantifier standing for a group of people. */
        QUANTIFIER {
            @Override
            Mention match(CueFinder f, int k, int j, int sentenceStart) {
                Tokens t = f.doc.tokens();
                if (QUANTIFIERS.containsToken(t, j) && (j == 0 || !t.isWord(j - 1) || t.start(j) == sentenceStart)
                        && Lexicon.isStrongSpeechVerb(t.lower(k))) {
                    return new Mention(new Span(t.start(j), t.end(j)), j, j, t.text(j), null,
                            org.quoteexplorer.model.SpeakerKind.GROUP, null, t.text(j));
                }
                return null;
            }
        },
        /** "an impersonator who promises": the relative pronoun is the mention. */
        RELATIVE_PRONOUN {
            @Override
            Mention match(CueFinder f, int k, int j, int sentenceStart) {
                Analysis doc = f.doc;
                Tokens t = doc.tokens();
                if ((t.lower(j).equals("who") || t.lower(j).equals("which") || t.lower(j).equals("that")) && j >= 2
                        && !t.isPunct(j - 1, ',')
                        && doc.mentionEndingAt(j - 1) != null && !doc.mentionEndingAt(j - 1).isPronoun()) {
                    return Mention.pronoun(t, j, t.lower(j), t.lower(j).equals("who") ? org.quoteexplorer.model.SpeakerKind.PERSON
                            : org.quoteexplorer.model.SpeakerKind.ORGANIZATION);
                }
                return null;
            }
        },
        /** "Scott, who has called it “toxic”": the relative pronoun is the mention, Scott the speaker. */
        RELATIVE_AFTER_COMMA {
            @Override
            Mention match(CueFinder f, int k, int j, int sentenceStart) {
                Analysis doc = f.doc;
                Tokens t = doc.tokens();
                if ((t.lower(j).equals("who") || t.lower(j).equals("which")) && j >= 2 && t.isPunct(j - 1, ',')
                        && doc.mentionEndingAt(j - 2) != null) {
                    return Mention.pronoun(t, j, t.lower(j), doc.mentionEndingAt(j - 2).kind());
                }
                return null;
            }
        };

        /** The speaker this pattern finds, or {@code null} when it does not apply. */
        abstract Mention match(CueFinder f, int k, int j, int sentenceStart);
    }
    /**
     * The head of the apposition chain ending at the comma {@code j}: "Kiril, 35, the daughter of …,
     * said"; a name beats the bare role it stands beside. {@code null} when there is none.
     */
    private Mention appositionHead(int j, int sentenceStart) {
        Tokens t = doc.tokens();
        // The speaker heads the apposition chain: "Kiril, 35, the daughter of …, said".
        Mention last = doc.mentionEndingAt(skipParenthetical(j - 1));
        Mention found = last != null && !last.isPronoun() ? last : null;
        for (int c = j - 1; c >= 0 && j - c <= MAX_APPOSITION_TOKENS && t.start(c) >= sentenceStart; c--) {
            if (doc.inQuote(c) && c < j - 1) {
                continue; // a quote inside the apposition: "Smith, who wrote “…” on a banner, said"
            }
            boolean abbreviation = t.isPunct(c, '.') && c > 0 && t.end(c - 1) == t.start(c) && c + 1 < t.size()
                    && t.isPunct(c + 1, ','); // "Rep. Glenn Thompson, R-Pa., said"
            // "MBALU, Dec 3 (Reuters) - The UN envoy, …": a hyphen standing alone is a dash
            boolean spacedHyphen = t.isPunct(c, '-') && c > 0 && t.end(c - 1) < t.start(c)
                    && c + 1 < t.size() && t.end(c) < t.start(c + 1)
                    && (t.isPunct(c - 1, ')') || Letters.capitalsOnly(t.text(c - 1))); // a dateline's, not an aside's
            if (doc.inQuote(c) || t.isPunct(c, '.') && !abbreviation || t.isPunct(c, ';') || t.isPunct(c, ':')
                    || t.isDash(c) && (!t.isPunct(c, '-') || spacedHyphen)) {
                break; // "ANKARA, Turkey (AP) — Turkey’s spokesman, Ana Kiril, said": the dateline is no apposition
            }
            if (t.isPunct(c, ',')) {
                if (startsIntroduction(c, sentenceStart)) {
                    break; // "In a statement to the Gazette, her adviser, Ivo Brandt, said"
                }
                Mention head = c >= 1 ? doc.mentionEndingAt(skipParenthetical(c - 1)) : null;
                if (head == null && found == null && c >= 1) {
                    head = descriptionEndingAt(c - 1, sentenceStart); // "A harbour source, speaking on …, said"
                }
                if (head != null && found != null && found.name() != null && found.kind() == org.quoteexplorer.model.SpeakerKind.PERSON
                        && Lexicon.followsPreposition(t, head.firstToken()) && !Lexicon.followsPreposition(t, found.firstToken())) {
                    continue; // "Estavia’s envoy to the UN, Petr Lasko, said": the object of "to" is no head
                }
                Mention holder = head == null || !afterRolePreposition(head) ? null
                        : holderOf(head, sentenceStart);
                if (holder != null) {
                    // "A spokesman for the Harbour Authority, Tomas Vell, said": the object of "for" is no head.
                    head = holder;
                    if (found != null && !found.isPronoun() && found.name() != null) {
                        continue;
                    }
                }
                if (head != null && head.isPronoun() && found == null && j - c <= 4 && !head.pronoun().equals("it")) {
                    return head; // "and he, once again, pledged": an adverb set off after a pronoun
                }
                // A name beats the bare role it stands in apposition to ("The minister, Ivo Brandt, said").
                if (head != null && !head.isPronoun() && !(head.isBareRole() && found != null && !found.isBareRole())) {
                    found = head;
                } else if (head != null && head.isBareRole() && found != null && found.title() == null
                        && found.name() != null && head.title() != null) {
                    // The role is still the named speaker's title: "The mayor, Ana Kiril," → Ana Kiril, mayor.
                    found = new Mention(found.span(), found.firstToken(), found.lastToken(), found.name(),
                            head.title(), found.kind(), found.pronoun(), found.surface());
                }
            }
        }
        return found;
    }


    private static final WordSet QUANTIFIERS = new WordSet(WordLists.words("quantifiers.txt"));

    /** Inversion ("said Ostrova") only right after a quote, a comma or at the start of a clause. */
    private Mention speakerAfter(int k) {
        Tokens t = doc.tokens();
        if (k + 1 >= t.size() || doc.inQuote(k + 1) || t.followsLineBreak(k + 1)) {
            return null; // "… Over ‘Hostile’ Remarks" ends its headline; the dateline below is no speaker
        }
        int p = k - 1;
        while (p >= 0 && !doc.inQuote(p) && isFiller(p)) {
            p--;
        }
        boolean clauseStart = p < 0 || doc.inQuote(p) || !t.isWord(p)
                || doc.sentences().containing(t.start(k)).start() == t.start(k);
        if (!clauseStart) {
            return null;
        }
        Mention m = doc.mentionStartingAt(k + 1);
        if (m != null && !m.isPronoun()) {
            return startsComplement(m) ? null : namedAfter(m);
        }
        if (m == null) {
            m = descriptionStartingAt(k + 1);
            if (m != null) {
                return startsComplement(m) ? null : namedAfter(m);
            }
        }
        if (m != null && m.isPronoun() && !m.pronoun().equals("it")) {
            return m; // "…,” said he — old-fashioned but unambiguous
        }
        return null;
    }

    /**
     * The speaker after the verb, read to the end of its phrase: "said Goldman Sachs’s chief
     * economist, Jan Hatzius." is Jan Hatzius; "said Ortiz’s wife." is the wife, not Ortiz. A
     * role with a name set off after it gives way to the name when the name ends the clause; a
     * possessive's noun phrase gives way to nothing else. Otherwise the mention stands as found.
     */
    private Mention namedAfter(Mention role) {
        Tokens t = doc.tokens();
        int end = role.lastToken();
        Mention described = role;
        int possessive = end + 1;
        if (possessive < t.size() && t.isPossessive(possessive) && !doc.inQuote(possessive)) {
            // "Ortiz’s wife", "Halden University’s lead researcher", "the company’s founder and chief executive"
            int head = possessive;
            for (int w = possessive + 1; w < t.size() && w - possessive <= 5 && t.isWord(w) && !t.isCapitalised(w)
                    && !doc.inQuote(w) && !t.is(w, Lexicon.SPEECH_VERB); w++) {
                head = w;
            }
            if (head == possessive) {
                return role;
            }
            described = description(role.firstToken(), head);
            end = head;
        } else if (t.isCapitalised(end)) {
            return role; // a name, or a role ending in its place ("the mayor of Dunmore, Lake County")
        }
        int comma = end + 1;
        if (comma + 1 < t.size() && t.lowerIs(comma, "and") && !doc.inQuote(comma)) {
            // "the company’s founder and chief executive, Lena Ostrova": one person's two roles
            int w = comma + 1;
            while (w < t.size() && w - comma <= 4 && t.isWord(w) && !t.isCapitalised(w) && !doc.inQuote(w)) {
                w++;
            }
            comma = w > comma + 1 && t.is(w - 1, Lexicon.TITLE) ? w : comma;
        }
        if (comma + 1 < t.size() && t.isPunct(comma, ',') && !doc.inQuote(comma + 1)) {
            Mention name = doc.mentionStartingAt(comma + 1);
            if (name != null && !name.isPronoun() && name.name() != null && name.kind() != SpeakerKind.ORGANIZATION
                    && name.kind() != SpeakerKind.GROUP && t.isCapitalised(name.lastToken())
                    && doc.clauseEndsAt(name.lastToken() + 1)) {
                return name;
            }
        }
        return described == role || doc.clauseEndsAt(end + 1) ? described : role;
    }

    /**
     * A description the mention finder does not know as a speaker noun, but which stands where
     * the speaker must be: "the woman said", "said one person with knowledge of …",
     * "the real estate developer said". A determiner and up to six words before the head.
     */
    private Mention descriptionEndingAt(int j, int sentenceStart) {
        Tokens t = doc.tokens();
        if (j >= 0 && WORD_NOUNS.containsToken(t, j)) {
            return null; // "a term rejected by Kyiv": the quoted words, not who spoke them
        }
        boolean countAfterOf = j > 0 && NUMBER_WORDS.containsToken(t, j) && t.lowerIs(j - 1, "of");
        if (!countAfterOf && (!isDescriptionWord(j) || t.isCapitalised(j) && !isDescriptionHead(j))) {
            return null;
        }
        for (int d = j - 1; d >= 0 && j - d <= 7 && t.start(d) >= sentenceStart && !doc.inQuote(d); d--) {
            if (DESCRIPTION_DETERMINERS.containsToken(t, d)) {
                // "in the past described": the object of a preposition is no subject.
                boolean governed = d > 0 && t.start(d - 1) >= sentenceStart && t.isWord(d - 1) && !doc.inQuote(d - 1)
                        && Lexicon.followsPreposition(t, d);
                if (!governed) {
                    return namesWords(d, j) ? null : description(d, j);
                }
                // "a spokesman for the buyer said": the phrase the preposition hangs on is the speaker.
                Mention head = d >= 2 ? doc.mentionEndingAt(d - 2) : null;
                if (head != null && (head.isPronoun() || head.name() != null && !head.isBareRole())) {
                    return head.isPronoun() ? null : head; // "Ostrova in the past has criticized"
                }
                if (head != null) {
                    return description(head.firstToken(), j);
                }
                head = d >= 2 ? descriptionEndingAt(d - 2, sentenceStart) : null;
                return head == null ? null : description(head.firstToken(), j);
            }
            int ownerEnd = !t.isPossessive(d) ? -1 : t.isCapitalised(d) ? d
                    : d > 0 && t.isWord(d - 1) && t.isCapitalised(d - 1) && t.start(d - 1) >= sentenceStart ? d - 1 : -1;
            if (ownerEnd >= 0 && j - d <= 2 && !doc.inQuote(ownerEnd)) {
                // "Ortiz’s wife said", "John Ortiz’s elder brother said": the owner's name opens the
                // clause, and at most one word stands between it and the head.
                int owner = ownerEnd;
                while (owner - 1 >= 0 && t.start(owner - 1) >= sentenceStart && t.isWord(owner - 1)
                        && t.isCapitalised(owner - 1) && !doc.inQuote(owner - 1) && owner > ownerEnd - 3) {
                    owner--;
                }
                boolean opensClause = owner == 0 || t.start(owner - 1) < sentenceStart || doc.inQuote(owner - 1)
                        || !t.isWord(owner - 1);
                if (opensClause && !t.is(owner, Lexicon.FUNCTION)) {
                    return description(owner, j);
                }
            }
            boolean ofNumber = d + 1 == j && t.lowerIs(d, "of") && NUMBER_WORDS.containsToken(t, j);
            // "the first lady", "a second official", "the former first lady": an ordinal after the
            // determiner or a word of the description
            boolean ordinal = d > 0 && Lexicon.ORDINALS.containsToken(t, d)
                    && (DESCRIPTION_DETERMINERS.containsToken(t, d - 1) || isDescriptionWord(d - 1));
            if (!isDescriptionWord(d) && !t.isPossessive(d) && !ofNumber && !ordinal) {
                return null; // "the mother of three" goes on past "of"
            }
        }
        return null;
    }

    private static final WordSet NUMBER_WORDS = new WordSet(WordLists.words("number-words.txt"));
    private static final WordSet WORD_NOUNS = new WordSet(WordLists.words("word-nouns.txt"));

    /** "a standard phrase used (to describe)": a description of the words themselves. */
    private boolean namesWords(int first, int last) {
        for (int i = first; i <= last; i++) {
            if (WORD_NOUNS.containsToken(doc.tokens(), i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "President Ana Kiril and Prime Minister Ivo Brandt pledged", "Varna and Norland Pledge …":
     * two names joined by "and" at the head of the clause speak together.
     */
    private Mention coordinated(Mention second, int sentenceStart) {
        Tokens t = doc.tokens();
        int and = second.firstToken() - 1;
        if (second.isPronoun() || second.name() == null || and < 1 || !t.lowerIs(and, "and")) {
            return null;
        }
        Mention first = doc.mentionEndingAt(and - 1);
        if (first == null || first.isPronoun() || first.name() == null) {
            return null;
        }
        int before = first.firstToken() - 1;
        // "“This is a good day,” Kovar and Kallis told reporters": right after a quote that ends in
        // punctuation heads it too ("the “Remain” campaign and Mrs. Clinton" does not)
        boolean afterQuotedClause = before >= 1 && doc.inQuote(before) && !doc.inQuote(first.firstToken())
                && (t.isPunct(before - 1, ',') || t.isPunct(before - 1, '.') || t.isPunct(before - 1, '!')
                        || t.isPunct(before - 1, '?'));
        boolean headsClause = t.start(first.firstToken()) == sentenceStart || before >= 0 && !t.isWord(before)
                && (!doc.inQuote(before) || afterQuotedClause);
        if (!headsClause) {
            return null;
        }
        String names = first.name() + " and " + second.name();
        return new Mention(new Span(first.span().start(), second.span().end()), first.firstToken(), second.lastToken(),
                names, null, org.quoteexplorer.model.SpeakerKind.GROUP, null, names);
    }

    /** "Officials spoke on condition of anonymity. One of them described it as “absurd.”" */
    private Mention oneOfThem(int j, int sentenceStart) {
        Tokens t = doc.tokens();
        if (j < 2 || t.start(j - 2) < sentenceStart || doc.inQuote(j - 2) || !t.lowerIs(j - 1, "of")
                || !(t.lowerIs(j, "them") || t.lowerIs(j, "those"))) {
            return null;
        }
        String count = t.lower(j - 2);
        boolean one = count.equals("one") || count.equals("another") || count.equals("each");
        if (!one && !QUANTIFIERS.containsToken(t, j - 2) && !NUMBER_WORDS.containsToken(t, j - 2)) {
            return null;
        }
        String surface = doc.text().substring(t.start(j - 2), t.end(j));
        return new Mention(new Span(t.start(j - 2), t.end(j)), j - 2, j, surface, null,
                one ? org.quoteexplorer.model.SpeakerKind.PERSON : org.quoteexplorer.model.SpeakerKind.GROUP, null, surface);
    }

    /**
     * "A person close to Ana Kiril said": a name after a preposition is the object of the
     * description before it, and the whole phrase is the speaker.
     */
    private Mention holderOf(Mention object, int sentenceStart) {
        Tokens t = doc.tokens();
        int p = object.firstToken() - 1;
        if (p < 1 || object.isPronoun() || doc.inQuote(p) || !Lexicon.followsPreposition(t, object.firstToken())) {
            return null;
        }
        Mention head = descriptionEndingAt(p - 1, sentenceStart);
        if (head == null && !t.isCapitalised(p)) {
            // "Diplomats in Brussels said", "Ivo Brandt in Varna said": the phrase before the preposition speaks.
            Mention before = doc.mentionEndingAt(p - 1);
            if (before != null && !before.isPronoun() && t.start(before.firstToken()) >= sentenceStart) {
                return before.kind() == org.quoteexplorer.model.SpeakerKind.GROUP
                        ? description(before.firstToken(), object.lastToken()) : before;
            }
        }
        return head == null ? null : description(head.firstToken(), object.lastToken());
    }

    private Mention descriptionStartingAt(int d) {
        Tokens t = doc.tokens();
        if (d >= t.size() || doc.inQuote(d) || !DESCRIPTION_DETERMINERS.containsToken(t, d)) {
            return null;
        }
        int last = -1;
        for (int j = d + 1; j < t.size() && j - d <= 7 && !doc.inQuote(j); j++) {
            if (!isDescriptionWord(j) && !t.isPossessive(j)) {
                break;
            }
            if (!t.isPossessive(j)) {
                last = j;
            }
        }
        return last < 0 ? null : description(d, last);
    }

    private static final WordSet DESCRIPTION_DETERMINERS = new WordSet(WordLists.words("description-determiners.txt"));

    private boolean isDescriptionWord(int i) {
        Tokens t = doc.tokens();
        if (!t.isWord(i) || doc.inQuote(i)) {
            return false;
        }
        String w = t.lower(i);
        boolean nounAfterDeterminer = i > 0 && t.is(i, Lexicon.SPEECH_VERB)
                && (t.is(i - 1, Lexicon.DETERMINER) || t.isPossessive(i - 1)) && !t.is(i, Lexicon.FUNCTION | Lexicon.FILLER);
        return (nounAfterDeterminer || !t.is(i, Lexicon.FUNCTION | Lexicon.SPEECH_VERB | Lexicon.FILLER))
                && !(w.length() > 4 && w.endsWith("ly")) && (hasLetter(w)
                || w.length() == 4 && allDigits(w)); // "a 1996 advisory opinion"
    }

    // Loops rather than chars() streams: asked of every word before a cue.
    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean isDescriptionHead(int i) {
        return doc.tokens().is(i, Lexicon.ORGANISATION | Lexicon.TITLE);
    }

    private Mention description(int first, int last) {
        return description(doc, first, last);
    }

    /**
     * The words from {@code first} to {@code last} as a speaker's description: "the woman",
     * "opposition lawmakers" (a group when the head is plural).
     */
    static Mention description(Analysis doc, int first, int last) {
        Tokens t = doc.tokens();
        String text = doc.text();
        String body = text.substring(t.start(first + 1 <= last ? first + 1 : first), t.end(last));
        String whole = text.substring(t.start(first), t.end(last));
        String head = t.lower(last);
        org.quoteexplorer.model.SpeakerKind kind = head.endsWith("s") && !head.endsWith("ss")
                ? org.quoteexplorer.model.SpeakerKind.GROUP : org.quoteexplorer.model.SpeakerKind.PERSON;
        String surface = t.lower(first).equals("the") ? body : whole;
        return new Mention(new Span(t.start(first), t.end(last)), first, last, surface, null, kind, null, surface);
    }

    /** The participle's speaker: the last speaker named before it in the sentence, else the subject. */
    private Mention participleSubject(int k, List<CueFrame> earlier) {
        Tokens t = doc.tokens();
        Mention absolute = withSubject(k);
        if (absolute != null) {
            return absolute;
        }
        int sentence = doc.sentences().indexOf(t.start(k));
        int sentenceStart = doc.sentences().all().get(sentence).start();
        int clause = afterClosedQuote(k, sentenceStart);
        int clauseStart = clause < 0 ? sentenceStart : t.start(clause);
        for (int f = earlier.size() - 1; f >= 0; f--) {
            CueFrame frame = earlier.get(f);
            if (frame.cue().start() < clauseStart) {
                break;
            }
            if (frame.speaker() != null && frame.form() != CueFrame.Form.ACCORDING_TO && !followsModal(t, frame.cueToken())) {
                return frame.speaker();
            }
        }
        if (clause >= 0) {
            Mention m = doc.mentionStartingAt(clause);
            return m != null && !"it".equals(m.pronoun()) ? m : null;
        }
        Mention inner = subordinateSubject(k, sentence);
        return inner != null ? inner : doc.subjectOf(sentence);
    }

    /** Before a past form with no subject between, these make it a reduced passive: "when asked", "if pressed". */
    private static final WordSet PASSIVE_OPENERS = new WordSet(WordLists.words("passive-openers.txt"));

    private static final java.util.Set<String> SUBORDINATORS = WordLists.words("subordinators.txt");

    /**
     * "When Tomas Vell was asked …, he laughed and said, “…”": the subject of the clause a
     * subordinator opens, when the participle or the coordinated verb sits in that clause.
     */
    private Mention subordinateSubject(int k, int sentence) {
        Tokens t = doc.tokens();
        Mention m = doc.clauseSubject(sentence, t.start(k), SUBORDINATORS);
        if (m == null) {
            return null;
        }
        for (int c = m.lastToken() + 1; c < k; c++) {
            if (t.isPunct(c, ',') && !doc.inQuote(c)) {
                return null; // the subordinate clause closed before the cue
            }
        }
        return m;
    }

    /**
     * "…, with a ministry spokesman calling them “routine”", "footage of Ana Kiril asking, “…”":
     * a participle right after a noun phrase, with no comma between, is that phrase's doing when
     * "with" or "of" holds the phrase; an adverb may come between ("with Vell reportedly yelling").
     */
    private Mention withSubject(int k) {
        Tokens t = doc.tokens();
        int j = k - 1;
        while (j > 0 && t.isWord(j) && !doc.inQuote(j) && t.lower(j).endsWith("ly") && !t.isCapitalised(j)) {
            j--;
        }
        if (j < 1 || doc.inQuote(j)) {
            return null;
        }
        int sentenceStart = doc.sentences().containing(t.start(k)).start();
        Mention m = doc.mentionEndingAt(j);
        if (m == null) {
            m = descriptionEndingAt(j, sentenceStart);
        }
        if (m == null || m.firstToken() == 0 || m.isPronoun()) {
            return null;
        }
        String holder = t.lower(m.firstToken() - 1);
        return holder.equals("with") || holder.equals("of") ? m : null;
    }

    /**
     * "“…his re-election.” He went on to endorse her, calling …": a quote that ends its own
     * sentence inside the segmenter's sentence starts a new clause; the token after it, or -1.
     */
    private int afterClosedQuote(int k, int sentenceStart) {
        Tokens t = doc.tokens();
        for (int j = k - 1; j > 0 && t.start(j) >= sentenceStart; j--) {
            if (doc.inQuote(j - 1) && !doc.inQuote(j) && t.isWord(j) && t.isCapitalised(j)) {
                int mark = j - 1;
                while (mark > 0 && doc.inQuote(mark) && !t.isWord(mark)) {
                    mark--;
                }
                if (doc.inQuote(mark) && (t.isPunct(mark, '.') || t.isPunct(mark, '!') || t.isPunct(mark, '?'))) {
                    return j;
                }
            }
        }
        return -1;
    }

    private static final WordSet BACK_VERBS = new WordSet(WordLists.words("back-verbs.txt"));

    private boolean isHittingBack(int k) {
        Tokens t = doc.tokens();
        // "back" first: it is rare, and the set look-up would otherwise hash every token.
        return k + 1 < t.size() && t.lowerIs(k + 1, "back") && BACK_VERBS.containsToken(t, k);
    }

    private boolean isGoingOn(int k) {
        Tokens t = doc.tokens();
        // "he went on." ends a cue; "as Vell went on about “…”" talks at length about it.
        return (t.lowerIs(k, "went") || t.lowerIs(k, "goes")) && k + 2 < t.size() && t.lowerIs(k + 1, "on")
                && (!t.isWord(k + 2) || t.lowerIs(k + 2, "about"));
    }

    /** "a firm reply", "his remarks", "a prepared text": after a determiner the verb is a noun. */
    private boolean usedAsNoun(int k) {
        Tokens t = doc.tokens();
        if (k == 0 || t.isCapitalised(k)) {
            return false;
        }
        String w = t.lower(k);
        String lemma = Lexicon.lemmaOf(w); // one look-up answers past, plural and strength below
        boolean past = lemma != null && !lemma.equals(w) && !w.endsWith("s") && !w.endsWith("ing");
        if (past && (!t.is(k - 1, Lexicon.DETERMINER) && !t.isPossessive(k - 1)
                || QUANTIFIERS.containsToken(t, k - 1) || NUMBER_WORDS.containsToken(t, k - 1)
                || t.lower(k - 1).equals("that"))) {
            return false; // "several said", "the two agreed", "a message that said", "the editorial said"
        }
        if (t.is(k - 1, Lexicon.DETERMINER) || t.isPossessive(k - 1)) {
            return true;
        }
        if (!past && (t.lowerIs(k - 1, "no") || k >= 2 && t.lowerIs(k - 2, "no") && t.isWord(k - 1) && !doc.inQuote(k - 1))) {
            return true; // "made no immediate comment"
        }
        boolean plural = lemma != null && !lemma.equals(w) && w.endsWith("s")
                && Lexicon.SPEECH_VERBS.get(w) == Lexicon.VerbForm.FINITE;
        // Asked once for both tests below: each call site compiled the whole test into this method again.
        boolean adjectiveBefore = isAdjective(t, k - 1);
        if (plural && !adjectiveBefore) {
            return false; // "The petition accuses": after a plain noun an -s form is the verb
        }
        if (!past && !(lemma != null && Lexicon.STRONG_SPEECH_LEMMAS.contains(lemma)) && doc.mentionEndingAt(k - 1) == null) {
            // A weak bare or -s form after a determiner or preposition and a few modifiers is a noun.
            for (int j = k - 1; j >= 0 && j >= k - 3 && !doc.inQuote(j) && t.isWord(j); j--) {
                // The preposition test by the token's hash code (see WordSet), not a Set.of probe that hashes the word again.
                if (t.is(j, Lexicon.DETERMINER) || t.isPossessive(j) || Lexicon.followsPreposition(t, j + 1)) {
                    return j < k - 1;
                }
                if (t.isCapitalised(j) || t.is(j, Lexicon.FUNCTION | Lexicon.SPEECH_VERB | Lexicon.FILLER | Lexicon.PRONOUN)) {
                    break;
                }
            }
        }
        // "a firm reply", "his repeated remarks": determiner, adjective, then the verb form —
        // unless a quote has just closed, where "“…,” the editorial read" is the inverted cue.
        return k >= 2 && t.isWord(k - 1) && !t.isCapitalised(k - 1) && adjectiveBefore
                && (t.is(k - 2, Lexicon.DETERMINER) || t.isPossessive(k - 2))
                && !(k >= 3 && doc.inQuote(k - 3));
    }


    private static final WordSet ADJECTIVES = new WordSet(WordLists.words("noun-adjectives.txt"));

    private static boolean isAdjective(Tokens t, int i) {
        String w = t.lower(i);
        return ADJECTIVES.containsToken(t, i) || w.length() > 4 && (w.endsWith("ed") || w.endsWith("al") || w.endsWith("ful")
                || w.endsWith("est")
                || w.endsWith("ous") || w.endsWith("ive"));
    }

    /** "Gov. Ana Kiril (R-OH) said": the party and state in brackets are not part of the cue's gap. */
    private int skipParenthetical(int j) {
        Tokens t = doc.tokens();
        if (j < 0 || !t.isPunct(j, ')')) {
            return j;
        }
        for (int o = j - 1; o >= 0 && j - o <= 8; o--) {
            if (t.isPunct(o, '(')) {
                return o - 1;
            }
        }
        return j;
    }

    /** Whether the comma at {@code comma} closes a clause that opened the sentence with "In", "After" … */
    private boolean startsIntroduction(int comma, int sentenceStart) {
        Tokens t = doc.tokens();
        int s = comma - 1;
        while (s >= 0 && t.start(s) >= sentenceStart && !t.isPunct(s, ',') && !doc.inQuote(s)) {
            s--;
        }
        int first = s + 1;
        return first < comma && t.start(first) >= sentenceStart && (s < 0 || t.start(s) < sentenceStart)
                && Analysis.isIntroducer(t.lower(first)) && !asNameSetOff(first, comma);
    }

    /** "As Akhil Amar, a professor at Yale, put it": "As" and a name open no clause of their own. */
    private boolean asNameSetOff(int as, int comma) {
        Mention name = doc.tokens().lowerIs(as, "as") ? doc.mentionStartingAt(as + 1) : null;
        return name != null && !name.isPronoun() && name.name() != null && name.lastToken() == comma - 1
                && name.kind() != org.quoteexplorer.model.SpeakerKind.ORGANIZATION;
    }

    /** At the start of its sentence, or right after a quote ("…!” Smith said", "“…?” Asked …"). */
    private boolean startsSentence(int k) {
        Tokens t = doc.tokens();
        return doc.sentences().containing(t.start(k)).start() == t.start(k) || k > 0 && doc.inQuote(k - 1);
    }

    private boolean isFiller(int j) {
        return isFiller(doc.tokens(), j);
    }

    private static boolean isFiller(Tokens t, int j) {
        if (!t.isWord(j) || t.isCapitalised(j)) {
            return false;
        }
        String w = t.lower(j);
        return t.is(j, Lexicon.FILLER) || (w.length() > 4 && w.endsWith("ly"));
    }

}
