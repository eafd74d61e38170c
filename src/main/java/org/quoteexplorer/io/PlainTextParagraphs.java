package org.quoteexplorer.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.quoteexplorer.engine.TextChars;

/**
 * Paragraphs of a plain-text article: one per line, unless the file is clearly hard-wrapped.
 *
 * <p>A file counts as hard-wrapped when most lines that are followed by another line (not by a
 * blank line) break where a greedy wrapper at one common width would break them: the line fits the
 * width and the next line's first word would not have, and the line does not end a sentence. Then,
 * and only then, lines are joined, and even then only where the wrap explains the break: a short
 * line, a heading, a byline or a sentence end followed by a capital keeps its own paragraph.
 *
 * <p>Joining on every blank-line block, as an earlier reader did, glued a live blog's headlines and
 * time stamps onto the sentences after them; copy from the web or a wire is one paragraph per line
 * far more often than it is wrapped.
 */
final class PlainTextParagraphs {

    /** Narrower than this is a list of short lines (headlines, times), not wrapped prose. */
    static final int MIN_WRAP_WIDTH = 30;
    /** Wider than this nobody wraps; such lines are paragraphs. */
    static final int MAX_WRAP_WIDTH = 200;
    /** Wrappers differ by a column or two in what they count (trailing space, ≤ or <). */
    private static final int SLACK = 2;

    private static final Pattern TIME_STAMP = Pattern.compile("^\\d{1,2}[:.]\\d{2}\\b.*");
    private static final Pattern BYLINE = Pattern.compile("^(?:[Bb]y\\s+\\p{Lu}|[—–―-]{1,2}\\s*\\p{Lu}).*");
    /** Compiled once: {@code String.split("\\s+")} compiles its pattern on every call, once per line read. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*•·]|\\d{1,3}[.)])\\s+.*");
    /** A transcript's turn: a speaker's label in capitals and a colon ("ANA LOPEZ:", "Q:", "MR. SMITH:"). */
    private static final Pattern SPEAKER_TURN = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{M}.'’ -]{0,40}:\\s.*");

    private PlainTextParagraphs() {
    }

    /** Text with LF line ends → the paragraphs, stripped, one per line, no blank lines. */
    /**
     * Whether the text so far ends in a hyphen right after a letter: the wrap broke a hyphenated
     * word ("so-" / "called"), which joins without a space. The hyphen stays: "so-called" is
     * far more common in news copy than a word the typesetter hyphenated.
     */
    private static boolean endsInWordHyphen(StringBuilder text) {
        int last = text.length() - 1;
        return last >= 1 && text.charAt(last) == '-' && Character.isLetter(text.charAt(last - 1));
    }

    static String paragraphs(String content) {
        List<String> raw = List.of(content.split("\n", -1));
        int n = raw.size();
        String[] stripped = new String[n];
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            String line = raw.get(i);
            String s = strip(line);
            stripped[i] = s.isEmpty() ? null : s;
            width[i] = stripped[i] == null ? 0 : codePoints(stripTrailing(line));
        }
        int wrapWidth = wrapWidth(stripped, width);
        boolean blankLinesEndParagraphs = wrapWidth > 0 && !endsParagraphInsideBlocks(stripped, width, wrapWidth);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (stripped[i] == null) {
                continue;
            }
            if (paragraph.length() > 0 && !endsInWordHyphen(paragraph)) {
                paragraph.append(' ');
            }
            paragraph.append(stripped[i]);
            boolean join = wrapWidth > 0 && i + 1 < n && stripped[i + 1] != null
                    && joins(stripped[i], width[i], stripped[i + 1], wrapWidth, blankLinesEndParagraphs);
            if (!join) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        return String.join("\n", paragraphs);
    }

    /**
     * The width the file is wrapped at, or 0 if it is not clearly hard-wrapped. A line followed by
     * another is consistent with the widths from its own length (and the next line's: that one fits
     * too) up to its length plus the next line's first word, which did not fit. The width most
     * lines agree on wins if they are most of the lines that neither end a sentence nor look like
     * headings, and a third of all lines followed by another: a few headlines of similar length in
     * a web article are no wrap.
     */
    static int wrapWidth(String[] stripped, int[] width) {
        int[] votes = new int[MAX_WRAP_WIDTH + 2];
        int candidates = 0;
        int open = 0;
        for (int i = 0; i + 1 < stripped.length; i++) {
            if (stripped[i] == null || stripped[i + 1] == null) {
                continue;
            }
            String line = stripped[i];
            if (headingLike(line) || BYLINE.matcher(line).matches()) {
                continue;
            }
            candidates++;
            if (endsSentence(line)) {
                continue;
            }
            open++;
            int from = Math.max(MIN_WRAP_WIDTH, Math.max(width[i], width[i + 1]) - SLACK);
            int to = Math.min(MAX_WRAP_WIDTH, width[i] + firstWordWidth(stripped[i + 1]) + SLACK);
            if (from <= to) {
                votes[from]++;
                votes[to + 1]--;
            }
        }
        int best = 0;
        int bestCount = 0;
        int running = 0;
        for (int w = 0; w <= MAX_WRAP_WIDTH; w++) {
            running += votes[w];
            // The widest of equally good widths: every line of the wrap fits under it.
            if (running > 0 && running >= bestCount) {
                bestCount = running;
                best = w;
            }
        }
        boolean most = bestCount >= 2 && bestCount * 5 >= open * 3 && bestCount * 3 >= candidates;
        return most ? best : 0;
    }

    /**
     * Whether some paragraph ends inside a block, shown by a sentence that ends on a line well
     * short of the width with more text under it: then blank lines are not the only paragraph
     * breaks, and a sentence ending exactly at the wrap may end a paragraph too.
     */
    private static boolean endsParagraphInsideBlocks(String[] stripped, int[] width, int wrapWidth) {
        for (int i = 0; i + 1 < stripped.length; i++) {
            if (stripped[i] != null && stripped[i + 1] != null && endsSentence(stripped[i])
                    && !nearWidth(width[i], stripped[i + 1], wrapWidth)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearWidth(int lineWidth, String next, int wrapWidth) {
        return lineWidth <= wrapWidth + SLACK && lineWidth + 1 + firstWordWidth(next) + SLACK > wrapWidth
                && codePoints(stripTrailing(next)) <= wrapWidth + SLACK;
    }

    private static boolean joins(String line, int lineWidth, String next, int wrapWidth, boolean blankLinesEndParagraphs) {
        if (!nearWidth(lineWidth, next, wrapWidth) || headingLike(line) || BYLINE.matcher(line).matches()
                || BYLINE.matcher(next).matches() || LIST_ITEM.matcher(next).matches() || headingLike(next)
                || SPEAKER_TURN.matcher(next).matches()) {
            return false;
        }
        // A sentence that ends at the wrap goes on in the same paragraph when blank lines are the
        // file's paragraph breaks; otherwise only when the next line cannot start a sentence
        // ("U.S. / officials", "Sept. / 11"): a capital there may as well start a paragraph.
        if (endsSentence(line) && !blankLinesEndParagraphs) {
            int first = next.codePointAt(0);
            return Character.isLowerCase(first) || Character.isDigit(first);
        }
        return true;
    }

    /** . ! ? … or : at the end, possibly inside closing quotes or brackets. */
    static boolean endsSentence(String line) {
        int end = line.length();
        while (end > 0 && "\"'”’»›)]".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?…:".indexOf(line.charAt(end - 1)) >= 0;
    }

    /**
     * A headline, section title or time stamp: short, no closing punctuation, and either a time,
     * ALL CAPS or Title Case (every word of four letters or more capitalised, at least two of them).
     */
    static boolean headingLike(String line) {
        if (TIME_STAMP.matcher(line).matches() && line.length() <= 40) {
            return true;
        }
        if (line.length() > 100) {
            return false;
        }
        int last = line.codePointBefore(line.length());
        if (!Character.isLetterOrDigit(last)) {
            return false;
        }
        String[] words = SPACES.split(line);
        if (words.length > 14) {
            return false;
        }
        boolean anyLower = false;
        boolean anyLetter = false;
        int capitalisedLong = 0;
        boolean lowerLong = false;
        for (String word : words) {
            int letters = 0;
            for (char c : word.toCharArray()) {
                if (TextChars.isLetter(c)) {
                    letters++;
                    anyLetter = true;
                    anyLower |= TextChars.isLowerCase(c);
                }
            }
            if (letters >= 4) {
                int first = word.codePointAt(0);
                if (Character.isUpperCase(first)) {
                    capitalisedLong++;
                } else {
                    lowerLong = true;
                }
            }
        }
        boolean allCaps = anyLetter && !anyLower && line.length() >= 3;
        return allCaps || !lowerLong && capitalisedLong >= 2;
    }

    private static int firstWordWidth(String line) {
        char[] cs = line.toCharArray();
        int end = 0;
        while (end < cs.length && !isSpace(cs[end])) {
            end++;
        }
        return line.codePointCount(0, end);
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * White space as Unicode has it (no-break space, tabs, em space …), which is what scorers
     * such as score_quotes.py fold when they align a reader's text to the original. Zero-width
     * spaces, word joiners and stray BOMs are format characters, not white space: they are kept
     * in the text, where the engine treats them as spaces, so that the text read differs from the
     * file only in white space.
     */
    static boolean isSpace(char c) {
        // Line loops read a copy of each line's chars and classify them by table: a charAt loop
        // compiled while every line was Latin-1 (or Character's look-up compiled for Latin-1
        // chars only) is thrown away with the method it was inlined into at the first curly quote.
        return TextChars.isReaderSpace(c);
    }

    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
