package org.quoteexplorer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.quoteexplorer.io.ArticleLineException;
import org.quoteexplorer.io.CsvExport;
import org.quoteexplorer.review.LineAttribution;

/**
 * {@code attribute --jsonl}: attributes a stream of JSON Lines articles on several threads and
 * writes one document line per good input line, in input order. Memory stays bounded whatever
 * the length of the input: lines are read only as fast as results are written, at most
 * {@link #LINES_PER_THREAD} per thread are in flight (read, being attributed, or done and waiting
 * for an earlier line), and a line too large to share the heap waits until it can run alone.
 * A bad line is one line on standard error and the stream goes on; so is a warning about a line
 * that is written all the same (an id used before, bytes that are not UTF-8).
 */
final class JsonLinesBatch {

    /**
     * Lines in flight per thread. More than one, so that a worker that finishes a short line
     * finds the next one ready while a long line ahead of it is still being attributed; few, since
     * every one held is an article and its document in memory.
     */
    static final int LINES_PER_THREAD = 4;

    /**
     * Longest input line read, in bytes: the longest article text (16 Mi chars) written with
     * every char escaped as JSON's six-char {@code \\uXXXX} (what Python's json.dumps does to
     * non-ASCII text by default), plus room for the other fields. The same text written as raw
     * UTF-8 takes at most 3 bytes a char, so it fits too.
     */
    static final int MAX_LINE_BYTES = 100 * 1024 * 1024;

    /** What became of the stream. */
    record Summary(int articles, long quotes, int failed) {
    }

    private record Outcome(long line, long chars, BoundedLines.BadUtf8 badUtf8, LineAttribution.Result result, String problem) {
    }

    private final int threads;
    private final int window;
    private final int maxLineBytes;
    private final Supplier<LineAttribution> attributions;
    private final ArticleScheduler sharing;
    private final PrintWriter err;
    private final String inputName;
    private final ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
    private BatchProgress progress;
    private int maxInFlight;
    private int articles;
    private long quotes;
    private int failed;
    private long charsDone;
    private final SeenIds seenIds = new SeenIds();

    /**
     * @param attributions makes the per-thread attribution (each holds an engine, which is not thread-safe)
     * @param inputName    how messages name the input: its file, or "standard input"
     */
    JsonLinesBatch(int threads, Supplier<LineAttribution> attributions, ArticleScheduler scheduler, PrintWriter err,
            String inputName, int maxLineBytes) {
        this.threads = threads;
        this.window = LINES_PER_THREAD * threads;
        this.maxLineBytes = maxLineBytes;
        this.attributions = attributions;
        this.sharing = scheduler.withWorkers(threads);
        this.err = err;
        this.inputName = inputName;
    }

    /**
     * @param in  UTF-8 bytes, one article a line
     * @param csv the flat quotes table, or {@code null} for none
     * @throws IOException if the input cannot be read or an output cannot be written; the lines
     *                     written so far stay written
     */
    Summary run(InputStream in, Writer out, Writer csv) throws IOException {
        progress = new BatchProgress(err, System.console() != null, BatchProgress.UNKNOWN_TOTAL, System::nanoTime);
        ThreadLocal<LineAttribution> own = ThreadLocal.withInitial(attributions);
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemons());
        try {
            if (csv != null) {
                CsvExport.startTable(csv, LineAttribution.FlatQuote.COLUMNS);
            }
            BoundedLines lines = new BoundedLines(in, maxLineBytes);
            for (BoundedLines.Line line = next(lines); line != null; line = next(lines)) {
                if (line.tooLong()) {
                    add(done(line, "line " + line.number() + ": longer than " + String.format(java.util.Locale.ROOT, "%,d", maxLineBytes)
                            + " bytes, more than an article may take; skipped"));
                } else if (!line.text().isBlank()) {
                    // Blank lines separate nothing in JSON Lines; other readers pass over them too.
                    schedule(line, own, workers, out, csv);
                }
                while (inFlight.size() >= window) {
                    writeHead(out, csv);
                }
                writeFinished(out, csv);
            }
            while (!inFlight.isEmpty()) {
                writeHead(out, csv);
            }
            progress.clear();
            out.flush();
            if (csv != null) {
                csv.flush();
            }
            return new Summary(articles, quotes, failed);
        } finally {
            workers.shutdownNow();
        }
    }

    /** A failure to read is said to be one, naming the input: the output side names its own files. */
    private BoundedLines.Line next(BoundedLines lines) throws IOException {
        try {
            return lines.next();
        } catch (IOException e) {
            throw new IOException(inputName + ": cannot read it any further: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /** The most lines ever in flight at once: the bound on memory the stream keeps. */
    int maxInFlight() {
        return maxInFlight;
    }

    int window() {
        return window;
    }

    private void schedule(BoundedLines.Line line, ThreadLocal<LineAttribution> own, ExecutorService workers, Writer out,
            Writer csv) throws IOException {
        long estimate = ArticleScheduler.estimate(line.length());
        if (sharing.fitsBesideOthers(estimate)) {
            add(workers.submit(() -> attribute(own.get(), line)));
            return;
        }
        // What the others hold must not count against this line, and it must not run beside them.
        while (!inFlight.isEmpty()) {
            writeHead(out, csv);
        }
        ArticleScheduler.Admission admission = sharing.admit(estimate);
        if (admission == ArticleScheduler.Admission.TOO_BIG) {
            add(done(line, "line " + line.number() + ": skipped, too large for the memory Java was given: it needs about "
                    + ArticleScheduler.megabytes(estimate) + ", " + ArticleScheduler.megabytes(sharing.available())
                    + " are free; run Java with more, e.g. java -Xmx" + sharing.suggestedXmx(estimate)
                    + " -jar quote-explorer.jar attribute --jsonl …"));
            return;
        }
        add(workers.submit(() -> attribute(own.get(), line)));
        if (admission == ArticleScheduler.Admission.RUN_ALONE) {
            writeHead(out, csv);
        }
    }

    private Outcome attribute(LineAttribution attribution, BoundedLines.Line line) {
        long n = line.number();
        try {
            return new Outcome(n, line.length(), line.badUtf8(), attribution.attribute(line.text(), n), null);
        } catch (ArticleLineException e) {
            return new Outcome(n, line.length(), line.badUtf8(), null, e.getMessage());
        } catch (OutOfMemoryError e) {
            // The line and its half-made attribution were locals of this frame: garbage now.
            return new Outcome(n, line.length(), line.badUtf8(), null, "line " + n + ": ran out of memory; run Java with more, e.g. java -Xmx"
                    + sharing.suggestedXmx(Math.max(ArticleScheduler.estimate(line.length()), 2 * Runtime.getRuntime().maxMemory()))
                    + " -jar quote-explorer.jar attribute --jsonl …");
        } catch (StackOverflowError e) {
            return new Outcome(n, line.length(), line.badUtf8(), null, "line " + n + ": could not be attributed: the text nests too deeply for the engine");
        } catch (RuntimeException e) {
            return new Outcome(n, line.length(), line.badUtf8(), null, "line " + n + ": could not be attributed: "
                    + QuoteExplorerCommand.plainReason(e));
        }
    }

    private static Future<Outcome> done(BoundedLines.Line line, String problem) {
        return CompletableFuture.completedFuture(new Outcome(line.number(), line.length(), line.badUtf8(), null, problem));
    }

    private void add(Future<Outcome> outcome) {
        inFlight.add(outcome);
        maxInFlight = Math.max(maxInFlight, inFlight.size());
    }

    private void writeFinished(Writer out, Writer csv) throws IOException {
        while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
            writeHead(out, csv);
        }
    }

    /** Waits for the earliest line in flight and writes what became of it. */
    private void writeHead(Writer out, Writer csv) throws IOException {
        Outcome outcome;
        try {
            outcome = inFlight.peek().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            // attribute() turns every failure of a line into its outcome: only an Error of the JVM gets here.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        inFlight.poll();
        if (outcome.badUtf8() != null) {
            // Said before what became of the line: a JSON error in it may be one of these bytes.
            progress.clear();
            BoundedLines.BadUtf8 bad = outcome.badUtf8();
            err.println("attribute: " + inputName + ": line " + outcome.line() + ": invalid UTF-8 at byte "
                    + String.format(java.util.Locale.ROOT, "%,d", bad.firstByte()) + " of the line"
                    + (bad.sequences() > 1 ? " and " + (bad.sequences() - 1) + " more place" + (bad.sequences() > 2 ? "s" : "") : "")
                    + " (bytes shown as U+FFFD)");
        }
        if (outcome.result() != null) {
            long first = seenIds.firstUse(outcome.result().id(), outcome.line());
            if (first != 0) {
                // Written all the same: dropping either would lose an article; the reader of the
                // output must know that the id no longer names one article.
                progress.clear();
                err.println("attribute: " + inputName + ": line " + outcome.line() + ": id " + quoted(outcome.result().id())
                        + " was already used on line " + first + "; both are written");
            }
            if (!outcome.result().notes().isEmpty()) {
                progress.clear();
                for (String note : outcome.result().notes()) {
                    err.println("attribute: " + inputName + ": line " + outcome.line() + " (id " + quoted(outcome.result().id())
                            + "): " + note);
                }
            }
            out.write(outcome.result().documentLine());
            out.write('\n');
            if (out instanceof PrintWriter printer && printer.checkError()) {
                // A PrintWriter swallows the failure: without this a closed pipe would be fed the whole input.
                throw new IOException("cannot write to standard output (disk full or pipe closed?)");
            }
            if (csv != null) {
                for (LineAttribution.FlatQuote quote : outcome.result().quotes()) {
                    CsvExport.row(csv, quote.cells());
                }
            }
            articles++;
            quotes += outcome.result().quotes().size();
        } else {
            progress.clear();
            err.println("attribute: " + inputName + ": " + outcome.problem());
            failed++;
        }
        charsDone += outcome.chars();
        progress.update(articles + failed, charsDone);
    }

    private static String quoted(String id) {
        return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "attribute-jsonl-" + count.incrementAndGet());
            // A worker stuck in a pathological line must not keep the JVM alive once the stream gives up.
            thread.setDaemon(true);
            return thread;
        };
    }
}
