package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval command, in-process; and its figures against score_quotes.py when Python is at hand. */
class EvalCommandTest {

    /** An invented gold document: one quote the engine attributes, one it cannot find, one scare quote. */
    private static final String GOLD = """
            [{"id": "port", "title": "Port news",
              "text": "Port news\\n\\u201cWe are ready,\\u201d said Ana Kiril.\\nShe called it a \\u201creset.\\u201d\\nThe crews waited for days.",
              "quotes": [
                {"start": 11, "end": 24, "kind": "direct", "speaker": "Ana Kiril", "speaker_mentions": [[31, 40]], "speaker_is_pronoun": false},
                {"start": 67, "end": 83, "kind": "direct", "speaker": "Ana Kiril", "speaker_mentions": [[31, 40]], "speaker_is_pronoun": false}],
              "other_quoted_spans": [{"start": 59, "end": 65, "text": "reset."}]}]
            """;

    @TempDir
    Path folder;

    private final CapturedCommandLine cli = new CapturedCommandLine();

    private Path gold() throws Exception {
        Path gold = folder.resolve("gold.json");
        Files.writeString(gold, GOLD, StandardCharsets.UTF_8);
        return gold;
    }

    @Test
    void printsTheScriptsLinesThenTheErrors() throws Exception {
        int exit = cli.run("eval", "--gold", gold().toString(), "--errors", "5");

        assertThat(exit).as(cli.err()).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines.subList(0, 6)).containsExactly(
                "documents 1 (no prediction for 0)",
                "gold quotes 2, predicted 1, matched 1",
                "extraction precision 1.000 recall 0.500 F1 0.667",
                "speaker accuracy, named gold speakers: 1.000 (1/1)",
                "speaker accuracy, pronoun gold speakers: 0.000 (0/0)",
                "attribution F1 0.667 (extraction F1 0.667, speaker accuracy 1.000)");
        assertThat(cli.out()).contains("missed quote [port] The crews waited", "gold speaker: Ana Kiril");
    }

    @Test
    void radarOptionCountsTheMissedAttributionItFindsInTheTopFifth() throws Exception {
        int exit = cli.run("eval", "--gold", gold().toString(), "--radar");

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("radar: 1 found quotes with a gold speaker, 0 attributed wrongly",
                "share of wrong attributions in the top 20% by risk 0.000");
    }

    @Test
    void fitRadarWritesTheModelWithAHeaderNamingTheCorpusAndTheCrossValidation() throws Exception {
        Path weights = folder.resolve("radar-model.txt");

        int exit = cli.run("eval", "--gold", gold().toString(), "--fit-radar=" + weights, "--folds", "2");

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("radar model: 2-fold cross-validation by document on 1 quotes", "written to");
        String text = Files.readString(weights, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# Misattribution radar").contains("Fitted on gold.json").contains("2-fold")
                .containsPattern("(?m)^base -?[0-9.]+$").containsPattern("(?m)^tree$");
    }

    @Test
    void scoresOnlyTheKindsAskedFor() throws Exception {
        int exit = cli.run("eval", "--gold", gold().toString(), "--kinds", "partial");

        assertThat(exit).isZero();
        assertThat(cli.out()).contains("gold quotes 0, predicted 0, matched 0");
    }

    @Test
    void rejectsAnUnknownKindAndAMissingGoldFileWithAClearMessage() throws Exception {
        assertThat(cli.run("eval", "--gold", gold().toString(), "--kinds", "quoted")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown kind");
        assertThat(cli.run("eval", "--gold", folder.resolve("absent.json").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("cannot read gold corpus");
    }

    @Test
    void savesAnnotatedJsonPerDocument() throws Exception {
        Path saved = folder.resolve("saved");
        assertThat(cli.run("eval", "--gold", gold().toString(), "--save", saved.toString())).isZero();
        assertThat(Files.readString(saved.resolve("port.json"))).contains("\"quote-explorer/1.1\"", "Ana Kiril");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ../escaped  | is not a plain file name
            sub/port    | is not a plain file name
            .hidden     | is not a plain file name
            """)
    void refusesToSaveAnIdThatIsNoPlainFileNameAndWritesNothing(String id, String message) throws Exception {
        Path gold = Files.writeString(folder.resolve("ids.json"), GOLD.replace("\"id\": \"port\"", "\"id\": \"" + id + "\""),
                StandardCharsets.UTF_8);
        Path saved = folder.resolve("deep").resolve("saved");

        assertThat(cli.run("eval", "--gold", gold.toString(), "--save", saved.toString())).isEqualTo(1);

        assertThat(cli.err()).contains(message, id);
        assertThat(saved).doesNotExist();
        assertThat(folder.resolve("deep").resolve("escaped.json")).doesNotExist();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            an end beyond the text       | "end": 24,           | "end": 999,    | quote 1: the span 11-999 is outside the text
            a start after the end        | "start": 11,         | "start": 30,   | quote 1: the span 30-24 is outside the text
            an offset written as text    | "start": 11,         | "start": "11", | quote 1: "start" must be a whole number
            a mention beyond the text    | [[31, 40]], "speaker_is_pronoun": false}, | [[31, 400]], "speaker_is_pronoun": false}, | speaker mention: the span 31-400
            no quotes at all             | "quotes": [          | "quotez": [    | "quotes" must be an array
            """)
    void aGoldCorpusWithBadOffsetsIsRefusedNamingTheDocumentAndTheQuote(String what, String from, String to, String message)
            throws Exception {
        String broken = GOLD.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        assertThat(broken).isNotEqualTo(GOLD);
        Path gold = Files.writeString(folder.resolve("broken.json"), broken, StandardCharsets.UTF_8);

        assertThat(cli.run("eval", "--gold", gold.toString())).isEqualTo(1);

        assertThat(cli.err()).contains("gold document 1 (\"port\")", message).doesNotContain("internal error");
    }

    @Test
    void aGoldCorpusWithTwoDocumentsOfOneIdIsRefused() throws Exception {
        String one = GOLD.strip();
        String two = one.substring(0, one.length() - 1) + ", " + one.substring(1);
        Path gold = Files.writeString(folder.resolve("twice.json"), two, StandardCharsets.UTF_8);

        assertThat(cli.run("eval", "--gold", gold.toString())).isEqualTo(1);

        assertThat(cli.err()).contains("gold document 2 (\"port\")", "another gold document has the same id");
    }

    /**
     * A story hard-wrapped at 48 columns with blank lines between paragraphs: the reader reflows
     * it to one paragraph per line, so the engine sees other offsets than the gold's.
     */
    private static final String WRAPPED_GOLD = """
            [{"id": "port", "title": "Port news",
              "text": "Port news\\n\\n\\u201cWe are ready for the ships to come back to the\\nold quay at last,\\u201d said Ana Kiril, the harbour\\nmaster, on Monday after the storm had passed.\\n\\nShe called it a \\u201creset.\\u201d The crews waited for\\ndays before the first ferry could dock again,\\nand the town council met twice to discuss the\\nrepairs.",
              "quotes": [
                {"start": 12, "end": 76, "kind": "direct", "speaker": "Ana Kiril", "speaker_mentions": [[83, 92]], "speaker_is_pronoun": false}],
              "other_quoted_spans": [{"start": 170, "end": 176, "text": "reset."}]}]
            """;

    @Test
    void readsEachGoldTextAsTheAppDoesAndScoresItAtTheGoldOffsets() throws Exception {
        Path gold = Files.writeString(folder.resolve("wrapped.json"), WRAPPED_GOLD, StandardCharsets.UTF_8);
        Path saved = folder.resolve("saved");

        int exit = cli.run("eval", "--gold", gold.toString(), "--save", saved.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("gold quotes 1, predicted 1, matched 1",
                "speaker accuracy, named gold speakers: 1.000 (1/1)");
        // Saved as read: one paragraph per line, which the script aligns to the gold text as eval does.
        assertThat(Files.readString(saved.resolve("port.json")))
                .contains("Port news\\n\u201cWe are ready for the ships to come back to the old quay at last,\u201d said Ana Kiril, "
                        + "the harbour master, on Monday after the storm had passed.\\nShe called it");
    }

    /** The Java scorer and score_quotes.py agree to the third decimal on the same saved output. */
    @Test
    void agreesWithScoreQuotesPyOnPolnearDev() throws Exception {
        String shared = System.getProperty("qe.shared");
        assumeTrue(shared != null, "qe.shared not set");
        Path script = Path.of(shared, "tools", "score_quotes.py");
        Path dev = Path.of(shared, "corpus", "polnear", "dev.json");
        Path goldFile = Files.isRegularFile(dev) ? dev : Path.of(shared, "corpus", "seed", "kremlin-iran.gold.json");
        assumeTrue(Files.isRegularFile(script) && Files.isRegularFile(goldFile), "no scorer or gold in " + shared);
        assumeTrue(pythonAvailable(), "python3 not available");
        Path saved = folder.resolve("pred");

        assertThat(cli.run("eval", "--gold", goldFile.toString(), "--save", saved.toString())).as(cli.err()).isZero();
        Process python = new ProcessBuilder("python3", script.toString(), "--gold", goldFile.toString(),
                "--pred", saved.toString()).redirectErrorStream(true).start();
        String pythonOut = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(pythonOut).isZero();

        List<String> expected = pythonOut.lines().toList();
        assertThat(expected).hasSize(6);
        assertThat(cli.out().lines().toList().subList(0, 6)).containsExactlyElementsOf(expected);
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

}
