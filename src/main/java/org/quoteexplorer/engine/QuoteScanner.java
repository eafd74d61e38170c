package org.quoteexplorer.engine;

import java.util.ArrayList;
import java.util.List;
import org.quoteexplorer.model.Diagnostic;
import org.quoteexplorer.model.Span;

/**
 * Finds quotations by their marks, in one pass over the text per mark family.
 *
 * <p>Double marks (“ ” " „ « » and the typewriter {@code ''…''} and {@code ``…''}) are paired
 * first; single marks (‘ ’ ‚ ‹ › ') only outside them, because inside a double quote they are
 * nested quotes or apostrophes, and outside they are far more often apostrophes than quotes.
 * Whether a mark opens or closes is read from its shape and, because typewriter marks have no
 * shape and curly ones are often mistyped, from what flanks it. A quote that runs over several
 * paragraphs re-opens each paragraph without closing the previous one; an opening mark that is
 * neither closed nor continued is cut at the end of its paragraph and reported, so one stray
 * mark never swallows the rest of the article.
 */
final class QuoteScanner {

    private static final int MAX_SINGLE_QUOTE_LENGTH = 400;


    private enum Direction { OPEN, CLOSE, EITHER }

    private record Mark(int pos, int length, Direction shape, Direction context) {
        int end() {
            return pos + length;
        }
    }

    private final String text;
    /**
     * The text's chars: a charAt loop compiled on Latin-1 articles is thrown away at the first
     * article with a curly quote, and back again.
     */
    private final char[] chars;
    private final List<Diagnostic> diagnostics;

    QuoteScanner(String text, List<Diagnostic> diagnostics) {
        this(text, text.toCharArray(), diagnostics);
    }

    /** With the text's chars, which the scanner only reads: the analysis after it reads the same array. */
    QuoteScanner(String text, char[] chars, List<Diagnostic> diagnostics) {
        this.text = text;
        this.chars = chars;
        this.diagnostics = diagnostics;
    }

    List<FoundQuote> scan() {
        List<FoundQuote> doubles = pairDoubles(doubleMarks());
        List<FoundQuote> singles = pairSingles(doubles);
        if (singles.isEmpty()) {
            return doubles;
        }
        // A double quote inside a single one is nested (British style): keep the outer only.
        List<FoundQuote> all = new ArrayList<>(singles);
        int s = 0;
        for (FoundQuote d : doubles) {
            while (s < singles.size() && singles.get(s).outer().end() <= d.outer().start()) {
                s++;
            }
            boolean nested = s < singles.size() && singles.get(s).outer().contains(d.outer());
            if (!nested) {
                all.add(d);
            }
        }
        all.sort((a, b) -> a.outer().compareTo(b.outer()));
        return all;
    }

    // ---- double marks ---------------------------------------------------------------------

    private List<Mark> doubleMarks() {
        // indexOf per mark character is vectorised by the JVM: far faster than a charAt loop
        // over the whole article, and marks are rare.
        List<Mark> marks = new ArrayList<>();
        for (char c : new char[] {'“', '„', '«', '”', '»', '"'}) {
            Direction shape = c == '”' || c == '»' ? Direction.CLOSE : c == '"' ? Direction.EITHER : Direction.OPEN;
            for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
                marks.add(new Mark(i, 1, shape, context(i, i + 1)));
            }
        }
        for (int i = text.indexOf("``"); i >= 0; i = text.indexOf("``", i + 2)) {
            marks.add(new Mark(i, 2, Direction.OPEN, context(i, i + 2)));
        }
        for (int i = text.indexOf("''"); i >= 0; i = text.indexOf("''", i + 2)) {
            marks.add(new Mark(i, 2, Direction.EITHER, context(i, i + 2)));
        }
        marks.sort((x, y) -> Integer.compare(x.pos(), y.pos()));
        return withoutMarkupValues(marks);
    }

    /** {@code author="@someone"} in embedded markup is an attribute value, not a quotation. */
    private List<Mark> withoutMarkupValues(List<Mark> marks) {
        List<Mark> kept = new ArrayList<>(marks.size());
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            if (chars[m.pos()] == '"' && m.pos() > 0 && chars[m.pos() - 1] == '='
                    && i + 1 < marks.size() && chars[marks.get(i + 1).pos()] == '"') {
                i++; // skip the value's closing mark too
                continue;
            }
            kept.add(m);
        }
        return kept;
    }

    private List<FoundQuote> pairDoubles(List<Mark> marks) {
        List<FoundQuote> quotes = new ArrayList<>();
        Mark open = null;
        int paragraphEnd = -1;
        boolean multi = false;
        int segmentStart = -1;
        int nested = 0;
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            if (open != null && m.pos() > paragraphEnd) {
                if (reopensParagraph(paragraphEnd, m)) {
                    if (endsLikeAttribution(segmentStart, paragraphEnd)) {
                        diagnostics.add(Diagnostic.warning("quote " + text.substring(open.pos(), open.end())
                                + " continued into the next paragraph, though its paragraph ends like an attribution"
                                + " (“…, said …”): check for a missing closing mark", new Span(open.pos(), open.end())));
                    }
                    multi = true;
                    segmentStart = m.pos();
                    paragraphEnd = paragraphEnd(m.pos());
                    continue;
                }
                quotes.add(unclosed(open, paragraphEnd, multi));
                open = null;
            }
            if (open == null) {
                if (opens(m)) {
                    open = m;
                    segmentStart = m.pos();
                    multi = false;
                    nested = 0;
                    paragraphEnd = paragraphEnd(m.pos());
                }
                continue;
            }
            if (nested > 0 && closes(m)) {
                nested--; // the inner quote closes; the outer goes on
                continue;
            }
            if (m.shape() == Direction.OPEN && m.context() != Direction.CLOSE && open.shape() == Direction.OPEN
                    && chars[m.pos()] == chars[open.pos()] && closesTwiceAhead(marks, i, paragraphEnd)) {
                // "“I’d rather live in what he calls “hell” than …”": a quote inside a quote in the
                // same marks, told by two closing marks ahead before anything opens again.
                nested++;
                continue;
            }
            if (closes(m)) {
                quotes.add(new FoundQuote(new Span(open.pos(), m.end()), new Span(open.end(), m.pos()), multi, true));
                open = null;
            } else if (m.shape() == Direction.OPEN && endsLikeAttribution(segmentStart, m.pos())) {
                // "“We need more time, said the chair. “This is …”": most likely a closing mark left out.
                diagnostics.add(Diagnostic.warning("quote " + text.substring(open.pos(), open.end())
                        + " runs into another opening mark " + text.substring(m.pos(), m.end())
                        + " after what reads like an attribution (“…, said …”): check for a missing closing mark",
                        new Span(open.pos(), open.end())));
            }
        }
        if (open != null) {
            quotes.add(unclosed(open, paragraphEnd, multi));
        }
        return quotes;
    }

    private static boolean closesTwiceAhead(List<Mark> marks, int i, int paragraphEnd) {
        int closing = 0;
        for (int j = i + 1; j < marks.size() && marks.get(j).pos() < paragraphEnd; j++) {
            Mark m = marks.get(j);
            if (m.shape() == Direction.OPEN || m.shape() == Direction.EITHER && m.context() == Direction.OPEN) {
                return false;
            }
            if (closes(m) && ++closing == 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean opens(Mark m) {
        return switch (m.shape()) {
            case OPEN -> true;
            // A right-shaped mark opens only where nothing but an opening position makes sense.
            case CLOSE -> m.context() == Direction.OPEN;
            case EITHER -> m.context() != Direction.CLOSE;
        };
    }

    private static boolean closes(Mark m) {
        return switch (m.shape()) {
            case CLOSE, EITHER -> true;
            // “ typed for ” is common; accept it where it can only be closing.
            case OPEN -> m.context() == Direction.CLOSE;
        };
    }

    /** The quote continues when the next paragraph starts with an opening mark. */
    private boolean reopensParagraph(int paragraphEnd, Mark m) {
        if (paragraphEnd >= text.length() || !opens(m)) {
            return false;
        }
        for (int i = paragraphEnd; i < m.pos(); i++) {
            if (!Whitespace.is(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * "“We need more time, said the chair." then "“…": a paragraph of a quote whose last clause is
     * a cue was most likely closed by the writer and the mark left out, rather than continued.
     */
    private boolean endsLikeAttribution(int from, int to) {
        // An attribution clause is a few words: look back a short way only, so that a long paragraph
        // full of marks stays linear.
        int comma = to - 1;
        while (comma >= from && comma > to - 120 && chars[comma] != ',') {
            comma--;
        }
        if (comma < from || comma <= to - 120) {
            return false;
        }
        String[] words = clauseWords(text.substring(comma + 1, to).strip());
        if (words.length == 0 || words.length > 8 || words[0].isEmpty()) {
            return false;
        }
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        if (Lexicon.isSpeechVerb(first)) {
            return true; // ", said the chair."
        }
        boolean subjectFirst = Character.isUpperCase(words[0].charAt(0)) && !Lexicon.FUNCTION_WORDS.contains(first)
                || Lexicon.isPronoun(first);
        return subjectFirst && words.length > 1 && Lexicon.isSpeechVerb(words[1].toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * {@code s.split("[^\\p{L}'’]+")}: the words of a clause, cut at anything but letters and
     * apostrophes, with an empty first word when {@code s} starts with neither. By hand because
     * the regular expression, asked at every opening mark inside a quote, was a fifth of the
     * engine's time on text full of unclosed marks.
     */
    static String[] clauseWords(String s) {
        if (s.isEmpty()) {
            return new String[] {""};
        }
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = s.length();
        if (!isClauseWordChar(s.codePointAt(0))) {
            words.add("");
        }
        while (i < n) {
            while (i < n && !isClauseWordChar(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            int start = i;
            while (i < n && isClauseWordChar(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i > start) {
                words.add(s.substring(start, i));
            }
        }
        if (words.size() == 1 && words.get(0).isEmpty()) {
            return new String[0]; // nothing but separators: split drops the trailing empty string
        }
        return words.toArray(new String[0]);
    }

    private static boolean isClauseWordChar(int codePoint) {
        return Character.isLetter(codePoint) || codePoint == '\'' || codePoint == '’';
    }

    private FoundQuote unclosed(Mark open, int paragraphEnd, boolean multi) {
        int end = paragraphEnd;
        while (end > open.end() && Whitespace.is(chars[end - 1])) {
            end--;
        }
        diagnostics.add(Diagnostic.warning("unclosed quotation mark " + text.substring(open.pos(), open.end())
                + " (quote cut at the end of its paragraph)", new Span(open.pos(), open.end())));
        return new FoundQuote(new Span(open.pos(), end), new Span(open.end(), end), multi, false);
    }

    /** The last paragraph end found, and the position it was searched from: see {@link #paragraphEnd}. */
    private int knownEndFrom = -1;
    private int knownEnd = -1;

    /**
     * The end of the paragraph holding {@code from}. Asked once per quote, mostly in text order:
     * the answer holds for every position between the last search's start and its end, so one
     * long paragraph is searched once rather than once per quote in it (quadratic in a one-line article).
     */
    private int paragraphEnd(int from) {
        if (from >= knownEndFrom && from <= knownEnd) {
            return knownEnd;
        }
        int newline = text.indexOf('\n', from);
        knownEndFrom = from;
        knownEnd = newline < 0 ? text.length() : newline;
        return knownEnd;
    }

    /** Left-flanking marks open, right-flanking marks close, as in typesetting. */
    private Direction context(int start, int end) {
        char before = start > 0 ? chars[start - 1] : ' ';
        char after = end < text.length() ? chars[end] : ' ';
        boolean spaceBefore = Whitespace.is(before) || "([{—–-/".indexOf(before) >= 0;
        boolean spaceAfter = Whitespace.is(after) || ".,;:!?)]}—–".indexOf(after) >= 0;
        if (spaceBefore && !spaceAfter) {
            return Direction.OPEN;
        }
        if (spaceAfter && !spaceBefore) {
            return Direction.CLOSE;
        }
        return Direction.EITHER;
    }

    // ---- single marks ---------------------------------------------------------------------

    private List<FoundQuote> pairSingles(List<FoundQuote> doubles) {
        List<FoundQuote> quotes = new ArrayList<>();
        int[] candidates = singleMarkPositions();
        int d = 0;
        int open = -1;
        int openParagraphEnd = -1;
        boolean curlyOpen = false;
        for (int i : candidates) {
            while (d < doubles.size() && doubles.get(d).outer().end() <= i) {
                open = passOver(doubles.get(d), open, curlyOpen);
                d++;
            }
            if (d < doubles.size() && doubles.get(d).outer().contains(i)) {
                open = passOver(doubles.get(d), open, curlyOpen);
                continue;
            }
            if (open >= 0 && openParagraphEnd < i) {
                open = -1; // single quotes do not run over paragraphs
            }
            if (isApostrophe(i)) {
                continue;
            }
            char c = chars[i];
            Direction context = context(i, i + 1);
            // ‹ › are never apostrophes, and French sets them off with spaces: their shape decides.
            boolean opens = c == '‹' || context == Direction.OPEN && c != '’' && c != '›';
            boolean closes = c == '›' || context == Direction.CLOSE && c != '‚' && c != '‹';
            if (open < 0) {
                if (opens) {
                    open = i;
                    openParagraphEnd = paragraphEnd(i);
                    curlyOpen = c != '\'';
                }
            } else if (closes) {
                if (i - open - 1 >= 2 && i - open <= MAX_SINGLE_QUOTE_LENGTH && hasTwoLetters(open + 1, i)) {
                    quotes.add(new FoundQuote(new Span(open, i + 1), new Span(open + 1, i), false, true));
                }
                open = -1;
            } else if (opens) {
                open = i;
                openParagraphEnd = paragraphEnd(i);
                curlyOpen = c != '\'';
            }
        }
        return quotes;
    }

    /** A typewriter apostrophe does not reach over a double quote; a curly single mark may. */
    private static int passOver(FoundQuote dbl, int open, boolean curlyOpen) {
        return open >= 0 && !curlyOpen && dbl.outer().start() > open ? -1 : open;
    }

    private int[] singleMarkPositions() {
        int[] positions = new int[16];
        int n = 0;
        for (char c : new char[] {'‘', '’', '\'', '‚', '‹', '›'}) {
            for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
                if (n == positions.length) {
                    positions = java.util.Arrays.copyOf(positions, n * 2);
                }
                positions[n++] = i;
            }
        }
        positions = java.util.Arrays.copyOf(positions, n);
        java.util.Arrays.sort(positions);
        return positions;
    }

    /** Norland’s, don't, ’90s, rock ’n’ roll: marks inside or glued to a word are apostrophes. */
    private boolean isApostrophe(int i) {
        char before = i > 0 ? chars[i - 1] : ' ';
        char after = i + 1 < text.length() ? chars[i + 1] : ' ';
        if (CharClasses.is(before, CharClasses.LETTER_OR_DIGIT) && CharClasses.is(after, CharClasses.LETTER_OR_DIGIT)) {
            return true;
        }
        if (CharClasses.is(after, CharClasses.DIGIT)) {
            return true; // ’90s
        }
        // ’n’ in "rock ’n’ roll", ’em, ’til: a lone letter group that is a known contraction.
        if (CharClasses.is(after, CharClasses.LETTER)) {
            int j = i + 1;
            while (j < text.length() && CharClasses.is(chars[j], CharClasses.LETTER)) {
                j++;
            }
            String word = text.substring(i + 1, j).toLowerCase(java.util.Locale.ROOT);
            return word.equals("n") || word.equals("em") || word.equals("til") || word.equals("tis")
                    || word.equals("cause") || word.equals("twas");
        }
        return false;
    }

    private boolean hasTwoLetters(int from, int to) {
        int letters = 0;
        for (int i = from; i < to && letters < 2; i++) {
            if (CharClasses.is(chars[i], CharClasses.LETTER)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
