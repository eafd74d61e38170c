package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.JsonLinesExport;
import org.quoteexplorer.io.SpeakerRegistryFile;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** {@code export --corpus}: the reviews of a folder as one JSON Lines file. */
class ExportCommandTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir
    Path folder;

    private final CapturedCommandLine cli = new CapturedCommandLine();

    /** An article where "Smith" (s1 here) says one thing and an unknown "Tom Ode" (s2) another. */
    private static AnnotatedArticle article(String id, String smithsId, String smithsName, QuoteStatus secondStatus) {
        String text = "Headline " + id + "\n\u201CYes,\u201D " + smithsName + " said. \u201CNo,\u201D said Tom Ode.";
        int first = text.indexOf('\u201C');
        int second = text.indexOf("\u201CNo");
        List<Speaker> speakers = List.of(new Speaker(smithsId, smithsName, SpeakerKind.PERSON, null, List.of()),
                new Speaker("s9", "Tom Ode", SpeakerKind.PERSON, null, List.of()));
        List<Quote> quotes = List.of(
                new Quote("q1", new Span(first, first + 6), QuoteType.DIRECT, smithsId, null, null, 0.9, "manual",
                        QuoteStatus.ACCEPTED, null, List.of()),
                new Quote("q2", new Span(second, second + 5), QuoteType.DIRECT, "s9", null, null, 0.9, "manual",
                        secondStatus, null, List.of()));
        return new AnnotatedArticle(Article.of(id, text), speakers, quotes);
    }

    private void writeWorkspace() throws Exception {
        Files.createDirectories(folder.resolve("ws/week2"));
        AnnotationJson.save(article("monday", "s1", "Jane Smith", QuoteStatus.REJECTED), folder.resolve("ws/monday.quotes.json"));
        AnnotationJson.save(article("tuesday", "s4", "Smith", QuoteStatus.SUGGESTED), folder.resolve("ws/week2/tuesday.quotes.json"));
        Files.writeString(SpeakerRegistryFile.in(folder.resolve("ws")), SpeakerRegistryFile.write(List.of(
                new RegistryEntry("jane-smith", "Jane Smith", List.of("Smith"), SpeakerKind.PERSON, "Mayor", "#1f77b4",
                        "Q123", T0))));
    }

    private static List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            rows.add(PLAIN.readTree(line));
        }
        return rows;
    }

    private static List<String> keys(JsonNode row) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = row.fieldNames(); it.hasNext();) {
            keys.add(it.next());
        }
        return keys;
    }

    @Test
    void aFolderBecomesOneFileWithTheRegistrysIdsTheSameInEveryArticle() throws Exception {
        writeWorkspace();
        Path corpus = folder.resolve("corpus.jsonl");

        int exit = cli.run("export", "--corpus", corpus.toString(), folder.resolve("ws").toString());

        assertThat(exit).as(cli.err()).isZero();
        List<JsonNode> rows = lines(corpus);
        assertThat(rows).extracting(r -> r.path("document").textValue() + "/" + r.path("quote").textValue())
                .containsExactly("monday/q1", "monday/q2", "tuesday/q1", "tuesday/q2");
        assertThat(rows).filteredOn(r -> r.path("quote").textValue().equals("q1")).allSatisfy(r -> {
            assertThat(r.path("speaker_id").textValue()).isEqualTo("jane-smith");
            assertThat(r.path("speaker").textValue()).isEqualTo("Jane Smith");
            assertThat(r.path("external_id").textValue()).isEqualTo("Q123");
        });
        assertThat(rows).filteredOn(r -> r.path("quote").textValue().equals("q2")).allSatisfy(r -> {
            assertThat(r.path("speaker_id").isNull()).as("not in the registry").isTrue();
            assertThat(r.path("speaker").textValue()).isEqualTo("Tom Ode");
            assertThat(r.path("external_id").isNull()).isTrue();
        });
        assertThat(cli.out()).contains("wrote 4 quotes of 2 articles").contains("2 quotes linked, 2 with a speaker not in the registry");
    }

    @Test
    void aW3cCollectionLinksTheSpeakersTheRegistryKnowsByItsIds() throws Exception {
        writeWorkspace();
        Path corpus = folder.resolve("corpus.jsonld");

        int exit = cli.run("export", "--corpus", corpus.toString(), folder.resolve("ws").toString());

        assertThat(exit).as(cli.err()).isZero();
        List<String> registryIds = PLAIN.readTree(corpus.toFile()).findValuesAsText("qe:registryId");
        assertThat(registryIds).as("Jane Smith, as Jane Smith and as Smith, is one registry speaker").isNotEmpty()
                .containsOnly("jane-smith");
        assertThat(cli.out()).contains("2 quotes linked, 2 with a speaker not in the registry");
    }

    @Test
    void standardOutputIsNoCorpusFile() throws Exception {
        writeWorkspace();

        int exit = cli.run("export", "--corpus", "-", folder.resolve("ws").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("\"-\" (standard output) is not supported");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void aW3cCorpusLeftInTheFolderIsNotReadAsAReviewByTheNextExport() throws Exception {
        writeWorkspace();
        Path inside = folder.resolve("ws/week2/corpus.jsonld");
        assertThat(cli.run("export", "--corpus", inside.toString(), folder.resolve("ws").toString())).as(cli.err()).isZero();

        Path corpus = folder.resolve("corpus.jsonl");
        int exit = cli.run("export", "--corpus", corpus.toString(), folder.resolve("ws").toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(lines(corpus)).extracting(r -> r.path("document").textValue()).containsExactly("monday", "monday", "tuesday", "tuesday");
    }

    @Test
    void everyLineHasTheFieldsOfTheSingleArticleExportPlusExternalId() throws Exception {
        writeWorkspace();
        Path corpus = folder.resolve("corpus.jsonl");
        StringWriter single = new StringWriter();
        JsonLinesExport.write(article("monday", "s1", "Jane Smith", QuoteStatus.REJECTED), single);

        cli.run("export", "--corpus", corpus.toString(), folder.resolve("ws").toString());

        List<String> singleKeys = keys(PLAIN.readTree(single.toString().lines().findFirst().orElseThrow()));
        assertThat(singleKeys).contains("speaker_id", "speaker", "status", "flag_reasons").endsWith("external_id");
        assertThat(lines(corpus)).allSatisfy(r -> assertThat(keys(r)).isEqualTo(singleKeys));
    }

    @Test
    void withoutARegistryTheArticlesOwnSpeakerIdsAreKept() throws Exception {
        writeWorkspace();
        Path corpus = folder.resolve("corpus.jsonl");

        int exit = cli.run("export", "--corpus", corpus.toString(), folder.resolve("ws/monday.quotes.json").toString(),
                folder.resolve("ws/week2/tuesday.quotes.json").toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(lines(corpus)).extracting(r -> r.path("speaker_id").textValue()).containsExactly("s1", "s9", "s4", "s9");
        assertThat(cli.out()).doesNotContain("linked");
    }

    @Test
    void reviewedOnlyKeepsAcceptedAndCorrectedQuotes() throws Exception {
        writeWorkspace();
        Path corpus = folder.resolve("corpus.jsonl");

        int exit = cli.run("export", "--reviewed", "--corpus", corpus.toString(), folder.resolve("ws").toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(lines(corpus)).extracting(r -> r.path("status").textValue()).containsOnly("accepted").hasSize(2);
    }

    @Test
    void aBrokenAnnotationFileLeavesNoHalfWrittenCorpus() throws Exception {
        writeWorkspace();
        Files.writeString(folder.resolve("ws/week2/broken.quotes.json"), "{\"format\": \"quote-explorer/1\",");
        Path corpus = folder.resolve("corpus.jsonl");
        Files.writeString(corpus, "old\n");

        int exit = cli.run("export", "--corpus", corpus.toString(), folder.resolve("ws").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("broken.quotes.json").contains("was not written").doesNotContain("Exception");
        assertThat(Files.readString(corpus)).isEqualTo("old\n");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            corpus.csv,    ,    csv
            corpus.jsonld, ,    w3c
            corpus.jsonl,  ,    jsonl
            corpus.txt,    csv, csv
            corpus.csv,    w3c, w3c
            """)
    void theFormatComesFromTheOptionElseTheExtension(String file, String option, String expected) throws Exception {
        writeWorkspace();
        Path corpus = folder.resolve(file);
        List<String> args = new ArrayList<>(List.of("export", "--corpus", corpus.toString()));
        if (option != null) {
            args.addAll(List.of("--format", option));
        }
        args.add(folder.resolve("ws").toString());

        int exit = cli.run(args.toArray(String[]::new));

        assertThat(exit).as(cli.err()).isZero();
        String written = Files.readString(corpus, StandardCharsets.UTF_8);
        String detected = written.startsWith("\uFEFFdocument,") ? "csv"
                : written.startsWith("{\n") && written.contains("\"AnnotationCollection\"") ? "w3c" : "jsonl";
        assertThat(detected).isEqualTo(expected);
    }

    @Test
    void csvCorpusHasTheJsonLinesFieldsAsColumnsAndTheSameValues() throws Exception {
        writeWorkspace();
        Path jsonl = folder.resolve("corpus.jsonl");
        Path csv = folder.resolve("corpus.csv");
        cli.run("export", "--corpus", jsonl.toString(), folder.resolve("ws").toString());

        int exit = cli.run("export", "--corpus", csv.toString(), folder.resolve("ws").toString());

        assertThat(exit).as(cli.err()).isZero();
        List<JsonNode> rows = lines(jsonl);
        List<String> csvLines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(csvLines.get(0).substring(1)).isEqualTo(String.join(",", keys(rows.get(0))));
        assertThat(csvLines).hasSize(rows.size() + 1);
        // speaker_id and external_id of the registry, as in the JSON Lines rows
        int speakerId = keys(rows.get(0)).indexOf("speaker_id");
        int external = keys(rows.get(0)).indexOf("external_id");
        assertThat(cells(csvLines.get(1))).hasSize(keys(rows.get(0)).size());
        assertThat(cells(csvLines.get(1)).get(speakerId)).isEqualTo(rows.get(0).path("speaker_id").textValue());
        assertThat(cells(csvLines.get(1)).get(external)).isEqualTo("Q123");
        assertThat(cells(csvLines.get(1)).get(keys(rows.get(0)).indexOf("text"))).isEqualTo(rows.get(0).path("text").textValue());
        assertThat(cells(csvLines.get(2)).get(speakerId)).isEmpty();
    }

    @Test
    void w3cCorpusIsOneCollectionOfEveryArticlesAnnotationsWithTheirTexts() throws Exception {
        writeWorkspace();
        Path corpus = folder.resolve("corpus.jsonld");

        int exit = cli.run("export", "--reviewed", "--corpus", corpus.toString(), folder.resolve("ws").toString());

        assertThat(exit).as(cli.err()).isZero();
        JsonNode root = PLAIN.readTree(corpus.toFile());
        assertThat(root.path("type").textValue()).isEqualTo("AnnotationCollection");
        assertThat(root.path("total").intValue()).isEqualTo(2);
        assertThat(root.path("first").path("items")).hasSize(2);
        assertThat(root.path("qe:documents")).extracting(d -> d.path("qe:document").path("id").textValue())
                .containsExactly("monday", "tuesday");
        assertThat(root.path("first").path("items")).extracting(a -> a.path("target").path("source").textValue())
                .containsExactly(root.path("qe:documents").get(0).path("id").textValue(),
                        root.path("qe:documents").get(1).path("id").textValue());
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheChoices() throws Exception {
        writeWorkspace();

        int exit = cli.run("export", "--format", "xml", "--corpus", folder.resolve("c").toString(), folder.resolve("ws").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("unknown corpus format \"xml\": use jsonl, csv or w3c");
        assertThat(folder.resolve("c")).doesNotExist();
    }

    /** The cells of one CSV line without line breaks in cells: quoted cells may hold commas and doubled quotes. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
