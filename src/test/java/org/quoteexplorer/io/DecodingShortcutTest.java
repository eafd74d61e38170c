package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The shortcut for clean UTF-8 files gives exactly what the byte-by-byte rule gives: the same
 * text, encoding and warnings, or the same refusal.
 */
class DecodingShortcutTest {

    private static Path folder;

    @BeforeContainer
    static void createFolder() throws IOException {
        folder = ScratchFolder.create("decoding-shortcut");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        ScratchFolder.remove(folder);
    }

    @Property(tries = 400)
    void theShortcutReadsEveryFileAsTheCarefulRuleDoes(@ForAll("articleBytes") byte[] bytes) throws IOException {
        Path file = folder.resolve("article.txt");
        Files.write(file, bytes);

        assertThat(outcome(file, true)).isEqualTo(outcome(file, false));
    }

    @Property(tries = 50)
    void aFileLongerThanTheLimitIsRefusedWithTheSameMessage(@ForAll("articleBytes") byte[] bytes) throws IOException {
        Path file = folder.resolve("long.txt");
        Files.write(file, bytes);
        int limit = Math.max(0, bytes.length / 2 - 1);

        assertThat(outcome(file, true, limit)).isEqualTo(outcome(file, false, limit));
    }

    private static List<Object> outcome(Path file, boolean shortcut) throws IOException {
        return outcome(file, shortcut, Integer.MAX_VALUE - 16);
    }

    private static List<Object> outcome(Path file, boolean shortcut, int maxChars) throws IOException {
        List<String> warnings = new ArrayList<>();
        long size = Files.size(file);
        try {
            ArticleDecoding.Decoded decoded = shortcut
                    ? ArticleDecoding.decode(file, size, maxChars, () -> "the note", warnings)
                    : ArticleDecoding.decodeCarefully(file, size, maxChars, () -> "the note", warnings);
            return List.of(decoded.text(), decoded.encoding(), warnings);
        } catch (ArticleReadException e) {
            return List.of("refused", e.getMessage(), warnings);
        }
    }

    /** Runs of clean text, curly quotes as UTF-8 or Windows-1252, byte order marks, NUL, U+FFFD and stray bytes. */
    @Provide
    Arbitrary<byte[]> articleBytes() {
        Arbitrary<byte[]> piece = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20).map(DecodingShortcutTest::utf8),
                Arbitraries.of("“", "”", "é", "—", "\uFFFD", "😀", "\n", "\r\n").map(DecodingShortcutTest::utf8),
                Arbitraries.of(new byte[] {(byte) 0x93}, new byte[] {(byte) 0x94}, new byte[] {(byte) 0xE9},
                        new byte[] {(byte) 0x81}, new byte[] {0}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[] {(byte) 0xE2, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF}));
        Arbitrary<byte[]> start = Arbitraries.of(new byte[0], new byte[0], new byte[0],
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xFE, (byte) 0xFF});
        return start.flatMap(head -> piece.list().ofMinSize(1).ofMaxSize(30).map(pieces -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(head);
            pieces.forEach(out::writeBytes);
            return out.toByteArray();
        })).filter(b -> b.length > 0);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
