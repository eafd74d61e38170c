package org.quoteexplorer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.quoteexplorer.engine.Attribution;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.ArticleReader;
import org.quoteexplorer.io.AtomicFiles;
import org.quoteexplorer.io.ExportFormat;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.io.LoadedArticle;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Diagnostic;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.ArticleAttribution;
import org.quoteexplorer.review.EngineNoteText;
import org.quoteexplorer.review.LineAttribution;
import org.quoteexplorer.review.RadarReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Finds and attributes the quotes of articles and writes them as annotated JSON (or another format). */
@Command(name = "attribute",
        description = {"Find the quotations in articles and attribute each to its speaker.",
            "With one input and no --out, prints the result to standard output; otherwise writes "
                + "DIR/<id>.<ext> per article (json, jsonld, jsonl or csv).",
            "A failure on one article (unreadable, too large for memory) is one line on standard error "
                + "and the rest are still attributed; with --out a summary line ends the batch.",
            "With --jsonl, reads one article per line ({\"id\", \"text\"} and optionally title, date, publisher, url) "
                + "and writes one annotated document per line, in input order, to --output or standard output.",
            "Exit code: 0 all done, 1 some inputs failed (see standard error), 2 usage error."})
public final class AttributeCommand implements Callable<Integer> {

    /** Article files picked up from folders; other files there (annotations, images) are skipped. */
    private static final List<String> ARTICLE_EXTENSIONS = List.of("txt", "text", "md", "markdown", "html", "htm", "xhtml");


    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Folder to write one file per article into (created if missing).")
    private Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "native",
            description = "native (quote-explorer/1.1 JSON, default), w3c (Web Annotation JSON-LD), jsonl or csv.")
    private String format;

    @Option(names = "--speakers", paramLabel = "FILE",
            description = "Known speakers (JSON array of {name, kind, title, aliases}) instead of the bundled list.")
    private Path speakersFile;

    @Option(names = "--no-speakers", description = "Use no list of known speakers at all.")
    private boolean noSpeakers;

    @Option(names = "--flags", description = "Add the misattribution radar's risk and flags to every quote of the output "
            + "(JSON, W3C, JSON Lines and CSV), and for article files print one triage line per article on standard "
            + "error: how many quotes it flags and which, riskiest first (e.g. \"story.txt: 2 flags: q4 narration, "
            + "q7 weak-evidence\"); with --jsonl the flags are in the document lines.")
    boolean flags;

    @Option(names = {"-v", "--verbose"}, description = "Name every file a folder scan skips, and why.")
    private boolean verbose;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Articles attributed at once; default: all cores.")
    private Integer threads;

    @Option(names = "--jsonl", paramLabel = "IN.jsonl",
            description = "Read articles as JSON Lines from this file (- for standard input) instead of article files: "
                    + "one {\"id\", \"text\"} object per line, optionally with title, date, publisher and url, which are kept. "
                    + "Writes one annotated document (quote-explorer/1.1 JSON, compact) per line, in input order. "
                    + "A bad line is one line on standard error and the rest go on (exit code 1).")
    private String jsonl;

    @Option(names = "--output", paramLabel = "OUT.jsonl",
            description = "With --jsonl: the file to write the documents to (replaced only once complete); "
                    + "- or none for standard output.")
    private String output;

    @Option(names = "--quotes-csv", paramLabel = "FILE",
            description = "With --jsonl: also write every quote as one row of a CSV table "
                    + "(article_id, quote_id, text, speaker, mention, confidence, flags).")
    private Path quotesCsv;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Article files (.txt, .md, .html) or folders of them.")
    private List<Path> inputs;

    private boolean createdOut;

    /** Standard input of {@code --jsonl -}; tests give their own. */
    java.util.function.Supplier<InputStream> stdin = () -> System.in;

    /** Sizes of the article files, as the folder scan saw them. */
    private final Map<Path, Long> sizes = new HashMap<>();

    private final Function<List<Speaker>, Function<Article, Attribution>> engines;
    private final ArticleScheduler scheduler;

    public AttributeCommand() {
        this(known -> new QuoteEngine(known)::attribute, ArticleScheduler.forThisJvm(1));
    }

    /** With another engine or heap, so tests can make one article fail in any way without a real failure. */
    AttributeCommand(Function<List<Speaker>, Function<Article, Attribution>> engines, ArticleScheduler scheduler) {
        this.engines = engines;
        this.scheduler = scheduler;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (threads != null && threads < 1) {
            err.println("attribute: --threads must be at least 1");
            return 2;
        }
        if (jsonl != null) {
            return jsonLines(err, stdout);
        }
        if (output != null || quotesCsv != null) {
            err.println("attribute: --output and --quotes-csv go with --jsonl; for article files use --out DIR");
            return 2;
        }
        if (inputs == null || inputs.isEmpty()) {
            err.println("attribute: give article files or folders, or --jsonl FILE (see attribute --help)");
            return 2;
        }
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.fromCode(format);
        } catch (IllegalArgumentException e) {
            err.println("attribute: " + e.getMessage());
            return 2;
        }
        // The speaker list and the engine load while the folders are scanned: each takes a good
        // part of a second at start-up, and no article can start before both are done.
        FutureTask<Function<Article, Attribution>> engineLoad = new FutureTask<>(() -> {
            List<Speaker> known = noSpeakers ? List.of() : speakersFile != null ? KnownSpeakers.load(speakersFile)
                    : KnownSpeakers.loadDefault();
            radarList = known;
            return engines.apply(known);
        });
        daemons("attribute-start-").newThread(engineLoad).start();

        BatchReport report = new BatchReport();
        List<Path> articles = new ArrayList<>();
        StringWriter scanLines = new StringWriter();
        PrintWriter scanErr = new PrintWriter(scanLines);
        // The same file named twice (t/a.txt ./t/a.txt, or a folder and a file in it) is one article,
        // attributed once, not a collision of its id with itself.
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path input : inputs) {
            for (Path article : articlesIn(input, report, scanErr)) {
                if (seen.add(article.toAbsolutePath().normalize())) {
                    articles.add(article);
                }
            }
        }
        scanErr.flush();
        Function<Article, Attribution> engine;
        try {
            engine = engineLoad.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException speakerProblem) {
                // As before the scan: a bad speaker list is the only complaint.
                err.println("attribute: cannot use the speaker list: " + speakerProblem.getMessage());
                return 2;
            }
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        err.print(scanLines);
        if (out == null && articles.size() > 1) {
            err.println("attribute: " + articles.size() + " articles found; give --out DIR to write one file each");
            return 2;
        }
        if (out != null) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                err.println("attribute: --out " + out + " is a file, not a folder");
                return 2;
            }
            try {
                createdOut = !Files.isDirectory(out);
                Files.createDirectories(out);
            } catch (IOException e) {
                err.println("attribute: cannot create output folder " + about(out, e));
                return 1;
            }
        }

        if (out == null) {
            for (Path file : articles) {
                if (!attributeToStandardOutput(file, engine, exportFormat, report, stdout, err)) {
                    // Standard output is gone: nothing more can be delivered.
                    return 1;
                }
            }
        } else {
            Batch batch = new Batch(engine, exportFormat, report, err,
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads);
            batch.run(articles);
            // One sync for the whole batch instead of one per file (a forced file cost more than
            // attributing it): files were renamed into place unforced, so a crash of the machine
            // before this may leave some empty; after it, and so once the summary line is printed,
            // every output file is on disk.
            if (!AtomicFiles.syncAll(batch.written())) {
                err.println("attribute: warning: some output files could not be forced to disk; they are complete, "
                        + "but a power failure soon could still lose them");
            }
            if (createdOut) {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    AtomicFiles.syncFolder(parent);
                }
            }
        }
        if (verbose) {
            report.skippedFiles().forEach(s -> err.println("attribute: skipped " + s.file() + ": " + s.reason().one()));
        }
        if (out != null) {
            err.println(report.summary());
        }
        err.flush();
        return report.failures() == 0 ? 0 : 1;
    }

    /** {@code --jsonl}: a stream of articles in, a stream of documents out; see {@link JsonLinesBatch}. */
    private int jsonLines(PrintWriter err, PrintWriter stdout) {
        if (inputs != null && !inputs.isEmpty()) {
            err.println("attribute: --jsonl reads its articles from one file or standard input; "
                    + "give no other inputs (here: " + inputs.get(0) + ")");
            return 2;
        }
        if (out != null) {
            err.println("attribute: --jsonl writes one stream: use --output FILE, not --out DIR");
            return 2;
        }
        if (!format.equals("native")) {
            err.println("attribute: --jsonl writes quote-explorer/1.1 documents only; leave out --format");
            return 2;
        }
        boolean fromStdin = jsonl.equals("-");
        boolean toStdout = output == null || output.equals("-");
        Path in = fromStdin ? null : Path.of(jsonl);
        Path target = toStdout ? null : Path.of(output);
        if (in != null && target != null && in.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            err.println("attribute: --output " + output + " is the input itself; write the documents elsewhere");
            return 2;
        }
        if (in != null && Files.isDirectory(in)) {
            err.println("attribute: " + jsonl + " is a folder; --jsonl reads one file of JSON Lines (or - for standard input)");
            return 1;
        }
        List<Speaker> known;
        try {
            known = noSpeakers ? List.of() : speakersFile != null ? KnownSpeakers.load(speakersFile) : KnownSpeakers.loadDefault();
        } catch (IOException e) {
            err.println("attribute: cannot use the speaker list: " + e.getMessage());
            return 2;
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        String inputName = fromStdin ? "standard input" : jsonl;
        JsonLinesBatch batch = new JsonLinesBatch(workers, () -> new LineAttribution(known, flags), scheduler, err, inputName,
                JsonLinesBatch.MAX_LINE_BYTES);
        JsonLinesBatch.Summary[] summary = new JsonLinesBatch.Summary[1];
        // Standard input is not ours to close.
        try (InputStream file = fromStdin ? null : Files.newInputStream(in)) {
            InputStream articles = fromStdin ? stdin.get() : file;
            AtomicFiles.TextContent documents = text -> {
                if (quotesCsv == null) {
                    summary[0] = batch.run(articles, text, null);
                } else {
                    AtomicFiles.writeText(quotesCsv, csv -> summary[0] = batch.run(articles, text, csv),
                            AtomicFiles.Durability.NOW);
                }
            };
            if (target == null) {
                documents.writeTo(stdout);
            } else {
                AtomicFiles.writeText(target, documents, AtomicFiles.Durability.NOW);
            }
        } catch (NoSuchFileException e) {
            err.println("attribute: " + jsonl + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("attribute: " + (e instanceof FileSystemException f && f.getFile() != null
                    ? about(Path.of(f.getFile()), e) : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (debug()) {
                e.printStackTrace(err);
            }
            return 1;
        }
        if (target != null) {
            err.println("attribute: " + summary[0].articles() + (summary[0].articles() == 1 ? " article, " : " articles, ")
                    + summary[0].quotes() + (summary[0].quotes() == 1 ? " quote" : " quotes")
                    + (summary[0].failed() > 0 ? "; " + summary[0].failed() + " failed" : ""));
        }
        err.flush();
        return summary[0].failed() == 0 ? 0 : 1;
    }

    /** Where an attributed article goes: standard output, or a file of the batch. */
    @FunctionalInterface
    private interface Delivery {
        void deliver(String id, AnnotatedArticle document) throws IOException;
    }

    /** @return false only when standard output cannot be written to */
    private boolean attributeToStandardOutput(Path file, Function<Article, Attribution> engine, ExportFormat exportFormat,
                                              BatchReport report, PrintWriter stdout, PrintWriter err) {
        long estimate = 0;
        try {
            estimate = ArticleScheduler.estimate(Files.size(file));
        } catch (IOException e) {
            fail(file, about(file, e), e, err);
            report.failed();
            return true;
        }
        if (scheduler.admit(estimate) == ArticleScheduler.Admission.TOO_BIG) {
            err.println(tooBig(file, estimate, scheduler));
            report.failed();
            return true;
        }
        int quotes = attributeOne(file, estimate, engine, err, (id, document) -> {
            exportFormat.write(document, stdout); // streamed: a W3C export can be hundreds of MB
            stdout.flush();
        });
        if (quotes >= 0 && stdout.checkError()) {
            // PrintWriter swallows the IOException: without this a full disk reports success.
            err.println("attribute: cannot write to standard output (disk full or pipe closed?)");
            return false;
        }
        if (quotes >= 0) {
            report.attributed(quotes);
        } else {
            report.failed();
        }
        return true;
    }

    /** One line naming the article's flagged quotes, riskiest first, with their strongest flag. */
    static String triage(Path file, RadarReport report) {
        StringBuilder line = new StringBuilder(file.getFileName() + ": " + report.flagCount()
                + (report.flagCount() == 1 ? " flag" : " flags"));
        String sep = ": ";
        for (String id : report.queue()) {
            line.append(sep).append(id).append(' ').append(report.of(id).flags().get(0).code().code());
            sep = ", ";
        }
        return line.toString();
    }

    private static String tooBig(Path file, long estimate, ArticleScheduler scheduler) {
        return "attribute: " + file + ": skipped, too large for the memory Java was given: it needs about "
                + ArticleScheduler.megabytes(estimate) + ", " + ArticleScheduler.megabytes(scheduler.available())
                + " are free; run Java with more, e.g. java -Xmx" + scheduler.suggestedXmx(estimate)
                + " -jar quote-explorer.jar attribute …";
    }

    /**
     * The reader's warnings name the file as the window shows it, by its name; in a batch over
     * folders two files may share a name, so the line names the path it was given.
     */
    static String withPath(String warning, Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return !name.isEmpty() && warning.startsWith(name + " ") ? file + warning.substring(name.length()) : warning;
    }

    /** The speaker list the engine was given, for the radar's speaker-list check. */
    private volatile List<Speaker> radarList = List.of();

    /**
     * Reads, attributes and delivers one article; any failure is one line on {@code err} (the
     * article's own buffer in a batch) and the batch goes on.
     *
     * @return the number of quotes, or -1 if the article failed
     */
    private int attributeOne(Path file, long estimate, Function<Article, Attribution> engine, PrintWriter err,
                             Delivery delivery) {
        try {
            LoadedArticle loaded = ArticleReader.load(file);
            loaded.warnings().forEach(w -> err.println("attribute: warning: " + withPath(w, file)));
            ArticleAttribution attribution = ArticleAttribution.of(loaded.article(), engine, radarList, flags);
            for (Diagnostic d : attribution.diagnostics()) {
                err.println("attribute: " + file + ": " + EngineNoteText.describe(d, loaded.article().text()));
            }
            if (attribution.radar() != null) {
                err.println(triage(file, attribution.radar()));
            }
            delivery.deliver(loaded.article().id(), attribution.document());
            return attribution.document().quotes().size();
        } catch (IOException e) {
            fail(file, about(file, e), e, err);
        } catch (OutOfMemoryError e) {
            // The article and its half-made attribution were locals of this frame: they are garbage
            // now, and the next article starts with the heap it had before.
            fail(file, file + ": ran out of memory; run Java with more, e.g. java -Xmx"
                    + scheduler.suggestedXmx(Math.max(estimate, 2 * Runtime.getRuntime().maxMemory())) + " -jar quote-explorer.jar attribute …",
                    e, err);
        } catch (StackOverflowError e) {
            fail(file, file + ": could not be attributed: the text nests too deeply for the engine", e, err);
        } catch (RuntimeException e) {
            fail(file, file + ": could not be attributed: " + QuoteExplorerCommand.plainReason(e)
                    + (debug() ? "" : " (--debug shows where)"), e, err);
        }
        return -1;
    }

    /**
     * A batch on several threads whose output does not depend on them: the owner of each id is
     * settled by input order before anything runs, an article's lines on standard error are kept
     * together and printed in input order, and the files are the same whatever finishes first.
     * Articles run on {@code threads} workers; an article too large to share the heap runs alone.
     * A worker writes its article's file itself: nothing is forced to disk until the batch ends,
     * so a write costs no wait.
     */
    private final class Batch {

        /** Articles finished but not yet printed, at most, beyond one per worker: bounds the lines held for them. */
        private static final int WRITE_BACKLOG = 32;

        private final Function<Article, Attribution> engine;
        private final ExportFormat exportFormat;
        private final BatchReport report;
        private final PrintWriter err;
        private final int threads;
        private final ArticleScheduler sharing;
        private final int inFlightMax;
        private final Semaphore slots;
        private final ArrayDeque<Job> pending = new ArrayDeque<>();
        private final Queue<Path> written = new ConcurrentLinkedQueue<>();
        private BatchProgress progress;
        private int articlesDone;
        private long bytesDone;

        Batch(Function<Article, Attribution> engine, ExportFormat exportFormat, BatchReport report, PrintWriter err,
              int threads) {
            this.engine = engine;
            this.exportFormat = exportFormat;
            this.report = report;
            this.err = err;
            this.threads = threads;
            this.sharing = scheduler.withWorkers(threads);
            this.inFlightMax = threads + WRITE_BACKLOG;
            this.slots = new Semaphore(inFlightMax);
        }

        void run(List<Path> articles) {
            progress = new BatchProgress(err, System.console() != null, articles.size(), System::nanoTime);
            ExecutorService workers = Executors.newFixedThreadPool(threads, daemons("attribute-worker-"));
            try {
                Map<String, Path> owners = new HashMap<>();
                for (Path file : articles) {
                    Job job = new Job(file);
                    pending.add(job);
                    String id = ArticleReader.idOf(file.getFileName().toString());
                    Path owner = owners.putIfAbsent(id, file);
                    if (owner != null) {
                        // Two inputs named alike (a/story.txt, b/story.html) would overwrite each other.
                        job.lines.println("attribute: " + file + ": skipped, its id \"" + id + "\" is already used by " + owner);
                        job.finish(-1);
                        continue;
                    }
                    schedule(job, out.resolve(exportFormat.fileName(id)), workers);
                    printFinished();
                }
                while (!pending.isEmpty()) {
                    try {
                        pending.peek().done.get(100, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException | ExecutionException e) {
                        // Not finished yet; ExecutionException cannot happen: a job never completes exceptionally.
                    }
                    printFinished();
                }
                progress.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                workers.shutdownNow();
            }
        }

        /** The files written so far, to be forced to disk once the batch ends. */
        List<Path> written() {
            return List.copyOf(written);
        }

        private void schedule(Job job, Path target, ExecutorService workers) throws InterruptedException {
            long estimate;
            try {
                Long scanned = sizes.get(job.file);
                job.bytes = scanned != null ? scanned : Files.size(job.file);
                estimate = ArticleScheduler.estimate(job.bytes);
            } catch (IOException e) {
                fail(job.file, about(job.file, e), e, job.lines);
                job.finish(-1);
                return;
            }
            int permits = 1;
            if (!sharing.fitsBesideOthers(estimate)) {
                // Wait until nothing else is in flight: what the others hold must not count against
                // this article, and it must not run beside them.
                acquire(inFlightMax);
                ArticleScheduler.Admission admission = sharing.admit(estimate);
                if (admission == ArticleScheduler.Admission.TOO_BIG) {
                    slots.release(inFlightMax);
                    job.lines.println(tooBig(job.file, estimate, sharing));
                    job.finish(-1);
                    return;
                }
                if (admission == ArticleScheduler.Admission.RUN) {
                    slots.release(inFlightMax - 1);
                } else {
                    permits = inFlightMax;
                }
            } else {
                acquire(1);
            }
            job.permits = permits;
            workers.execute(() -> work(job, target, estimate));
        }

        private void work(Job job, Path target, long estimate) {
            try {
                int quotes = attributeOne(job.file, estimate, engine, job.lines, (id, document) -> {
                    AtomicFiles.writeText(target, text -> exportFormat.write(document, text), AtomicFiles.Durability.LATER);
                    written.add(target);
                });
                job.finish(quotes);
            } catch (RuntimeException | Error e) {
                unforeseen(job, e);
            }
        }

        /** A job must end whatever happens, or the batch would wait for it for ever. */
        private void unforeseen(Job job, Throwable e) {
            if (!job.done.isDone()) {
                fail(job.file, job.file + ": could not be attributed: " + QuoteExplorerCommand.plainReason(e)
                        + (debug() ? "" : " (--debug shows where)"), e, job.lines);
                job.finish(-1);
            }
        }

        private void acquire(int permits) throws InterruptedException {
            while (!slots.tryAcquire(permits, 100, TimeUnit.MILLISECONDS)) {
                printFinished();
            }
        }

        /** Prints the lines of the articles finished so far, in input order, and the progress. */
        private void printFinished() {
            while (!pending.isEmpty() && pending.peek().done.isDone()) {
                Job job = pending.poll();
                String lines = job.text.toString();
                if (!lines.isEmpty()) {
                    progress.clear();
                    err.print(lines);
                }
                if (job.quotes >= 0) {
                    report.attributed(job.quotes);
                } else {
                    report.failed();
                }
                articlesDone++;
                bytesDone += job.bytes;
            }
            progress.update(articlesDone, bytesDone);
        }

        /** One article of the batch; its lines for standard error wait in {@code text} for their turn. */
        private final class Job {
            final Path file;
            final StringWriter text = new StringWriter();
            final PrintWriter lines = new PrintWriter(text);
            final CompletableFuture<Void> done = new CompletableFuture<>();
            volatile long bytes;
            volatile int permits;
            volatile int quotes = -1;

            Job(Path file) {
                this.file = file;
            }

            /** @param quotesFound the quotes attributed, or -1 if the article failed */
            void finish(int quotesFound) {
                quotes = quotesFound;
                lines.flush();
                slots.release(permits);
                done.complete(null);
            }
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            // A worker stuck in a pathological article must not keep the JVM alive after the batch gives up.
            thread.setDaemon(true);
            return thread;
        };
    }

    private void fail(Path file, String message, Throwable cause, PrintWriter err) {
        err.println("attribute: " + message);
        if (debug()) {
            cause.printStackTrace(err);
        }
    }

    private boolean debug() {
        return QuoteExplorerCommand.debugRequested(spec);
    }

    /**
     * Whether {@code attribute} with these arguments is a batch that keeps several cores busy: JSON
     * Lines, or two articles or more, on two threads or more. It then runs in a JVM with the quick
     * compiler only ({@code launch.SecondJvm} says why). Arguments picocli turns down, help and a
     * single article run as given, in this JVM, which reports them. Only a guess: folders are
     * looked into until a second article shows, and what they hold may change before the batch runs.
     */
    static boolean isBatchOnSeveralCores(List<String> args, int cores) {
        AttributeCommand command = new AttributeCommand();
        try {
            new picocli.CommandLine(command).parseArgs(args.toArray(String[]::new));
        } catch (picocli.CommandLine.ParameterException e) {
            return false;
        }
        if (command.help || (command.threads == null ? cores : command.threads) < 2) {
            return false;
        }
        if (command.jsonl != null) {
            return true;
        }
        int articles = 0;
        for (Path input : command.inputs == null ? List.<Path>of() : command.inputs) {
            articles += Files.isDirectory(input) ? articlesInFolder(input, 2 - articles) : 1;
            if (articles >= 2) {
                return true;
            }
        }
        return false;
    }

    /** How many article files the folder holds, counting no further than {@code enough}. */
    private static int articlesInFolder(Path folder, int enough) {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(file -> !hidden(file) && looksLikeArticle(file) && Files.isRegularFile(file))
                    .limit(enough).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            // a folder one cannot read through is the batch's to report
            return 0;
        }
    }

    /**
     * The articles an input names: the file itself, or the article files in a folder and its
     * subfolders. Problems are reported and counted, never thrown: one unreadable subfolder must
     * not stop the rest of the folder from being attributed.
     */
    private List<Path> articlesIn(Path input, BatchReport report, PrintWriter err) {
        if (!Files.exists(input)) {
            if (Files.isSymbolicLink(input)) {
                failInput(input, brokenLink(input), report, err);
                return List.of();
            }
            try {
                // Tells "no such file" from a file in a folder one may not enter.
                Files.readAttributes(input, BasicFileAttributes.class);
                failInput(input, "no such file or folder", report, err);
            } catch (IOException e) {
                failInput(input, e, report, err);
            }
            return List.of();
        }
        if (!Files.isDirectory(input)) {
            if (AnnotationFiles.exportOnlyKind(input) != null) {
                failInput(input, "is a " + AnnotationFiles.exportOnlyKind(input) + " export, not an article", report, err);
                return List.of();
            }
            if (AnnotationFiles.isAnnotationFile(input)) {
                failInput(input, "is an annotation file, not an article; convert changes its format, "
                        + "the app opens it for review", report, err);
                return List.of();
            }
            return List.of(input);
        }
        List<Path> found = new ArrayList<>();
        int failedBefore = report.failures();
        try {
            Files.walkFileTree(input, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // The folder given is the user's choice even if hidden ("." is).
                    if (!dir.equals(input) && hidden(dir)) {
                        report.skipped(dir, BatchReport.SkipReason.HIDDEN_FOLDER);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file)) {
                        report.skipped(file, BatchReport.SkipReason.HIDDEN_FILE);
                    } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
                        failInput(file, brokenLink(file), report, err);
                    } else if (attrs.isSymbolicLink() && Files.isDirectory(file)) {
                        // Not followed: a link back up the tree would make the scan endless.
                        report.skipped(file, BatchReport.SkipReason.LINKED_FOLDER);
                    } else if (looksLikeArticle(file) && (attrs.isSymbolicLink() ? Files.isRegularFile(file) : attrs.isRegularFile())) {
                        found.add(file);
                        if (attrs.isRegularFile()) {
                            // Its size, for the heap estimate, without asking the file system again.
                            sizes.put(file, attrs.size());
                        }
                    } else {
                        report.skipped(file, BatchReport.SkipReason.NOT_AN_ARTICLE);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    failInput(file, e, report, err);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        failInput(dir, e, report, err);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failInput(input, e, report, err);
        }
        if (found.isEmpty() && report.failures() == failedBefore) {
            // Silence and exit code 0 here would read as "done" in a batch script that processed nothing.
            failInput(input, "no articles in this folder (looked for ." + String.join(", .", ARTICLE_EXTENSIONS) + ")",
                    report, err);
        }
        found.sort(null);
        return found;
    }

    private static void failInput(Path file, String reason, BatchReport report, PrintWriter err) {
        err.println("attribute: " + file + ": " + reason);
        report.failed();
    }

    private static void failInput(Path file, IOException e, BatchReport report, PrintWriter err) {
        err.println("attribute: " + about(file, e));
        report.failed();
    }

    private static String brokenLink(Path link) {
        try {
            return "broken symbolic link: " + Files.readSymbolicLink(link) + " does not exist";
        } catch (IOException | UnsupportedOperationException e) {
            return "broken symbolic link";
        }
    }

    private static boolean hidden(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean looksLikeArticle(Path file) {
        String name = file.getFileName().toString();
        if (AnnotationFiles.isAnnotationFile(file)) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && ARTICLE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** "file: problem", without repeating the file when the message names it already. */
    static String about(Path file, Exception e) {
        String message = e.getMessage();
        if (e instanceof FileSystemException fileProblem && fileProblem.getReason() == null) {
            // The JDK leaves the reason out of these, so the message would be the bare path.
            message = (fileProblem.getFile() == null ? "" : fileProblem.getFile() + ": ") + reasonOf(fileProblem);
        }
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.startsWith(file.toString()) ? message : file + ": " + message;
    }

    private static String reasonOf(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        return e.getClass().getSimpleName();
    }
}
