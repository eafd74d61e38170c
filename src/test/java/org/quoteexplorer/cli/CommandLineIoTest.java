package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.SchemaAssertions;
import org.quoteexplorer.model.AnnotatedArticle;

/** The attribute and convert commands, run in-process as the jar runs them. */
class CommandLineIoTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String ARTICLE = "Talks resume\n\u201CWe are close \uD83E\uDD1D,\u201D the envoy said.\nNo comment.";

    @TempDir
    Path folder;

    private final CapturedCommandLine cli = new CapturedCommandLine();

    @BeforeEach
    void writeArticles() throws Exception {
        Files.createDirectories(folder.resolve("in"));
        Files.writeString(folder.resolve("in/talks.txt"), ARTICLE, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("in/page.html"),
                "<html><body><h1>Page</h1><p>\u201CYes,\u201D she said.</p></body></html>", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("in/old.quotes.json"), "not an article", StandardCharsets.UTF_8);
    }

    @Test
    void attributeOneFileWithoutOutPrintsSchemaValidJsonToStandardOutput() throws Exception {
        int exit = cli.run("attribute", folder.resolve("in/talks.txt").toString());

        assertThat(exit).as(cli.err()).isZero();
        SchemaAssertions.assertValid(cli.out());
        assertThat(SchemaAssertions.assertTextsAtCodePointOffsets(cli.out())).isPositive();
        JsonNode json = PLAIN.readTree(cli.out());
        assertThat(json.path("document").path("id").textValue()).isEqualTo("talks");
        assertThat(json.path("document").path("text").textValue()).isEqualTo(ARTICLE);
        assertThat(AnnotationJson.read(cli.out()).article().text()).isEqualTo(ARTICLE);
    }

    @Test
    void attributeFolderWritesOneSchemaValidFilePerArticleAndSkipsAnnotationFiles() throws Exception {
        Path target = folder.resolve("out/nested");

        int exit = cli.run("attribute", "--out", target.toString(), folder.resolve("in").toString());

        assertThat(exit).as(cli.err()).isZero();
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("talks.json", "page.json");
        }
        for (String name : new String[] {"talks.json", "page.json"}) {
            SchemaAssertions.assertValid(Files.readString(target.resolve(name)));
            SchemaAssertions.assertTextsAtCodePointOffsets(Files.readString(target.resolve(name)));
        }
        assertThat(AnnotationJson.load(target.resolve("page.json")).text()).isEqualTo("Page\n\u201CYes,\u201D she said.");
    }

    @ParameterizedTest(name = "--format {0}")
    @CsvSource(textBlock = """
            native, talks.json,   {
            w3c,    talks.jsonld, {
            jsonl,  talks.jsonl,  {"document":"talks"
            csv,    talks.csv,    \uFEFFdocument,quote_id,speaker,quote
            """)
    void attributeWritesTheRequestedFormat(String format, String fileName, String beginning) throws Exception {
        Path target = folder.resolve("out");

        int exit = cli.run("attribute", "--format", format, "--out", target.toString(), folder.resolve("in/talks.txt").toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(Files.readString(target.resolve(fileName))).startsWith(beginning);
    }

    @Test
    void w3cOutputOfAttributeOpensAsTheSameDocument() throws Exception {
        cli.run("attribute", "--out", folder.resolve("n").toString(), folder.resolve("in/talks.txt").toString());
        cli.run("attribute", "--format", "w3c", "--out", folder.resolve("w").toString(), folder.resolve("in/talks.txt").toString());

        AnnotatedArticle fromNative = AnnotationFiles.load(folder.resolve("n/talks.json"));
        AnnotatedArticle fromW3c = AnnotationFiles.load(folder.resolve("w/talks.jsonld"));

        assertThat(fromW3c).isEqualTo(fromNative);
    }

    @Test
    void badInputsAreReportedOnStandardErrorWhileTheGoodOnesAreStillWritten() throws Exception {
        Files.write(folder.resolve("in/empty.txt"), new byte[0]);
        Path target = folder.resolve("out");

        int exit = cli.run("attribute", "--out", target.toString(), folder.resolve("in").toString(), folder.resolve("missing.txt").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("missing.txt: no such file or folder").contains("empty.txt is empty");
        assertThat(target.resolve("talks.json")).exists();
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void bundledSampleAttributedOnTheCommandLineIsSchemaValidWithExactTexts() throws Exception {
        int exit = cli.run("attribute", "assets/articles/kremlin-iran.txt");

        assertThat(exit).as(cli.err()).isZero();
        SchemaAssertions.assertValid(cli.out());
        assertThat(SchemaAssertions.assertTextsAtCodePointOffsets(cli.out())).isPositive();
        assertThat(AnnotationJson.read(cli.out()).article().id()).isEqualTo("kremlin-iran");
    }

    @Test
    void annotationFileGivenAsAnArticleIsRefused() {
        int exit = cli.run("attribute", folder.resolve("in/old.quotes.json").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("old.quotes.json: is an annotation file, not an article");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void severalArticlesWithoutOutIsAUsageError() {
        int exit = cli.run("attribute", folder.resolve("in").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("2 articles found; give --out DIR");
    }

    @Test
    void unknownFormatIsAUsageError() {
        int exit = cli.run("attribute", "--format", "xml", folder.resolve("in/talks.txt").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("unknown format \"xml\"");
    }

    @Test
    void brokenSpeakerListIsReportedWithItsLine() throws Exception {
        Path speakers = folder.resolve("speakers.json");
        Files.writeString(speakers, "[\n  {\"name\": \"A\"},\n  {\"name\": 3}\n]");

        int exit = cli.run("attribute", "--speakers", speakers.toString(), folder.resolve("in/talks.txt").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("speakers.json: line 3, column 12 ([1].name): expected a string, found the number 3");
    }

    @Test
    void convertNativeToW3cAndBackGivesTheSameFile() throws Exception {
        cli.run("attribute", "--out", folder.toString(), folder.resolve("in/talks.txt").toString());
        Path nativeFile = folder.resolve("talks.json");

        assertThat(cli.run("convert", "--to", "w3c", nativeFile.toString(), folder.resolve("talks.jsonld").toString())).isZero();
        assertThat(cli.run("convert", "--to", "native", folder.resolve("talks.jsonld").toString(), folder.resolve("back.json").toString())).isZero();

        assertThat(Files.readString(folder.resolve("back.json"))).isEqualTo(Files.readString(nativeFile));
    }

    @Test
    void convertToCsvOnStandardOutput() throws Exception {
        cli.run("attribute", "--out", folder.toString(), folder.resolve("in/talks.txt").toString());

        int exit = cli.run("convert", "--to", "csv", folder.resolve("talks.json").toString(), "-");

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("\uFEFFdocument,quote_id,");
    }

    @Test
    void convertRefusesABrokenFileNamingItsLine() throws Exception {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"quote-explorer/1\",\n \"document\": []}");

        int exit = cli.run("convert", "--to", "csv", broken.toString(), folder.resolve("x.csv").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("broken.json: line 2, column 14 (document): expected an object, found an array");
        assertThat(folder.resolve("x.csv")).doesNotExist();
    }
}
