package org.quoteexplorer.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of an article file to text, streamed: the file is never held whole as chars, and decoding
 * stops as soon as the text is longer than the caller's limit.
 *
 * <p>Which encoding: a byte order mark decides (UTF-8, UTF-16LE, UTF-16BE). Otherwise UTF-8,
 * unless the bytes look like Windows-1252: more than four times as many high bytes stray to UTF-8
 * as valid multi-byte sequences (curly quotes 0x93/0x94, é as 0xE9; "É”" is a valid pair by chance). An HTML
 * page that is not UTF-8 is read in the encoding its {@code <meta charset>} declares, when it
 * declares one. A UTF-8 file with a few bad bytes stays UTF-8: its bad
 * bytes become U+FFFD and a warning counts them and says where the first is. Bytes that are
 * neither (no valid UTF-8, and bytes Windows-1252 leaves undefined) are refused, as are files with
 * NUL bytes or characters, which are binary.
 */
final class ArticleDecoding {

    private static final int BUFFER = 1 << 16;
    /** Files up to this size are read whole, once, in the hope that they are plain UTF-8. */
    private static final long WHOLE_FILE_BYTES = 8L << 20;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Stray high bytes per valid UTF-8 sequence beyond which a file reads as Windows-1252. */
    private static final int STRAY_BYTES_PER_CHANCE_SEQUENCE = 4;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * @param wellFormed the text is known to hold no NUL and no lone surrogate: UTF-8 that decoded
     *                   without a replacement (a decoder never makes half a pair of valid bytes),
     *                   so the reader need not look for them again
     */
    record Decoded(String text, String encoding, boolean wellFormed) {
    }

    private ArticleDecoding() {
    }

    /**
     * A buffer no larger than the file: a batch reads thousands of news articles of a few KB,
     * and zeroing three 64 KiB buffers for each was a tenth of its reading time.
     */
    private static int bufferFor(long fileSize) {
        return (int) Math.min(BUFFER, Math.max(fileSize, 0) + 16);
    }

    static Decoded decode(Path file, long size, int maxChars, Supplier<String> limitNote, List<String> warnings) throws IOException {
        return decode(file, size, maxChars, limitNote, warnings, false);
    }

    /** @param html whether the file is an HTML page, whose {@code <meta charset>} names its encoding when it is not UTF-8 */
    static Decoded decode(Path file, long size, int maxChars, Supplier<String> limitNote, List<String> warnings,
            boolean html) throws IOException {
        if (size <= WHOLE_FILE_BYTES) {
            String text = cleanUtf8(file, size);
            if (text != null && text.length() <= maxChars) {
                return new Decoded(text, "UTF-8", true);
            }
        }
        return decodeCarefully(file, size, maxChars, limitNote, warnings, html);
    }

    static Decoded decodeCarefully(Path file, long size, int maxChars, Supplier<String> limitNote, List<String> warnings)
            throws IOException {
        return decodeCarefully(file, size, maxChars, limitNote, warnings, false);
    }

    /** The byte-by-byte rule, for every file; {@link #decode} takes a shortcut for most. */
    static Decoded decodeCarefully(Path file, long size, int maxChars, Supplier<String> limitNote, List<String> warnings,
            boolean html) throws IOException {
        String name = file.getFileName().toString();
        byte[] head = new byte[3];
        int headLength;
        ByteStats stats = new ByteStats();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(bufferFor(size));
            long offset = 0;
            headLength = 0;
            while (channel.read(buffer) >= 0 || buffer.position() > 0) {
                buffer.flip();
                if (offset == 0) {
                    headLength = Math.min(3, buffer.remaining());
                    buffer.get(0, head, 0, headLength);
                }
                stats.scan(buffer, offset);
                offset += buffer.limit();
                buffer.clear();
            }
        }
        if (startsWith(head, headLength, 0xEF, 0xBB, 0xBF)) {
            return decodeAs(file, 3, size, StandardCharsets.UTF_8, "UTF-8", maxChars, limitNote, warnings, true);
        }
        if (startsWith(head, headLength, 0xFF, 0xFE)) {
            return decodeAs(file, 2, size, StandardCharsets.UTF_16LE, "UTF-16LE", maxChars, limitNote, warnings, true);
        }
        if (startsWith(head, headLength, 0xFE, 0xFF)) {
            return decodeAs(file, 2, size, StandardCharsets.UTF_16BE, "UTF-16BE", maxChars, limitNote, warnings, true);
        }
        if (stats.firstNul >= 0) {
            throw new ArticleReadException(file + " looks like a binary file (it contains NUL bytes, the first at byte "
                    + String.format(Locale.ROOT, "%,d", stats.firstNul) + "), not a text article; if it is UTF-16 text, "
                    + "save it as UTF-8");
        }
        long strayHighBytes = stats.highBytes - stats.validSequenceBytes;
        if (html && strayHighBytes > 0) {
            // not UTF-8: a page that says what it is written in is read so (a Russian site's windows-1251)
            Optional<Charset> declared = declaredCharset(file);
            if (declared.isPresent()) {
                return decodeAs(file, 0, size, declared.get(), declared.get().name(), maxChars, limitNote, warnings, false);
            }
        }
        // Windows-1252 when its reading explains far more of the high bytes than UTF-8's does: a
        // Windows-1252 text can hold a valid UTF-8 pair by chance ("É”" is C9 94), but its curly
        // quotes and dashes are all stray bytes to UTF-8, while a UTF-8 text with a few bad bytes
        // has more valid sequences than stray bytes.
        if (stats.highBytes > 0 && strayHighBytes > STRAY_BYTES_PER_CHANCE_SEQUENCE * stats.validMultiByte) {
            if (stats.undefinedInWindows1252 > 0) {
                throw new ArticleReadException(file + " is neither UTF-8 nor Windows-1252 text; save it as UTF-8");
            }
            warnings.add(name + " is not UTF-8 text; it was read as Windows-1252. Check accented letters and quotation marks.");
            return decodeAs(file, 0, size, WINDOWS_1252, "windows-1252", maxChars, limitNote, warnings, false);
        }
        return decodeAs(file, 0, size, StandardCharsets.UTF_8, "UTF-8", maxChars, limitNote, warnings, false);
    }

    /**
     * The text of a file that is UTF-8 without a byte order mark, bad bytes or NUL, or null for
     * any other file (or one that changed size while read), which then takes the careful path.
     * Most articles are such files: for them this is one read and one decoding instead of a
     * pass over the bytes, a second read, and a copy out of a growing buffer. The careful path
     * would read them as the same text: bytes that decode without a replacement are either all
     * ASCII or hold a valid multi-byte sequence, and both are read as UTF-8 there.
     */
    private static String cleanUtf8(Path file, long size) throws IOException {
        byte[] bytes = new byte[(int) size + 1];
        int length;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // One byte more than the size is asked for: getting it means the file grew since.
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int read;
            do {
                read = channel.read(buffer);
            } while (read >= 0 && buffer.hasRemaining());
            length = buffer.position();
        }
        if (length != size || startsWith(bytes, length, 0xEF, 0xBB, 0xBF) || startsWith(bytes, length, 0xFF, 0xFE)
                || startsWith(bytes, length, 0xFE, 0xFF)) {
            return null;
        }
        String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        // U+FFFD is what the decoder puts for a bad byte; one written in the file also goes the careful way.
        return text.indexOf('\uFFFD') < 0 && text.indexOf('\u0000') < 0 ? text : null;
    }

    private static Decoded decodeAs(Path file, int skip, long size, Charset charset, String encoding, int maxChars,
            Supplier<String> limitNote, List<String> warnings, boolean byteOrderMark) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean wide = charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE;
        long estimate = wide ? (size - skip) / 2 + 1 : size - skip;
        StringBuilder text = new StringBuilder((int) Math.min(estimate, (long) maxChars + 1) + 16);
        CharBuffer out = CharBuffer.allocate(bufferFor(size));
        ByteBuffer in = ByteBuffer.allocate(bufferFor(size));
        int replaced = 0;
        String firstBad = null;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(skip);
            long base = skip;
            boolean end = false;
            while (true) {
                end = channel.read(in) < 0;
                in.flip();
                while (true) {
                    CoderResult result = decoder.decode(in, out, end);
                    drain(out, text, maxChars, file, limitNote);
                    if (result.isError()) {
                        if (firstBad == null) {
                            firstBad = position(text, base + in.position());
                        }
                        replaced++;
                        // Java's UTF-16 decoder reports a high surrogate and the unit after it as one
                        // error; only the surrogate is bad, the unit after it is text.
                        in.position(in.position() + (wide ? Math.min(result.length(), 2) : result.length()));
                        text.append('\uFFFD');
                    } else if (!result.isOverflow()) {
                        break;
                    }
                }
                base += in.position();
                in.compact();
                if (end) {
                    while (decoder.flush(out).isOverflow()) {
                        drain(out, text, maxChars, file, limitNote);
                    }
                    drain(out, text, maxChars, file, limitNote);
                    break;
                }
            }
        }
        if (replaced > 0) {
            String what = byteOrderMark ? encoding + " (it starts with a " + encoding + " byte order mark)" : encoding;
            warnings.add(file.getFileName() + " is " + what + " text with " + replaced
                    + (replaced == 1 ? " invalid byte sequence" : " invalid byte sequences") + ", first at " + firstBad
                    + "; " + (replaced == 1 ? "it was" : "they were") + " replaced by \uFFFD.");
        }
        if (byteOrderMark && text.indexOf("\u0000") >= 0) {
            throw new ArticleReadException(file + " looks like a binary file (it contains NUL characters), not a text article");
        }
        return new Decoded(text.toString(), encoding, false);
    }

    private static void drain(CharBuffer out, StringBuilder text, int maxChars, Path file, Supplier<String> limitNote)
            throws ArticleReadException {
        out.flip();
        if (text.length() + out.remaining() > maxChars) {
            throw new ArticleReadException(file + " has more than " + Limits.chars(maxChars) + " characters; "
                    + limitNote.get());
        }
        text.append(out);
        out.clear();
    }

    /** "line 3, column 14 (byte 187)", from the text decoded so far. */
    private static String position(StringBuilder text, long byteOffset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (text.length() - lineStart + 1) + " (byte "
                + String.format(Locale.ROOT, "%,d", byteOffset) + ")";
    }

    /**
     * The encoding an HTML page declares in its first 1,024 bytes ({@code <meta charset>} or the
     * {@code http-equiv} form), as browsers look for it; Latin-1 and ASCII labels mean
     * Windows-1252, as browsers read them. Empty when none is declared, the name is unknown, or
     * it names a Unicode encoding (the bytes already said they are not that).
     */
    static Optional<Charset> declaredCharset(Path file) throws IOException {
        byte[] start = new byte[1024];
        int length;
        try (var in = java.nio.file.Files.newInputStream(file)) {
            length = in.readNBytes(start, 0, start.length);
        }
        Matcher declaration = META_CHARSET.matcher(new String(start, 0, length, StandardCharsets.ISO_8859_1));
        if (!declaration.find()) {
            return Optional.empty();
        }
        Charset charset;
        try {
            charset = Charset.forName(declaration.group(1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            return Optional.of(WINDOWS_1252);
        }
        return charset.name().startsWith("UTF-") ? Optional.empty() : Optional.of(charset);
    }

    private static boolean startsWith(byte[] head, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** What the raw bytes show before any decoding: NUL, high bytes, valid UTF-8 sequences. */
    private static final class ByteStats {
        long firstNul = -1;
        long highBytes;
        long validMultiByte;
        /** The bytes of those sequences: the other high bytes are stray to UTF-8. */
        long validSequenceBytes;
        long undefinedInWindows1252;
        private int sequenceLength;
        /** Continuation bytes still expected by the UTF-8 sequence in progress, and its bounds. */
        private int pending;
        private int nextLow = 0x80;
        private int nextHigh = 0xBF;

        void scan(ByteBuffer buffer, long offset) {
            for (int i = buffer.position(); i < buffer.limit(); i++) {
                int b = buffer.get(i) & 0xFF;
                if (b == 0 && firstNul < 0) {
                    firstNul = offset + i;
                }
                if (b < 0x80) {
                    pending = 0;
                    continue;
                }
                highBytes++;
                if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                    undefinedInWindows1252++;
                }
                if (pending > 0 && b >= nextLow && b <= nextHigh) {
                    nextLow = 0x80;
                    nextHigh = 0xBF;
                    if (--pending == 0) {
                        validMultiByte++;
                        validSequenceBytes += sequenceLength;
                    }
                    continue;
                }
                start(b);
            }
        }

        /** A lead byte and the range its first continuation byte must fall in (RFC 3629). */
        private void start(int b) {
            nextLow = 0x80;
            nextHigh = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
                sequenceLength = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                sequenceLength = 3;
                nextLow = b == 0xE0 ? 0xA0 : 0x80;
                nextHigh = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                sequenceLength = 4;
                nextLow = b == 0xF0 ? 0x90 : 0x80;
                nextHigh = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                pending = 0;
            }
        }
    }
}
