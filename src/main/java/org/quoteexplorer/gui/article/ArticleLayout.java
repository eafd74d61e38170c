package org.quoteexplorer.gui.article;

import java.util.Arrays;

/**
 * The paragraphs of an article as the text area shows them, and the one mapping between the
 * document's offsets and the text area's positions.
 *
 * <p>Each line of the document is a paragraph, except a very long line: it is shown as several
 * display paragraphs, cut where a whitespace character stands (after a sentence when one is near).
 * The text area lays out and draws a paragraph whole, at every change of it; one line of 475 KB
 * with 25,000 quotes took minutes to appear and a minute per key. The whitespace character at a
 * cut is shown as the text area's paragraph break, so the text area holds exactly as many
 * characters as the document and an offset means the same character in both: styling, the
 * selected quote's mark, clicks, search hits and the analyst's selection need no translation.
 * Only the text itself differs at a cut, which {@link #documentText(int, int)} restores (copying).
 * For an article without very long lines the paragraphs are its lines and nothing differs.
 *
 * <p>The first line is the headline; a short line without closing punctuation reads as a
 * sub-heading, as news sites put them between paragraphs.
 */
public final class ArticleLayout {

    public enum Role { HEADLINE, SUBHEADING, BODY }

    private static final int SUBHEADING_MAX_LENGTH = 90;
    /** Lines up to this length are shown whole, as the document has them. */
    static final int LONGEST_WHOLE_LINE = 4_000;
    /** A longer line is cut into display paragraphs of about this length. */
    static final int PIECE_LENGTH = 1_000;

    private final String text;
    /** Where each display paragraph starts. */
    private final int[] starts;
    /** Where each line of the document starts. */
    private final int[] lineStarts;
    private final int firstNonBlankLine;

    public ArticleLayout(String text) {
        this(text, LONGEST_WHOLE_LINE, PIECE_LENGTH);
    }

    /** @param longestWholeLine lines up to this length stay one paragraph; @param pieceLength the length a longer line is cut to, at most, where whitespace allows */
    ArticleLayout(String text, int longestWholeLine, int pieceLength) {
        if (pieceLength < 2 || longestWholeLine < 0) {
            throw new IllegalArgumentException("piece " + pieceLength + ", whole line " + longestWholeLine);
        }
        this.text = text;
        IntList lines = new IntList();
        IntList paragraphs = new IntList();
        int lineStart = 0;
        while (true) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            lines.add(lineStart);
            paragraphs.add(lineStart);
            if (lineEnd - lineStart > longestWholeLine) {
                cut(lineStart, lineEnd, pieceLength, paragraphs);
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        starts = paragraphs.toArray();
        lineStarts = lines.toArray();
        firstNonBlankLine = findFirstNonBlankLine();
    }

    /** Adds the starts of the display paragraphs after the first one of the line {@code [from, to)}. */
    private void cut(int from, int to, int pieceLength, IntList paragraphs) {
        int at = from;
        while (to - at > pieceLength) {
            int limit = at + pieceLength;
            int cut = lastSentenceEnd(at + pieceLength / 2, limit);
            if (cut < 0) {
                cut = lastWhitespace(at + 1, limit);
            }
            if (cut < 0) {
                // no whitespace in a whole piece: the piece grows to the next one there is
                cut = firstWhitespace(limit, to - 1);
            }
            if (cut < 0) {
                return;
            }
            paragraphs.add(cut + 1);
            at = cut + 1;
        }
    }

    /** The last whitespace in {@code [from, to)} that follows the end of a sentence, or -1. */
    private int lastSentenceEnd(int from, int to) {
        for (int i = to - 1; i >= Math.max(from, 1); i--) {
            if (isCut(text.charAt(i)) && endsSentence(i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean endsSentence(int before) {
        char last = text.charAt(before - 1);
        if (".!?\u2026".indexOf(last) >= 0) {
            return true;
        }
        // not after a comma: "a," said B. is one sentence, and the cut would part a quote from its speaker
        return isClosingQuote(last) && before >= 2 && ".!?\u2026".indexOf(text.charAt(before - 2)) >= 0;
    }

    private int lastWhitespace(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (isCut(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private int firstWhitespace(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isCut(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A character the text area may show as a paragraph break: one char, so offsets stay the same. */
    private static boolean isCut(char c) {
        return c != '\n' && Character.isWhitespace(c);
    }

    public int paragraphCount() {
        return starts.length;
    }

    public int paragraphStart(int paragraph) {
        return starts[paragraph];
    }

    /** End of the paragraph's text, before its line break (or the whitespace shown as one). */
    public int paragraphEnd(int paragraph) {
        return paragraph + 1 < starts.length ? starts[paragraph + 1] - 1 : text.length();
    }

    /** The display paragraph that holds {@code offset}; a cut's whitespace belongs to the paragraph before it. */
    public int paragraphOf(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** The line of the document, from 0, that holds {@code offset}: what "Line N" means to the analyst. */
    public int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** Whether the paragraph goes on a line the paragraph before it began: the break before it is not in the document. */
    public boolean continuesLine(int paragraph) {
        return paragraph > 0 && text.charAt(starts[paragraph] - 1) != '\n';
    }

    /** Whether the paragraph is one of the pieces a long line was cut into. */
    public boolean isPieceOfCutLine(int paragraph) {
        return continuesLine(paragraph) || (paragraph + 1 < starts.length && continuesLine(paragraph + 1));
    }

    /** Whether the text area shows other text than the document anywhere: some line was cut. */
    public boolean hasCuts() {
        return starts.length != lineStarts.length;
    }

    /** The document's text of {@code [from, to)}, for what the text area holds there (a copy of a selection). */
    public String documentText(int from, int to) {
        return text.substring(from, to);
    }

    /** The text area's text of {@code [from, to)}: the document's, with a paragraph break at each cut. */
    public String displayText(int from, int to) {
        StringBuilder shown = new StringBuilder(text.substring(from, to));
        for (int p = Math.max(1, paragraphOf(from)); p < starts.length && starts[p] - 1 < to; p++) {
            if (starts[p] - 1 >= from && continuesLine(p)) {
                shown.setCharAt(starts[p] - 1 - from, '\n');
            }
        }
        return shown.toString();
    }

    /** The role of the line the paragraph is part of: every piece of a cut line looks alike. */
    public Role roleOf(int paragraph) {
        int line = lineOf(starts[paragraph]);
        if (line == firstNonBlankLine) {
            return Role.HEADLINE;
        }
        int from = lineStarts[line];
        int to = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        // the bounds of the stripped line, without copying a line that may be megabytes long
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int length = to - from;
        if (length == 0 || length > SUBHEADING_MAX_LENGTH) {
            return Role.BODY;
        }
        char last = text.charAt(to - 1);
        boolean closed = ".!?:;,\u2026".indexOf(last) >= 0 || (isClosingQuote(last) && length > 1
                && ".!?,\u2026".indexOf(text.charAt(to - 2)) >= 0);
        return closed ? Role.BODY : Role.SUBHEADING;
    }

    private int findFirstNonBlankLine() {
        for (int line = 0; line < lineStarts.length; line++) {
            int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
            for (int i = lineStarts[line]; i < end; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return line;
                }
            }
        }
        return 0;
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }

    /** Ints without boxing: an article of megabytes has hundreds of thousands of lines. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
