package org.quoteexplorer.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.cli.QuoteExplorerCommand;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.LineAttribution;

/**
 * The job in local[2] on hand-made articles, against {@code attribute --jsonl} and
 * {@link LineAttribution}, its per-line step: the same lines must come out, byte for byte.
 */
class AttributeJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SPEAKERS = """
            [{"name": "Ann Lee", "kind": "person", "title": "mayor", "aliases": ["Lee"]},
             {"name": "Tom Reyes", "kind": "person", "title": "union leader"}]
            """;

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        AttributeJob.userWithoutPasswdEntry();
        try {
            spark = SparkSession.builder().master("local[2]").appName("AttributeJobTest")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "2")
                    .getOrCreate();
        } catch (RuntimeException e) {
            // Only a machine without a usable loopback network may skip: any other failure to start
            // (a missing --add-opens, a clash of Jackson versions) is a build problem to see.
            assumeThat(causedByNetwork(e)).as("Spark cannot open a local port here: " + e).isTrue();
            throw e;
        }
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static boolean causedByNetwork(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Articles as a feed writes them: metadata or not, numbered or named, non-ASCII text, a line
     * separator, a quote nobody is named for.
     */
    private static List<String> articles() {
        return List.of(
                line(Map.of("id", "harbour-1", "text", "Harbour deal\n\u201CWe agree,\u201D said Ann Lee, the mayor.\n"
                        + "The union was less sure. \u201CIt is too early,\u201D Tom Reyes said.\n\u201CNobody asked us.\u201D",
                        "title", "Harbour deal signed", "date", "2025-06-23", "publisher", "Coast Times",
                        "url", "https://example.org/harbour")),
                "{\"id\": 17, \"text\": \"Budget\\n\\u201CThe numbers do not add up,\\u201D Lee said on Monday.\"}",
                line(Map.of("id", "caf\u00E9-\u00FC", "text", "Caf\u00E9 \u00FCber alles \uD83D\uDE00\n"
                        + "\u201CPrices went up by half,\u201D the owner told reporters.\u2028A second line.",
                        "date", "2025-06-23T14:05:00Z")),
                line(Map.of("id", "no-quotes", "text", "Weather\nIt rained all day and nobody said a word.")),
                line(Map.of("id", "nobody-named", "text", "Editorial\nThe city has changed a lot this year.\n\n"
                        + "\u201CChange is hard.\u201D\n\nWhat comes next is unclear.")),
                line(Map.of("id", "harbour-2", "text", "\u201CTalks go on,\u201D Tom Reyes, the union leader, "
                        + "said. Ann Lee said: \u201CWe will see.\u201D", "title", "  ")));
    }

    private static String line(Map<String, String> fields) {
        ObjectNode node = JSON.createObjectNode();
        new TreeMap<>(fields).forEach(node::put);
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** id → document line, as {@code attribute --jsonl} writes them for these lines. */
    private static Map<String, String> expectedDocuments(List<String> lines, List<Speaker> known, boolean flags)
            throws Exception {
        LineAttribution attribution = new LineAttribution(known, flags);
        Map<String, String> documents = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            LineAttribution.Result result = attribution.attribute(lines.get(i), i + 1);
            documents.put(result.id(), result.documentLine());
        }
        return documents;
    }

    private static List<LineAttribution.FlatQuote> expectedQuotes(List<String> lines, List<Speaker> known,
            boolean flags) throws Exception {
        LineAttribution attribution = new LineAttribution(known, flags);
        List<LineAttribution.FlatQuote> quotes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            quotes.addAll(attribution.attribute(lines.get(i), i + 1).quotes());
        }
        return quotes;
    }

    /** What {@code quote-explorer attribute --jsonl IN --output FILE [extra]} writes, keyed by id. */
    private static Map<String, String> cliDocuments(Path in, Path dir, String... extra) throws IOException {
        Path file = dir.resolve("cli.jsonl");
        List<String> args = new ArrayList<>(List.of("attribute", "--jsonl", in.toString(), "--output", file.toString()));
        args.addAll(List.of(extra));
        QuoteExplorerCommand.execute(args.toArray(String[]::new));
        Map<String, String> documents = new TreeMap<>();
        for (String document : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            documents.put(JSON.readTree(document).path("document").path("id").asText(), document);
        }
        return documents;
    }

    /** The job's documents, keyed by id, read as raw bytes so no line ending or encoding is forgiven. */
    private static Map<String, String> writtenDocuments(Path out) throws IOException {
        Map<String, String> documents = new TreeMap<>();
        List<Path> parts;
        try (Stream<Path> files = Files.list(out.resolve("documents"))) {
            parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        for (Path part : parts) {
            String content = new String(Files.readAllBytes(part), StandardCharsets.UTF_8);
            if (content.isEmpty()) {
                continue;
            }
            assertThat(content).endsWith("\n").doesNotContain("\r");
            for (String document : content.substring(0, content.length() - 1).split("\n", -1)) {
                String id = JSON.readTree(document).path("document").path("id").asText();
                assertThat(documents.put(id, document)).as("document %s written once", id).isNull();
            }
        }
        return documents;
    }

    private static List<Row> errors(Path out) {
        return spark.read().json(out.resolve("errors").toString()).collectAsList();
    }

    private static AttributeJob.Summary run(String... args) throws Exception {
        return AttributeJob.run(spark, AttributeJob.Options.parse(args));
    }

    @Test
    void documentsAreTheLinesOfAttributeJsonlByteForByte(@TempDir Path dir) throws Exception {
        List<String> lines = articles();
        Path in = dir.resolve("articles.jsonl");
        // Saved by an editor that marks UTF-8 with a byte-order mark, then joined with another such
        // file (a mark mid-file), with CRLF lines, blank ones and a lone CR inside a line.
        List<String> written = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            written.add(i == lines.size() / 2 ? "\uFEFF" + line : i == 1 ? line.replaceFirst(",", ",\r") : line);
            if (i == 2) {
                written.add("   ");
                written.add("");
            }
        }
        Files.writeString(in, "\uFEFF" + String.join("\r\n", written) + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        AttributeJob.Summary summary = run(in.toString(), out.toString());

        Map<String, String> expected = expectedDocuments(lines, KnownSpeakers.loadDefault(), false);
        assertThat(writtenDocuments(out)).isEqualTo(expected).hasSize(lines.size())
                .isEqualTo(cliDocuments(in, dir));
        assertThat(summary.articles()).isEqualTo(lines.size());
        assertThat(summary.refused()).isZero();
        assertThat(summary.quotes()).isEqualTo(expectedQuotes(lines, KnownSpeakers.loadDefault(), false).size());
    }

    @Test
    void aSpeakerListAndFlagsReachEveryPartition(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        // More articles than one partition holds, so several engines are built from the broadcast list.
        for (int copy = 0; copy < 4; copy++) {
            for (String article : articles()) {
                ObjectNode node = (ObjectNode) JSON.readTree(article);
                node.put("id", node.get("id").asText() + "#" + copy);
                lines.add(JSON.writeValueAsString(node));
            }
        }
        Path in = dir.resolve("feed");
        Files.createDirectories(in);
        Files.write(in.resolve("a.jsonl"), lines.subList(0, 10), StandardCharsets.UTF_8);
        Files.write(in.resolve("b.jsonl"), lines.subList(10, lines.size()), StandardCharsets.UTF_8);
        Path speakers = dir.resolve("speakers.json");
        Files.writeString(speakers, SPEAKERS);
        Path out = dir.resolve("out");

        run(in.toString(), out.toString(), "--flags", "--speakers", speakers.toString());

        List<Speaker> known = KnownSpeakers.read(SPEAKERS);
        assertThat(writtenDocuments(out)).isEqualTo(expectedDocuments(lines, known, true)).hasSize(lines.size());
        Path all = dir.resolve("all.jsonl");
        Files.write(all, lines, StandardCharsets.UTF_8);
        assertThat(writtenDocuments(out)).isEqualTo(cliDocuments(all, dir, "--flags", "--speakers", speakers.toString()));
        assertThat(expectedDocuments(lines, known, true)).isNotEqualTo(expectedDocuments(lines, List.of(), false));
    }

    @Test
    void quotesTableHasTheFlatColumnsAndOneRowPerQuote(@TempDir Path dir) throws Exception {
        List<String> lines = articles();
        Path in = dir.resolve("articles.jsonl");
        Files.write(in, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Path speakers = dir.resolve("speakers.json");
        Files.writeString(speakers, SPEAKERS);

        run(in.toString(), out.toString(), "--flags", "--speakers", speakers.toString());

        var table = spark.read().parquet(out.resolve("quotes").toString());
        assertThat(table.schema().fields()).extracting(StructField::name, StructField::dataType).containsExactly(
                org.assertj.core.groups.Tuple.tuple("article_id", DataTypes.StringType),
                org.assertj.core.groups.Tuple.tuple("quote_id", DataTypes.StringType),
                org.assertj.core.groups.Tuple.tuple("text", DataTypes.StringType),
                org.assertj.core.groups.Tuple.tuple("speaker", DataTypes.StringType),
                org.assertj.core.groups.Tuple.tuple("mention", DataTypes.StringType),
                org.assertj.core.groups.Tuple.tuple("confidence", DataTypes.DoubleType),
                org.assertj.core.groups.Tuple.tuple("flags", DataTypes.StringType));
        List<LineAttribution.FlatQuote> written = table.collectAsList().stream()
                .map(r -> new LineAttribution.FlatQuote(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getDouble(5), r.getString(6)))
                .toList();
        List<LineAttribution.FlatQuote> expected = expectedQuotes(lines, KnownSpeakers.read(SPEAKERS), true);
        assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("Ann Lee"))
                .anySatisfy(q -> assertThat(q.speaker()).isNull())
                .anySatisfy(q -> assertThat(q.flags()).isNotEmpty());
    }

    /** What {@code attribute --jsonl} says of {@code in} on standard error, its own prefix taken off. */
    private static List<String> cliWarnings(Path in, Path dir) {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        // The command line writes to the System.err it finds when it is made; Spark's logging may
        // land here too, hence the filter on the command's own prefix.
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            QuoteExplorerCommand.commandLine().execute("attribute", "--jsonl", in.toString(), "--output",
                    dir.resolve("cli-warned.jsonl").toString());
        } finally {
            System.setErr(before);
        }
        String prefix = "attribute: " + in + ": ";
        return err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length())).toList();
    }

    @Test
    void anIdUsedAgainIsWarnedOfInInputOrderAsAttributeJsonlDoesAndBothAreWritten(@TempDir Path dir) throws Exception {
        String text = "Harbour\n\n\u201CWe agree,\u201D said Ann Lee.";
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Ids a and b come back far from their first use, across the blocks the file is read in.
            String id = i == 23 || i == 31 ? "a" : i == 38 ? "b" : "n" + i;
            lines.add(line(Map.of("id", id, "text", text + " Day " + i + ".")));
        }
        lines.set(2, line(Map.of("id", "a", "text", text)));
        lines.set(5, line(Map.of("id", "b", "text", text)));
        Path in = dir.resolve("articles.jsonl");
        Files.write(in, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        String before = spark.conf().get("spark.sql.files.maxPartitionBytes");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "700");
        AttributeJob.Summary summary;
        try {
            summary = run(in.toString(), out.toString());
            assertThat(spark.read().text(in.toString()).rdd().getNumPartitions()).as("blocks").isGreaterThan(2);
        } finally {
            spark.conf().set("spark.sql.files.maxPartitionBytes", before);
        }

        String source = in.toUri().toString();
        assertThat(summary.warnings()).containsExactly(
                source + ": line 24: id \"a\" was already used on line 3; both are written",
                source + ": line 32: id \"a\" was already used on line 3; both are written",
                source + ": line 39: id \"b\" was already used on line 6; both are written");
        assertThat(summary.warnings()).extracting(w -> w.substring(source.length() + 2)).isEqualTo(cliWarnings(in, dir));
        assertThat(summary.repeatedIds()).isEqualTo(3);
        assertThat(summary.articles()).isEqualTo(40);
        assertThat(spark.read().text(out.resolve("documents").toString()).count()).isEqualTo(40);
    }

    @Test
    void anIdUsedInAnEarlierFileNamesThatFileAndUniqueIdsSayNothing(@TempDir Path dir) throws Exception {
        String text = "Harbour\n\n\u201CWe agree,\u201D said Ann Lee.";
        Path folder = dir.resolve("feed");
        Files.createDirectories(folder);
        Files.write(folder.resolve("day-1.jsonl"), List.of(line(Map.of("id", "x", "text", text)),
                line(Map.of("id", "y", "text", text))), StandardCharsets.UTF_8);
        Files.write(folder.resolve("day-2.jsonl"), List.of(line(Map.of("id", "z", "text", text)),
                line(Map.of("id", "y", "text", text + " Again."))), StandardCharsets.UTF_8);

        AttributeJob.Summary summary = run(folder.toString(), dir.resolve("out").toString(), "--format", "json");
        AttributeJob.Summary unique = run(folder.resolve("day-1.jsonl").toString(), dir.resolve("out1").toString());

        String first = folder.resolve("day-1.jsonl").toUri().toString();
        String second = folder.resolve("day-2.jsonl").toUri().toString();
        assertThat(summary.warnings()).containsExactly(
                second + ": line 2: id \"y\" was already used on line 2 of " + first + "; both are written");
        assertThat(summary.articles()).isEqualTo(4);
        assertThat(unique.warnings()).isEmpty();
        assertThat(unique.repeatedIds()).isZero();
    }

    @Test
    void aMalformedRowIsReportedAndTheOthersAreAttributed(@TempDir Path dir) throws Exception {
        List<String> good = articles();
        List<String> lines = new ArrayList<>(good);
        lines.add(1, "{\"id\": \"no-text\", \"title\": \"Only a title\"}");
        lines.add(3, "{\"id\": \"numeric-text\", \"text\": 42}");
        lines.add(4, "{\"id\": null, \"text\": \"\\u201CHello,\\u201D she said.\"}");
        lines.add("{\"id\": \"cut-off\", \"text\": \"The feed stopped in the mid");
        lines.add("");
        Path in = dir.resolve("articles.jsonl");
        Files.write(in, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        AttributeJob.Summary summary = run(in.toString(), out.toString());

        assertThat(writtenDocuments(out)).isEqualTo(expectedDocuments(good, KnownSpeakers.loadDefault(), false))
                .isEqualTo(cliDocuments(in, dir));
        Map<String, String> messages = new TreeMap<>();
        for (Row error : errors(out)) {
            String id = error.isNullAt(error.fieldIndex("id")) ? "(none)" : error.getString(error.fieldIndex("id"));
            messages.merge(id, error.getString(error.fieldIndex("message")), (a, b) -> a + " | " + b);
            assertThat(error.getString(error.fieldIndex("source"))).endsWith("articles.jsonl");
        }
        assertThat(messages).containsOnlyKeys("no-text", "numeric-text", "(none)");
        assertThat(messages.get("no-text")).isEqualTo("no \"text\"");
        assertThat(messages.get("numeric-text")).contains("\"text\" must be a string").startsWith("column ");
        // The id-less row and the cut-off line, none named by a line number; the empty line is
        // passed over, as attribute --jsonl passes over it.
        assertThat(messages.get("(none)").split(" \\| ")).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("\"id\""))
                .noneSatisfy(m -> assertThat(m).contains("empty line"))
                .allSatisfy(m -> assertThat(m).doesNotStartWith("line "));
        assertThat(summary.refused()).isEqualTo(4);
        assertThat(summary.articles()).isEqualTo(good.size());
    }

    @Test
    void parquetArticlesGiveTheDocumentsOfTheSameArticlesAsJsonLines(@TempDir Path dir) throws Exception {
        StructType schema = new StructType(new StructField[] {
                DataTypes.createStructField("id", DataTypes.StringType, true),
                DataTypes.createStructField("text", DataTypes.StringType, true),
                DataTypes.createStructField("title", DataTypes.StringType, true),
                DataTypes.createStructField("date", DataTypes.DateType, true),
                DataTypes.createStructField("publisher", DataTypes.StringType, true),
                DataTypes.createStructField("words", DataTypes.IntegerType, true)});
        String harbour = "Harbour deal\n\u201CWe agree,\u201D said Ann Lee, the mayor.";
        String budget = "Budget\n\u201CThe numbers do not add up,\u201D Tom Reyes said.";
        List<Row> rows = List.of(
                RowFactory.create("p-1", harbour, "Harbour deal", Date.valueOf("2025-06-23"), "Coast Times", 9),
                RowFactory.create("p-2", budget, null, null, null, 8),
                RowFactory.create("p-3", null, "A row without text", null, null, 0));
        Path in = dir.resolve("articles.parquet");
        spark.createDataFrame(rows, schema).repartition(2).write().parquet(in.toString());
        Path out = dir.resolve("out");

        AttributeJob.Summary summary = run(in.toString(), out.toString());

        // The lines a feed would give for the same articles; the extra column is not part of an article.
        List<String> asJsonLines = List.of(
                line(Map.of("id", "p-1", "text", harbour, "title", "Harbour deal", "date", "2025-06-23",
                        "publisher", "Coast Times")),
                line(Map.of("id", "p-2", "text", budget)));
        assertThat(writtenDocuments(out)).isEqualTo(expectedDocuments(asJsonLines, KnownSpeakers.loadDefault(), false));
        List<Row> errors = errors(out);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getString(errors.get(0).fieldIndex("id"))).isEqualTo("p-3");
        assertThat(errors.get(0).getString(errors.get(0).fieldIndex("message"))).isEqualTo("no \"text\"");
        assertThat(summary.refused()).isEqualTo(1);
    }

    @Test
    void anInputWithoutTextColumnStopsTheRunWithAPlainMessage(@TempDir Path dir) {
        StructType schema = new StructType(new StructField[] {
                DataTypes.createStructField("id", DataTypes.StringType, true),
                DataTypes.createStructField("body", DataTypes.StringType, true)});
        Path in = dir.resolve("wrong.parquet");
        spark.createDataFrame(List.of(RowFactory.create("a", "b")), schema).write().parquet(in.toString());

        assertThatThrownBy(() -> run(in.toString(), dir.resolve("out").toString()))
                .isInstanceOf(AttributeJob.JobException.class)
                .hasMessage(in + ": no \"text\" column (found id, body); articles need \"id\" and \"text\"");
    }

    @Test
    void aMissingInputIsNamedWithoutSparkJargon(@TempDir Path dir) {
        Path in = dir.resolve("nowhere.jsonl");

        assertThatThrownBy(() -> run(in.toString(), dir.resolve("out").toString()))
                .isInstanceOf(AttributeJob.JobException.class)
                .hasMessageStartingWith(in + ": ")
                .hasMessageNotContaining("[")
                .hasMessageContaining("does not exist");
    }

    @Test
    void anOutputThatIsAFileStopsTheRunBeforeAnyWork(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("articles.jsonl"), articles().get(0) + "\n");
        Path out = Files.writeString(dir.resolve("out"), "x");

        assertThatThrownBy(() -> run(in.toString(), out.toString()))
                .isInstanceOf(AttributeJob.JobException.class)
                .hasMessage(out + " is a file; the job writes a folder there (documents/, quotes/, errors/)");
        assertThat(Files.readString(out)).isEqualTo("x");
    }

    @Test
    void aFolderIsReadInTheFormatOfItsFiles(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("lake");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("_SUCCESS"), "");
        Files.write(folder.resolve("part-0.ndjson"), articles().subList(0, 2), StandardCharsets.UTF_8);

        assertThat(AttributeJob.detectFormat(spark, folder.toString())).isEqualTo("json");
        Path unknown = dir.resolve("unknown");
        Files.createDirectories(unknown);
        Files.writeString(unknown.resolve("data.bin"), "x");
        assertThatThrownBy(() -> AttributeJob.detectFormat(spark, unknown.toString()))
                .hasMessageContaining("--format json or --format parquet");
    }
}
