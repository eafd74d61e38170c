package org.quoteexplorer.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a stream, one at a time, each at most {@code maxChars} long: a line without an end in
 * sight (a binary file, a whole corpus on one line) is skipped, not read into memory. A line ends
 * at LF or CRLF; a lone CR stays in the line (JSON escapes it inside strings, so a raw one is a
 * problem the JSON parser names). A byte order mark before the first line is dropped.
 */
final class BoundedLines {

    private static final int CHUNK = 1 << 16;

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[CHUNK];
    private int position;
    private int limit;
    private boolean first = true;
    private long number;

    BoundedLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** A line of the input, or a line too long to hold. */
    record Line(long number, String text, long chars) {
        boolean tooLong() {
            return text == null;
        }
    }

    /** The next line, or {@code null} at the end of the input. A last line without a line end counts. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        long length = 0;
        boolean overflow = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int count = end - start;
            length += count;
            if (!overflow && length > maxChars) {
                overflow = true;
                line = null;
            }
            if (!overflow) {
                line.append(buffer, start, count);
            }
            position = end;
            if (end < limit) {
                position++;
                break;
            }
        }
        number++;
        boolean atStart = first;
        first = false;
        if (overflow) {
            return new Line(number, null, length);
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        if (atStart && line.length() > 0 && line.charAt(0) == '\uFEFF') {
            line.deleteCharAt(0);
        }
        return new Line(number, line.toString(), length);
    }
}
