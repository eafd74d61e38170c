package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.engine.Attribution;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Speaker;
import picocli.CommandLine;

/**
 * A batch never dies for one article: whatever goes wrong with one input is one line on standard
 * error, the rest is attributed, a summary closes the batch and the exit code says something
 * failed. Run through the command line the user runs.
 */
class AttributeBatchTest {

    private static final String STORY = "Harbour reopens\n\u201CWe are ready,\u201D said Ana Kiril.\n";

    @TempDir
    Path folder;

    private Path batch() throws Exception {
        Path in = Files.createDirectories(folder.resolve("in"));
        for (String name : List.of("a.txt", "bad.txt", "c.txt")) {
            Files.writeString(in.resolve(name), STORY, StandardCharsets.UTF_8);
        }
        return in;
    }

    private static Supplier<Throwable> failure(String kind) {
        return switch (kind) {
            case "out of memory" -> () -> new OutOfMemoryError("Java heap space");
            case "stack overflow" -> StackOverflowError::new;
            case "engine fault" -> () -> new IllegalStateException("span [7, 3) out of order");
            case "unreadable output" -> () -> new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** attribute with the real engine, except that attributing bad.txt throws. */
    private static CommandLine.IFactory failingOn(String fileId, Supplier<Throwable> failure, ArticleScheduler scheduler) {
        Function<List<Speaker>, Function<Article, Attribution>> engines = known -> {
            QuoteEngine engine = new QuoteEngine(known);
            return article -> {
                if (article.id().equals(fileId)) {
                    Throwable t = failure.get();
                    if (t instanceof Error e) {
                        throw e;
                    }
                    throw (RuntimeException) t;
                }
                return engine.attribute(article);
            };
        };
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == AttributeCommand.class ? cls.cast(new AttributeCommand(engines, scheduler))
                        : CommandLine.defaultFactory().create(cls);
            }
        };
    }

    private static ArticleScheduler plentyOfMemory() {
        return new ArticleScheduler(1, () -> 1L << 40, () -> 0L, () -> { });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            out of memory     | bad.txt: ran out of memory; run Java with more, e.g. java -Xmx
            stack overflow    | bad.txt: could not be attributed: the text nests too deeply for the engine
            engine fault      | bad.txt: could not be attributed: an internal error; please report it (--debug shows where)
            unreadable output | bad.txt: could not be attributed: No space left on device (--debug shows where)
            """)
    void aFailureOnOneArticleIsOneLineAndTheRestIsAttributed(String kind, String expectedLine) throws Exception {
        Path in = batch();
        Path out = folder.resolve("out");
        CapturedCommandLine cli = new CapturedCommandLine(failingOn("bad", failure(kind), plentyOfMemory()));

        int exit = cli.run("attribute", "--out", out.toString(), in.toString());

        assertThat(exit).as(cli.err()).isEqualTo(1);
        assertThat(out.resolve("a.json")).exists();
        assertThat(out.resolve("c.json")).exists();
        assertThat(out.resolve("bad.json")).doesNotExist();
        assertThat(cli.err().lines().filter(l -> l.contains("bad.txt")))
                .singleElement().asString().startsWith("attribute: " + in.resolve(expectedLine.split(":")[0]))
                .contains(expectedLine.substring(expectedLine.indexOf(':')));
        assertThat(cli.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error");
        assertThat(cli.err().lines().toList()).last().isEqualTo("attribute: 2 articles, 2 quotes; 1 failed");
    }

    @Test
    void debugAddsTheStackTraceOfTheFailure() throws Exception {
        Path in = batch();
        CapturedCommandLine cli = new CapturedCommandLine(failingOn("bad", failure("engine fault"), plentyOfMemory()));

        int exit = cli.run("--debug", "attribute", "--out", folder.resolve("out").toString(), in.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("bad.txt: could not be attributed: an internal error; please report it\n")
                .contains("IllegalStateException: span [7, 3) out of order").contains("\tat ");
    }

    @ParameterizedTest(name = "--debug {0}")
    @CsvSource(textBlock = """
            before the subcommand
            after the subcommand
            """)
    void debugIsAcceptedBeforeOrAfterTheSubcommand(String where) throws Exception {
        Path in = batch();
        CapturedCommandLine cli = new CapturedCommandLine(failingOn("bad", failure("stack overflow"), plentyOfMemory()));
        String out = folder.resolve("out").toString();

        int exit = where.startsWith("before") ? cli.run("--debug", "attribute", "--out", out, in.toString())
                : cli.run("attribute", "--debug", "--out", out, in.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("StackOverflowError").contains("\tat ");
    }

    @Test
    void anArticleTooLargeForTheHeapIsSkippedWithAdviceBeforeItIsRead() throws Exception {
        Path in = batch();
        Files.writeString(in.resolve("bad.txt"), STORY.repeat(100), StandardCharsets.UTF_8);
        // Room for the small articles, not for one a hundred times their size.
        long room = ArticleScheduler.estimate(STORY.length() * 10L);
        int[] collections = {0};
        ArticleScheduler tight = new ArticleScheduler(1, () -> room, () -> 0L, () -> collections[0]++);
        CapturedCommandLine cli = new CapturedCommandLine(failingOn("none", failure("engine fault"), tight));
        Path out = folder.resolve("out");

        int exit = cli.run("attribute", "--out", out.toString(), in.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.resolve("a.json")).exists();
        assertThat(out.resolve("c.json")).exists();
        assertThat(cli.err()).contains(in.resolve("bad.txt") + ": skipped, too large for the memory Java was given: it needs about ")
                .contains("run Java with more, e.g. java -Xmx512m -jar quote-explorer.jar attribute");
        assertThat(collections[0]).as("a collection is tried before turning the article away").isEqualTo(1);
        assertThat(cli.err().lines().toList()).last().isEqualTo("attribute: 2 articles, 2 quotes; 1 failed");
    }

    @Test
    void aFolderScanCountsHiddenAndOtherFilesItSkipsAndNamesThemWhenVerbose() throws Exception {
        Path in = batch();
        Files.delete(in.resolve("bad.txt"));
        Files.writeString(in.resolve(".draft.txt"), STORY);
        Path hiddenFolder = Files.createDirectories(in.resolve(".git"));
        Files.writeString(hiddenFolder.resolve("story.txt"), STORY);
        Files.writeString(in.resolve("photo.png"), "not text");
        Files.createSymbolicLink(in.resolve("elsewhere"), folder);
        Path out = folder.resolve("out");
        CapturedCommandLine cli = new CapturedCommandLine();

        int exit = cli.run("attribute", "--out", out.toString(), in.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err().strip()).isEqualTo("attribute: 2 articles, 2 quotes; 4 skipped: 1 hidden file, "
                + "1 hidden folder, 1 not an article, 1 link to a folder");
        assertThat(out.resolve("draft.json")).doesNotExist();

        CapturedCommandLine verbose = new CapturedCommandLine();
        verbose.run("attribute", "--verbose", "--out", out.toString(), in.toString());
        assertThat(verbose.err()).contains(
                "attribute: skipped " + in.resolve(".draft.txt") + ": hidden file",
                "attribute: skipped " + hiddenFolder + ": hidden folder",
                "attribute: skipped " + in.resolve("photo.png") + ": not an article",
                "attribute: skipped " + in.resolve("elsewhere") + ": link to a folder");
    }

    @Test
    void aBrokenSymbolicLinkIsAFailureNamingWhereItPointsWhileTheRestIsAttributed() throws Exception {
        Path in = batch();
        Files.createSymbolicLink(in.resolve("gone.txt"), folder.resolve("moved-away.txt"));
        CapturedCommandLine cli = new CapturedCommandLine();

        int exit = cli.run("attribute", "--out", folder.resolve("out").toString(), in.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("attribute: " + in.resolve("gone.txt") + ": broken symbolic link: "
                + folder.resolve("moved-away.txt") + " does not exist");
        assertThat(cli.err().lines().toList()).last().isEqualTo("attribute: 3 articles, 3 quotes; 1 failed");
    }

    @ParameterizedTest(name = "unreadable {0}")
    @CsvSource(textBlock = """
            file
            subfolder
            """)
    void anUnreadableFileOrSubfolderIsOneFailureAndTheRestIsAttributed(String what) throws Exception {
        Path in = batch();
        Path locked = what.equals("file") ? in.resolve("bad.txt") : Files.createDirectories(in.resolve("locked"));
        if (what.equals("subfolder")) {
            Files.writeString(locked.resolve("inside.txt"), STORY);
        }
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root?)");
            CapturedCommandLine cli = new CapturedCommandLine();
            Path out = folder.resolve("out");

            int exit = cli.run("attribute", "--out", out.toString(), in.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(cli.err()).contains("attribute: " + locked + ": permission denied");
            assertThat(out.resolve("a.json")).exists();
            assertThat(out.resolve("c.json")).exists();
            assertThat(cli.err()).doesNotContain("\tat ");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aBatchWithoutProblemsEndsWithItsSummaryAndExitsZero() throws Exception {
        Path in = batch();
        CapturedCommandLine cli = new CapturedCommandLine();

        int exit = cli.run("attribute", "--out", folder.resolve("out").toString(), in.toString());

        assertThat(exit).isZero();
        assertThat(cli.err().strip()).isEqualTo("attribute: 3 articles, 3 quotes");
    }

    @Test
    void aReadingWarningInAFolderBatchNamesThePathSinceTwoFoldersMayHoldTheSameName() throws Exception {
        Path in = Files.createDirectories(folder.resolve("in"));
        Files.createDirectories(in.resolve("a"));
        Files.createDirectories(in.resolve("b"));
        // a Windows-1252 right quotation mark: not UTF-8
        Files.write(in.resolve("a/story.txt"), new byte[] {'"', 'Y', 'e', 's', ',', '"', ' ', 's', 'h', 'e', ' ',
                's', 'a', 'i', 'd', ' ', 'n', 'o', 'w', (byte) 0x92, 's', '.'});
        Files.writeString(in.resolve("b/other.md"), "\"No,\" he said.");
        CapturedCommandLine cli = new CapturedCommandLine();

        cli.run("attribute", "--out", folder.resolve("out").toString(), in.toString());

        assertThat(cli.err().lines().filter(l -> l.startsWith("attribute: warning: ")))
                .singleElement().asString()
                .startsWith("attribute: warning: " + in.resolve("a/story.txt") + " is ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            engine fault   | attribute: failed: an internal error; please report it (--debug shows where)
            out of memory  | attribute: failed: ran out of memory; run Java with more, e.g. java -Xmx
            stack overflow | attribute: failed: the input nests too deeply (stack overflow)
            """)
    void anUnexpectedFailureOutsideTheBatchLoopIsOneLineNotAStackTrace(String kind, String expected) throws Exception {
        Path in = batch();
        Supplier<Throwable> failure = failure(kind);
        Function<List<Speaker>, Function<Article, Attribution>> broken = known -> {
            Throwable t = failure.get();
            if (t instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) t;
        };
        CapturedCommandLine cli = new CapturedCommandLine(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == AttributeCommand.class ? cls.cast(new AttributeCommand(broken, plentyOfMemory()))
                        : CommandLine.defaultFactory().create(cls);
            }
        });

        int exit = cli.run("attribute", "--out", folder.resolve("out").toString(), in.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err().lines().toList()).singleElement().asString().startsWith(expected);
    }

    @Test
    void anotherCommandsUnforeseenFailureIsOneLineTooAndDebugAddsTheTrace() throws Exception {
        Path shared = Files.createDirectories(folder.resolve("shared/corpus/polnear"));
        Files.writeString(shared.resolve("train.json"), "[{\"id\": ");
        CapturedCommandLine cli = new CapturedCommandLine();

        int exit = cli.run("bench", "--mb", "1", "--shared", folder.resolve("shared").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err().lines().toList()).singleElement().asString()
                .startsWith("bench: failed: ").endsWith("(--debug shows where)");

        CapturedCommandLine debug = new CapturedCommandLine();
        debug.run("bench", "--debug", "--mb", "1", "--shared", folder.resolve("shared").toString());
        assertThat(debug.err()).contains("\tat ");
    }
}
