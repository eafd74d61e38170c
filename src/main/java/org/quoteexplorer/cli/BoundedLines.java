package org.quoteexplorer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lines of a UTF-8 stream, one at a time, each at most {@code maxBytes} long: a line without an
 * end in sight (a binary file, a whole corpus on one line) is skipped, not read into memory. A
 * line ends at LF or CRLF; a lone CR stays in the line (JSON escapes it inside strings, so a raw
 * one is a problem the JSON parser names). A byte order mark before the first line is dropped.
 *
 * <p>Lines are split as bytes and each is decoded on its own: LF is never part of a multi-byte
 * UTF-8 sequence, and a line's own bytes are what a warning about bad bytes in it must count.
 * Bytes that are not UTF-8 become U+FFFD, as in an article file the app reads, and the line
 * says where the first was.
 */
final class BoundedLines {

    private static final int CHUNK = 1 << 16;
    /** A line buffer grown past this for one long line is let go afterwards, not kept for the whole stream. */
    private static final int KEPT_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[CHUNK];
    private int position;
    private int limit;
    private byte[] spanning = new byte[CHUNK];
    private boolean first = true;
    private long number;

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /**
     * A line of the input, or a line too long to hold ({@code text} null).
     *
     * @param length  the line's length in chars as decoded, line end excluded; in bytes for a line too long
     * @param badUtf8 the line's bytes that are not UTF-8, or null if there are none
     */
    record Line(long number, String text, long length, BadUtf8 badUtf8) {
        boolean tooLong() {
            return text == null;
        }
    }

    /**
     * @param firstByte where the first bad sequence starts, counting the line's first byte as 1
     * @param sequences how many bad sequences the line has, each shown as one U+FFFD
     */
    record BadUtf8(long firstByte, int sequences) {
    }

    /** The next line, or {@code null} at the end of the input. A last line without a line end counts. */
    Line next() throws IOException {
        long length = 0;
        int held = 0;
        boolean overflow = false;
        boolean any = false;
        // Set when the whole line lies in the read buffer: it is decoded from there, without a copy.
        int inPlaceStart = -1;
        int inPlaceCount = 0;
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
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int count = end - start;
            length += count;
            boolean ended = end < limit;
            position = ended ? end + 1 : end;
            if (!overflow && length > maxBytes) {
                overflow = true;
                held = 0;
            }
            if (!overflow) {
                if (!any && ended) {
                    inPlaceStart = start;
                    inPlaceCount = count;
                } else {
                    ensure(held + count);
                    System.arraycopy(buffer, start, spanning, held, count);
                    held += count;
                }
            }
            any = true;
            if (ended) {
                break;
            }
        }
        number++;
        boolean atStart = first;
        first = false;
        if (overflow) {
            forgetLongLine();
            return new Line(number, null, length, null);
        }
        byte[] bytes = inPlaceStart >= 0 ? buffer : spanning;
        int offset = inPlaceStart >= 0 ? inPlaceStart : 0;
        int count = inPlaceStart >= 0 ? inPlaceCount : held;
        String text = new String(bytes, offset, count, StandardCharsets.UTF_8);
        // U+FFFD is what decoding puts for a bad byte; only then (or for one written in the line) look closer.
        BadUtf8 bad = text.indexOf('\uFFFD') >= 0 ? badUtf8(bytes, offset, count) : null;
        forgetLongLine();
        int decoded = text.length();
        // A byte-order mark opens a file, and files joined with cat carry one at each join: no
        // JSON line starts with one, so it is dropped wherever a line starts with it.
        int from = decoded > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int to = decoded > from && text.charAt(decoded - 1) == '\r' ? decoded - 1 : decoded;
        if (from != 0 || to != decoded) {
            text = text.substring(from, to);
        }
        return new Line(number, text, decoded, bad);
    }

    private void ensure(int capacity) {
        if (capacity > spanning.length) {
            byte[] grown = new byte[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(capacity, 2L * spanning.length))];
            System.arraycopy(spanning, 0, grown, 0, spanning.length);
            spanning = grown;
        }
    }

    private void forgetLongLine() {
        if (spanning.length > KEPT_LINE_BYTES) {
            spanning = new byte[CHUNK];
        }
    }

    /** Where the bad sequences of a line's bytes are; null if its U+FFFD were written in it. */
    static BadUtf8 badUtf8(byte[] bytes, int offset, int count) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, count);
        CharBuffer out = CharBuffer.allocate(Math.min(count, CHUNK) + 1);
        long firstByte = 0;
        int sequences = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                if (sequences == 0) {
                    firstByte = in.position() - offset + 1;
                }
                sequences++;
                in.position(in.position() + result.length());
            } else if (result.isOverflow()) {
                out.clear();
            } else {
                break;
            }
        }
        return sequences == 0 ? null : new BadUtf8(firstByte, sequences);
    }
}
