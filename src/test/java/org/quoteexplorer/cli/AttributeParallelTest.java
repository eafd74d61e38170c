package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.engine.Attribution;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Speaker;
import picocli.CommandLine;

/**
 * A batch on several threads gives what it gives on one: the same files, byte for byte, the same
 * lines on standard error in the same order, and id collisions settled by input order.
 */
class AttributeParallelTest {

    private static final String[] NAMES = {"Ana Kiril", "Tomas Berg", "Lena Ostrova", "Ravi Menon", "Ola Dahl"};
    private static final String[] VERBS = {"said", "told reporters", "added", "warned", "explained"};

    @TempDir
    Path folder;

    /** A news-like article of {@code paragraphs} paragraphs with quotes, and now and then an unclosed mark. */
    private static String article(Random random, int paragraphs) {
        StringBuilder text = new StringBuilder("Council weighs harbour plan\n");
        for (int p = 0; p < paragraphs; p++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            switch (random.nextInt(4)) {
                case 0 -> text.append("\u201CWe will decide by spring,\u201D ").append(name).append(' ')
                        .append(VERBS[random.nextInt(VERBS.length)]).append(".\n");
                case 1 -> text.append(name).append(" said the plan was \u201Cnot finished yet.\u201D\n");
                case 2 -> text.append("The vote was delayed again on day ").append(random.nextInt(300)).append(".\n");
                default -> text.append("\u201CThe ferry must run, ").append(name).append(" said, and the town listens.\n");
            }
        }
        return text.toString();
    }

    private Path generatedBatch(int articles) throws Exception {
        Random random = new Random(12);
        Path in = folder.resolve("in");
        for (int part = 0; part < 3; part++) {
            Files.createDirectories(in.resolve("part" + part));
        }
        for (int i = 0; i < articles; i++) {
            Path sub = in.resolve("part" + (i % 3));
            String text = article(random, 1 + random.nextInt(i % 7 == 0 ? 400 : 30));
            if (i % 5 == 4) {
                Files.writeString(sub.resolve("story" + i + ".html"), "<html><body><h1>Harbour</h1><p>"
                        + text.replace("\n", "</p><p>") + "</p></body></html>", StandardCharsets.UTF_8);
            } else {
                Files.writeString(sub.resolve("story" + i + ".txt"), text, StandardCharsets.UTF_8);
            }
        }
        // The same id three times, in three folders: only the first in input order may own it.
        for (String name : List.of("part0/same.txt", "part1/same.html", "part2/same.md")) {
            Files.writeString(in.resolve(name), article(random, 5), StandardCharsets.UTF_8);
        }
        return in;
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void fourThreadsWriteTheSameFilesAndLinesAsOne() throws Exception {
        Path in = generatedBatch(60);
        Path one = folder.resolve("one");
        Path four = folder.resolve("four");
        CapturedCommandLine cliOne = new CapturedCommandLine();
        CapturedCommandLine cliFour = new CapturedCommandLine();

        int exitOne = cliOne.run("attribute", "--threads", "1", "--out", one.toString(), in.toString());
        int exitFour = cliFour.run("attribute", "--threads", "4", "--out", four.toString(), in.toString());

        assertThat(exitFour).isEqualTo(exitOne).isEqualTo(1); // the two later "same" articles are failures
        assertThat(listing(four)).isEqualTo(listing(one)).hasSize(61);
        for (String name : listing(one)) {
            assertThat(Files.readAllBytes(four.resolve(name))).as(name).isEqualTo(Files.readAllBytes(one.resolve(name)));
        }
        assertThat(cliFour.err()).isEqualTo(cliOne.err());
        assertThat(cliOne.err()).contains(": warning: unclosed quotation mark").endsWith("; 2 failed\n");
    }

    @Test
    void anIdUsedTwiceBelongsToTheFirstInputEvenWhenItFinishesLast() throws Exception {
        Path in = Files.createDirectories(folder.resolve("in"));
        Random random = new Random(3);
        // a/story.txt is large and slow, b/story.html small and quick: with four threads b finishes first.
        Path first = Files.createDirectories(in.resolve("a")).resolve("story.txt");
        Files.writeString(first, "Slow one\n" + article(random, 3000));
        Path second = Files.createDirectories(in.resolve("b")).resolve("story.html");
        Files.writeString(second, "<html><body><h1>Quick one</h1><p>\u201CHi,\u201D said Ola Dahl.</p></body></html>");
        Path out = folder.resolve("out");
        CapturedCommandLine cli = new CapturedCommandLine();

        int exit = cli.run("attribute", "--threads", "4", "--out", out.toString(), in.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(Files.readString(out.resolve("story.json"))).contains("Slow one").doesNotContain("Quick one");
        assertThat(cli.err()).contains("attribute: " + second + ": skipped, its id \"story\" is already used by " + first);
    }

    @Test
    void theSameFileNamedTwiceIsAttributedOnceAndNothingFails() throws Exception {
        Path in = Files.createDirectories(folder.resolve("in"));
        Path story = Files.writeString(in.resolve("story.txt"), "Port news\n\u201CHi,\u201D said Ola Dahl.\n");
        Path out = folder.resolve("out");
        CapturedCommandLine cli = new CapturedCommandLine();

        int exit = cli.run("attribute", "--out", out.toString(), story.toString(),
                in.resolve(".").resolve("story.txt").toString(), in.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).doesNotContain("skipped").contains("1 article");
        assertThat(out.resolve("story.json")).exists();
    }

    @Test
    void anArticleTooLargeToShareTheHeapRunsWhileNoOtherDoes() throws Exception {
        Path in = generatedBatch(30);
        Path big = in.resolve("part1/big.txt");
        Files.writeString(big, article(new Random(5), 2000));
        long bigBytes = Files.size(big);
        // Room for the big article alone, but not beside anything: a quarter of the heap per worker is less.
        ArticleScheduler heap = new ArticleScheduler(1, () -> ArticleScheduler.estimate(bigBytes) * 2, () -> 0L, () -> { });
        AtomicInteger running = new AtomicInteger();
        List<Integer> besideBig = new ArrayList<>();
        Function<List<Speaker>, Function<Article, Attribution>> engines = known -> {
            QuoteEngine engine = new QuoteEngine(known);
            return article -> {
                int now = running.incrementAndGet();
                try {
                    if (article.id().equals("big")) {
                        synchronized (besideBig) {
                            besideBig.add(now - 1);
                        }
                    }
                    Attribution result = engine.attribute(article);
                    if (article.id().equals("big")) {
                        synchronized (besideBig) {
                            besideBig.add(running.get() - 1);
                        }
                    }
                    return result;
                } finally {
                    running.decrementAndGet();
                }
            };
        };
        CapturedCommandLine cli = new CapturedCommandLine(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == AttributeCommand.class ? cls.cast(new AttributeCommand(engines, heap))
                        : CommandLine.defaultFactory().create(cls);
            }
        });

        cli.run("attribute", "--threads", "4", "--out", folder.resolve("out").toString(), in.toString());

        assertThat(folder.resolve("out/big.json")).exists();
        assertThat(besideBig).as("articles running beside the big one, at its start and end").containsExactly(0, 0);
        assertThat(cli.err().lines().toList()).last().asString().matches("attribute: 32 articles, \\d+ quotes; 2 failed");
    }

    @Test
    void zeroThreadsIsAUsageError() throws Exception {
        Path in = generatedBatch(2);
        CapturedCommandLine cli = new CapturedCommandLine();

        int exit = cli.run("attribute", "--threads", "0", "--out", folder.resolve("out").toString(), in.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("attribute: --threads must be at least 1");
    }
}
