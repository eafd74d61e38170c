package org.quoteexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.quoteexplorer.engine.Attribution;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.ArticleReader;
import org.quoteexplorer.io.ExportFormat;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.io.LoadedArticle;
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

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files (.txt, .md, .html) or folders of them.")
    private List<Path> inputs;

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

        List<Path> articles = new ArrayList<>();
        int failures = 0;
        for (Path input : inputs) {
            try {
                articles.addAll(articlesIn(input));
            } catch (IOException e) {
                err.println("attribute: " + about(input, e));
                failures++;
            }
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

        QuoteEngine engine = new QuoteEngine(known);
        Map<String, Path> written = new LinkedHashMap<>();
        for (Path file : articles) {
            try {
                LoadedArticle loaded = ArticleReader.load(file);
                loaded.warnings().forEach(w -> err.println("attribute: warning: " + w));
                Attribution attribution = engine.attribute(loaded.article());
                for (Diagnostic d : attribution.diagnostics()) {
                    err.println("attribute: " + file + ": " + describe(d, loaded.article().text()));
                }
                String result = exportFormat.write(attribution.annotated());
                if (out == null) {
                    stdout.print(result);
                    stdout.flush();
                    if (stdout.checkError()) {
                        // PrintWriter swallows the IOException: without this a full disk reports success.
                        err.println("attribute: cannot write to standard output (disk full or pipe closed?)");
                        return 1;
                    }
                } else {
                    String id = loaded.article().id();
                    Path previous = written.put(id, file);
                    if (previous != null) {
                        // Two inputs named alike (a/story.txt, b/story.html) would overwrite each other.
                        err.println("attribute: " + file + ": skipped, its id \"" + id + "\" is already used by " + previous);
                        failures++;
                        continue;
                    }
                    exportFormat.save(attribution.annotated(), out.resolve(exportFormat.fileName(id)));
                }
            } catch (IOException | RuntimeException e) {
                err.println("attribute: " + about(file, e));
                failures++;
            }
        }
        err.flush();
        return failures == 0 ? 0 : 1;
    }

    private static List<Path> articlesIn(Path input) throws IOException {
        if (!Files.exists(input)) {
            throw new IOException("no such file or folder");
        }
        if (!Files.isDirectory(input)) {
            if (AnnotationFiles.exportOnlyKind(input) != null) {
                throw new IOException("is a " + AnnotationFiles.exportOnlyKind(input) + " export, not an article");
            }
            if (AnnotationFiles.isAnnotationFile(input)) {
                throw new IOException("is an annotation file, not an article; convert changes its format, "
                        + "the app opens it for review");
            }
            return List.of(input);
        }
        List<Path> found;
        try (Stream<Path> files = Files.walk(input)) {
            found = files.filter(Files::isRegularFile)
                    .filter(AttributeCommand::looksLikeArticle)
                    .sorted()
                    .toList();
        }
        if (found.isEmpty()) {
            // Silence and exit code 0 here would read as "done" in a batch script that processed nothing.
            throw new IOException("no articles in this folder (looked for ." + String.join(", .", ARTICLE_EXTENSIONS) + ")");
        }
        return found;
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
        if (name.startsWith(".") || AnnotationFiles.isAnnotationFile(file)) {
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
