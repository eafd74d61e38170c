package org.quoteexplorer.gui.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The paragraphs of an article as the text area shows them: one per line.
 *
 * <p>The first line is the headline; a short line without closing punctuation reads as a
 * sub-heading, as news sites put them between paragraphs.
 */
public final class ArticleLayout {

    public enum Role { HEADLINE, SUBHEADING, BODY }

    private static final int SUBHEADING_MAX_LENGTH = 90;

    private final String text;
    private final int[] starts;

    public ArticleLayout(String text) {
        this.text = text;
        List<Integer> found = new ArrayList<>();
        found.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            found.add(i + 1);
        }
        starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    public int paragraphCount() {
        return starts.length;
    }

    public int paragraphStart(int paragraph) {
        return starts[paragraph];
    }

    /** End of the paragraph's text, before its line break. */
    public int paragraphEnd(int paragraph) {
        return paragraph + 1 < starts.length ? starts[paragraph + 1] - 1 : text.length();
    }

    public int paragraphOf(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    public Role roleOf(int paragraph) {
        String line = text.substring(paragraphStart(paragraph), paragraphEnd(paragraph)).strip();
        if (paragraph == firstNonBlankParagraph()) {
            return Role.HEADLINE;
        }
        if (line.isEmpty() || line.length() > SUBHEADING_MAX_LENGTH) {
            return Role.BODY;
        }
        char last = line.charAt(line.length() - 1);
        boolean closed = ".!?:;,\u2026".indexOf(last) >= 0 || (isClosingQuote(last) && line.length() > 1
                && ".!?,\u2026".indexOf(line.charAt(line.length() - 2)) >= 0);
        return closed ? Role.BODY : Role.SUBHEADING;
    }

    private int firstNonBlankParagraph() {
        for (int p = 0; p < starts.length; p++) {
            if (!text.substring(paragraphStart(p), paragraphEnd(p)).isBlank()) {
                return p;
            }
        }
        return 0;
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }
}
