package org.quoteexplorer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.SpeakerKind;

/**
 * Finds the noun phrases that can be speakers, outside quotations, with a small chunker over
 * the tokens: optional determiner or possessive owner, then capitalised words and title,
 * role, organisation or group nouns. The phrase is then split into its title part and its name
 * part ("Norland’s Defence Minister" + "Ana Kiril"), and given a kind from its head word.
 *
 * <p>Linear: each token is looked at a bounded number of times.
 */
final class MentionFinder {

    private static final int NOUN_PHRASE_START = Lexicon.DETERMINER | Lexicon.PRONOUN | Lexicon.TITLE
            | Lexicon.MODIFIER | Lexicon.GROUP | Lexicon.ORGANISATION;
    private static final int NOUN_PHRASE_BODY = Lexicon.TITLE | Lexicon.MODIFIER | Lexicon.GROUP | Lexicon.ORGANISATION;

    /** {@link Lexicon#DOCUMENT_NOUNS}, asked of every phrase's head by its token's hash code. */
    private static final WordSet DOCUMENT_NOUNS = new WordSet(Lexicon.DOCUMENT_NOUNS);

    private final Tokens tokens;
    private final boolean[] inQuote;
    private final boolean[] inHeading;
    private final String text;

    MentionFinder(String text, Tokens tokens, boolean[] inQuote, boolean[] inHeading) {
        this.text = text;
        this.tokens = tokens;
        this.inQuote = inQuote;
        this.inHeading = inHeading;
    }

    List<Mention> find() {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Mention m = inQuote[i] || !tokens.isWord(i) || cannotStart(i) ? null : chunkAt(i);
            if (m == null) {
                i++;
            } else {
                mentions.add(m);
                i = m.lastToken() + 1;
            }
        }
        return mentions;
    }

    /**
     * Most tokens: a lower-case word that can start no speaker phrase and follows no speech
     * verb. The same tests as at the top of {@link #chunkAt}, asked before the call: {@code find}
     * rejects the bulk of the article's words without entering the chunker.
     */
    private boolean cannotStart(int i) {
        return !tokens.isCapitalised(i) && !tokens.is(i, NOUN_PHRASE_START) && !tokens.lowerIs(i, "we")
                && (i == 0 || !tokens.is(i - 1, Lexicon.SPEECH_VERB));
    }

    private Mention chunkAt(int start) {
        if (start > 0 && !tokens.isCapitalised(start) && tokens.is(start - 1, Lexicon.SPEECH_VERB)) {
            Mention role = roleBeforeNameAfterVerb(start);
            if (role != null) {
                return role;
            }
        }
        if (!tokens.isCapitalised(start) && !tokens.is(start, NOUN_PHRASE_START) && !tokens.lowerIs(start, "we")
                && !(start > 0 && tokens.is(start - 1, Lexicon.SPEECH_VERB) && leadsToHead(start))) {
            return null; // most tokens: a lower-case word that can start no speaker phrase ("says oil minister" can)
        }
        String first = tokens.lower(start);
        if (tokens.isCapitalised(start) && (opensSentence(start) || !tokens.isWord(start - 1)) && !tokens.is(start, NOUN_PHRASE_START)
                && Analysis.isIntroducer(tokens, start)) {
            return null; // "Alongside Vell, …": the name starts after the preposition
        }
        // Word checks by hash code and class bits: most candidates are names whose strings are
        // not otherwise touched, and reading them is a cache miss each.
        if (tokens.lowerIs(start, "i") || tokens.lowerIs(start, "we")) {
            // The writer speaking ("“Okay,” I said"): a speaker of its own, found without antecedent.
            return new Mention(span(start, start), start, start, null, null,
                    first.equals("we") ? SpeakerKind.GROUP : SpeakerKind.PERSON, first, tokens.text(start));
        }
        if (tokens.is(start, Lexicon.PRONOUN)) { // the lexicon's class of Lexicon.isPronoun
            // "it" only counts as a speaker when a verb follows at once ("it said").
            return new Mention(span(start, start), start, start, null, null,
                    first.equals("they") ? SpeakerKind.GROUP : first.equals("it") ? SpeakerKind.ORGANIZATION
                            : SpeakerKind.PERSON, first, tokens.text(start));
        }
        if (inHeading[start] && tokens.is(start, Lexicon.SPEECH_VERB)) { // Lexicon.isSpeechVerb
            return null; // a capitalised verb in a headline ("Minister Says …") starts no name
        }
        int j = start;
        boolean determiner = false;
        if (tokens.is(start, Lexicon.DETERMINER) && isComplementiser(start)) {
            return null; // "says that Japan agrees": the name starts after "that"
        }
        if (tokens.is(start, Lexicon.DETERMINER)) { // the token's class bit: no set probe per candidate
            determiner = true;
            j++;
        }
        int bodyStart = j;
        int last = -1;
        int owner = -1;
        while (j < tokens.size() && !inQuote[j] && j - start < 14 && !paragraphBreakBefore(j, start)) {
            if (tokens.isPossessive(j)) {
                // "Norland’s Foreign Minister …": the owner is part of a longer phrase, if one follows.
                if (last >= 0 && j + 1 < tokens.size() && !inQuote[j + 1] && isBodyWord(j + 1, false)) {
                    if (owner < 0) {
                        owner = last;
                    }
                    j++;
                    continue;
                }
                break;
            }
            if (!tokens.isWord(j)) {
                break;
            }
            // "Ambassador to Kestria"; an "adviser to Bill Clinton" is not Clinton
            boolean titleTo = tokens.lowerIs(j, "to") && last == j - 1 && POSTED_TO.containsToken(tokens, last);
            if ((tokens.lowerIs(j, "of") || tokens.lowerIs(j, "for") || titleTo) && last >= 0 && j + 1 < tokens.size()
                    && connects(j + 1)) {
                j++;
                continue;
            }
            if (tokens.lowerIs(j, "the") && last >= 0 && j > 0 && tokens.lowerIs(j - 1, "of")) {
                j++;
                continue;
            }
            if (!isBodyWord(j, j > bodyStart)) {
                boolean afterVerb = j == bodyStart && j > 0 && !inQuote[j - 1] && tokens.is(j - 1, Lexicon.SPEECH_VERB);
                // "Kim Jong Un inspected troops": after a name, a past tense is the verb ("the United
                // Nations refugee agency" goes on)
                boolean afterPersonName = last >= 1 && last - 1 >= bodyStart && isNameToken(last) && isNameToken(last - 1)
                        && tokens.lower(j).endsWith("ed");
                if ((determiner || last >= 0 || afterVerb) && !afterPersonName && leadsToHead(j)) {
                    j++; // "the harbour council", "the real estate developer", "says oil minister"
                    continue;
                }
                break;
            }
            last = j;
            j++;
        }
        if (last < 0) {
            return null;
        }
        if (last == start && (looksLikeOpeningVerb(start) || Analysis.isIntroducer(tokens, start))) {
            return null; // "Following a meeting, …", "Asked about it, …"
        }
        Mention whole = build(start, bodyStart, last, determiner);
        if (whole == null && owner >= 0) {
            // "Ana Kiril’s health records": no speaker as a whole, but the owner is one.
            return build(start, bodyStart, owner, determiner);
        }
        return whole;
    }

    /**
     * "…,” said engineer Ana Kiril": in the inverted news order any lower-case noun between
     * the verb and a name is the speaker's role, not only the roles the lexicon knows; a closed
     * list misses most local-news roles (farmer, librarian, coach …).
     */
    private Mention roleBeforeNameAfterVerb(int start) {
        int verb = start - 1;
        if (verb > 0 && tokens.isWord(verb - 1) && !inQuote[verb - 1]) {
            return null; // inversion only at a clause start: "“…,” said …", ", said …"
        }
        int j = start;
        while (j + 2 < tokens.size() && j - start < 3 && !inQuote[j] && tokens.isPunct(j + 1, '/')
                && tokens.end(j) == tokens.start(j + 1) && tokens.end(j + 1) == tokens.start(j + 2)) {
            j += 3; // "said 9/11 widow Ana Kiril"
        }
        while (j < tokens.size() && j - start < 5 && !inQuote[j] && tokens.isWord(j) && !tokens.isCapitalised(j)
                && !tokens.isPossessive(j) && !tokens.is(j, Lexicon.FUNCTION | Lexicon.SPEECH_VERB | Lexicon.FILLER
                | Lexicon.PRONOUN | Lexicon.DETERMINER | Lexicon.GROUP | Lexicon.ORGANISATION)
                && !tokens.lower(j).endsWith("ly") && isRoleWord(tokens.lower(j))) {
            j++;
        }
        if (j == start || j >= tokens.size() || inQuote[j] || !isNameToken(j) || tokens.is(j, Lexicon.FUNCTION)
                || paragraphBreakBefore(j, start)) {
            return null;
        }
        Mention name = chunkAt(j);
        if (name == null || name.name() == null || name.firstToken() != j || name.kind() == SpeakerKind.ORGANIZATION
                || name.kind() == SpeakerKind.GROUP) {
            return null;
        }
        String role = text.substring(tokens.start(start), tokens.start(j)).strip();
        String title = name.title() == null ? role : role + " " + name.title();
        return new Mention(new Span(tokens.start(start), name.span().end()), start, name.lastToken(), name.name(), title,
                SpeakerKind.PERSON, null, text.substring(tokens.start(start), name.span().end()));
    }

    /** Letters, digits, hyphens and slashes only. A loop, not a chars() stream: asked of most words after a verb. */
    private static boolean isRoleWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    /** "the former secretary of state": a role followed by what it is the role of. */
    private boolean hasTitleBeforeOf(int from, int last) {
        for (int i = from; i < last; i++) {
            if (tokens.is(i, Lexicon.TITLE) && tokens.lower(i + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** "Casting himself as …", "Led by …": a capitalised -ing/-ed word opening a sentence is a verb. */
    private boolean looksLikeOpeningVerb(int i) {
        String w = tokens.lower(i);
        if (w.length() > 5 && w.endsWith("ly") && (i == 0 || !tokens.isWord(i - 1))) {
            return true; // "Immediately, …", "Initially the …"
        }
        if (!(w.endsWith("ing") || w.endsWith("ed")) || w.length() < 5 && !w.equals("led")) {
            return false;
        }
        // Names end in -ed too (Ahmed, Reed): only at a sentence start, and not before "said".
        boolean opens = i == 0 || !tokens.isWord(i - 1) && !tokens.isPossessive(i - 1) && !inQuote[i - 1]
                && (tokens.isPunct(i - 1, '.') || tokens.isPunct(i - 1, '!') || tokens.isPunct(i - 1, '?')
                || tokens.isPunct(i - 1, ':') || paragraphBreakBefore(i, i - 1));
        if (opens && w.endsWith("ing") && i + 1 < tokens.size() && inQuote[i + 1]) {
            return true; // "Eliminating “the scourge of war” is …": a gerund and its quoted object
        }
        return opens && i + 1 < tokens.size() && tokens.isWord(i + 1) && !tokens.isCapitalised(i + 1)
                && !tokens.is(i + 1, Lexicon.SPEECH_VERB | Lexicon.FILLER);
    }

    /** A plain lower-case word that a role, group or organisation noun follows within three words. */
    private boolean leadsToHead(int j) {
        for (int k = j; k < tokens.size() && k < j + 3 && !inQuote[k] && tokens.isWord(k); k++) {
            if (tokens.isCapitalised(k) || tokens.is(k, Lexicon.FUNCTION | Lexicon.SPEECH_VERB | Lexicon.FILLER
                    | Lexicon.PRONOUN | Lexicon.DETERMINER)) {
                return false;
            }
            if (k > j && tokens.is(k, Lexicon.TITLE | Lexicon.GROUP | Lexicon.ORGANISATION)) {
                return true;
            }
        }
        return false;
    }

    private boolean paragraphBreakBefore(int j, int start) {
        return j != start && tokens.followsLineBreak(j);
    }

    /** After "of": "Secretary of State John Kerry", "Department of Justice". */
    private boolean connects(int next) {
        if (inQuote[next] || !tokens.isWord(next)) {
            return false;
        }
        String w = tokens.lower(next);
        if (w.equals("the") && next + 1 < tokens.size()) {
            return tokens.isCapitalised(next + 1) && !tokens.is(next + 1, Lexicon.FUNCTION);
        }
        return (tokens.isCapitalised(next) && !tokens.is(next, Lexicon.FUNCTION))
                || tokens.is(next, Lexicon.MODIFIER);
    }

    private boolean isBodyWord(int i, boolean notFirst) {
        if (notFirst && isNameParticle(i)) {
            return true;
        }
        if (tokens.isCapitalised(i)) {
            if (tokens.is(i, Lexicon.FUNCTION)) {
                return Lexicon.ORDINALS.containsToken(tokens, i) && opensTitle(i + 1);
            }
            // Headlines capitalise verbs: "Minister Calls Strikes …" must stop before "Calls".
            return !(notFirst && inHeading[i] && tokens.is(i, Lexicon.SPEECH_VERB));
        }
        return tokens.is(i, NOUN_PHRASE_BODY);
    }

    /**
     * "the First Lady", "the First Deputy Prime Minister": a capitalised ordinal belongs to the title
     * that follows it, through at most two capitalised modifiers; "LAST STATE OF THE UNION" is none.
     */
    private boolean opensTitle(int i) {
        for (int k = i; k < tokens.size() && k <= i + 2 && !inQuote[k] && tokens.isCapitalised(k); k++) {
            if (tokens.is(k, Lexicon.TITLE)) {
                return true;
            }
            if (!tokens.is(k, Lexicon.MODIFIER)) {
                return false;
            }
        }
        return false;
    }

    private Mention build(int start, int bodyStart, int last, boolean determiner) {
        if (start == bodyStart && start < last && !determiner && tokens.isCapitalised(start + 1) && isCapitalisedParticiple(start)
                && opensSentence(start)) {
            // "Citing Peter Hall's research, she said": the participle is no part of the name.
            return build(start + 1, start + 1, last, false);
        }
        boolean headCapitalised = tokens.isCapitalised(last) || isNameParticle(last);
        // The phrase's span and strings are cut on the paths that return a mention, not before:
        // a good share of the chunks turn out to be no speaker.

        if (DOCUMENT_NOUNS.containsToken(tokens, last) && last > bodyStart && tokens.isCapitalised(last - 1)
                && !tokens.is(last - 1, Lexicon.FUNCTION)) {
            // "a Palace statement": the owner speaks, under the owner's name.
            int ownerEnd = last - 1;
            String owner = text.substring(tokens.start(bodyStart), tokens.end(ownerEnd));
            return new Mention(span(start, last), start, last, owner, null, SpeakerKind.UNKNOWN, null,
                    surface(start, bodyStart, last, determiner));
        }
        if (DOCUMENT_NOUNS.containsToken(tokens, last) && last - 2 >= bodyStart && tokens.isPossessive(last - 1)) {
            // "Vey’s message", "the ministry’s statement": the owner speaks, under the owner's name.
            int ownerEnd = last - 2;
            String owner = text.substring(tokens.start(bodyStart), tokens.end(ownerEnd));
            SpeakerKind kind = tokens.is(ownerEnd, Lexicon.ORGANISATION) ? SpeakerKind.ORGANIZATION : SpeakerKind.UNKNOWN;
            return new Mention(span(start, last), start, last, owner, null, kind, null,
                    surface(start, bodyStart, last, determiner));
        }
        int[] person = personBeforeOf(bodyStart, last);
        if (person != null) {
            // The person is named before "of", the place or body after it.
            return named(start, bodyStart, last, person[0], person[1], determiner);
        }
        if (organisationOf(bodyStart, last)) {
            return new Mention(span(start, last), start, last, body(bodyStart, last), null, SpeakerKind.ORGANIZATION,
                    null, surface(start, bodyStart, last, determiner));
        }
        if (tokens.is(last, Lexicon.ORGANISATION) && !isHonorificOrTitle(last)) {
            return new Mention(span(start, last), start, last, body(bodyStart, last), null, SpeakerKind.ORGANIZATION,
                    null, surface(start, bodyStart, last, determiner));
        }
        if (tokens.is(last, Lexicon.GROUP)) {
            return new Mention(span(start, last), start, last, body(bodyStart, last), null, SpeakerKind.GROUP, null,
                    surface(start, bodyStart, last, determiner));
        }
        if (!headCapitalised || tokens.is(last, Lexicon.TITLE)) {
            if (!tokens.is(last, Lexicon.TITLE) && !hasTitleBeforeOf(bodyStart, last)) {
                return null; // a modifier alone is no speaker
            }
            // A bare role: "the president", "a senior official", "Palace spokesperson".
            return new Mention(span(start, last), start, last, null, body(bodyStart, last), SpeakerKind.PERSON, null,
                    text.substring(tokens.start(start), tokens.end(last)));
        }
        boolean afterHonorific = last - 1 >= bodyStart && tokens.is(last - 1, Lexicon.HONORIFIC);
        if (tokens.is(last, Lexicon.MODIFIER) && !afterHonorific
                && !isNameToken(last - 1 >= bodyStart ? last - 1 : last)) {
            if (determiner && tokens.lower(start).equals("the") && allCapitalised(bodyStart, last)
                    && !tokens.is(last, Lexicon.FUNCTION) && !isAdjectival(tokens.lower(last))) {
                // "the White House", "the House": a capitalised institution under its article.
                return new Mention(span(start, last), start, last, body(bodyStart, last), null, SpeakerKind.ORGANIZATION,
                        null, surface(start, bodyStart, last, determiner));
            }
            return null; // "the Democratic", "House": an adjective or a fragment, not a name
        }
        // Name from the end back to the first title, role or modifier word.
        int nameStart = last;
        while (nameStart - 1 >= bodyStart && isNameToken(nameStart - 1)) {
            nameStart--;
        }
        if (nameStart > bodyStart && last - nameStart >= 2 && afterTitlePreposition(nameStart)) {
            nameStart = nameAfterTitleObject(nameStart, last);
        }
        if (nameStart == start && last - nameStart >= 2 && opensSentence(start) && soundsLikeRoleNoun(tokens.lower(start))) {
            nameStart++; // "Visitor Ana Kiril said": capitalised only because it opens the sentence
        }
        if (nameStart == last && last == bodyStart && !determiner && opensSentence(last)
                && (usedInLowerCase(last) || beforeTimeWord(last) || opensParticipleClause(last))) {
            return null; // "Hours later, …", "Ask yourself": capitalised only because it opens the sentence
        }
        if (nameStart == last && nameStart - 1 > bodyStart
                && (tokens.lowerIs(nameStart - 1, "of") || tokens.lowerIs(nameStart - 1, "to") || tokens.lowerIs(nameStart - 1, "for"))
                && tokens.is(nameStart - 2, Lexicon.TITLE)) {
            // "the mayor of Varna", "the ambassador to Kestria": a role and its place, no personal name.
            return new Mention(span(start, last), start, last, null, body(bodyStart, last), SpeakerKind.PERSON, null,
                    text.substring(tokens.start(start), tokens.end(last)));
        }
        if (nameStart - 2 >= bodyStart && tokens.lowerIs(nameStart - 1, "of") && !tokens.isCapitalised(nameStart - 2)
                && PLACE_BODY_HEADS.containsToken(tokens, nameStart - 2)) {
            // "the foreign ministry of Valdonia", "the official news agency of Koryon": the body
            // speaks, not its country; written in capitals it is a name (organisationOf).
            return new Mention(span(start, last), start, last, body(bodyStart, last), null, SpeakerKind.ORGANIZATION,
                    null, surface(start, bodyStart, last, determiner));
        }
        return named(start, bodyStart, last, nameStart, last, determiner);
    }

    /** "Minister for Foreign Affairs …", "Envoy for Syria …": the name run starts within a title's prepositional object. */
    private boolean afterTitlePreposition(int nameStart) {
        for (int p = nameStart - 1; p >= 0 && p >= nameStart - 2; p--) {
            if (tokens.lowerIs(p, "for") || tokens.lowerIs(p, "of") || tokens.lowerIs(p, "to") || tokens.lowerIs(p, "on")) {
                return true;
            }
            if (!tokens.isCapitalised(p)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the name starts in "Affairs Greta M. Lind", "Syria Geir Pedersson", "Affairs Mohammad
     * Javad Zarif": at a known given name, else after one word of the title's object when two
     * words remain (initials and particles between them do not count).
     */
    private int nameAfterTitleObject(int nameStart, int last) {
        for (int i = nameStart + 1; i < last; i++) {
            if (SpeakerResolver.isGivenName(tokens.lower(i))) {
                return i;
            }
        }
        int words = 0;
        for (int i = last; i > nameStart; i--) {
            boolean initial = tokens.end(i) - tokens.start(i) <= 2 && tokens.isCapitalised(i);
            if (!initial && !isNameParticle(i) && tokens.isWord(i) && ++words == 2) {
                // one word of object at most: "pastor of Solomon Missionary Baptist Church" stays whole
                return i == nameStart + 1 ? i : nameStart;
            }
        }
        return nameStart;
    }

    /** A name from {@code nameStart} to {@code nameEnd}, with the words before it as its title. */
    private Mention named(int start, int bodyStart, int last, int nameStart, int nameEnd, boolean determiner) {
        Span whole = span(start, last);
        String surface = surface(start, bodyStart, last, determiner);
        String name = text.substring(tokens.start(nameStart), tokens.end(nameEnd));
        String title = null;
        boolean honorific = false;
        if (nameStart > bodyStart) {
            String before = text.substring(tokens.start(bodyStart), tokens.end(nameStart - 1));
            honorific = tokens.is(nameStart - 1, Lexicon.HONORIFIC);
            title = Lexicon.HONORIFICS.contains(before.toLowerCase(java.util.Locale.ROOT)) ? null : before;
        }
        boolean multiWord = nameStart < nameEnd;
        SpeakerKind kind;
        if (determiner && !multiWord && title == null && tokens.lower(start).equals("the")) {
            kind = SpeakerKind.ORGANIZATION; // "the Pentagon": people do not take an article
        } else if (title != null || honorific || multiWord) {
            kind = SpeakerKind.PERSON;
        } else {
            kind = SpeakerKind.UNKNOWN;
        }
        return new Mention(whole, start, last, name, title, kind, null, surface);
    }

    /** "Hours later", "Days earlier", "Moments after": a span of time, not a name ("Vell later said" is one). */
    private boolean beforeTimeWord(int i) {
        return TIME_SPANS.contains(tokens.lower(i)) && i + 1 < tokens.size() && TIME_WORDS.contains(tokens.lower(i + 1));
    }

    private static final java.util.Set<String> TIME_SPANS = WordLists.words("time-spans.txt");

    private static final java.util.Set<String> TIME_WORDS = WordLists.words("time-words.txt");

    /**
     * "Representative Ana Kiril of Varna", "Archbishop Ivo Brandt of the Patriarchate of Varna":
     * the first "of" after a person's name ends the name: two name words before it, or one after a
     * title or honorific. Returns {first, last} name token, or null: "Bank of Norland" is one name.
     */
    private int[] personBeforeOf(int bodyStart, int last) {
        for (int of = bodyStart + 1; of < last; of++) {
            if (!tokens.lowerIs(of, "of")) {
                continue;
            }
            int first = of;
            while (first - 1 >= bodyStart && isNameToken(first - 1) && !tokens.is(first - 1, Lexicon.ORGANISATION)) {
                first--;
            }
            if (first == of) {
                return null;
            }
            boolean titled = first - 1 >= bodyStart && tokens.is(first - 1, Lexicon.TITLE | Lexicon.HONORIFIC);
            boolean reachesStart = first == bodyStart || titled;
            return reachesStart && (of - first >= 2 || titled) ? new int[] {first, of - 1} : null;
        }
        return null;
    }

    /**
     * "the Bank of Norland", "the Ministry of Foreign Affairs", "the Department of Justice": a
     * capitalised organisation head, "of", and capitalised words to the end. A role inside the
     * words after "of" ("University of Varna Professor Ana Kiril") makes it a person's title instead.
     */
    private boolean organisationOf(int bodyStart, int last) {
        int of = bodyStart;
        while (of < last && tokens.isCapitalised(of) && !tokens.is(of, Lexicon.FUNCTION)) {
            of++; // "the Central Bank of Norland": the head is the word before "of"
        }
        if (of == bodyStart || of >= last || !tokens.lowerIs(of, "of") || !tokens.is(of - 1, Lexicon.ORGANISATION)) {
            return false;
        }
        for (int i = of + 1; i <= last; i++) {
            boolean connector = tokens.lowerIs(i, "of") || tokens.lowerIs(i, "the") || tokens.lowerIs(i, "and");
            if (!connector && (!tokens.isCapitalised(i) || tokens.is(i, Lexicon.HONORIFIC)
                    || i < last && tokens.is(i, Lexicon.TITLE))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per word number ({@link Tokens#wordId}): whether the word occurs in lower case, and whether
     * capitalised where no sentence or headline explains the capital. Filled in one pass over the
     * article on first use: a map of every word's positions cost a tenth of the engine's time, a
     * table hashing every word's text most of a tenth still.
     */
    private byte[] useFlags;
    private static final byte LOWER = 1;
    private static final byte CAPITALISED_MID_SENTENCE = 2;

    /** Whether the word also occurs in lower case in the article: then it is a common word, not a name. */
    private boolean usedInLowerCase(int i) {
        if (useFlags == null) {
            indexWordUse();
        }
        // "Jeff Small" elsewhere makes it a name after all.
        return useFlags[tokens.wordId(i)] == LOWER;
    }

    private void indexWordUse() {
        byte[] flags = new byte[tokens.wordIdLimit()];
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.isWord(k)) {
                flags[tokens.wordId(k)] |= !tokens.isCapitalised(k) ? LOWER
                        : !opensSentence(k) && !inHeading[k] ? CAPITALISED_MID_SENTENCE : 0;
            }
        }
        useFlags = flags;
    }

    /**
     * "Citing", "Quoting", "Echoing": a capitalised word in -ing that is no speech verb's subject
     * form and is read as a participle whatever follows; names in -ing ("Manning", "Sterling")
     * are capitalised in the middle of sentences too.
     */
    private boolean isCapitalisedParticiple(int i) {
        String w = tokens.lower(i);
        return w.length() > 5 && w.endsWith("ing") && (PARTICIPLE_OPENERS.contains(w) || usedInLowerCase(i));
    }

    private static final java.util.Set<String> PARTICIPLE_OPENERS = WordLists.words("participle-openers.txt");

    /**
     * "Citing the report, …", "Adding that …": a word in -ing opening a sentence before a word in
     * lower case that is no verb of speech opens a participle clause ("Manning said" does not).
     */
    private boolean opensParticipleClause(int i) {
        String w = tokens.lower(i);
        return w.length() > 5 && w.endsWith("ing") && i + 1 < tokens.size() && tokens.isWord(i + 1)
                && !tokens.isCapitalised(i + 1) && !tokens.is(i + 1, Lexicon.SPEECH_VERB)
                && !Lexicon.AUXILIARIES.contains(tokens.lower(i + 1));
    }

    private boolean isComplementiser(int i) {
        String w = tokens.lower(i);
        return (w.equals("that") || w.equals("this") || w.equals("these") || w.equals("those")) && i + 1 < tokens.size()
                && !tokens.isCapitalised(i) && (tokens.isCapitalised(i + 1)
                || (w.equals("that") || w.equals("this")) && tokens.is(i + 1, Lexicon.GROUP)); // "noting that donors feel"
    }

    private boolean allCapitalised(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!tokens.isCapitalised(i)) {
                return false;
            }
        }
        return true;
    }

    /** "Democratic", "Republican", "Presidential": adjectives that name no institution on their own. */
    private static boolean isAdjectival(String w) {
        return w.endsWith("ic") || w.endsWith("al") || w.endsWith("an") || w.endsWith("ive") || w.endsWith("ian");
    }

    private boolean opensSentence(int i) {
        return i == 0 || paragraphBreakBefore(i, i - 1) || !tokens.isWord(i - 1) && !tokens.isPossessive(i - 1)
                && !inQuote[i - 1] && (tokens.isPunct(i - 1, '.') || tokens.isPunct(i - 1, '!') || tokens.isPunct(i - 1, '?'));
    }

    /**
     * Agent-noun endings (visitor, engineer, pharmacist, librarian): a role word in front of a
     * two-word name. Only asked of the first of three or more capitalised words at a sentence
     * start, where a given name with such an ending rarely comes with two more names.
     */
    private static boolean soundsLikeRoleNoun(String w) {
        return w.length() >= 5 && (w.endsWith("er") || w.endsWith("or") || w.endsWith("ist") || w.endsWith("ian")
                || w.endsWith("ant")) && Letters.allLetters(w);
    }

    private static final WordSet POSTED_TO = new WordSet(java.util.Set.of("ambassador", "envoy", "representative",
            "emissary", "delegate", "consul", "ambassador-designate"));

    private static final WordSet PLACE_BODY_HEADS = new WordSet(WordLists.words("place-body-heads.txt"));

    static final WordSet NAME_PARTICLES = new WordSet(WordLists.words("name-particles.txt"));

    /**
     * "Mohammed bin Abdulrahman al-Thani", "Ursula von der Leyen": lower-case particles inside
     * a name, between capitalised parts, and "al-"/"el-" prefixed surnames.
     */
    private boolean isNameParticle(int i) {
        if (i == 0 || inQuote[i] || !tokens.isWord(i) || tokens.isCapitalised(i) || !tokens.isCapitalised(i - 1)
                && !(i >= 2 && tokens.isCapitalised(i - 2))) {
            return false; // a particle sits right after a capitalised part, or after another particle
        }
        String w = tokens.lower(i);
        if (w.length() > 4 && w.charAt(2) != '-') {
            return false; // particles are short words or "al-"-style prefixes
        }
        String text = tokens.text(i);
        if ((w.startsWith("al-") || w.startsWith("el-") || w.startsWith("ad-") || w.startsWith("as-"))
                && text.length() > 3 && Character.isUpperCase(text.charAt(3))) {
            return tokens.isCapitalised(i - 1) || isNameParticle(i - 1);
        }
        if (!NAME_PARTICLES.containsToken(tokens, i) || i + 1 >= tokens.size() || inQuote[i + 1]) {
            return false;
        }
        boolean before = tokens.isCapitalised(i - 1) && !tokens.is(i - 1, Lexicon.FUNCTION) || isNameParticle(i - 1);
        boolean after = tokens.isCapitalised(i + 1) && !tokens.is(i + 1, Lexicon.FUNCTION)
                || i + 2 < tokens.size() && NAME_PARTICLES.containsToken(tokens, i + 1) && tokens.isCapitalised(i + 2);
        return before && after;
    }

    private boolean isNameToken(int i) {
        if (isNameParticle(i)) {
            return true;
        }
        if (!tokens.isCapitalised(i) || tokens.isPossessive(i)) {
            return false;
        }
        return !tokens.is(i, Lexicon.TITLE | Lexicon.MODIFIER | Lexicon.HONORIFIC) && !hyphenatedTitle(i);
    }

    /** "Colonel-General", "Major-General", "Lieutenant-Colonel": two titles joined are one. */
    private boolean hyphenatedTitle(int i) {
        String w = tokens.lower(i);
        int dash = w.indexOf('-');
        return dash > 0 && dash < w.length() - 1 && Lexicon.TITLES.contains(w.substring(dash + 1))
                && (Lexicon.TITLES.contains(w.substring(0, dash)) || Lexicon.TITLE_MODIFIERS.contains(w.substring(0, dash)));
    }

    private boolean isHonorificOrTitle(int i) {
        return tokens.is(i, Lexicon.TITLE);
    }

    private String surface(int start, int bodyStart, int last, boolean determiner) {
        int from = determiner && tokens.lower(start).equals("the") ? bodyStart : start;
        return text.substring(tokens.start(from), tokens.end(last));
    }

    /** The phrase after its determiner: "Foreign Ministry" of "the Foreign Ministry". */
    private String body(int bodyStart, int last) {
        return text.substring(tokens.start(bodyStart), tokens.end(last));
    }

    private Span span(int first, int last) {
        return new Span(tokens.start(first), tokens.end(last));
    }
}
