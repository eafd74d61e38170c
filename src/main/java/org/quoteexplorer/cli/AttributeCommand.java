package org.quoteexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.quoteexplorer.engine.Attribution;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.ArticleReader;
import org.quoteexplorer.io.ExportFormat;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.io.LoadedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Diagnostic;
import org.quoteexplorer.model.Speaker;
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
            "Exit code: 0 all done, 1 some inputs failed (see standard error), 2 usage error."})
public final class AttributeCommand implements Callable<Integer> {

    /** Article files picked up from folders; other files there (annotations, images) are skipped. */
    private static final List<String> ARTICLE_EXTENSIONS = List.of("txt", "text", "md", "markdown", "html", "htm", "xhtml");

    private static final int EXCERPT_CODE_POINTS = 40;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Folder to write one file per article into (created if missing).")
    private Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "native",
            description = "native (quote-explorer/1 JSON, default), w3c (Web Annotation JSON-LD), jsonl or csv.")
    private String format;

    @Option(names = "--speakers", paramLabel = "FILE",
            description = "Known speakers (JSON array of {name, kind, title, aliases}) instead of the bundled list.")
    private Path speakersFile;

    @Option(names = "--no-speakers", description = "Use no list of known speakers at all.")
    private boolean noSpeakers;

    @Option(names = {"-v", "--verbose"}, description = "Name every file a folder scan skips, and why.")
    private boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files (.txt, .md, .html) or folders of them.")
    private List<Path> inputs;

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
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.fromCode(format);
        } catch (IllegalArgumentException e) {
            err.println("attribute: " + e.getMessage());
            return 2;
        }
        List<Speaker> known;
        try {
            known = noSpeakers ? List.of() : speakersFile != null ? KnownSpeakers.load(speakersFile) : KnownSpeakers.loadDefault();
        } catch (IOException e) {
            err.println("attribute: cannot use the speaker list: " + e.getMessage());
            return 2;
        }

        BatchReport report = new BatchReport();
        List<Path> articles = new ArrayList<>();
        for (Path input : inputs) {
            articles.addAll(articlesIn(input, report, err));
        }
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
                Files.createDirectories(out);
            } catch (IOException e) {
                err.println("attribute: cannot create output folder " + about(out, e));
                return 1;
            }
        }

        Function<Article, Attribution> engine = engines.apply(known);
        Map<String, Path> written = new LinkedHashMap<>();
        for (Path file : articles) {
            if (!attributeOne(file, engine, exportFormat, written, report, stdout, err)) {
                // Standard output is gone: nothing more can be delivered.
                return 1;
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

    /**
     * Attributes one article and writes its result; any failure is one line on standard error and
     * the batch goes on.
     *
     * @return false only when standard output cannot be written to
     */
    private boolean attributeOne(Path file, Function<Article, Attribution> engine, ExportFormat exportFormat,
                                 Map<String, Path> written, BatchReport report, PrintWriter stdout, PrintWriter err) {
        long estimate = 0;
        try {
            estimate = ArticleScheduler.estimate(Files.size(file));
            if (scheduler.admit(estimate) == ArticleScheduler.Admission.TOO_BIG) {
                err.println("attribute: " + file + ": skipped, too large for the memory Java was given: it needs about "
                        + ArticleScheduler.megabytes(estimate) + ", " + ArticleScheduler.megabytes(scheduler.available())
                        + " are free; run Java with more, e.g. java -Xmx" + scheduler.suggestedXmx(estimate)
                        + " -jar quote-explorer.jar attribute …");
                report.failed();
                return true;
            }
            LoadedArticle loaded = ArticleReader.load(file);
            loaded.warnings().forEach(w -> err.println("attribute: warning: " + w));
            Attribution attribution = engine.apply(loaded.article());
            for (Diagnostic d : attribution.diagnostics()) {
                err.println("attribute: " + file + ": " + describe(d, loaded.article().text()));
            }
            int quotes = attribution.annotated().quotes().size();
            if (out == null) {
                exportFormat.write(attribution.annotated(), stdout); // streamed: a W3C export can be hundreds of MB
                stdout.flush();
                if (stdout.checkError()) {
                    // PrintWriter swallows the IOException: without this a full disk reports success.
                    err.println("attribute: cannot write to standard output (disk full or pipe closed?)");
                    return false;
                }
            } else {
                String id = loaded.article().id();
                Path previous = written.put(id, file);
                if (previous != null) {
                    // Two inputs named alike (a/story.txt, b/story.html) would overwrite each other.
                    err.println("attribute: " + file + ": skipped, its id \"" + id + "\" is already used by " + previous);
                    report.failed();
                    return true;
                }
                exportFormat.save(attribution.annotated(), out.resolve(exportFormat.fileName(id)));
            }
            report.attributed(quotes);
        } catch (IOException e) {
            fail(file, about(file, e), e, report, err);
        } catch (OutOfMemoryError e) {
            // The article and its half-made attribution were locals of this frame: they are garbage
            // now, and the next article starts with the heap it had before.
            fail(file, file + ": ran out of memory; run Java with more, e.g. java -Xmx"
                    + scheduler.suggestedXmx(Math.max(estimate, 2 * Runtime.getRuntime().maxMemory())) + " -jar quote-explorer.jar attribute …",
                    e, report, err);
        } catch (StackOverflowError e) {
            fail(file, file + ": could not be attributed: the text nests too deeply for the engine", e, report, err);
        } catch (RuntimeException e) {
            fail(file, file + ": could not be attributed: " + QuoteExplorerCommand.plainReason(e)
                    + (debug() ? "" : " (--debug shows where)"), e, report, err);
        }
        return true;
    }

    private void fail(Path file, String message, Throwable cause, BatchReport report, PrintWriter err) {
        err.println("attribute: " + message);
        if (debug()) {
            cause.printStackTrace(err);
        }
        report.failed();
    }

    private boolean debug() {
        return QuoteExplorerCommand.debugRequested(spec);
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
                    } else if (Files.isRegularFile(file) && looksLikeArticle(file)) {
                        found.add(file);
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

    /**
     * "warning: unclosed quotation mark … at line 2, column 50: “We need more…" — the line and
     * column count in the article's text (headline = line 1, one paragraph per line), and the
     * excerpt finds the place in the original file whatever its format.
     */
    static String describe(Diagnostic diagnostic, String text) {
        String message = diagnostic.severity().name().toLowerCase(Locale.ROOT) + ": " + diagnostic.message();
        if (diagnostic.span() == null || diagnostic.span().end() > text.length()) {
            return message;
        }
        int start = diagnostic.span().start();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        long line = text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        int column = text.codePointCount(lineStart, start) + 1;
        int lineEnd = text.indexOf('\n', start);
        String rest = text.substring(start, lineEnd < 0 ? text.length() : lineEnd);
        int cut = rest.offsetByCodePoints(0, Math.min(EXCERPT_CODE_POINTS, rest.codePointCount(0, rest.length())));
        String excerpt = cut < rest.length() ? rest.substring(0, cut) + "…" : rest;
        return message + " at line " + line + ", column " + column + ": " + excerpt;
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
