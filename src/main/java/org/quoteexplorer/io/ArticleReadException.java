package org.quoteexplorer.io;

import java.io.IOException;

/** An article file that cannot be read as text: binary, empty, too large or in an unknown encoding. */
public class ArticleReadException extends IOException {

    private static final long serialVersionUID = 1L;

    public ArticleReadException(String message) {
        super(message);
    }

    public ArticleReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
