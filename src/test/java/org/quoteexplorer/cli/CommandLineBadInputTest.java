package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.Diagnostic;
import org.quoteexplorer.model.Span;
import picocli.CommandLine;

/** What the command line tells an analyst about inputs it cannot use (found in acceptance testing). */
class CommandLineBadInputTest {

    @TempDir
    Path folder;

    private final CapturedCommandLine cli = new CapturedCommandLine();

    @Test
    void folderWithoutArticlesIsReportedAsAFailureInsteadOfSilentSuccess() throws Exception {
        Path notes = Files.createDirectories(folder.resolve("notes"));
        Files.writeString(notes.resolve("picture.png"), "not text");

        int exit = cli.run("attribute", "--out", folder.resolve("out").toString(), notes.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("notes: no articles in this folder (looked for .txt, .text, .md");
    }

    @Test
    void aFileWhoseNameStartsWithADashIsToldHowToNameIt() throws Exception {
        // Relative to the working folder, as a user would type it; removed again whatever happens.
        Path dashed = Path.of("-qe-test-" + System.nanoTime() + ".txt");
        Files.writeString(dashed, "Title\n\u201CYes,\u201D she said.", StandardCharsets.UTF_8);
        try {
            int exit = cli.run("attribute", "--out", folder.toString(), dashed.toString());

            assertThat(exit).isEqualTo(2);
            assertThat(cli.err().lines().toList()).containsExactly("Unknown option: '" + dashed + "'",
                    dashed + " is a file: to name a file whose name starts with \"-\", write ./" + dashed
                            + " or put -- before it");

            CapturedCommandLine named = new CapturedCommandLine();
            assertThat(named.run("attribute", "--out", folder.toString(), "--", dashed.toString())).as(named.err()).isZero();
        } finally {
            Files.deleteIfExists(dashed);
        }
    }

    @Test
    void anUnknownOptionThatIsNoFileGetsPicoclisOwnAnswer() {
        int exit = cli.run("attribute", "--out", folder.toString(), "-nothere.txt");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).startsWith("Unknown option: '-nothere.txt'").doesNotContain("is a file");
    }

    /** MISSING stands for a path that does not exist, OUT for a path to write to. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            attribute --out OUT MISSING                | attribute: MISSING: no such file or folder
            attribute --jsonl MISSING --output OUT     | attribute: MISSING: no such file
            convert --to w3c MISSING OUT               | convert: MISSING: no such file
            compare MISSING MISSING                    | compare: MISSING: no such file or folder
            export --corpus OUT MISSING                | export: MISSING: no such file or folder
            registry MISSING                           | registry: MISSING: no such folder
            eval --gold MISSING                        | eval: cannot read gold corpus MISSING
            """)
    void anInputThatIsNotThereIsExitCodeOneForEveryCommand(String args, String message) {
        String missing = folder.resolve("not-there.json").toString();
        String out = folder.resolve("out.json").toString();

        int exit = cli.run(args.replace("MISSING", missing).replace("OUT", out).split(" "));

        assertThat(exit).as(cli.err()).isEqualTo(1);
        assertThat(cli.err()).startsWith(message.replace("MISSING", missing));
    }

    @Test
    void outputFolderThatIsAFileIsAUsageErrorNamingTheProblem() throws Exception {
        Path article = folder.resolve("story.txt");
        Files.writeString(article, "Title\n\u201CYes,\u201D she said.", StandardCharsets.UTF_8);
        Path file = Files.writeString(folder.resolve("taken"), "x");

        int exit = cli.run("attribute", "--out", file.toString(), article.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("--out " + file + " is a file, not a folder");
    }

    @Test
    void fileSystemErrorsWithoutAReasonGetOneInsteadOfTheBarePath() {
        Path secret = Path.of("/srv/secret.txt");

        String message = AttributeCommand.about(secret, new AccessDeniedException(secret.toString()));

        assertThat(message).isEqualTo("/srv/secret.txt: permission denied");
    }

    @Test
    void unclosedQuotationMarkIsLocatedByLineColumnAndExcerpt() throws Exception {
        String text = "Pier vote delayed\nThe board met. \uD83D\uDE00 \u201CWe need more time to study the tides and the currents, said the chair.";
        int mark = text.indexOf('\u201C');

        String described = org.quoteexplorer.review.EngineNoteText.describe(Diagnostic.warning("unclosed quotation mark \u201C", new Span(mark, mark + 1)), text);

        // Column counts code points: the emoji before the mark is one character, not two.
        assertThat(described).isEqualTo("warning: unclosed quotation mark \u201C at line 2, column 18: "
                + "\u201CWe need more time to study the tides an\u2026");
    }

    @Test
    void unclosedQuotationMarkInAnArticleIsReportedWhileTheRestIsStillAttributed() throws Exception {
        Path article = folder.resolve("pier.txt");
        Files.writeString(article, "Pier vote delayed\n\u201CWe need more time, said the chair.\n"
                + "Critics were unimpressed.\n\u201CThis is a stalling tactic,\u201D said councillor Tomas Brandt.", StandardCharsets.UTF_8);

        int exit = cli.run("attribute", article.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).contains("pier.txt: warning: unclosed quotation mark \u201C").contains("at line 2, column 1");
        assertThat(cli.out()).contains("\u201CThis is a stalling tactic,\u201D").contains("Tomas Brandt");
    }

    @Test
    void convertOntoAFolderSaysSoOnce() throws Exception {
        Path article = folder.resolve("story.txt");
        Files.writeString(article, "Title\n\u201CYes,\u201D she said.", StandardCharsets.UTF_8);
        new CapturedCommandLine().run("attribute", "--out", folder.toString(), article.toString());
        Path exports = Files.createDirectories(folder.resolve("exports"));

        int exit = cli.run("convert", "--to", "w3c", folder.resolve("story.json").toString(), exports.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("convert: " + exports + " is a folder; give a file name to save to");
    }

    @Test
    void convertToAnEmptyNameAsksForAFileName() throws Exception {
        Path article = folder.resolve("story.txt");
        Files.writeString(article, "Title\n\u201CYes,\u201D she said.", StandardCharsets.UTF_8);
        new CapturedCommandLine().run("attribute", "--out", folder.toString(), article.toString());

        int exit = cli.run("convert", "--to", "w3c", folder.resolve("story.json").toString(), " ");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("convert: the output name is empty; give a file name, or - for standard output");
    }

    @Test
    void mistypedSubcommandGoesToTheCommandLineWithASuggestionNotToTheApp() throws Exception {
        Path article = Files.writeString(folder.resolve("story.txt"), "Title\nText.");

        assertThat(QuoteExplorerCommand.wantsCommandLine(new String[] {"atribute", "x.txt"})).isTrue();
        assertThat(QuoteExplorerCommand.wantsCommandLine(new String[] {article.toString()})).isFalse();
        assertThat(QuoteExplorerCommand.wantsCommandLine(new String[] {})).isFalse();

        int exit = cli.run("atribute", "x.txt");

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("Unmatched argument").contains("attribute");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            jsonl, export.jsonl, JSON Lines
            csv,   export.csv,   CSV
            jsonl, renamed.json, JSON Lines
            csv,   renamed.json, CSV
            """)
    void convertExplainsThatLinePerQuoteExportsCannotBeReadBack(String format, String name, String kind) throws Exception {
        Path article = Files.writeString(folder.resolve("story.txt"), "Title\n\u201CYes,\u201D she said.", StandardCharsets.UTF_8);
        cli.run("attribute", "--format", format, article.toString());
        Path export = Files.writeString(folder.resolve(name), cli.out(), StandardCharsets.UTF_8);

        int exit = cli.run("convert", "--to", "native", export.toString(), folder.resolve("back.json").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains(export + " is a " + kind + " export: one quote per line, without the article text");
    }

    @Test
    void anExportGivenToAttributeIsRefusedAsNotAnArticle() throws Exception {
        Path export = Files.writeString(folder.resolve("story.csv"), "document,quote_id\n");

        int exit = cli.run("attribute", export.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("story.csv: is a CSV export, not an article");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            attribute
            convert
            """)
    void aFailedWriteToStandardOutputIsAnErrorNotASuccess(String command) throws Exception {
        Path article = Files.writeString(folder.resolve("story.txt"), "Title\n\u201CYes,\u201D she said.", StandardCharsets.UTF_8);
        cli.run("attribute", "--out", folder.toString(), article.toString());
        java.io.ByteArrayOutputStream errBytes = new java.io.ByteArrayOutputStream();
        java.io.OutputStream fullDisk = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        CommandLine commandLine = QuoteExplorerCommand.commandLine(fullDisk, errBytes);

        int exit = command.equals("attribute")
                ? commandLine.execute("attribute", article.toString())
                : commandLine.execute("convert", "--to", "csv", folder.resolve("story.json").toString(), "-");

        assertThat(exit).isEqualTo(1);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains(command + ": cannot write to standard output");
    }
}
