package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundedLinesTest {

    /** Serves at most {@code step} bytes a read, as a pipe may: lines then cross read boundaries anywhere. */
    private static InputStream trickle(byte[] bytes, int step) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    private static List<BoundedLines.Line> all(InputStream in, int maxBytes) throws IOException {
        BoundedLines lines = new BoundedLines(in, maxBytes);
        List<BoundedLines.Line> out = new ArrayList<>();
        for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
            out.add(line);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a lone high byte (Latin-1 é)            | 636166e9           | caf\uFFFD    | 4 | 1
            a sequence cut short                    | 61e282             | a\uFFFD      | 2 | 1
            an encoded surrogate                    | 78eda080           | x\uFFFD     | 2 | 1
            two places                              | ff41fe             | \uFFFDA\uFFFD | 1 | 2
            an overlong slash                       | 2fc0af             | /\uFFFD\uFFFD | 2 | 2
            """)
    void bytesThatAreNotUtf8AreShownAsReplacementsAndTheLineSaysWhereTheFirstWas(String what, String hex, String text,
            long firstByte, int sequences) throws IOException {
        byte[] bytes = HexFormat.of().parseHex(hex + "0a" + "6f6b0a");

        List<BoundedLines.Line> lines = all(new ByteArrayInputStream(bytes), 1000);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).text()).isEqualTo(text);
        assertThat(lines.get(0).badUtf8()).isEqualTo(new BoundedLines.BadUtf8(firstByte, sequences));
        assertThat(lines.get(1).text()).isEqualTo("ok");
        assertThat(lines.get(1).badUtf8()).isNull();
    }

    @Test
    void aReplacementCharacterWrittenInTheLineIsNoBadByte() throws IOException {
        List<BoundedLines.Line> lines = all(new ByteArrayInputStream("a\uFFFDb\n".getBytes(StandardCharsets.UTF_8)), 1000);

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.text()).isEqualTo("a\uFFFDb");
            assertThat(line.badUtf8()).isNull();
        });
    }

    @Test
    void aBadByteFarIntoALineThatCrossesReadsIsCountedFromTheLineStartNotTheRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("first\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("é".repeat(50_000).getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\nlast\n".getBytes(StandardCharsets.UTF_8));

        List<BoundedLines.Line> lines = all(trickle(bytes.toByteArray(), 7_000), 1 << 20);

        assertThat(lines).extracting(BoundedLines.Line::badUtf8)
                .containsExactly(null, new BoundedLines.BadUtf8(100_001, 1), null);
        assertThat(lines.get(1).text()).hasSize(50_001).endsWith("é\uFFFD");
    }

    @Test
    void byteOrderMarksAtLineStartsGoCrlfEndsAndALoneCrStaysInItsLine() throws IOException {
        byte[] bytes = "\uFEFFone\r\ntwo\rstill two\n\uFEFFthree".getBytes(StandardCharsets.UTF_8);

        assertThat(all(new ByteArrayInputStream(bytes), 100)).extracting(BoundedLines.Line::text)
                .containsExactly("one", "two\rstill two", "three");
    }

    @Test
    void aLineLongerThanTheLimitInBytesIsSkippedAndTheNextIsReadWhole() throws IOException {
        // 8 chars but 16 bytes: the limit is on what the line holds in memory as read.
        byte[] bytes = ("éééééééé\n" + "abcdefgh\n").getBytes(StandardCharsets.UTF_8);

        List<BoundedLines.Line> lines = all(trickle(bytes, 3), 10);

        assertThat(lines.get(0).tooLong()).isTrue();
        assertThat(lines.get(0).number()).isEqualTo(1);
        assertThat(lines.get(1).text()).isEqualTo("abcdefgh");
        assertThat(lines.get(1).number()).isEqualTo(2);
    }

    @Property(tries = 200)
    void validUtf8ComesBackAsTheLinesOfTheTextWhateverTheReadSizes(
            @ForAll @Size(max = 12) List<@StringLength(max = 40) String> parts,
            @ForAll @IntRange(min = 1, max = 9) int step) throws IOException {
        List<String> expected = parts.stream()
                .map(p -> p.replace("\n", "").replace("\r", "").replace("\uFEFF", ""))
                // Unpaired surrogates have no UTF-8 form: they are not text a stream can hold.
                .map(p -> p.codePoints().filter(c -> c < 0xD800 || c > 0xDFFF)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .toList();
        byte[] bytes = expected.stream().map(p -> p + "\n").reduce("", String::concat).getBytes(StandardCharsets.UTF_8);

        List<BoundedLines.Line> lines = all(trickle(bytes, step), 1000);

        assertThat(lines).extracting(BoundedLines.Line::text).containsExactlyElementsOf(expected);
        assertThat(lines).allSatisfy(line -> assertThat(line.badUtf8()).isNull());
    }
}
