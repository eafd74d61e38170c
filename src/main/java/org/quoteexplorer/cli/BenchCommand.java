package org.quoteexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.quoteexplorer.engine.EnginePasses;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.review.Radar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the app: the engine's throughput against a bare scan for quotation marks, its slowest
 * shape of text, the heap of a large article, a batch, start-up, and (through the GUI probe, in
 * headless child JVMs) how fast the window is ready and follows the keyboard. A benchmark to run
 * and read, not a test to pass. MB in throughputs is 10^6 bytes of UTF-8 text; heap is in MiB,
 * like -Xmx.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the engine, a batch, start-up and the window; print the figures as a table, "
                + "or with --json as one JSON object.",
            "Throughputs are MB (10^6 bytes of UTF-8 text) per second; engine and scan rates are of CPU time on "
                + "one thread, batch rates of wall-clock time. Heap figures are MiB."})
public final class BenchCommand implements Callable<Integer> {

    /** Extra runs of a shape at full size, for its steady rate (see shapes). */
    private static final int SHAPE_REPEATS = 6;

    /** CPU seconds a shape may be expected to take before its size stops doubling. */
    private static final double SHAPE_BUDGET_SECONDS = 15;
    private static final long SHAPE_START_BYTES = 64_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
            description = "the shared corpus folder; its PolNeAR texts are used when present (default: ${DEFAULT-VALUE})")
    Path shared;

    @Option(names = "--mb", paramLabel = "MB", defaultValue = "50",
            description = "megabytes of text to attribute per throughput measurement (default: ${DEFAULT-VALUE})")
    double megabytes;

    @Option(names = "--shape-mb", paramLabel = "MB", defaultValue = "2",
            description = "size of each generated shape of text (default: ${DEFAULT-VALUE})")
    double shapeMegabytes;

    @Option(names = "--heap-article-mb", paramLabel = "MB", defaultValue = "16",
            description = "size of the article whose peak heap is measured at -Xmx512m (default: ${DEFAULT-VALUE})")
    double heapArticleMegabytes;

    @Option(names = "--batch-articles", paramLabel = "N", defaultValue = "8400",
            description = "articles in the timed batch, news texts taken in turn (default: ${DEFAULT-VALUE})")
    int batchArticles;

    @Option(names = "--json", description = "print one JSON object instead of the table")
    boolean json;

    @Option(names = "--no-gui", description = "skip the window figures (they start headless JavaFX)")
    boolean noGui;

    private PrintWriter log;
    private BenchChildren children;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (megabytes <= 0 || shapeMegabytes <= 0 || heapArticleMegabytes <= 0 || batchArticles <= 0) {
            err.println("bench: --mb, --shape-mb, --heap-article-mb and --batch-articles must be positive");
            return 2;
        }
        // With --json standard output carries the object alone; what happens meanwhile goes to standard error.
        log = json ? err : out;
        children = new BenchChildren(log, err, batchArticles);
        Map<String, Object> figures = new LinkedHashMap<>();

        String sample = BenchTexts.sample();
        long t0 = System.nanoTime();
        QuoteEngine engine = new QuoteEngine();
        int quotes = engine.attribute(Article.of("sample", sample)).annotated().quotes().size();
        long startup = System.nanoTime() - t0;
        log.printf("engine start-up: %.1f ms (construction and first article, this JVM; %d quotes)%n",
                startup / 1e6, quotes);
        run(engine, "sample article", List.of(sample));
        List<String> news = BenchTexts.polnear(shared);
        String newsLabel;
        // in the JSON too: a run from another folder, which finds no ../shared, must not pass for one on PolNeAR
        figures.put("texts", news != null ? "polnear" : "generated");
        if (news != null) {
            newsLabel = "PolNeAR train texts (" + news.size() + " articles)";
        } else {
            log.println("PolNeAR texts not found at " + BenchTexts.polnearFile(shared)
                    + " (give --shared DIR); generated news-like articles are used instead");
            news = BenchTexts.generatedNews(840, 1);
            newsLabel = "generated news (" + news.size() + " articles)";
        }
        double engineRate = run(engine, newsLabel, news);
        double scanRate = scan(news);
        figures.put("engine_mb_s", engineRate);
        figures.put("scan_mb_s", scanRate);
        figures.put("engine_scan_ratio", scanRate / engineRate);
        figures.put("engine_passes_mb_s", passes(news, engineRate, scanRate));
        Map<String, Object> shapes = shapes(engine, news);
        Map.Entry<String, Object> worst = shapes.entrySet().stream()
                .min(Comparator.comparingDouble(e -> (Double) e.getValue())).orElseThrow();
        figures.put("worst_case_mb_s", worst.getValue());
        figures.put("worst_case_shape", worst.getKey());
        figures.put("heap_mb_16mb", heap());
        figures.put("radar_mb_s", radar(engine, news));

        Path temp = Files.createTempDirectory("qe-bench");
        try {
            Map<String, Double> guiSample = Map.of();
            Map<String, Double> gui1 = Map.of();
            Map<String, Double> gui5 = Map.of();
            if (noGui) {
                log.println("window figures skipped (--no-gui)");
            } else if (BenchCommand.class.getResource("/" + BenchChildren.GUI_PROBE.replace('.', '/') + ".class") == null) {
                err.println("bench: window figures skipped: this build has no GUI probe (" + BenchChildren.GUI_PROBE + ")");
            } else {
                guiSample = children.gui("sample", Files.writeString(temp.resolve("sample.txt"), sample), false);
                gui1 = children.gui("1 MB article", write(temp.resolve("news-1mb.txt"), BenchTexts.newsArticle(news, 1_000_000)), false);
                gui5 = children.gui("5 MB article", write(temp.resolve("news-5mb.txt"), BenchTexts.newsArticle(news, 5_000_000)), true);
            }
            figures.put("gui_ready_ms", object("sample", guiSample.get("ready_ms"), "1mb", gui1.get("ready_ms"),
                    "5mb", gui5.get("ready_ms")));
            figures.put("gui_key_p95_ms", object("sample", guiSample.get("key_p95_ms"), "1mb", gui1.get("key_p95_ms")));
            figures.put("search_key_p95_ms_5mb", gui5.get("search_gap_max_ms"));
            figures.put("heap_mb_1mb_gui", gui1.get("heap_mb"));
            figures.put("batch_mb_s", children.batch(news, temp));
            figures.put("batch_floor_mb_s", children.batchFloor(news, temp));
            figures.put("batch_files_ms", children.batchFiles(temp));
            figures.put("jsonl_mb_s", children.jsonLines(news, temp));
            Map<String, Double> child = children.child(List.of(), BenchChild.class.getName(), List.of("startup"), "start-up");
            figures.put("engine_startup_ms", child.get("startup_ms"));
            figures.put("gui_startup_ms", guiSample.get("startup_ms"));
        } finally {
            deleteRecursively(temp);
        }
        figures.put("shapes_mb_s", shapes);
        figures.put("heap_article_mb", heapArticleMegabytes);
        figures.put("cores", (double) Runtime.getRuntime().availableProcessors());
        if (json) {
            out.println(toJson(figures));
        } else {
            out.println();
            table(out, "", figures);
        }
        out.flush();
        return 0;
    }

    /** Attributes the texts, warmed up, and prints the rate; returns MB per CPU second. */
    private double run(QuoteEngine engine, String label, List<String> texts) {
        Measured m = measure(t -> engine.attribute(Article.of("bench", t)).annotated().quotes().size(), texts);
        log.printf("%s: %.1f MB, %.1f MB/s of CPU time (%.2f s), %.1f MB/s wall clock (%.2f s); "
                        + "%.0f articles/s, %.0f quotes/s of CPU time (one thread)%n",
                label, m.bytes / 1e6, m.rate(), m.cpuSeconds, m.bytes / 1e6 / m.wallSeconds, m.wallSeconds,
                m.articles / m.cpuSeconds, m.counted / m.cpuSeconds);
        log.printf("  (measured after %.0f MB of warm-up)%n", m.warmUpBytes / 1e6);
        log.flush();
        return m.rate();
    }

    /** A measured run: bytes, articles and what the work counted (quotes, tokens …), its CPU and wall-clock seconds. */
    private record Measured(long bytes, long articles, long counted, double cpuSeconds, double wallSeconds,
                            long warmUpBytes) {
        /** MB per CPU second. */
        double rate() {
            return bytes / 1e6 / cpuSeconds;
        }
    }

    /**
     * Each of the engine's first passes alone ({@link EnginePasses}), measured as the engine is:
     * what the engine costs beyond reading the text once is the ratio; what it costs beyond these
     * passes is the part its sieves and speaker resolution add.
     */
    private Map<String, Object> passes(List<String> texts, double engineRate, double scanRate) {
        Map<String, Object> rates = new LinkedHashMap<>();
        for (EnginePasses.Pass pass : EnginePasses.Pass.values()) {
            double rate = measure(t -> EnginePasses.run(pass, t), texts).rate();
            String name = pass.name().toLowerCase(Locale.ROOT);
            log.printf("engine pass %s alone: %.1f MB/s of CPU time, %.1f times the scan's time, %.0f%% of the engine's time%n",
                    name, rate, scanRate / rate, 100 * engineRate / rate);
            rates.put(name, rate);
        }
        log.flush();
        return rates;
    }

    /** Warms {@code work} up, then runs it over the texts for --mb, on this thread. */
    private Measured measure(ToLongFunction<String> work, List<String> texts) {
        long bytesPerRound = 0;
        for (String t : texts) {
            bytesPerRound += t.getBytes(StandardCharsets.UTF_8).length;
        }
        long target = (long) (megabytes * 1_000_000L);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmUp = warmUp(work, texts, bytesPerRound, Math.min(target / 5, 10_000_000L), 10 * target, threads);
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long[] done = workUntil(work, texts, bytesPerRound, target);
        double wall = (System.nanoTime() - t0) / 1e9;
        // CPU time of this thread, so that other processes on a shared machine do not count.
        double cpu = Math.max(1e-9, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
        return new Measured(done[0], done[1], done[2], cpu, wall, warmUp);
    }

    /**
     * Runs the work over chunks of {@code chunk} bytes until the JIT has done its work: the rate stops
     * improving (three chunks in a row no more than 3% above the best), or 40 chunks, or ten times
     * the measured text (so that --mb shortens the warm-up too), or a minute of CPU. A fixed short warm-up is not enough: the engine's hot paths need a few hundred MB
     * before they run as fully compiled code, and on a loaded machine the compiler threads wait
     * for a core, so an early measurement reports the interpreter and the profiling tiers, not
     * the engine. Returns the bytes attributed.
     */
    private static long warmUp(ToLongFunction<String> work, List<String> texts, long bytesPerRound, long chunk, long most,
            ThreadMXBean threads) {
        long bytes = 0;
        double best = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        int stable = 0;
        for (int i = 0; i < 40 && stable < 3 && bytes < most
                && threads.getCurrentThreadCpuTime() - cpuStart < 60_000_000_000L; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long done = workUntil(work, texts, bytesPerRound, chunk)[0];
            double rate = done / (double) Math.max(1, threads.getCurrentThreadCpuTime() - cpu0);
            stable = rate > best * 1.03 ? 0 : stable + 1;
            best = Math.max(best, rate);
            bytes += done;
        }
        return bytes;
    }

    /**
     * The misattribution radar on the 1 MB news article, attributed once: MB assessed per CPU
     * second, after enough rounds for the JIT, so that the figure is the radar's and not the engine's.
     */
    private double radar(QuoteEngine engine, List<String> news) {
        String text = BenchTexts.newsArticle(news, 1_000_000);
        AnnotatedArticle doc = engine.attribute(Article.of("radar", text)).annotated();
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int flagged = 0;
        for (int i = 0; i < 20; i++) {
            flagged = Radar.assess(doc).flagCount();
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        int rounds = 0;
        while (rounds < 200 && threads.getCurrentThreadCpuTime() - cpu0 < 3_000_000_000L) {
            Radar.assess(doc);
            rounds++;
        }
        double cpu = Math.max(1e-9, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
        double rate = mb * rounds / cpu;
        log.printf("radar on a %.1f MB article (%d quotes, %d flagged): %.1f MB/s of CPU time (%d rounds, %.2f s)%n",
                mb, doc.quotes().size(), flagged, rate, rounds, cpu);
        log.flush();
        return rate;
    }

    /** Returns {bytes, articles, the work's counts}, going round the texts until {@code target} bytes. */
    private static long[] workUntil(ToLongFunction<String> work, List<String> texts, long bytesPerRound, long target) {
        long bytes = 0;
        long articles = 0;
        long quotes = 0;
        while (bytes < target) {
            for (String t : texts) {
                quotes += work.applyAsLong(t);
                articles++;
            }
            bytes += bytesPerRound;
        }
        return new long[] {bytes, articles, quotes};
    }

    /**
     * The least work that finds candidate quotes: one pass counting quotation marks, over the
     * same texts as the engine. The engine's rate over this one says how much of its time goes
     * beyond reading the text once.
     */
    private double scan(List<String> texts) {
        long bytesPerRound = 0;
        for (String t : texts) {
            bytesPerRound += BenchTexts.utf8Length(t);
        }
        long target = Math.max((long) (megabytes * 1_000_000L), 20_000_000L);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 5; i++) {
            scanUntil(texts, bytesPerRound, target / 5);
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long[] done = scanUntil(texts, bytesPerRound, target);
        double cpu = Math.max(1e-9, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
        double rate = done[0] / 1e6 / cpu;
        log.printf("quotation-mark scan of the same texts: %.0f MB/s of CPU time (%d marks per round of the texts)%n",
                rate, done[1] / Math.max(1, done[0] / bytesPerRound));
        return rate;
    }

    private static long[] scanUntil(List<String> texts, long bytesPerRound, long target) {
        long bytes = 0;
        long marks = 0;
        while (bytes < target) {
            for (String t : texts) {
                marks += countQuotationMarks(t);
            }
            bytes += bytesPerRound;
        }
        return new long[] {bytes, marks};
    }

    static long countQuotationMarks(String text) {
        long marks = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isQuotationMark(text.charAt(i))) {
                marks++;
            }
        }
        return marks;
    }

    static boolean isQuotationMark(char c) {
        return switch (c) {
            case '"', '\'', '\u00AB', '\u00BB', '\u2018', '\u2019', '\u201A', '\u201B', '\u201C', '\u201D', '\u201E',
                    '\u201F', '\u2039', '\u203A', '\u300C', '\u300D', '\u300E', '\u300F', '\u301D', '\u301E',
                    '\u301F', '\uFF02', '\uFF07', '\uFF62', '\uFF63' -> true;
            default -> false;
        };
    }

    /**
     * The engine's rate on each generated shape, in MB per CPU second. A shape is attributed at
     * doubling sizes up to --shape-mb, and stops early when the next size would exceed the time
     * budget: a cost that grows faster than the text then shows as a low rate, without the
     * benchmark running for hours.
     */
    private Map<String, Object> shapes(QuoteEngine engine, List<String> news) {
        long full = (long) (shapeMegabytes * 1_000_000L);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Object> rates = new LinkedHashMap<>();
        for (Map.Entry<String, String> shape : BenchTexts.shapes(news, full).entrySet()) {
            String text = shape.getValue();
            long size = Math.min(full, SHAPE_START_BYTES);
            double lastSeconds = 0;
            double rate = 0;
            long measured = 0;
            List<String> runs = new ArrayList<>();
            while (true) {
                String part = text.substring(0, (int) Math.min(text.length(), size));
                long bytes = BenchTexts.utf8Length(part);
                long cpu0 = threads.getCurrentThreadCpuTime();
                engine.attribute(Article.of(shape.getKey(), part));
                double seconds = Math.max(1e-6, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
                rate = bytes / 1e6 / seconds;
                measured = bytes;
                double growth = lastSeconds > 0 ? Math.max(2, seconds / lastSeconds) : 4;
                lastSeconds = seconds;
                if (size >= full || part.length() == text.length() || seconds * growth > SHAPE_BUDGET_SECONDS) {
                    // At full size, repeat and keep the best: the rate asked for is the engine's steady
                    // one, as engine_mb_s is, not a first run of code paths only this shape takes. Each
                    // shape sends the JIT's profile elsewhere, and for a few runs compiled code is thrown
                    // away and compiled again (one shape swung between 3 and 15 MB/s over its first eight
                    // runs, then held 13-16): stopping at the first repeat that was no faster sometimes
                    // reported such a run as the shape's rate. The doubling above is what shows a cost
                    // growing faster than the text.
                    runs.add(String.format(Locale.ROOT, "%.1f", rate));
                    for (int again = 0; again < SHAPE_REPEATS && seconds * 2 < SHAPE_BUDGET_SECONDS; again++) {
                        long again0 = threads.getCurrentThreadCpuTime();
                        engine.attribute(Article.of(shape.getKey(), part));
                        seconds = Math.max(1e-6, (threads.getCurrentThreadCpuTime() - again0) / 1e9);
                        double repeated = bytes / 1e6 / seconds;
                        runs.add(String.format(Locale.ROOT, "%.1f", repeated));
                        rate = Math.max(rate, repeated);
                    }
                    break;
                }
                size = Math.min(full, size * 2);
            }
            log.printf("shape %s: %.1f MB/s of CPU time at %.2f MB (best of %s)%s%n", shape.getKey(), rate,
                    measured / 1e6, String.join(", ", runs),
                    measured < full * 0.99 ? " (a larger text would exceed the time budget)" : "");
            log.flush();
            rates.put(shape.getKey(), rate);
        }
        return rates;
    }

    private Double heap() throws IOException, InterruptedException {
        long bytes = (long) (heapArticleMegabytes * 1_000_000L);
        Map<String, Double> result = children.child(List.of("-Xmx512m"), BenchChild.class.getName(),
                List.of("heap", Long.toString(bytes), shared.toString()), "peak heap");
        if (result.containsKey("heap_mb") && result.get("heap_mb") == null) {
            spec.commandLine().getErr().printf("bench: the %.0f MB article ran out of memory at -Xmx512m%n",
                    heapArticleMegabytes);
        }
        Double seconds = result.get("seconds");
        if (seconds != null) {
            log.printf("peak heap of a %.1f MB article at -Xmx512m: %.0f MiB (attributed in %.2f s)%n",
                    heapArticleMegabytes, result.get("heap_mb"), seconds);
        }
        return result.get("heap_mb");
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static String toJson(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "null"
                    : BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            map.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(toJson(v)));
            return sb.append('}').toString();
        }
        // Only shape names, which need no escaping.
        return "\"" + value + "\"";
    }

    private static void table(PrintWriter out, String prefix, Map<String, Object> figures) {
        figures.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> nested = (Map<String, Object>) map;
                table(out, prefix + key + ".", nested);
            } else {
                out.printf("%-32s %s%n", prefix + key, toJson(value).replace("\"", ""));
            }
        });
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
