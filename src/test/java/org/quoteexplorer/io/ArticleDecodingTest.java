package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bytes to text: which encoding, what happens to bad bytes, and every size limit, through the app's entry points. */
class ArticleDecodingTest {

    @TempDir
    Path folder;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Hex bytes spliced into UTF-8 text: "<ff>" is the byte 0xFF. */
    private static byte[] bytes(String spec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < spec.length()) {
            int open = spec.indexOf('<', i);
            if (open < 0) {
                out.writeBytes(utf8(spec.substring(i)));
                break;
            }
            out.writeBytes(utf8(spec.substring(i, open)));
            int close = spec.indexOf('>', open);
            out.writeBytes(HexFormat.of().parseHex(spec.substring(open + 1, close)));
            i = close + 1;
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UTF-8 with curly quotes and one stray byte      | Talks\\n“Yes,” he<ff> said.      | Talks\\n“Yes,” he\uFFFD said.     | UTF-8        | 1 invalid byte sequence, first at line 2, column 10 (byte 19)
            UTF-8 with a valid letter and an undefined byte | a<c381><8d>b                     | aÁ\uFFFDb                         | UTF-8        | 1 invalid byte sequence, first at line 1, column 3 (byte 3)
            UTF-8 cut off inside a character                | “Talks” end<e2><80>              | “Talks” end\uFFFD                 | UTF-8        | 1 invalid byte sequence, first at line 1, column 12 (byte 15)
            two bad bytes on CRLF lines                     | Café\\r\\nTwo <c0> and <fe>\\r\\n | Café\\nTwo \uFFFD and \uFFFD     | UTF-8        | 2 invalid byte sequences, first at line 2, column 5 (byte 11)
            Windows-1252 quotes and accents                 | <93>Caf<e9>,<94> he said.        | “Café,” he said.                  | windows-1252 | read as Windows-1252
            Windows-1252 euro sign and dash                 | Cost <80>5 <96> cheap            | Cost €5 – cheap                   | windows-1252 | read as Windows-1252
            Windows-1252 holding a valid UTF-8 pair by chance | <93>We<92>re in,<94> said Jos<e9>.\\n<93>OL<c994> <96> N<fa><f1>ez | “We’re in,” said José.\\n“OLÉ” – Núñez | windows-1252 | read as Windows-1252
            UTF-8 byte order mark with a bad byte           | <efbbbf>Title\\nA<ff>            | Title\\nA\uFFFD                   | UTF-8        | byte order mark
            UTF-16LE byte order mark with a lone surrogate  | <fffe>T<00>i<00>\\n<00><00d8>x<00> | Ti\\n\uFFFDx                    | UTF-16LE     | 1 invalid byte sequence, first at line 2, column 1 (byte 8)
            UTF-16BE byte order mark, odd length            | <feff><0048><0069><00>           | Hi\uFFFD                          | UTF-16BE     | 1 invalid byte sequence
            """)
    void bytesAreDecodedAndTheAnalystIsTold(String what, String spec, String text, String encoding, String warning)
            throws Exception {
        Path file = write("article.txt", bytes(spec.replace("\\n", "\n").replace("\\r", "\r")));

        LoadedArticle loaded = ArticleReader.load(file);

        assertThat(loaded.article().text()).isEqualTo(text.replace("\\n", "\n"));
        assertThat(loaded.encoding()).isEqualTo(encoding);
        assertThat(loaded.warnings()).singleElement().asString().contains("article.txt", warning);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            meta charset                  | <meta charset="windows-1251">                                         | windows-1251
            http-equiv Content-Type       | <meta http-equiv="Content-Type" content="text/html; charset=koi8-r">  | KOI8-R
            a Latin-1 label               | <meta charset='iso-8859-1'>                                           | windows-1252
            """)
    void anHtmlPageThatIsNotUtf8IsReadInTheEncodingItDeclares(String what, String meta, String encoding) throws Exception {
        java.nio.charset.Charset charset = java.nio.charset.Charset.forName(encoding);
        String words = encoding.equals("windows-1252") ? "\u201CCaf\u00e9,\u201D said Ana." : "Мы не отступим, сказал Песков.";
        Path file = write("page.html", ("<html><head>" + meta + "<title>T</title></head><body><h1>Head</h1><p>" + words
                + "</p></body></html>").getBytes(charset));

        LoadedArticle loaded = ArticleReader.load(file);

        assertThat(loaded.article().text()).isEqualTo("Head\n" + words);
        assertThat(loaded.encoding()).isEqualTo(charset.name());
    }

    @Test
    void aUtf8PageIsReadAsUtf8WhateverItDeclares() throws Exception {
        Path file = write("page.html", utf8("<html><head><meta charset=\"windows-1251\"></head><body><p>\u00ABДа\u00BB</p></body></html>"));

        assertThat(ArticleReader.load(file).article().text()).isEqualTo("\u00ABДа\u00BB");
    }

    @Test
    void cleanUtf8GivesNoWarning() throws Exception {
        LoadedArticle loaded = ArticleReader.load(write("clean.txt", utf8("Caf\u00e9 talks\n\u201CYes,\u201D he said.")));

        assertThat(loaded.encoding()).isEqualTo("UTF-8");
        assertThat(loaded.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no valid UTF-8 and a byte Windows-1252 leaves undefined | <93>Hi<94> <8d>       | neither UTF-8 nor Windows-1252
            a NUL byte                                              | Title\\nBody<00>more   | binary file (it contains NUL bytes, the first at byte 10)
            UTF-16 text holding a NUL character                     | <fffe>H<00><00><00>   | binary file (it contains NUL characters)
            """)
    void bytesThatAreNotATextArticleAreRefused(String what, String spec, String message) throws Exception {
        Path file = write("odd.txt", bytes(spec.replace("\\n", "\n")));

        assertThatThrownBy(() -> ArticleReader.load(file))
                .isInstanceOf(ArticleReadException.class)
                .hasMessageContaining("odd.txt")
                .hasMessageContaining(message);
    }

    @Test
    void aFileOverTheByteLimitIsRefusedInMebibytesWithoutReadingIt() throws Exception {
        Path file = folder.resolve("huge.html");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(Limits.MAX_ARTICLE_FILE_BYTES + 1);
        }

        assertThatThrownBy(() -> ArticleReader.load(file))
                .isInstanceOf(ArticleReadException.class)
                .hasMessageEndingWith("huge.html is 64.0 MiB (67,108,865 bytes); articles larger than 64 MiB are refused");
    }

    /** 63 MB of plain text: under the byte limit, over the 32 Mi chars a text file may have. */
    private Path plainText63MB() throws Exception {
        Path file = folder.resolve("long.txt");
        byte[] line = utf8("The council met again on Monday and the talks went on late into the night.\n");
        byte[] block = new byte[line.length * 13_000];
        for (int i = 0; i < 13_000; i++) {
            System.arraycopy(line, 0, block, i * line.length, line.length);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 63_000_000L; written += block.length) {
                out.write(block);
            }
        }
        return file;
    }

    @Test
    void aLongPlainTextFileIsRefusedByItsCharacterCount() throws Exception {
        Path file = plainText63MB();

        assertThatThrownBy(() -> ArticleReader.load(file))
                .isInstanceOf(ArticleReadException.class)
                .hasMessageEndingWith("long.txt has more than 33,554,432 (32 Mi) characters; "
                        + "text articles of more than 33,554,432 (32 Mi) characters are refused");
    }

    @Test
    void aLongPlainTextFileIsRefusedInASmallHeapBeforeAllOfItIsDecoded() throws Exception {
        Path file = plainText63MB();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                LoadArticleMain.class.getName(), file.toString()).redirectErrorStream(true).start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).contains("refused: ").contains("33,554,432 (32 Mi) characters").doesNotContain("out of memory");
    }

    @Test
    void textOverTheArticleLimitIsRefusedWithExactCounts() {
        char[] line = new char[999];
        Arrays.fill(line, 'a');
        String paragraph = new String(line) + "\n";
        String content = paragraph.repeat(17_000);

        assertThatThrownBy(() -> ArticleReader.read(content, "big.txt"))
                .isInstanceOf(ArticleReadException.class)
                .hasMessage("big.txt has 16,999,999 characters of text; at most 16,777,216 (16 Mi) are accepted");
    }

    @Test
    void aStringOverTheRawLimitIsRefusedBeforeAnyWork() {
        String content = "x".repeat(Limits.MAX_PLAIN_TEXT_CHARS + 1);

        assertThatThrownBy(() -> ArticleReader.read(content, "raw.md"))
                .isInstanceOf(ArticleReadException.class)
                .hasMessage("raw.md has 33,554,433 characters; text articles of more than 33,554,432 (32 Mi) characters are refused");
    }

    /** The reader trusts a clean UTF-8 plain-text file to hold whole pairs; one with encoded halves goes the careful way. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a whole pair, clean UTF-8         | Title\\nGood <f09f9880> pair  | Title\\nGood \uD83D\uDE00 pair
            a high half encoded on its own    | Title\\n“Bad <eda080> half” | Title\\n“Bad \uFFFD half”
            a low half encoded on its own     | Title\\n“Bad <edb080> half” | Title\\n“Bad \uFFFD half”
            halves and no other UTF-8         | Title\\nBad <eda080> half     | Title\\nBad í\u00A0€ half
            """)
    void aPlainTextFileNeverGivesHalfASurrogatePair(String what, String spec, String text) throws Exception {
        String read = ArticleReader.load(write("pairs.txt", bytes(spec.replace("\\n", "\n")))).article().text();

        assertThat(read).isEqualTo(text.replace("\\n", "\n"));
        for (int i = 0; i < read.length(); i++) {
            char c = read.charAt(i);
            boolean whole = Character.isHighSurrogate(c) ? i + 1 < read.length() && Character.isLowSurrogate(read.charAt(++i))
                    : !Character.isLowSurrogate(c);
            assertThat(whole).as("char %d of %s", i, read).isTrue();
        }
    }

    @Test
    void loneSurrogatesAndNulInAStringAreHandledLikeBadBytes() throws Exception {
        assertThat(ArticleReader.read("Title\nBad \uD800 half", "s.txt").article().text()).isEqualTo("Title\nBad \uFFFD half");
        assertThat(ArticleReader.read("Title\nGood \uD83D\uDE00 pair", "s.txt").article().text())
                .isEqualTo("Title\nGood \uD83D\uDE00 pair");
        assertThatThrownBy(() -> ArticleReader.read("Title\nA\u0000B", "s.txt"))
                .isInstanceOf(ArticleReadException.class).hasMessageContaining("NUL");
    }
}
