package org.quoteexplorer.io;

/**
 * One line of a JSON Lines input that is not a usable article. The message names the line
 * ("line 7, column 12: …") and what is wrong with it, in words for the analyst; the lines around
 * it are not affected.
 */
public class ArticleLineException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long lineNumber;

    public ArticleLineException(long lineNumber, String message) {
        super(message);
        this.lineNumber = lineNumber;
    }

    /** 1-based, as editors and {@code sed -n 7p} count. */
    public long lineNumber() {
        return lineNumber;
    }
}
