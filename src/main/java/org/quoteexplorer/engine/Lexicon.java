package org.quoteexplorer.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
        // Irregular participles first: a verb line may then still claim the same form, as it always could.
        for (String line : WordLists.entries("speech-verb-participles.txt", WordLists.Shape.PAIR)) {
            String[] participle = line.split(" ");
            SPEECH_VERBS.put(participle[0], VerbForm.FINITE);
            LEMMAS.put(participle[0], participle[1]);
        }
        for (String entry : WordLists.entries("speech-verbs.txt", WordLists.Shape.VERB)) {
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
    static final Set<String> STRONG_SPEECH_LEMMAS = WordLists.words("strong-speech-verbs.txt");

    static boolean isSpeechVerb(String lower) {
        return SPEECH_VERBS.containsKey(lower);
    }

    static {
        // Bare forms that are far more often nouns than verbs ("state television", "a post").
        for (String noun : WordLists.words("speech-verb-nouns.txt")) {
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
    static final Set<String> CUE_OBJECTS = Set.copyOf(WordLists.entries("cue-objects.txt", WordLists.Shape.PHRASE));

    static final Set<String> ABBREVIATIONS = WordLists.words("abbreviations.txt");

    /** Honorifics: part of how a person is addressed, not a role worth keeping as a title. */
    static final Set<String> HONORIFICS = WordLists.words("honorifics.txt");

    /** Roles and titles that may precede a name or stand for a person ("the spokesman"). */
    static final Set<String> TITLES = WordLists.words("titles.txt");

    /** Words that qualify a title without being names: "former", "senior", "press", "campaign". */
    static final Set<String> TITLE_MODIFIERS = WordLists.words("title-modifiers.txt");

    /**
     * Documents speak too in news ("the statement said"), and for their owner: "a Palace
     * statement" speaks for the Palace.
     */
    static final Set<String> DOCUMENT_NOUNS = WordLists.words("document-nouns.txt");

    /** Heads of organisation names: "the Foreign Ministry", "the city council", "the campaign". */
    static final Set<String> ORGANISATION_HEADS = union(WordLists.words("organisation-heads.txt"), DOCUMENT_NOUNS);

    /** Plural nouns that make a group speaker: "Norland officials", "some protesters". */
    static final Set<String> GROUP_NOUNS = WordLists.words("group-nouns.txt");

    /** Words that are never (part of) a name, even capitalised at the start of a sentence. */
    static final Set<String> FUNCTION_WORDS = WordLists.words("function-words.txt");

    static final Set<String> DETERMINERS = WordLists.words("determiners.txt");

    /** Prepositions: a noun phrase right after one is its object, not a subject. */
    static final Set<String> PREPOSITIONS = WordLists.words("prepositions.txt");

    /** Whether a word after a cue still belongs to the attribution ("said on Monday", "asked quietly"). */
    static boolean closesAttribution(String word) {
        return CLAUSE_CLOSERS.contains(word) || word.endsWith("ly");
    }

    private static final WordSet CLAUSE_CLOSERS = new WordSet(WordLists.words("clause-closers.txt"));

    /** "the first lady", "the First Deputy Prime Minister": ordinals that open a role. */
    static final WordSet ORDINALS = new WordSet(java.util.Set.of("first", "second", "third", "fourth", "fifth", "last", "next"));

    /** {@link #PREPOSITIONS} for look-ups by a token's hash code (see {@link WordSet}). */
    private static final WordSet PREPOSITION_SET = new WordSet(PREPOSITIONS);

    private static final Set<String> LISTENER_LEMMAS = WordLists.words("listener-speech-verbs.txt");

    /** "told", "asked", "urged": a verb of speech whose object is the one spoken to. */
    static boolean isListenerVerb(Tokens t, int i) {
        return t.is(i, SPEECH_VERB) && LISTENER_LEMMAS.contains(lemmaOf(t.lower(i)));
    }

    /** Whether the token before {@code token} is a preposition: the phrase there is an object, not a subject. */
    static boolean followsPreposition(Tokens t, int token) {
        return token > 0 && PREPOSITION_SET.containsToken(t, token - 1);
    }

    /** Auxiliaries and modals: after a noun phrase they make it the subject of a clause. */
    static final Set<String> AUXILIARIES = WordLists.words("auxiliaries.txt");

    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    static final Set<String> PLURAL_PRONOUNS = Set.of("they");
    static final Set<String> NEUTER_PRONOUNS = Set.of("it");

    /** Fillers allowed between a speaker and its verb: "Smith also said", "she has repeatedly said". */
    static final Set<String> VERB_FILLERS = WordLists.words("verb-fillers.txt");

    static boolean isPronoun(String lower) {
        return PERSON_PRONOUNS.contains(lower) || PLURAL_PRONOUNS.contains(lower) || NEUTER_PRONOUNS.contains(lower);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
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
