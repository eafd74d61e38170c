package org.quoteexplorer.io;

import java.io.IOException;

/**
 * Annotated JSON that cannot be used, with a message naming the problem and where it is.
 *
 * <p>{@link #line()} and {@link #column()} are 1-based, or 0 when the problem has no single place
 * (an unreadable file, say); {@link #path()} names the JSON field ("quotes[2].end") or is empty.
 */
public class AnnotationFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String path;

    public AnnotationFormatException(String message) {
        this(message, 0, 0, "", null);
    }

    public AnnotationFormatException(String message, Throwable cause) {
        this(message, 0, 0, "", cause);
    }

    public AnnotationFormatException(String problem, int line, int column, String path, Throwable cause) {
        super(describe(problem, line, column, path), cause);
        this.line = line;
        this.column = column;
        this.path = path == null ? "" : path;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String path() {
        return path;
    }

    /** The same problem, its message prefixed with the file it came from. */
    AnnotationFormatException in(String source) {
        return new AnnotationFormatException(source + ": " + getMessage(), this);
    }

    /** Keeps the place of {@code original} under a new message. */
    private AnnotationFormatException(String message, AnnotationFormatException original) {
        super(message, original.getCause());
        this.line = original.line;
        this.column = original.column;
        this.path = original.path;
    }

    private static String describe(String problem, int line, int column, String path) {
        StringBuilder message = new StringBuilder();
        if (line > 0) {
            message.append("line ").append(line).append(", column ").append(column);
        }
        if (path != null && !path.isEmpty()) {
            message.append(message.length() > 0 ? " " : "").append('(').append(path).append(')');
        }
        return message.length() == 0 ? problem : message.append(": ").append(problem).toString();
    }
}
