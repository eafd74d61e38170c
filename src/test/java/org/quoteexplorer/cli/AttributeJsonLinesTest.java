package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.io.CsvTables;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.JsonLinesArticles;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.io.SchemaAssertions;
import org.quoteexplorer.io.W3cAnnotations;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.review.LineAttribution;
import picocli.CommandLine;

class AttributeJsonLinesTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String[] NAMES = {"Ana Kiril", "Tomas Berg", "Lena Ostrova", "Ravi Menon"};

    @TempDir
    Path folder;

    /** A news-like article of {@code paragraphs} paragraphs, separated by blank lines as feeds often write them. */
    private static String article(Random random, int paragraphs) {
        StringBuilder text = new StringBuilder("Council weighs harbour plan\n\n");
        for (int p = 0; p < paragraphs; p++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            switch (random.nextInt(3)) {
                case 0 -> text.append("\u201CWe will decide by spring, \"maybe\",\u201D ").append(name).append(" said.\n\n");
                case 1 -> text.append(name).append(" said the plan was \u201Cnot finished yet.\u201D\n\n");
                default -> text.append("The vote was delayed again on day ").append(random.nextInt(300)).append(".\n\n");
            }
        }
        return text.toString();
    }

    private static String line(String id, String text) {
        ObjectNode node = PLAIN.createObjectNode();
        node.put("id", id);
        node.put("text", text);
        return node.toString();
    }

    private static CapturedCommandLine withStdin(String input) {
        return new CapturedCommandLine(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = CommandLine.defaultFactory().create(type);
                if (made instanceof AttributeCommand attribute) {
                    attribute.stdin = () -> new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
                }
                return made;
            }
        });
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void fourThreadsKeepTheInputOrderOverLinesOfVerySizes() throws Exception {
        Random random = new Random(7);
        List<String> input = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Every fifth article is hundreds of times longer than its neighbours: it finishes last if run beside them.
            input.add(line("story-" + i, article(random, i % 5 == 0 ? 1500 : 1 + random.nextInt(4))));
        }
        Path in = folder.resolve("in.jsonl");
        Files.write(in, input, StandardCharsets.UTF_8);
        Path out = folder.resolve("out.jsonl");

        CapturedCommandLine cli = new CapturedCommandLine();
        int code = cli.run("attribute", "--jsonl", in.toString(), "--output", out.toString(), "--threads", "4");

        assertThat(code).as(cli.err()).isZero();
        List<String> written = lines(out);
        assertThat(written).hasSize(input.size());
        LineAttribution alone = new LineAttribution(KnownSpeakers.loadDefault(), false);
        for (int i = 0; i < input.size(); i++) {
            assertThat(written.get(i)).as("line " + (i + 1)).isEqualTo(alone.attribute(input.get(i), i + 1).documentLine());
        }
        assertThat(cli.err()).contains("attribute: 40 articles,");
    }

    @ParameterizedTest(name = "flags: {0}")
    @CsvSource({"false", "true"})
    void aLineGivesTheSameDocumentAsTheSameTextInATextFile(boolean flags) throws Exception {
        String text = article(new Random(3), 12);
        Path file = folder.resolve("harbour-12.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CapturedCommandLine fromFile = new CapturedCommandLine();
        List<String> fileArgs = new ArrayList<>(List.of("attribute", file.toString()));
        CapturedCommandLine fromLine = withStdin(line("harbour-12", text) + "\n");
        List<String> lineArgs = new ArrayList<>(List.of("attribute", "--jsonl", "-"));
        if (flags) {
            fileArgs.add("--flags");
            lineArgs.add("--flags");
        }

        assertThat(fromFile.run(fileArgs.toArray(String[]::new))).as(fromFile.err()).isZero();
        assertThat(fromLine.run(lineArgs.toArray(String[]::new))).as(fromLine.err()).isZero();

        AnnotatedArticle exported = AnnotationJson.read(fromFile.out());
        Article a = exported.article();
        // The one difference: a line comes from no file.
        AnnotatedArticle sameWithoutFile = new AnnotatedArticle(new Article(a.id(), a.title(), null, a.text(), a.created(),
                a.modified(), a.published()), exported.speakers(), exported.quotes(), exported.assessments());
        assertThat(fromLine.out()).isEqualTo(JsonLinesArticles.documentLine(sameWithoutFile) + "\n");
        assertThat(exported.quotes()).isNotEmpty();
        assertThat(exported.assessments().isEmpty()).isEqualTo(!flags);
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndTheOthersAreStillWritten() throws Exception {
        String good = line("good", "Harbour\n\n\u201CWe agree,\u201D said Ana Kiril.");
        Path in = folder.resolve("feed.jsonl");
        Files.writeString(in, String.join("\n", good.replace("\"good\"", "\"g1\""), "{\"id\": \"x\", text}",
                good.replace("\"good\"", "\"g3\""), "{\"id\": \"y\"}", "", "{\"id\": \"z\", \"text\": [1]}",
                good.replace("\"good\"", "\"g7\"")) + "\n", StandardCharsets.UTF_8);
        Path out = folder.resolve("out.jsonl");

        CapturedCommandLine cli = new CapturedCommandLine();
        int code = cli.run("attribute", "--jsonl", in.toString(), "--output", out.toString(), "--threads", "2");

        assertThat(code).isEqualTo(1);
        assertThat(lines(out)).extracting(l -> PLAIN.readTree(l).path("document").path("id").asText())
                .containsExactly("g1", "g3", "g7");
        List<String> errors = cli.err().lines().toList();
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0)).startsWith("attribute: " + in + ": line 2, column ");
        assertThat(errors.get(1)).isEqualTo("attribute: " + in + ": line 4: no \"text\"");
        assertThat(errors.get(2)).startsWith("attribute: " + in + ": line 6, column 21: \"text\" must be a string");
        assertThat(errors.get(3)).isEqualTo("attribute: 3 articles, 3 quotes; 3 failed");
        assertThat(cli.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aRepeatedIdIsWarnedOfWithTheLineThatUsedItFirstAndBothDocumentsAreWritten() throws Exception {
        String text = "Harbour\n\n\u201CWe agree,\u201D said Ana Kiril.";
        Path in = folder.resolve("feed.jsonl");
        Files.writeString(in, String.join("\n", line("a", text), line("b", text), line("a", text), line("c", text),
                line("b", text)) + "\n", StandardCharsets.UTF_8);
        Path out = folder.resolve("out.jsonl");

        CapturedCommandLine cli = new CapturedCommandLine();
        int code = cli.run("attribute", "--jsonl", in.toString(), "--output", out.toString(), "--threads", "2");

        assertThat(code).as(cli.err()).isZero();
        assertThat(lines(out)).extracting(l -> PLAIN.readTree(l).path("document").path("id").asText())
                .containsExactly("a", "b", "a", "c", "b");
        assertThat(cli.err().lines().toList()).containsExactly(
                "attribute: " + in + ": line 3: id \"a\" was already used on line 1; both are written",
                "attribute: " + in + ": line 5: id \"b\" was already used on line 2; both are written",
                "attribute: 5 articles, 5 quotes");
    }

    @Test
    void theEngineNotesOfALineAreOnStandardErrorWithItsNumberAndIdAsForAFile() throws Exception {
        String unclosed = "Harbour\n\nThe mayor said: \u201CWe will never give up.\n\nShe left.";
        Path in = folder.resolve("feed.jsonl");
        Files.writeString(in, String.join("\n", line("calm", "Harbour\n\n\u201CWe agree,\u201D said Ana Kiril."),
                line("cut", unclosed)) + "\n", StandardCharsets.UTF_8);
        Path file = folder.resolve("cut.txt");
        Files.writeString(file, unclosed, StandardCharsets.UTF_8);
        CapturedCommandLine fromFile = new CapturedCommandLine();
        fromFile.run("attribute", "--out", folder.resolve("files").toString(), file.toString());
        String note = fromFile.err().lines().filter(l -> l.contains("unclosed")).findFirst().orElseThrow();

        CapturedCommandLine cli = new CapturedCommandLine();
        int code = cli.run("attribute", "--jsonl", in.toString(), "--output", folder.resolve("out.jsonl").toString());

        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.err().lines().toList()).containsExactly(
                "attribute: " + in + ": line 2 (id \"cut\"): " + note.substring(note.indexOf("warning: ")),
                "attribute: 2 articles, 2 quotes");
    }

    /** The line's UTF-8 bytes with every '_' made the single byte {@code value}, which is never UTF-8 on its own. */
    private static byte[] withBadByte(String line, int value) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '_') {
                bytes[i] = (byte) value;
            }
        }
        return bytes;
    }

    @Test
    void bytesThatAreNotUtf8AreWarnedOfOncePerLineBeforeWhatBecameOfTheLine() throws Exception {
        String text = "Harbour\n\n\u201CWe agree,\u201D said Ana Kiril.";
        // Latin-1 é (0xE9) where UTF-8 needs two bytes: twice on line 2, once in line 4, which is bad JSON too.
        String latin1 = line("b", "Caf_ and caf_. " + text);
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes((line("a", text) + "\n").getBytes(StandardCharsets.UTF_8));
        input.writeBytes(withBadByte(latin1 + "\n", 0xE9));
        input.writeBytes((line("c", "A written \uFFFD is text. " + text) + "\n").getBytes(StandardCharsets.UTF_8));
        input.writeBytes(withBadByte("{\"id\": \"d\", \"text\": 1_}\n", 0xFF));
        Path in = folder.resolve("feed.jsonl");
        Files.write(in, input.toByteArray());
        Path out = folder.resolve("out.jsonl");

        CapturedCommandLine cli = new CapturedCommandLine();
        int code = cli.run("attribute", "--jsonl", in.toString(), "--output", out.toString(), "--threads", "2");

        assertThat(code).as(cli.err()).isEqualTo(1);
        List<String> documents = lines(out);
        assertThat(documents).hasSize(3);
        assertThat(AnnotationJson.read(documents.get(1)).article().text()).startsWith("Caf\uFFFD and caf\uFFFD. ");
        List<String> errors = cli.err().lines().toList();
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0)).isEqualTo("attribute: " + in + ": line 2: invalid UTF-8 at byte " + (latin1.indexOf('_') + 1)
                + " of the line and 1 more place (bytes shown as U+FFFD)");
        assertThat(errors.get(1)).isEqualTo("attribute: " + in + ": line 4: invalid UTF-8 at byte 22 of the line "
                + "(bytes shown as U+FFFD)");
        assertThat(errors.get(2)).startsWith("attribute: " + in + ": line 4");
        assertThat(errors.get(3)).isEqualTo("attribute: 3 articles, 3 quotes; 1 failed");
    }

    @Test
    void aLineWithBytesThatAreNotUtf8IsWarnedOfButCountsAsWritten() throws Exception {
        String line = line("a", "Caf_. Harbour\n\n\u201CWe agree,\u201D said Ana Kiril.");
        Path in = folder.resolve("one.jsonl");
        Files.write(in, withBadByte(line, 0xE9));

        CapturedCommandLine cli = new CapturedCommandLine();
        int code = cli.run("attribute", "--jsonl", in.toString(), "--output", folder.resolve("o.jsonl").toString());

        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.err().lines().toList()).containsExactly(
                "attribute: " + in + ": line 1: invalid UTF-8 at byte " + (line.indexOf('_') + 1) + " of the line "
                        + "(bytes shown as U+FFFD)",
                "attribute: 1 article, 1 quote");
    }

    @Test
    void standardInputToStandardOutput() throws Exception {
        String input = line("a", "Harbour\n\n\u201CWe agree,\u201D said Ana Kiril.") + "\r\n"
                + line("b", "Ferry\n\n\u201CNot yet,\u201D said Tomas Berg.");

        CapturedCommandLine cli = withStdin(input);
        int code = cli.run("attribute", "--jsonl", "-", "--output", "-");

        assertThat(code).as(cli.err()).isZero();
        List<String> out = cli.out().lines().toList();
        assertThat(out).hasSize(2);
        assertThat(AnnotationJson.read(out.get(0)).article().id()).isEqualTo("a");
        assertThat(AnnotationJson.read(out.get(1)).speakers()).extracting(s -> s.name()).contains("Tomas Berg");
        assertThat(cli.out()).endsWith("\n");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void metadataIsInTheOutputAndSurvivesReadingBackAndTheW3cRoundTrip() throws Exception {
        String input = "{\"id\": \"m1\", \"title\": \"Deal at last\", \"date\": \"2024-03-05T22:30:00-08:00\", "
                + "\"publisher\": \"Harbour Times\", \"url\": \"https://example.org/m1?x=1&y=2\", \"section\": \"local\", "
                + "\"text\": \"Harbour\\n\\n\\u201CWe agree,\\u201D said Ana Kiril.\"}\n";

        CapturedCommandLine cli = withStdin(input);
        assertThat(cli.run("attribute", "--jsonl", "-")).as(cli.err()).isZero();

        String out = cli.out().strip();
        SchemaAssertions.assertValid(out);
        AnnotatedArticle document = AnnotationJson.read(out);
        assertThat(document.article().title()).isEqualTo("Deal at last");
        assertThat(document.article().published()).hasToString("2024-03-05");
        assertThat(document.article().publisher()).isEqualTo("Harbour Times");
        assertThat(document.article().url()).isEqualTo("https://example.org/m1?x=1&y=2");
        assertThat(out).doesNotContain("section");
        assertThat(W3cAnnotations.read(W3cAnnotations.write(document))).isEqualTo(document);
    }

    @Test
    void theQuotesTableHasOneRowPerQuote() throws Exception {
        Random random = new Random(5);
        List<String> input = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            input.add(line("s" + i, article(random, 6)));
        }
        Path in = folder.resolve("in.jsonl");
        Files.write(in, input, StandardCharsets.UTF_8);
        Path csv = folder.resolve("quotes.csv");

        CapturedCommandLine cli = new CapturedCommandLine();
        int code = cli.run("attribute", "--jsonl", in.toString(), "--output", folder.resolve("out.jsonl").toString(),
                "--quotes-csv", csv.toString(), "--flags", "--threads", "3");

        assertThat(code).as(cli.err()).isZero();
        List<List<String>> rows = CsvTables.parse(Files.readString(csv, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactlyElementsOf(LineAttribution.FlatQuote.COLUMNS);
        List<List<String>> expected = new ArrayList<>();
        LineAttribution alone = new LineAttribution(KnownSpeakers.loadDefault(), true);
        for (int i = 0; i < input.size(); i++) {
            alone.attribute(input.get(i), i + 1).quotes().forEach(q -> expected.add(q.cells()));
        }
        assertThat(expected).hasSizeGreaterThan(6).anySatisfy(row -> assertThat(row.get(4)).isNotEmpty())
                .anySatisfy(row -> assertThat(row.get(2)).contains(", \""));
        assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(expected);
    }

    @Test
    void theStreamHoldsNoMoreLinesThanItsWindowWhateverTheInputLength() throws Exception {
        Random random = new Random(11);
        List<String> input = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            input.add(line("n" + i, article(random, 1 + random.nextInt(i % 9 == 0 ? 200 : 5))));
        }
        CountingOut out = new CountingOut();
        LineByLine in = new LineByLine(input, out);
        JsonLinesBatch batch = new JsonLinesBatch(2, () -> new LineAttribution(List.of(), false),
                ArticleScheduler.forThisJvm(1), new PrintWriter(new StringWriter()), "test", JsonLinesBatch.MAX_LINE_BYTES);

        JsonLinesBatch.Summary summary = batch.run(in, out, null);

        assertThat(summary.articles()).isEqualTo(120);
        assertThat(out.lines).isEqualTo(120);
        assertThat(batch.maxInFlight()).isBetween(2, batch.window());
        // The reader is asked for a line only once there is room: it never runs ahead of the output by more than the window.
        assertThat(in.mostAhead).isLessThanOrEqualTo(batch.window() + 1);
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedWithoutBeingHeld() throws Exception {
        String shortLine = line("s", "Harbour\n\n\u201CWe agree,\u201D said Ana Kiril.");
        String longLine = line("l", "x".repeat(500));
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        JsonLinesBatch batch = new JsonLinesBatch(2, () -> new LineAttribution(List.of(), false),
                ArticleScheduler.forThisJvm(1), new PrintWriter(err, true), "feed.jsonl", 200);

        JsonLinesBatch.Summary summary = batch.run(utf8(shortLine + "\n" + longLine + "\n" + shortLine.replace("\"s\"", "\"t\"")), out, null);

        assertThat(summary).isEqualTo(new JsonLinesBatch.Summary(2, 2, 1));
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(err.toString()).isEqualTo("attribute: feed.jsonl: line 2: longer than 200 bytes, more than "
                + "an article may take; skipped" + System.lineSeparator());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an input beside --jsonl    | attribute --jsonl - story.txt           | give no other inputs
            --out with --jsonl         | attribute --jsonl - --out dir           | use --output FILE
            another format             | attribute --jsonl - --format csv        | quote-explorer/1.1 documents only
            --output without --jsonl   | attribute story.txt --output o.jsonl    | go with --jsonl
            nothing to read            | attribute                               | give article files or folders
            """)
    void misusedOptionsAreUsageErrors(String what, String args, String message) {
        CapturedCommandLine cli = withStdin("");

        assertThat(cli.run(args.split(" "))).isEqualTo(2);
        assertThat(cli.err()).contains(message);
    }

    @Test
    void aMissingInputFileIsNamed() {
        CapturedCommandLine cli = new CapturedCommandLine();
        Path missing = folder.resolve("nope.jsonl");

        assertThat(cli.run("attribute", "--jsonl", missing.toString(), "--output", folder.resolve("o.jsonl").toString()))
                .isEqualTo(1);
        assertThat(cli.err()).isEqualTo("attribute: " + missing + ": no such file" + System.lineSeparator());
        assertThat(folder.resolve("o.jsonl")).doesNotExist();
    }

    @Test
    void aFolderGivenAsInputIsNamed() {
        CapturedCommandLine cli = new CapturedCommandLine();

        assertThat(cli.run("attribute", "--jsonl", folder.toString())).isEqualTo(1);
        assertThat(cli.err()).startsWith("attribute: " + folder + " is a folder; --jsonl reads one file");
        assertThat(cli.out()).isEmpty();
    }

    /** Hands out one input line per read, noting how far reading has got ahead of the lines written. */
    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final class LineByLine extends InputStream {
        private final List<String> lines;
        private final CountingOut out;
        private int served;
        int mostAhead;

        LineByLine(List<String> lines, CountingOut out) {
            this.lines = lines;
            this.out = out;
        }

        private byte[] pending = new byte[0];
        private int taken;

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (taken == pending.length) {
                if (served == lines.size()) {
                    return -1;
                }
                pending = (lines.get(served++) + "\n").getBytes(StandardCharsets.UTF_8);
                taken = 0;
                mostAhead = Math.max(mostAhead, served - out.lines);
            }
            int n = Math.min(length, pending.length - taken);
            System.arraycopy(pending, taken, buffer, offset, n);
            taken += n;
            return n;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }
    }

    private static final class CountingOut extends Writer {
        volatile int lines;

        @Override
        public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void write(int c) {
            if (c == '\n') {
                lines++;
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
