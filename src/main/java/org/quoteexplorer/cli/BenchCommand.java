package org.quoteexplorer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.eval.GoldCorpus;
import org.quoteexplorer.eval.GoldDocument;
import org.quoteexplorer.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the engine: how long it takes to be ready, and how many megabytes of article text it
 * attributes per second on one thread. A benchmark to run and read, not a test to pass.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Print engine start-up time and single-thread throughput (MB of article text per second).")
public final class BenchCommand implements Callable<Integer> {

    private static final String SAMPLE = "/assets/articles/kremlin-iran.txt";

    @Spec
    CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
            description = "the shared corpus folder; its PolNeAR texts are used when present (default: ${DEFAULT-VALUE})")
    Path shared;

    @Option(names = "--mb", paramLabel = "MB", defaultValue = "50",
            description = "megabytes of text to attribute per corpus (default: ${DEFAULT-VALUE})")
    int megabytes;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (megabytes <= 0) {
            spec.commandLine().getErr().println("bench: --mb must be positive");
            return 2;
        }
        String sample = sample();
        long t0 = System.nanoTime();
        QuoteEngine engine = new QuoteEngine();
        int quotes = engine.attribute(Article.of("sample", sample)).annotated().quotes().size();
        long startup = System.nanoTime() - t0;
        out.printf("engine start-up: %.1f ms (construction and first article, cold JVM; %d quotes)%n",
                startup / 1e6, quotes);
        run(out, engine, "sample article", List.of(sample));
        Path polnear = shared.resolve("corpus").resolve("polnear").resolve("train.json");
        if (Files.isRegularFile(polnear)) {
            List<String> texts = new ArrayList<>();
            for (GoldDocument d : GoldCorpus.read(polnear)) {
                texts.add(d.text());
            }
            run(out, engine, "PolNeAR train texts (" + texts.size() + " articles)", texts);
        } else {
            out.println("PolNeAR texts not found at " + polnear + " (give --shared DIR); skipped");
        }
        out.flush();
        return 0;
    }

    private void run(PrintWriter out, QuoteEngine engine, String label, List<String> texts) {
        long bytesPerRound = 0;
        for (String t : texts) {
            bytesPerRound += t.getBytes(StandardCharsets.UTF_8).length;
        }
        long target = megabytes * 1_000_000L;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmUp = warmUp(engine, texts, bytesPerRound, Math.min(target / 5, 10_000_000L), threads);
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long[] done = attributeUntil(engine, texts, bytesPerRound, target);
        double seconds = (System.nanoTime() - t0) / 1e9;
        // CPU time of this thread, so that other processes on a shared machine do not count.
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        out.printf("%s: %.1f MB, %.1f MB/s of CPU time (%.2f s), %.1f MB/s wall clock (%.2f s); "
                        + "%.0f articles/s, %.0f quotes/s of CPU time (one thread)%n",
                label, done[0] / 1e6, done[0] / 1e6 / cpu, cpu, done[0] / 1e6 / seconds, seconds,
                done[1] / cpu, done[2] / cpu);
        out.printf("  (measured after %.0f MB of warm-up)%n", warmUp / 1e6);
    }

    /**
     * Attributes chunks of {@code chunk} bytes until the JIT has done its work: the rate stops
     * improving (three chunks in a row no more than 3% above the best), or 40 chunks, or a minute
     * of CPU. A fixed short warm-up is not enough: the engine's hot paths need a few hundred MB
     * before they run as fully compiled code, and on a loaded machine the compiler threads wait
     * for a core, so an early measurement reports the interpreter and the profiling tiers, not
     * the engine. Returns the bytes attributed.
     */
    private static long warmUp(QuoteEngine engine, List<String> texts, long bytesPerRound, long chunk,
            ThreadMXBean threads) {
        long bytes = 0;
        double best = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        int stable = 0;
        for (int i = 0; i < 40 && stable < 3 && threads.getCurrentThreadCpuTime() - cpuStart < 60_000_000_000L; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long done = attributeUntil(engine, texts, bytesPerRound, chunk)[0];
            double rate = done / (double) Math.max(1, threads.getCurrentThreadCpuTime() - cpu0);
            stable = rate > best * 1.03 ? 0 : stable + 1;
            best = Math.max(best, rate);
            bytes += done;
        }
        return bytes;
    }

    /** Returns {bytes, articles, quotes} attributed, going round the texts until {@code target} bytes. */
    private static long[] attributeUntil(QuoteEngine engine, List<String> texts, long bytesPerRound, long target) {
        long bytes = 0;
        long articles = 0;
        long quotes = 0;
        while (bytes < target) {
            for (String t : texts) {
                quotes += engine.attribute(Article.of("bench", t)).annotated().quotes().size();
                articles++;
            }
            bytes += bytesPerRound;
        }
        return new long[] {bytes, articles, quotes};
    }

    private static String sample() throws IOException {
        try (InputStream in = BenchCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IOException("sample article " + SAMPLE + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
