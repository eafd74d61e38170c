package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.AnnotatedArticle;

/**
 * Whatever bytes an analyst opens, the reader either refuses them with a message or gives an
 * article whose annotations save, reopen and save again to the same JSON.
 */
class ArticleReaderPropertyTest {

    private static final String[] EXTENSIONS = {"txt", "md", "html", "dat"};

    @Property(tries = 200)
    void anyBytesAreRefusedPlainlyOrReadIntoAnArticleThatRoundTrips(@ForAll("files") byte[] bytes,
            @ForAll("extensions") String extension) throws Exception {
        Path folder = Files.createTempDirectory("qe-property");
        Path file = folder.resolve("article." + extension);
        try {
            Files.write(file, bytes);
            LoadedArticle loaded;
            try {
                loaded = ArticleReader.load(file);
            } catch (ArticleReadException refused) {
                assertThat(refused.getMessage()).isNotBlank().contains("article." + extension);
                return;
            }
            assertRoundTrips(loaded);
        } finally {
            Files.deleteIfExists(file);
            Files.delete(folder);
        }
    }

    @Property(tries = 200)
    void anyStringIsRefusedPlainlyOrReadIntoAnArticleThatRoundTrips(@ForAll("texts") String content,
            @ForAll("extensions") String extension) throws Exception {
        LoadedArticle loaded;
        try {
            loaded = ArticleReader.read(content, "article." + extension);
        } catch (ArticleReadException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertRoundTrips(loaded);
    }

    private static void assertRoundTrips(LoadedArticle loaded) throws Exception {
        String text = loaded.article().text();
        assertThat(text).doesNotContain("\u0000", "\r").isNotBlank();
        AnnotatedArticle annotated = new QuoteEngine().attribute(loaded.article()).annotated();
        String json = AnnotationJson.write(annotated);
        String again = AnnotationJson.write(AnnotationFiles.read(json));
        assertThat(again).isEqualTo(json);
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(EXTENSIONS);
    }

    /** Text-like pieces: words, quotes, marks, line ends, NUL, lone surrogates, markup. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("Ana Lopez", " said", "“", "”", "\"", ", ", ". ", "\n", "\r\n", "\r", "\n\n", "\t", "\u00A0",
                        "\u200B", "\uFEFF", "e\u0301", "\u0000", "\uD800", "\uDC00", "\uD83D\uDE00", "<p>", "</p>", "&#0;",
                        "&#xD800;", "_", "**", "# ", "> ", "- ", "<![CDATA[x]]>", "<blockquote>", "<footer>— Ivo"),
                Arbitraries.strings().ofMaxLength(6));
        return piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    /** Random bytes, and text encoded as UTF-8, UTF-16 with a byte order mark, or with stray bytes. */
    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        Arbitrary<byte[]> utf8 = texts().map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> utf16 = texts().map(s -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                s.getBytes(StandardCharsets.UTF_16LE)));
        Arbitrary<byte[]> utf16Raw = Arbitraries.chars().list().ofMaxSize(60).map(chars -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0xFE);
            out.write(0xFF);
            chars.forEach(c -> {
                out.write(c >> 8);
                out.write(c & 0xFF);
            });
            return out.toByteArray();
        });
        Arbitrary<byte[]> stray = Arbitraries.integers().between(0x80, 0xFF).flatMap(b ->
                texts().map(s -> concat(s.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) (int) b}, "x".getBytes())));
        return Arbitraries.oneOf(random, utf8, utf16, utf16Raw, stray);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
