package org.quoteexplorer.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading whole text files with the checks every reader in this package needs. */
final class TextFiles {

    static final char BOM = '\uFEFF';

    private TextFiles() {
    }

    /** Bytes of a regular file no larger than {@code maxBytes}, with a clear message otherwise. */
    static byte[] readBytes(Path file, long maxBytes, String what) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not " + what);
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException(file + " is " + Limits.size(size) + "; " + what + " larger than " + Limits.limit(maxBytes)
                    + " is refused");
        }
        return Files.readAllBytes(file);
    }

    /** Annotation files are UTF-8 by definition (RFC 8259); a stray BOM is tolerated. */
    static String readJson(Path file) throws IOException {
        byte[] bytes = readBytes(file, JsonSupport.MAX_DOCUMENT_LENGTH, "an annotation file");
        try {
            return stripBom(strictUtf8(bytes));
        } catch (MalformedInputException e) {
            throw new AnnotationFormatException(file + ": not UTF-8 text (invalid byte sequence)", e);
        } catch (CharacterCodingException e) {
            throw new AnnotationFormatException(file + ": not UTF-8 text", e);
        }
    }

    static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }

    static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }
}
