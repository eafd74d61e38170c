package org.quoteexplorer.engine;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quoteexplorer.model.Span;

/**
 * Tells quotations that are not speech: scare quotes and quoted terms ("the so-called
 * “reset”", what she calls “red tape”, the word “never”) and quoted titles (the film “Cold
 * Harbour”, a show called “Late Edition”). Such a quote has no speaker; attributing it to the
 * nearest name is an error an analyst sees at once.
 *
 * <p>Only a short quote right after words that introduce a term or a title counts: without
 * those words a short quote is as likely a fragment of someone's speech, and reported speech
 * is what the analyst is here for. "He called it “a disgrace”" stays speech.
 */
final class ScareQuotes {

    /** Longer than this, a quote is a phrase somebody said, not a term. */
    static final int MAX_TERM_WORDS = 4;
    /** Titles run longer than terms ("Make Your Kid a Millionaire") but are capitalised throughout. */
    static final int MAX_TITLE_WORDS = 6;
    /** How far before the quote the introducing words are looked for. */
    private static final int LOOKBACK_CHARS = 80;

    private static final String FILLER = "(?: (?:it|them|him|her|this|itself|themselves|himself|herself))?(?: (?:a|an|the))?";

    /**
     * Words after which the quote is the term itself, whatever its case. Measured on PolNeAR, the
     * news convention is that a term somebody uses is that person's words: "what he called “a
     * breach”", "the words “radical Islam”", "dubbed “the little senator”" are all attributed
     * there, so only the introductions that name a term in the writer's own voice are here.
     */
    private static final Pattern TERM_INTRODUCED = Pattern.compile("(?:"
            + "\\bso-?\\s?called"
            + "|\\b(?:known as|the nickname)" + FILLER
            + ")$");

    /** Words after which a capitalised quote is a title; "titled" and "called" introduce speech as often. */
    private static final Pattern TITLE_INTRODUCED = Pattern.compile(
            "\\b(?:film|movie|show|series|program|programme|documentary|album|novel|episode|sitcom|musical)$");

    /** Lower-case words of a title ("Gone with the Wind"). */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at",
            "to", "for", "with", "from", "by", "as", "vs", "nor", "but", "is", "it");

    /** Who speaks of themselves or to the reader is speaking, not naming a term. */
    private static final Set<String> SPEAKER_WORDS = Set.of("i", "i'm", "i've", "i'll", "i'd", "me", "my", "we", "we're",
            "we've", "we'll", "us", "our", "you", "you're", "your");

    /** The origin of a scare quote: {@code rule:scare}. */
    static final String RULE = "scare";

    /**
     * Decisions that rest on nothing in the quote's own sentence. In PolNeAR, a term or title
     * in a sentence that names someone speaking is that person's words as often as not ("he
     * blasted the film “Frozen”", "his show “Lopez Tonight”"), so only a quote that no cue of
     * its own sentence claims is called a scare quote.
     */
    private static final Set<String> FROM_ELSEWHERE = Set.of("paragraph-continuation", "next-paragraph-continuation",
            "previous-paragraph-cue", "previous-sentence-cue", "colon-next-paragraph", "turn-taking", "headline-words");

    private ScareQuotes() {
    }

    /**
     * A scare quote or quoted title that no cue of its own sentence claims as speech.
     *
     * @param decision what the sieves decided for the quote, or {@code null}
     */
    static boolean isScare(Analysis doc, QuoteSite site, Decision decision) {
        if (site.type() == org.quoteexplorer.model.QuoteType.HEADLINE) {
            return false;
        }
        if (decision != null && !FROM_ELSEWHERE.contains(decision.sieve())) {
            return false;
        }
        return isScare(doc.text(), site.found(), doc.sentences().all().get(site.sentence()));
    }

    /**
     * @param quote    the quotation as scanned
     * @param sentence the sentence its opening mark is in
     */
    static boolean isScare(String text, FoundQuote quote, Span sentence) {
        if (!quote.closed() || quote.multiParagraph()) {
            return false;
        }
        String inner = trimmed(quote.inner().of(text));
        if (inner.isEmpty() || hasSentenceEnd(inner)) {
            return false;
        }
        String[] words = inner.split("\\s+");
        if (words.length > MAX_TITLE_WORDS || speaks(words)) {
            return false;
        }
        String before = before(text, quote.outer().start(), sentence.start());
        if (before.isEmpty()) {
            return false;
        }
        if (words.length <= MAX_TERM_WORDS && TERM_INTRODUCED.matcher(before).find()) {
            return true;
        }
        return isTitleCase(words) && TITLE_INTRODUCED.matcher(before).find();
    }

    /** Without the punctuation that American style puts inside the closing mark. */
    private static String trimmed(String inner) {
        int end = inner.length();
        while (end > 0 && (Whitespace.is(inner.charAt(end - 1)) || ".,;:".indexOf(inner.charAt(end - 1)) >= 0)) {
            end--;
        }
        return inner.substring(0, end).strip();
    }

    /** A full stop, question or exclamation mark inside: a sentence, not a term ("U.S." is not one). */
    private static boolean hasSentenceEnd(String inner) {
        // A copy of the chars, not charAt: see Paragraphs#text.
        char[] cs = inner.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c == '!' || c == '?' || c == '\u2026') {
                return true;
            }
            if (c == '.' && i + 1 < cs.length && Whitespace.is(cs[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean speaks(String[] words) {
        for (String w : words) {
            if (SPEAKER_WORDS.contains(normalise(w))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitleCase(String[] words) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int first = 0;
            while (first < w.length() && !Character.isLetterOrDigit(w.charAt(first))) {
                first++;
            }
            if (first == w.length()) {
                continue;
            }
            char c = w.charAt(first);
            boolean small = i > 0 && TITLE_SMALL_WORDS.contains(normalise(w));
            if (!small && !Character.isUpperCase(c) && !Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentence up to the opening mark, at most {@link #LOOKBACK_CHARS} of it, lower-cased,
     * with single spaces and straight apostrophes, and without the commas or colon that may
     * stand between the introducing words and the quote.
     */
    private static String before(String text, int quoteStart, int sentenceStart) {
        int from = Math.max(sentenceStart, quoteStart - LOOKBACK_CHARS);
        StringBuilder out = new StringBuilder(quoteStart - from);
        boolean space = false;
        for (int i = from; i < quoteStart; i++) {
            char c = text.charAt(i);
            if (Whitespace.is(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
        }
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == ',' || out.charAt(end - 1) == ':' || out.charAt(end - 1) == ' ')) {
            end--;
        }
        return out.substring(0, end);
    }

    private static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }
}
