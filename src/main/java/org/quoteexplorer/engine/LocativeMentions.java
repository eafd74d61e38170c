package org.quoteexplorer.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Places that only say where a speaker is from: "Stacy Baker of Columbia, South Carolina", "a
 * teacher from Mount Pleasant", "a woman in Worcester, Massachusetts". Left as mentions, the
 * place is the phrase's last name before the verb and the nearest antecedent of "she", so the
 * speaker would be a town. A name after "of", "from" or "in" that hangs on a person, and each
 * name that continues it after a comma ("Concord, N.H."), is no one's mention.
 */
final class LocativeMentions {

    /** Common nouns for people that a place phrase attaches to; agent nouns ("-er") are recognised by form. */
    private static final WordSet PERSON_NOUNS = new WordSet(WordLists.words("place-phrase-person-nouns.txt"));

    private LocativeMentions() {
    }

    static List<Mention> withoutPlaces(List<Mention> mentions, Tokens t) {
        List<Mention> kept = new ArrayList<>(mentions.size());
        Mention previous = null;
        boolean previousWasPlace = false;
        for (Mention m : mentions) {
            boolean place = !m.isPronoun() && m.name() != null && !possessive(m, t)
                    && (afterPersonAndPreposition(m, previous, t) || continuesPlace(m, previous, previousWasPlace, t));
            if (!place) {
                kept.add(m);
            }
            previous = m;
            previousWasPlace = place && !previousWasPlace; // "Novi, Michigan" is a place; a third name is not
        }
        return kept.size() == mentions.size() ? mentions : kept;
    }

    private static boolean possessive(Mention m, Tokens t) {
        return m.lastToken() + 1 < t.size() && t.isPossessive(m.lastToken() + 1) || t.isPossessive(m.lastToken());
    }

    /** "Jason Sims, of Mount Pleasant", "a teacher from Mount Pleasant", "a woman in Worcester". */
    private static boolean afterPersonAndPreposition(Mention m, Mention previous, Tokens t) {
        int prep = m.firstToken() - 1;
        if (prep < 1 || !(t.lowerIs(prep, "of") || t.lowerIs(prep, "from") || t.lowerIs(prep, "in"))) {
            return false;
        }
        if (t.lowerIs(prep, "from") && t.isCapitalised(m.firstToken()) && m.title() != null
                && m.kind() == org.quoteexplorer.model.SpeakerKind.PERSON && titled(m, t)) {
            return false; // "an offer from Valdorian President Sergei Vantsev": a titled person is no place
        }
        if (!t.text(prep).equals(t.lower(prep))) {
            return false; // "KILLED IN ISTANBUL": a headline in capitals, where a name may follow anything
        }
        if (t.lowerIs(prep, "in") && t.isCapitalised(m.firstToken()) && !t.is(m.firstToken(), Lexicon.DETERMINER)
                && m.title() == null && !t.is(m.firstToken(), Lexicon.HONORIFIC | Lexicon.TITLE)
                && !t.is(prep - 1, Lexicon.GROUP)) { // "Diplomats in Varna" names a group by its place
            return true; // "at a rally in Concord", "Democrats in Congress": a name after "in" is where, not who
        }
        int before = prep - 1;
        if (t.isPunct(before, ',') && before > 0) {
            before--; // "Jason Sims, of Mount Pleasant"
        }
        if (previous != null && previous.lastToken() == before && !previous.isPronoun() && previous.name() != null) {
            return previous.kind() == org.quoteexplorer.model.SpeakerKind.PERSON && !t.lowerIs(prep, "in");
        }
        if (!t.isWord(before) || t.isCapitalised(before)) {
            return false;
        }
        String noun = t.lower(before);
        return PERSON_NOUNS.contains(noun) || agentNoun(noun) && determinedNoun(before, t);
    }

    private static boolean titled(Mention m, Tokens t) {
        for (int i = m.firstToken(); i < m.lastToken(); i++) {
            if (t.is(i, Lexicon.TITLE | Lexicon.HONORIFIC)) {
                return true;
            }
        }
        return false;
    }

    /** "Columbia, South Carolina", "Concord, N.H.": a place's second part after a comma. */
    private static boolean continuesPlace(Mention m, Mention previous, boolean previousWasPlace, Tokens t) {
        if (previous == null || m.firstToken() < 2 || !t.isPunct(m.firstToken() - 1, ',')
                || previous.lastToken() != m.firstToken() - 2 || m.title() != null || !placeShaped(m, t)) {
            return false;
        }
        return previousWasPlace && endsPhrase(m, t) || endsInPlacePhrase(previous, t);
    }

    /** "Concord, N.H., 14-year-old …", "Nashua, N.H. on Monday": not "Toledo, Clinton says". */
    private static boolean endsPhrase(Mention m, Tokens t) {
        int next = m.lastToken() + 1;
        return next >= t.size() || !t.isWord(next) || Lexicon.PREPOSITIONS.contains(t.lower(next)) && !t.lowerIs(next, "of");
    }

    /**
     * One word ("Maine", "N.H.") or a compass or "New" and one word ("South Carolina"): a region
     * after a town. "Washington, Peter Westmacott" continues with a person.
     */
    private static boolean placeShaped(Mention m, Tokens t) {
        int words = m.lastToken() - m.firstToken() + 1;
        if (words == 1) {
            return true;
        }
        String first = t.lower(m.firstToken());
        return words == 2 && (first.equals("new") || first.equals("north") || first.equals("south")
                || first.equals("east") || first.equals("west") || first.equals("rhode"));
    }

    /** A person's mention that took in its own place: "Stacy Baker of Columbia". */
    private static boolean endsInPlacePhrase(Mention previous, Tokens t) {
        if (previous.kind() != org.quoteexplorer.model.SpeakerKind.PERSON) {
            return false;
        }
        for (int i = previous.firstToken() + 1; i < previous.lastToken(); i++) {
            if (t.lowerIs(i, "of") || t.lowerIs(i, "from")) {
                return t.isCapitalised(i + 1);
            }
        }
        return false;
    }

    private static boolean agentNoun(String w) {
        return w.length() >= 5 && (w.endsWith("er") || w.endsWith("or") || w.endsWith("ist") || w.endsWith("ian"))
                && Letters.allLetters(w);
    }

    /** "a teacher", "the 52-year-old farmer": an agent noun that heads a noun phrase, not "after" or "order". */
    private static boolean determinedNoun(int noun, Tokens t) {
        for (int i = noun - 1; i >= 0 && i >= noun - 3; i--) {
            if (t.lowerIs(i, "a") || t.lowerIs(i, "an") || t.lowerIs(i, "the") || t.lowerIs(i, "one")) {
                return true;
            }
            if (!t.isWord(i) && !t.isPunct(i, '-')) {
                return false;
            }
        }
        return false;
    }
}
