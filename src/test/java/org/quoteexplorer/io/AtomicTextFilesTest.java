package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Text saved through {@link AtomicFiles#writeText} is the bytes an {@code OutputStreamWriter}
 * makes of it in UTF-8, however the text is cut into writes: a pair of surrogates split between
 * two writes stays one character, a lone surrogate becomes "?".
 */
class AtomicTextFilesTest {

    private static Path folder;

    @BeforeContainer
    static void createFolder() throws IOException {
        folder = ScratchFolder.create("atomic-text");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        ScratchFolder.remove(folder);
    }

    @Property(tries = 300)
    void savedTextIsWhatAnOutputStreamWriterWrites(@ForAll("pieces") List<String> pieces) throws IOException {
        Path file = folder.resolve("text.json");

        AtomicFiles.writeText(file, out -> {
            for (int i = 0; i < pieces.size(); i++) {
                // Both ways Jackson and the exporters write: strings and char arrays.
                if (i % 2 == 0) {
                    out.write(pieces.get(i));
                } else {
                    out.write(pieces.get(i).toCharArray());
                }
            }
        }, AtomicFiles.Durability.LATER);

        assertThat(Files.readAllBytes(file)).isEqualTo(reference(pieces));
    }

    @Property(tries = 5)
    void textLongerThanTheBufferIsSavedWhole(@ForAll("pieces") List<String> pieces) throws IOException {
        Path file = folder.resolve("long.json");
        List<String> many = java.util.Collections.nCopies(4000, String.join("", pieces) + "“quoted” — ✓ 😀 ");

        AtomicFiles.writeText(file, out -> {
            for (String piece : many) {
                out.write(piece);
            }
        }, AtomicFiles.Durability.LATER);

        assertThat(Files.readAllBytes(file)).isEqualTo(reference(many));
    }

    private static byte[] reference(List<String> pieces) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        for (String piece : pieces) {
            writer.write(piece);
        }
        writer.close();
        return bytes.toByteArray();
    }

    /** ASCII, accented letters, curly quotes, whole and half surrogate pairs. */
    @Provide
    Arbitrary<List<String>> pieces() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
                Arbitraries.of("é", "“", "”", "—", "✓", "😀", "\uD83D", "\uDE00", "\u0000", "\uFFFD", "\u07FF", "\u0800"));
        return piece.list().ofMaxSize(40);
    }
}
