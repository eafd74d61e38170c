package org.quoteexplorer.engine;

import java.util.ArrayList;
import java.util.List;
import org.quoteexplorer.model.Span;

/**
 * Sentence boundaries, never inside a quotation: a quote of three sentences and the "he said"
 * after it belong together, so the attribution rules see them as one sentence.
 */
final class Sentences {

    /** Tokens outside quotes from which a sentence is cut at its next comma; at twice as many, anywhere. */
    static final int LONG_SENTENCE = 300;

    private final List<Span> spans = new ArrayList<>();
    private final int[] starts;

    Sentences(String text, Paragraphs paragraphs, Tokens tokens, List<FoundQuote> quotes) {
        char[] cs = tokens.chars(); // the text's chars: see Tokens#chars
        int q = 0;
        // The current quote's bounds in locals: this loop visits every token of the article.
        int quoteStart = quotes.isEmpty() ? Integer.MAX_VALUE : quotes.get(0).outer().start();
        int quoteEnd = quotes.isEmpty() ? Integer.MAX_VALUE : quotes.get(0).outer().end();
        int tokenCount = tokens.size();
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.span(p);
            int paraEnd = para.end();
            int sentenceStart = para.start();
            int t = tokens.firstStartingAt(para.start());
            int ownWords = 0; // tokens of the current sentence outside quotes
            while (t < tokenCount && tokens.start(t) < paraEnd) {
                int pos = tokens.start(t);
                while (quoteEnd <= pos) {
                    q++;
                    quoteStart = q < quotes.size() ? quotes.get(q).outer().start() : Integer.MAX_VALUE;
                    quoteEnd = q < quotes.size() ? quotes.get(q).outer().end() : Integer.MAX_VALUE;
                }
                if (pos >= quoteStart) { // and before quoteEnd: the token is in quote q
                    Span outer = quotes.get(q).outer();
                    // A quote ending in . ! ? followed by a new capitalised sentence ends one.
                    int close = Math.min(outer.end(), para.end());
                    if (close < para.end() && endsWithTerminal(cs, quotes.get(q).inner())
                            && startsSentence(cs, close) && !attributionFollows(tokens, close, para.end())) {
                        spans.add(new Span(sentenceStart, close));
                        sentenceStart = skipSpace(cs, close);
                        ownWords = 0;
                    }
                    t = tokens.firstStartingAtFrom(close, t);
                    continue;
                }
                ownWords++;
                // Text that never ends a sentence (no full stops over pages) is cut at a comma, or
                // anywhere, once far longer than any written sentence: the rules read a quote's
                // sentence once per quote, and one sentence as long as the article made that quadratic.
                boolean clauseEnd = tokens.isPunct(t, ',') || tokens.isPunct(t, ';');
                if (ownWords >= LONG_SENTENCE && clauseEnd || ownWords >= 2 * LONG_SENTENCE) {
                    int cut = clauseEnd ? tokens.end(t) : tokens.end(t - 1);
                    spans.add(new Span(sentenceStart, cut));
                    sentenceStart = skipSpace(cs, clauseEnd ? cut : tokens.start(t));
                    ownWords = clauseEnd ? 0 : 1;
                    t++;
                    continue;
                }
                if (tokens.isPunct(t, '.') || tokens.isPunct(t, '!') || tokens.isPunct(t, '?')) {
                    int after = tokens.end(t);
                    while (after < paraEnd && closesAfterStop(cs[after]) && quoteStart != after) {
                        after++;
                    }
                    if (after >= para.end() || startsSentence(cs, after)) {
                        spans.add(new Span(sentenceStart, after));
                        sentenceStart = skipSpace(cs, after);
                        ownWords = 0;
                    }
                }
                t++;
            }
            if (sentenceStart < para.end()) {
                spans.add(new Span(sentenceStart, para.end()));
            }
        }
        starts = SpanSearch.starts(spans);
    }

    List<Span> all() {
        return spans;
    }

    /** The sentence containing {@code offset} (or the last one starting before it). */
    Span containing(int offset) {
        return spans.get(indexOf(offset));
    }

    int indexOf(int offset) {
        return SpanSearch.indexAtOrBefore(starts, offset);
    }

    /** "“Is it over?” Smith asked." — a cue right after the quote keeps the sentence together. */
    private static boolean attributionFollows(Tokens tokens, int from, int limit) {
        int t = tokens.firstStartingAt(from);
        for (int n = 0; n < 14 && t < tokens.size() && tokens.start(t) < limit; n++, t++) {
            if (!tokens.isWord(t)) {
                // "Rep. Ana Kiril, R-Pa., said", "Vell (R-OH) said": abbreviations and brackets go on.
                boolean abbreviation = tokens.isPunct(t, '.') && t > 0 && tokens.end(t - 1) == tokens.start(t)
                        && tokens.isWord(t - 1) && tokens.end(t - 1) - tokens.start(t - 1) <= 4;
                if (tokens.isPunct(t, ',') || abbreviation || tokens.isPunct(t, '(') || tokens.isPunct(t, ')')) {
                    continue;
                }
                return false;
            }
            if (n == 0 && NEW_SENTENCE_WORDS.contains(tokens.lower(t))) {
                return false; // "“… a liar.” However, he held his fire, calling …": a new sentence
            }
            boolean goesOn = (tokens.lower(t).equals("went") || tokens.lower(t).equals("goes"))
                    && t + 1 < tokens.size() && tokens.lower(t + 1).equals("on");
            if (tokens.is(t, Lexicon.SPEECH_VERB) || goesOn) {
                // "… life.” He added, “…": the cue introduces the next quote instead.
                int next = t + 1;
                if (n > 0 && !goesOn && next < tokens.size() && tokens.start(next) < limit
                        && tokens.isWord(next) && !tokens.isCapitalised(next)
                        && !Lexicon.closesAttribution(tokens.lower(next)) && !Lexicon.CUE_OBJECTS.contains(tokens.lower(next))) {
                    return false; // "“… of the state.” She noted a planned rally …": a new sentence about something else
                }
                if (next < tokens.size() && (tokens.isPunct(next, ',') || tokens.isPunct(next, ':'))) {
                    next++;
                }
                return next >= tokens.size() || !isOpeningMark(tokens, next);
            }
        }
        return false;
    }

    private static final java.util.Set<String> NEW_SENTENCE_WORDS = WordLists.words("new-sentence-words.txt");

    private static boolean isOpeningMark(Tokens tokens, int i) {
        String t = tokens.lower(i);
        return t.equals("“") || t.equals("\"") || t.equals("‘") || t.equals("«") || t.equals("'") || t.equals("`");
    }

    /** Whether a quote's words end with . ! ? or …, closing a sentence of their own. */
    static boolean endsWithTerminal(String text, Span inner) {
        int e = inner.end();
        while (e > inner.start() && Whitespace.is(text.charAt(e - 1))) {
            e--;
        }
        return e > inner.start() && isTerminal(text.charAt(e - 1));
    }

    private static boolean endsWithTerminal(char[] text, Span inner) {
        int e = inner.end();
        while (e > inner.start() && Whitespace.is(text[e - 1])) {
            e--;
        }
        return e > inner.start() && isTerminal(text[e - 1]);
    }

    // Switches on chars, not String.indexOf: see Tokens#chars.
    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** What may stand between a full stop and the space after it: ")]”’\"'". */
    private static boolean closesAfterStop(char c) {
        // A table read, not a switch: C2 leaves out the cases it never saw taken, and the first
        // article with ".’" threw away the compiled sentence splitter.
        return CharClasses.is(c, CharClasses.CLOSES_AFTER_STOP);
    }

    /** Whitespace and then something that can start a sentence: a capital, a digit or a mark. */
    private static boolean startsSentence(char[] text, int at) {
        if (at >= text.length) {
            return true;
        }
        if (!Whitespace.is(text[at])) {
            return false;
        }
        int i = skipSpace(text, at);
        if (i >= text.length) {
            return true;
        }
        char c = text[i];
        return CharClasses.is(c, CharClasses.UPPER | CharClasses.DIGIT | CharClasses.OPENS_SENTENCE);
    }

    private static int skipSpace(char[] text, int at) {
        int i = at;
        while (i < text.length && Whitespace.is(text[i]) && text[i] != '\n') {
            i++;
        }
        return i;
    }
}
