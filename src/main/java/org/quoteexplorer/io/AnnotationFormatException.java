package org.quoteexplorer.io;

import java.io.IOException;

/** Annotated JSON that cannot be used, with a message naming the problem and where it is. */
public class AnnotationFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public AnnotationFormatException(String message) {
        super(message);
    }

    public AnnotationFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
