package org.quoteexplorer.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words the rules rest on: speech verbs, titles and roles, organisation and group nouns,
 * and the function words that are never names even when capitalised.
 *
 * <p>General English news vocabulary only; nothing here names a particular person or place.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** How a speech verb form relates to its speaker. */
    enum VerbForm {
        /** said, says, told: the speaker is its subject or follows it ("said Smith"). */
        FINITE,
        /** saying, adding, calling: the speaker is the subject of the clause it hangs on. */
        PARTICIPLE
    }

    static final Map<String, VerbForm> SPEECH_VERBS = new HashMap<>();
    private static final Map<String, String> LEMMAS = new HashMap<>();

    static {
        // lemma, third person, past, participle; "" marks a regular form to derive.
        String[] verbs = {
            "say says said saying", "tell tells told telling", "add adds added adding",
            "write writes wrote writing", "call calls called calling", "ask asks asked asking",
            "tweet", "note", "explain", "reply replies replied replying", "describe", "declare", "state",
            "conclude", "recall", "respond", "argue", "pledge", "acknowledge", "accuse", "suggest",
            "promise", "insist", "assure", "warn", "announce", "admit admits admitted admitting",
            "urge", "chant", "continue", "claim", "comment", "observe", "remark", "complain", "boast",
            "joke", "quip quips quipped quipping", "predict", "vow", "testify testifies testified testifying",
            "confirm", "deny denies denied denying", "emphasize", "emphasise", "stress", "recount", "muse",
            "wonder", "shout", "yell", "scream", "cry cries cried crying", "proclaim", "maintain",
            "contend", "assert", "allege", "charge", "counter", "retort", "answer", "inform", "caution",
            "concede", "confess", "lament", "praise", "condemn", "criticize", "criticise", "blast",
            "slam slams slammed slamming", "label labels labelled labelling", "dub dubs dubbed dubbing",
            "brand", "term", "characterize", "characterise", "hail", "welcome", "decry decries decried decrying",
            "denounce", "tout", "mock", "ridicule", "question", "demand", "repeat", "reiterate", "echo echoes echoed echoing",
            "agree", "object", "protest", "post", "text", "recommend", "propose", "signal", "indicate",
            "elaborate", "reveal", "disclose", "confide", "whisper", "murmur", "sigh", "express",
            "mention", "reflect", "voice", "thank", "describe", "dismiss", "recite", "read reads read reading",
            "pronounce", "quote", "cite", "predict", "estimate", "advise", "instruct", "order", "beg begs begged begging",
            "plead", "implore", "scoff", "snap snaps snapped snapping", "fume", "gush", "marvel marvels marvelled marvelling",
            "rave", "grumble", "mutter", "exclaim", "interject", "interrupt", "begin begins began beginning",
            "report", "write", "blog blogs blogged blogging", "email", "declare", "summarize", "summarise",
            "opine", "posit", "speculate", "theorize", "figure", "guess", "hint", "imply implies implied implying",
            "insinuate", "criticize", "accuse", "credit", "blame", "defend", "reassure",
            "stress", "underline", "underscore", "highlight", "emphasize", "affirm", "reaffirm", "attest",
            "recount", "relate", "narrate", "explain", "clarify clarifies clarified clarifying", "correct",
            "rebut", "refute", "dispute", "challenge", "concur", "applaud", "cheer", "celebrate",
            "announce", "inform", "brief", "update", "concede", "apologize", "apologise", "regret regrets regretted regretting",
            "worry worries worried worrying", "fear", "hope", "believe", "think thinks thought thinking",
            "feel feels felt feeling", "contend", "reckon", "acknowledge", "put puts put putting",
            "bark", "growl", "roar", "thunder", "chuckle", "laugh", "sneer", "hiss", "bellow", "holler", "rant",
            "crow", "tease", "taunt", "gripe", "grouse", "concur", "vent", "observe", "recollect", "add",
            "pray", "preach", "sing sings sang singing", "chime", "intone", "retort", "rejoin", "muse",
            "refer refers referred referring", "utter", "talk", "speak speaks spoke speaking", "discuss",
            "point", "surmise", "reason", "joke", "recount", "scold", "lecture", "assert", "retaliate", "reject",
            "swear swears swore swearing", "exhort", "beam", "enthuse", "chide", "admonish", "deadpan", "sniff",
            "groan", "moan", "inquire", "enquire", "query queries queried querying", "venture", "gloat",
            "brag brags bragged bragging", "rail", "jab jabs jabbed jabbing", "pontificate", "trumpet", "rebuke",
            "press", "remember",
        };
        // Past participles that differ from the past tense: "was written by", "had spoken of".
        for (String[] participle : new String[][] {{"written", "write"}, {"spoken", "speak"}, {"sworn", "swear"},
            {"sung", "sing"}, {"begun", "begin"}}) {
            SPEECH_VERBS.put(participle[0], VerbForm.FINITE);
            LEMMAS.put(participle[0], participle[1]);
        }
        for (String entry : verbs) {
            String[] forms = entry.split(" ");
            String lemma = forms[0];
            String third = forms.length > 1 ? forms[1] : thirdPerson(lemma);
            String past = forms.length > 2 ? forms[2] : past(lemma);
            String ing = forms.length > 3 ? forms[3] : ing(lemma);
            SPEECH_VERBS.put(lemma, VerbForm.FINITE);
            SPEECH_VERBS.put(third, VerbForm.FINITE);
            SPEECH_VERBS.put(past, VerbForm.FINITE);
            SPEECH_VERBS.put(ing, VerbForm.PARTICIPLE);
            for (String form : new String[] {lemma, third, past, ing}) {
                LEMMAS.put(form, lemma);
            }
        }
    }

    /**
     * Verbs that report speech strongly enough to carry a whole direct quote; the weaker ones
     * (believe, praise, condemn …) only attribute a fragment quoted inside their clause.
     */
    static final Set<String> STRONG_SPEECH_LEMMAS = Set.copyOf(java.util.List.of(
            "say", "tell", "add", "write", "ask", "tweet", "note", "explain", "reply", "declare", "state",
            "conclude", "recall", "respond", "argue", "insist", "warn", "announce", "admit", "continue",
            "claim", "comment", "observe", "remark", "complain", "boast", "joke", "quip", "predict",
            "testify", "confirm", "shout", "yell", "scream", "cry", "proclaim", "maintain", "contend",
            "assert", "counter", "retort", "answer", "concede", "confess", "lament", "muse", "wonder",
            "post", "read", "recount", "exclaim", "interject", "whisper", "write", "put", "begin",
            "suggest", "acknowledge", "emphasize", "emphasise", "stress", "caution", "vow", "pledge",
            "promise", "allege", "reiterate", "repeat", "report", "email", "text", "blog", "plead",
            "snap", "scoff", "fume", "gush", "marvel", "rave", "grumble", "mutter", "opine", "speculate",
            "reflect", "reassure", "assure", "tell", "summarize", "summarise", "urge", "chant", "ask", "swear",
            "exhort", "beam", "enthuse", "chide", "deadpan", "sniff", "groan", "inquire", "enquire", "gloat", "brag"));

    static boolean isSpeechVerb(String lower) {
        return SPEECH_VERBS.containsKey(lower);
    }

    static {
        // Bare forms that are far more often nouns than verbs ("state television", "a post").
        for (String noun : new String[] {"state", "post", "text", "order", "question", "object", "counter",
            "charge", "term", "figure", "note", "report", "quote", "echo", "voice", "press", "point", "email",
            "reason", "lecture", "cheer", "hope", "fear", "credit", "blame", "update", "brief", "signal"}) {
            SPEECH_VERBS.remove(noun);
        }
    }

    /** "said", "told", "warned": a past form, which unlike "remark" or "calls" is never a noun. */
    static boolean isPastForm(String lower) {
        String lemma = LEMMAS.get(lower);
        return lemma != null && !lemma.equals(lower) && !lower.endsWith("s") && !lower.endsWith("ing");
    }

    static String lemmaOf(String lower) {
        return LEMMAS.get(lower);
    }

    /** {@link #STRONG_SPEECH_LEMMAS} as a {@link WordSet}, for the per-verb test below. */
    private static final WordSet STRONG_LEMMA_SET = new WordSet(STRONG_SPEECH_LEMMAS);

    static boolean isStrongSpeechVerb(String lower) {
        String lemma = LEMMAS.get(lower);
        return lemma != null && STRONG_LEMMA_SET.contains(lemma);
    }

    /** Objects that belong to the cue: "told reporters", "said in a statement" stays "said". */
    static final Set<String> CUE_OBJECTS = Set.of(
            "reporters", "journalists", "the press", "supporters", "the crowd", "an audience", "the audience",
            "viewers", "listeners", "lawmakers");

    static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "maj", "cmdr",
            "adm", "st", "jr", "sr", "prof", "rev", "hon", "atty", "supt", "insp", "jan", "feb", "mar", "apr",
            "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "no", "vs", "etc", "mt",
            "ft", "pres", "gens", "reps", "sens", "messrs", "u.s", "u.n", "d.c");

    /** Honorifics: part of how a person is addressed, not a role worth keeping as a title. */
    static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "dr.", "sir", "dame",
            "madam", "mister");

    /** Roles and titles that may precede a name or stand for a person ("the spokesman"). */
    static final Set<String> TITLES = words(
            "president vice-president president-elect senator sen. rep. representative congressman congresswoman "
            + "gov. governor mayor minister secretary spokesman spokeswoman spokesperson chairman chairwoman "
            + "chair director chief ceo founder co-founder adviser advisor aide ambassador envoy general gen. lt. col. "
            + "sgt. capt. maj. commissioner judge justice attorney lawyer professor prof. dr. mr. mrs. ms. "
            + "king queen prince princess pope rabbi rev. reverend father sheriff officer deputy leader speaker "
            + "candidate nominee strategist pollster analyst economist manager chancellor premier ayatollah "
            + "sheikh emir lawmaker delegate member counsel coordinator editor correspondent reporter writer "
            + "author host anchor executive head captain sergeant commander marshal superintendent treasurer "
            + "trustee activist organizer organiser voter supporter student resident owner worker researcher "
            + "scientist expert fellow historian chairperson lieutenant colonel admiral major diplomat "
            + "prosecutor investigator detective inspector consultant partner president-elect businessman "
            + "businesswoman billionaire pastor bishop cardinal imam cleric monarch dictator premier "
            + "commentator columnist blogger pundit adviser professor lecturer teacher principal doctor "
            + "nurse physician surgeon psychologist sociologist demographer scholar chairwoman mayor-elect "
            + "councilman councilwoman councillor councilor alderman assemblyman assemblywoman legislator "
            + "senator-elect speaker whip operative surrogate volunteer spokesperson publicist negotiator "
            + "administrator secretary-general commissioner attorney-general strategist staffer official");

    /** Words that qualify a title without being names: "former", "senior", "press", "campaign". */
    static final Set<String> TITLE_MODIFIERS = words(
            "former senior junior deputy vice acting chief top press campaign foreign defense defence interior "
            + "presidential national state federal local executive assistant associate communications policy "
            + "political security economic emergency operations first general supreme prime principal "
            + "managing founding interim longtime long-time veteran outgoing incoming retired then-president "
            + "democratic republican conservative liberal progressive independent finance trade justice "
            + "health education energy homeland intelligence military regional international global district "
            + "county city council party legal media digital data research development public human rights "
            + "civil labor labour union majority minority house senate white");

    // Documents speak too in news: "the statement said", "an early tweet quoted …".
    private static final String DOCUMENT_WORDS = "statement email e-mail ad advert advertisement tweet report website "
            + "headline letter memo release message video poll survey study book article editorial sign banner poster "
            + "transcript excerpts note filing complaint lawsuit indictment platform resolution document documents page";

    /** A document whose owner is the speaker: "a Palace statement" speaks for the Palace. */
    static final Set<String> DOCUMENT_NOUNS = words(DOCUMENT_WORDS);

    /** Heads of organisation names: "the Foreign Ministry", "the city council", "the campaign". */
    static final Set<String> ORGANISATION_HEADS = words(
            "ministry department council committee commission agency office court board union coalition "
            + "organization organisation company corporation corp. inc. campaign administration government "
            + "party parliament congress senate assembly bureau service institute foundation association "
            + "center centre network times post journal news press bank fund university college school "
            + "police army military navy embassy cabinet presidency secretariat federation league alliance "
            + "movement caucus group team newspaper magazine channel station tribunal authority authorities "
            + "regime junta firm lab laboratory project initiative trust society club council "
            + "publication outlet paper tabloid broadcaster website "
            + DOCUMENT_WORDS);

    /** Plural nouns that make a group speaker: "Norland officials", "some protesters". */
    static final Set<String> GROUP_NOUNS = words(
            "officials sources people protesters demonstrators supporters critics analysts experts observers "
            + "diplomats lawmakers legislators senators democrats republicans voters residents activists "
            + "leaders members aides advisers advisors staffers organizers organisers officers investigators "
            + "prosecutors authorities researchers economists strategists pollsters scientists doctors "
            + "witnesses workers employees students parents families participants attendees delegates "
            + "spokesmen spokespeople representatives ministers executives insiders allies opponents "
            + "conservatives liberals progressives republicans democrats americans voters fans friends "
            + "neighbors neighbours volunteers veterans soldiers troops police crowd crowds audience "
            + "demonstrators marchers rioters protestors agents operatives donors backers detractors "
            + "commentators pundits historians scholars teachers nurses governments ministries states");

    /** Words that are never (part of) a name, even capitalised at the start of a sentence. */
    static final Set<String> FUNCTION_WORDS = words(
            "the a an and or but nor so yet for of in on at to by with from as into about after before during "
            + "since until while when where why how what who whom whose which that this these those it its "
            + "he she they we i you his her their our my your him them us me if although though because "
            + "despite however meanwhile still also then there here now not no yes all some many most both "
            + "either neither each every any such according speaking asked is are was were be been being has "
            + "have had do does did will would can could may might must should shall just only even instead "
            + "again already ever never always often once later earlier today tonight yesterday tomorrow "
            + "monday tuesday wednesday thursday friday saturday sunday january february march april june july "
            + "august september october november december whether unlike like among amid against without "
            + "within through throughout across over under above below near than rather more less much few "
            + "other another same last next first second third one two three four five six seven eight "
            + "nine ten dear hi hello oh well indeed yet thus hence therefore moreover furthermore nevertheless "
            + "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
            + "fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions dozen dozens "
            + "nonetheless otherwise besides anyway perhaps maybe afterward afterwards elsewhere nowhere "
            + "somewhere nobody everyone everybody someone somebody anyone anybody nothing everything something "
            + "none whoever whatever soon himself herself themselves itself outside inside between beyond "
            + "behind beside toward towards upon via per "
            + "i'm i’m i've i’ve i'd i’d i'll i’ll we're we’re it's it’s he's he’s she's she’s that's that’s "
            + "there's there’s let's let’s here's here’s what's what’s");

    static final Set<String> DETERMINERS = words(
            "the a an one another two three four several some many most other his her their its our "
            + "this that these those both each every any all few");

    /** Prepositions: a noun phrase right after one is its object, not a subject. */
    static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "from", "with", "by", "to", "into",
            "about", "over", "under", "during", "through", "against", "among", "between", "without", "within",
            "across", "toward", "towards", "upon");

    /** Whether a word after a cue still belongs to the attribution ("said on Monday", "asked quietly"). */
    static boolean closesAttribution(String word) {
        return CLAUSE_CLOSERS.contains(word) || word.endsWith("ly");
    }

    private static final WordSet CLAUSE_CLOSERS = new WordSet(Set.of("in", "on", "at", "during",
            "after", "before", "to", "while", "from", "via", "with", "outside", "inside", "according", "late",
            "early", "earlier", "later", "yesterday", "today", "tonight", "this", "last", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "afterward", "afterwards", "then",
            "again", "once", "when", "as", "of", "about", "over", "for", "by", "into", "through", "shortly",
            "told", "and", "but", "who", "whose"));

    /** {@link #PREPOSITIONS} for look-ups by a token's hash code (see {@link WordSet}). */
    private static final WordSet PREPOSITION_SET = new WordSet(PREPOSITIONS);

    /** Whether the token before {@code token} is a preposition: the phrase there is an object, not a subject. */
    static boolean followsPreposition(Tokens t, int token) {
        return token > 0 && PREPOSITION_SET.containsToken(t, token - 1);
    }

    /** Auxiliaries and modals: after a noun phrase they make it the subject of a clause. */
    static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "would", "will", "could", "should", "may",
            "might", "must", "did", "does", "can", "is", "are", "was", "were");

    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    static final Set<String> PLURAL_PRONOUNS = Set.of("they");
    static final Set<String> NEUTER_PRONOUNS = Set.of("it");

    /** Fillers allowed between a speaker and its verb: "Smith also said", "she has repeatedly said". */
    static final Set<String> VERB_FILLERS = words(
            "also has have had would will did does do later then again once previously recently repeatedly "
            + "reportedly publicly privately quickly simply flatly bluntly initially subsequently earlier "
            + "often frequently famously memorably always never once still just already even further "
            + "went on had been has been could might may must should can not n't ultimately finally "
            + "then-candidate long to goes went go going on proceeded continued began later first last twice now");

    static boolean isPronoun(String lower) {
        return PERSON_PRONOUNS.contains(lower) || PLURAL_PRONOUNS.contains(lower) || NEUTER_PRONOUNS.contains(lower);
    }

    private static Set<String> words(String spaceSeparated) {
        return Set.copyOf(new HashSet<>(java.util.Arrays.asList(spaceSeparated.split(" "))));
    }

    private static String thirdPerson(String lemma) {
        if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                || lemma.endsWith("o")) {
            return lemma + "es";
        }
        return lemma + "s";
    }

    private static String past(String lemma) {
        return lemma.endsWith("e") ? lemma + "d" : lemma + "ed";
    }

    private static String ing(String lemma) {
        if (lemma.endsWith("e") && !lemma.endsWith("ee")) {
            return lemma.substring(0, lemma.length() - 1) + "ing";
        }
        return lemma + "ing";
    }

    // Word classes as bits, looked up once per token (see Tokens#is): the chunker asks several
    // of these questions of every token, and one hash look-up beats ten.
    static final int FUNCTION = 1;
    static final int TITLE = 1 << 1;
    static final int MODIFIER = 1 << 2;
    static final int GROUP = 1 << 3;
    static final int ORGANISATION = 1 << 4;
    static final int DETERMINER = 1 << 5;
    static final int PRONOUN = 1 << 6;
    static final int SPEECH_VERB = 1 << 7;
    static final int FILLER = 1 << 8;
    static final int HONORIFIC = 1 << 9;

    private static final Map<String, Integer> CLASSES = new HashMap<>();

    static {
        mark(FUNCTION_WORDS, FUNCTION);
        mark(TITLES, TITLE);
        mark(TITLE_MODIFIERS, MODIFIER);
        mark(GROUP_NOUNS, GROUP);
        mark(ORGANISATION_HEADS, ORGANISATION);
        mark(DETERMINERS, DETERMINER);
        mark(PERSON_PRONOUNS, PRONOUN);
        mark(PLURAL_PRONOUNS, PRONOUN);
        mark(NEUTER_PRONOUNS, PRONOUN);
        mark(SPEECH_VERBS.keySet(), SPEECH_VERB);
        mark(VERB_FILLERS, FILLER);
        mark(HONORIFICS, HONORIFIC);
    }

    /** The word classes of a lower-case word, as {@code |}-ed bits; 0 for an ordinary word. */
    static int classesOf(String lower) {
        return CLASSES.getOrDefault(lower, 0);
    }

    /** Every word with a class: any other word's classes are 0. */
    static Set<String> classifiedWords() {
        return java.util.Collections.unmodifiableSet(CLASSES.keySet());
    }

    private static void mark(Set<String> words, int bit) {
        for (String w : words) {
            CLASSES.merge(w, bit, (a, b) -> a | b);
        }
    }

}
