package org.quoteexplorer.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.Article;

/**
 * What {@code bench} measures in a fresh JVM, where nothing has been loaded or compiled yet and
 * the heap holds nothing else: start-up, and the peak heap of one large article. Prints one JSON
 * object on standard output. Not a command for users.
 */
public final class BenchChild {

    private BenchChild() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "startup" -> startup();
            case "heap" -> heap(Long.parseLong(args[1]), Path.of(args[2]));
            default -> {
                System.err.println("usage: BenchChild startup | heap BYTES SHARED_DIR");
                System.exit(2);
            }
        }
    }

    private static void startup() throws Exception {
        String sample = BenchTexts.sample();
        long t0 = System.nanoTime();
        int quotes = new QuoteEngine().attribute(Article.of("sample", sample)).annotated().quotes().size();
        double engineMs = (System.nanoTime() - t0) / 1e6;
        // Uptime counts from the JVM's start: what a user waits for, class loading included.
        long jvmMs = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf(Locale.ROOT, "{\"startup_ms\": %.1f, \"jvm_ms\": %d, \"quotes\": %d}%n", engineMs, jvmMs, quotes);
    }

    private static void heap(long bytes, Path shared) throws Exception {
        List<String> news = BenchTexts.polnear(shared);
        String text = BenchTexts.newsArticle(news != null ? news : BenchTexts.generatedNews(200, 1), bytes);
        long textBytes = BenchTexts.utf8Length(text);
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        int quotes;
        try {
            quotes = new QuoteEngine().attribute(Article.of("big", text)).annotated().quotes().size();
        } catch (OutOfMemoryError e) {
            System.out.printf(Locale.ROOT, "{\"heap_mb\": null, \"error\": \"out of memory\", \"max_heap_mb\": %.1f}%n",
                    Runtime.getRuntime().maxMemory() / 1048576.0);
            return;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // MiB, like -Xmx. The pools peak at different moments, so their sum is an upper bound of the heap in use
        // (garbage included), which is what -Xmx has to hold.
        long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "{\"heap_mb\": %.1f, \"seconds\": %.2f, \"text_mb\": %.2f, \"quotes\": %d}%n",
                peak / 1048576.0, seconds, textBytes / 1e6, quotes);
    }
}
