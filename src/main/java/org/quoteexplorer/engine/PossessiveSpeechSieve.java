package org.quoteexplorer.engine;

import java.util.Set;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.SpeakerKind;

/**
 * A quote introduced by what someone said, named as a noun with its owner: {@code Smith's
 * pledge to be “neutral”}, {@code her remark that “…”}, {@code the senator's description of
 * the plan as “reckless”}. The owner is the speaker; a possessive pronoun is the mention.
 */
final class PossessiveSpeechSieve implements Sieve {

    static final WordSet SPEECH_NOUNS = new WordSet(WordLists.words("speech-nouns.txt"));

    /**
     * What may stand between the noun and the quote when the quote is its content ("remark
     * that …", "pledge to be …", "embrace of …"). Without one ("called Smith's remarks “…”",
     * "Smith's remarks were “…”") the quote judges the words rather than repeating them.
     */
    private static final WordSet LINKS = new WordSet(WordLists.words("speech-noun-links.txt"));

    @Override
    public Decision decide(QuoteSite site, SieveContext context) {
        Analysis doc = context.analysis();
        Tokens t = doc.tokens();
        Span quote = site.found().outer();
        int sentenceStart = doc.sentences().all().get(site.sentence()).start();
        int k = t.firstStartingAt(quote.start()) - 1;
        Decision byAgent = claimBy(doc, k, sentenceStart);
        if (byAgent != null) {
            return byAgent;
        }
        // Up to a few linking words back from the quote: "pledge to be “…”", "remark that “…”".
        boolean onlyLinks = true;
        for (int gap = 0; k >= 0 && gap < 10 && t.start(k) >= sentenceStart && !doc.inQuote(k); gap++, k--) {
            // "claim that there have been “…”": a that-clause is the content of the noun, whatever it says.
            boolean content = onlyLinks || k + 1 < t.size() && t.lower(k + 1).equals("that");
            if (SPEECH_NOUNS.containsToken(t, k) && gap > 0 && content) {
                Mention owner = ownerBefore(doc, k, sentenceStart);
                return owner == null ? null
                        : Decision.of(owner, new Span(t.start(k), t.end(k)), "possessive-speech",
                                Confidence.of("possessive-speech", owner));
            }
            if (!t.isWord(k) && !LINKS.containsToken(t, k)) {
                return null;
            }
            onlyLinks &= LINKS.containsToken(t, k);
        }
        return null;
    }

    /**
     * "rejected claims by opposition lawmakers that the programme was “illegal”", "denied
     * accusations by Sarkhan's water minister, Yusuf Khalid, that …": the one the claim is by.
     */
    private static Decision claimBy(Analysis doc, int beforeQuote, int sentenceStart) {
        Tokens t = doc.tokens();
        for (int k = beforeQuote; k >= 2 && beforeQuote - k < 10 && t.start(k) >= sentenceStart && !doc.inQuote(k); k--) {
            if (!t.lowerIs(k, "that")) {
                continue;
            }
            int end = t.isPunct(k - 1, ',') ? k - 2 : k - 1; // "…, Yusuf Khalid, that"
            Mention agent = end >= 0 ? doc.mentionEndingAt(end) : null;
            if (agent == null || !agent.isPronoun() && agent.firstToken() >= 1 && !t.isPunct(agent.firstToken() - 1, ',')
                    && !t.lowerIs(agent.firstToken() - 1, "by") && !t.lowerIs(agent.firstToken() - 1, "from")) {
                agent = describedAgent(doc, end); // "by opposition lawmakers" around the mention "lawmakers"
            }
            if (agent == null || agent.isPronoun()) {
                return null;
            }
            int by = agent.firstToken() - 1;
            if (by >= 1 && t.isPunct(by, ',')) {
                // the role the name is set off from: "by Sarkhan's water minister, Yusuf Khalid,"
                for (int b = by - 1; b >= 1 && by - b <= 8 && !doc.inQuote(b); b--) {
                    if (t.lowerIs(b, "by") || t.lowerIs(b, "from")) {
                        by = b;
                        break;
                    }
                }
            }
            if (by < 1 || !(t.lowerIs(by, "by") || t.lowerIs(by, "from")) || !SPEECH_NOUNS.containsToken(t, by - 1)
                    || t.start(by - 1) < sentenceStart) {
                return null;
            }
            return Decision.of(agent, new Span(t.start(by - 1), t.end(by - 1)), "possessive-speech",
                    Confidence.of("possessive-speech", agent));
        }
        return null;
    }

    /** "by opposition lawmakers": up to three lower-case words after "by", a group when plural. */
    private static Mention describedAgent(Analysis doc, int end) {
        Tokens t = doc.tokens();
        for (int by = end - 1; by >= 1 && end - by <= 3; by--) {
            if (t.lowerIs(by, "by") || t.lowerIs(by, "from")) {
                return CueFinder.description(doc, by + 1, end);
            }
            if (!t.isWord(by) || t.isCapitalised(by) || doc.inQuote(by) || t.is(by, Lexicon.FUNCTION)) {
                return null;
            }
        }
        return null;
    }

    /** "Smith's", "his", "the senator's" before the noun, past up to two adjectives. */
    private static Mention ownerBefore(Analysis doc, int noun, int sentenceStart) {
        Tokens t = doc.tokens();
        int j = noun - 1;
        for (int adjectives = 0; j >= 0 && adjectives < 2 && t.start(j) >= sentenceStart && t.isWord(j)
                && !t.isCapitalised(j) && !t.isPossessive(j) && !t.is(j, Lexicon.FUNCTION | Lexicon.DETERMINER); adjectives++) {
            j--;
        }
        if (j < 0 || t.start(j) < sentenceStart || doc.inQuote(j)) {
            return null;
        }
        String w = t.lower(j);
        String pronoun = switch (w) {
            case "his" -> "he";
            case "her" -> "she";
            case "their" -> "they";
            default -> null;
        };
        if (pronoun != null) {
            return Mention.pronoun(t, j, pronoun, pronoun.equals("they") ? SpeakerKind.GROUP : SpeakerKind.PERSON);
        }
        if (!t.isPossessive(j)) {
            return null;
        }
        Mention m = doc.mentionEndingAt(j - 1);
        return m == null || m.isPronoun() ? null : m;
    }
}
