package org.quoteexplorer.cli;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Decides, before an article is read, whether the heap can hold its attribution, from the size
 * of its file. An article that cannot fit is skipped with a message instead of dying half-way
 * through a batch with an out-of-memory error; one that would need more than a worker's share
 * of the heap runs alone, so that batches can attribute several articles at once without two
 * large ones together exhausting memory.
 */
final class ArticleScheduler {

    /**
     * Peak heap per byte of article file. First measured as the smallest -Xmx at which reading,
     * attributing and exporting succeeds (default collector, PolNeAR text repeated): 32, 57, 103,
     * 203 and 393 MB for 1, 2, 4, 8 and 16 MB files, about 23 bytes per byte. The engine has since
     * shed a string per token: a 16 MB news article attributes in a 288 MB heap, and the whole
     * {@code attribute} command runs it at -Xmx512m. UTF-8 files have at least as many bytes as
     * characters and HTML more, so counting bytes errs on the safe side; 28 keeps a margin of
     * about half over the engine's own need while letting a 16 MB article run at -Xmx512m. An
     * estimate too high turns away an article that would have fitted, one too low ends in the
     * out-of-memory error this is here to avoid (which the batch still survives).
     */
    static final long HEAP_BYTES_PER_FILE_BYTE = 28;

    /** What to do with an article. */
    enum Admission {
        /** Fits in a worker's share of the heap: may run beside others. */
        RUN,
        /** Fits only in the whole heap: run it while no other article is being attributed. */
        RUN_ALONE,
        /** Cannot fit even alone: skip it and say how much memory it needs. */
        TOO_BIG
    }

    private final int workers;
    private final LongSupplier maxHeap;
    private final LongSupplier heapInUse;
    private final Runnable collectGarbage;

    ArticleScheduler(int workers, LongSupplier maxHeap, LongSupplier heapInUse, Runnable collectGarbage) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.workers = workers;
        this.maxHeap = maxHeap;
        this.heapInUse = heapInUse;
        this.collectGarbage = collectGarbage;
    }

    /** The heap of this JVM, as limited by -Xmx. */
    static ArticleScheduler forThisJvm(int workers) {
        Runtime runtime = Runtime.getRuntime();
        return new ArticleScheduler(workers, runtime::maxMemory, () -> runtime.totalMemory() - runtime.freeMemory(),
                System::gc);
    }

    /** The same heap, shared by {@code workers} articles at a time. */
    ArticleScheduler withWorkers(int workers) {
        return new ArticleScheduler(workers, maxHeap, heapInUse, collectGarbage);
    }

    int workers() {
        return workers;
    }

    /**
     * Whether an article fits in a worker's share of the heap free now, without asking for a
     * collection: the quick answer for the many small articles of a batch. A no means "wait until
     * the others are done, then {@link #admit}": heap in use counts what the others hold.
     */
    boolean fitsBesideOthers(long estimatedBytes) {
        return estimatedBytes <= available() / workers;
    }

    static long estimate(long fileBytes) {
        return fileBytes * HEAP_BYTES_PER_FILE_BYTE;
    }

    /** Whether an article of {@code estimatedBytes} of heap can run now, beside others or alone. */
    Admission admit(long estimatedBytes) {
        long free = available();
        if (estimatedBytes > free) {
            // Heap in use counts garbage the collector has not yet had reason to free; ask once
            // before turning an article away.
            collectGarbage.run();
            free = available();
        }
        if (estimatedBytes > free) {
            return Admission.TOO_BIG;
        }
        return estimatedBytes > free / workers ? Admission.RUN_ALONE : Admission.RUN;
    }

    long available() {
        return Math.max(0, maxHeap.getAsLong() - heapInUse.getAsLong());
    }

    /** A -Xmx value that would let an article of {@code estimatedBytes} run: whole gigabytes, or 512m. */
    String suggestedXmx(long estimatedBytes) {
        long needed = estimatedBytes + heapInUse.getAsLong();
        long gib = 1L << 30;
        if (needed <= gib / 2) {
            return "512m";
        }
        return ((needed + gib - 1) / gib) + "g";
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb < 10 ? String.format(Locale.ROOT, "%.1f MB", mb) : Math.round(mb) + " MB";
    }
}
