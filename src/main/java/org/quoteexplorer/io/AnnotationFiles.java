package org.quoteexplorer.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Span;

/**
 * Opening whatever the analyst points at: an article (with its saved annotations if they exist
 * next to it) or an exported annotation file, native or W3C.
 */
public final class AnnotationFiles {

    /** Suffix of the annotation file saved next to an article: {@code story.txt → story.quotes.json}. */
    public static final String SIDECAR_SUFFIX = ".quotes.json";

    private AnnotationFiles() {
    }

    /** Where the annotations of an article are saved by default. */
    public static Path sidecarOf(Path article) {
        Path name = article.getFileName();
        Path sidecar = Path.of(ArticleReader.idOf(name.toString()) + SIDECAR_SUFFIX);
        Path parent = article.getParent();
        return parent == null ? sidecar : parent.resolve(sidecar);
    }

    /**
     * The reviews saved anywhere under {@code folder}, sorted: annotation files the app can open,
     * not exports it cannot read back, not the workspace's speaker registry, not hidden files.
     */
    public static List<Path> reviewsIn(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> isAnnotationFile(f) && exportOnlyKind(f) == null
                            && !SpeakerRegistryFile.isRegistryFile(f) && !f.getFileName().toString().startsWith(".")
                            && !isCorpusCollection(f))
                    .sorted()
                    .toList();
        }
    }

    /**
     * True for a corpus export in W3C form (one collection of many articles, {@link CorpusWriter}):
     * it is not one article's review, and an earlier export left in the folder must not be read as
     * one by the next. Reads only as far as the collection's id, the first field after its context.
     */
    static boolean isCorpusCollection(Path file) {
        try (com.fasterxml.jackson.core.JsonParser parser = JsonSupport.MAPPER.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                com.fasterxml.jackson.core.JsonToken value = parser.nextToken();
                if (field.equals("id")) {
                    return value == com.fasterxml.jackson.core.JsonToken.VALUE_STRING
                            && parser.getText().startsWith(CorpusWriter.COLLECTION_ID_PREFIX);
                }
                if (!field.startsWith("@")) {
                    return false;
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            // not readable as JSON: left in the list, so that reading it says what is wrong with it
            return false;
        }
    }

    /** True for files that hold annotations rather than an article. */
    public static boolean isAnnotationFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonld");
    }

    /**
     * The export made of a file with this name, if it is one that cannot be read back: JSON Lines
     * and CSV hold one quote per line without the article text. {@code null} for anything else.
     */
    public static String exportOnlyKind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return "JSON Lines";
        }
        return name.endsWith(".csv") ? "CSV" : null;
    }

    private static String exportOnlyKind(Path file, byte[] bytes) {
        String byName = exportOnlyKind(file);
        if (byName != null) {
            return byName;
        }
        int start = JsonSupport.hasBom(bytes) ? 3 : 0;
        // Enough to tell the kinds apart; a cut multi-byte char at the end does not matter.
        String content = new String(bytes, start, Math.min(64, bytes.length - start), StandardCharsets.UTF_8);
        if (content.startsWith(String.join(",", CsvExport.COLUMNS.subList(0, 2)) + ",")) {
            return "CSV";
        }
        // In the native format "document" is an object; a JSON Lines quote names its document by id.
        return content.startsWith("{\"document\":\"") ? "JSON Lines" : null;
    }

    static AnnotationFormatException notReadable(Path file, String kind) {
        return new AnnotationFormatException(file + " is a " + kind + " export: one quote per line, without the article "
                + "text, so it cannot be read back. Use the native .json or W3C .jsonld file it was made from.");
    }

    /** Reads "quote-explorer/1" or the W3C collection this app writes, telling them apart by content. */
    public static AnnotatedArticle read(String json) throws AnnotationFormatException {
        return read(JsonSupport.parse(json));
    }

    private static AnnotatedArticle read(StrictNode root) throws AnnotationFormatException {
        if (W3cAnnotations.looksLikeW3c(root)) {
            return W3cAnnotations.fromJson(root);
        }
        return AnnotationJson.fromJson(root);
    }

    public static AnnotatedArticle load(Path file) throws IOException {
        byte[] json = TextFiles.readBytes(file, JsonSupport.MAX_DOCUMENT_LENGTH, "an annotation file");
        String exportOnly = exportOnlyKind(file, json);
        if (exportOnly != null) {
            throw notReadable(file, exportOnly);
        }
        try {
            return read(JsonSupport.parse(json));
        } catch (AnnotationFormatException e) {
            throw e.in(file.toString());
        }
    }

    /**
     * What opening a file gives the app.
     *
     * @param article     the article as read (for an annotation file: from its {@code document.text})
     * @param annotations the saved review, or {@code null} if there is none and the engine should run
     * @param reanchor    how the saved review was carried over to a changed article, or {@code null}
     *                    when the article had not changed or nothing was saved
     * @param savedTo     the file the review is saved to by default
     * @param warnings    messages for the analyst (fallback encoding, quotes that could not be re-anchored)
     */
    public record Opened(Article article, AnnotatedArticle annotations, Reanchor.Result reanchor, Path savedTo,
            List<String> warnings, Span changedText) {

        public Opened {
            warnings = List.copyOf(warnings);
        }

        Opened(Article article, AnnotatedArticle annotations, Reanchor.Result reanchor, Path savedTo, List<String> warnings) {
            this(article, annotations, reanchor, savedTo, warnings, null);
        }
    }

    /**
     * The part of {@code after} that differs from {@code before}: what lies between their common
     * beginning and their common end (empty where text was only taken out). One span for all the
     * changes, from the first to the last.
     */
    static Span changedText(String before, String after) {
        int limit = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new Span(prefix, after.length() - suffix);
    }

    /**
     * Opens an article or an annotation file. For an article, annotations saved next to it are
     * restored, re-anchored if the article changed since.
     */
    /**
     * The other article file whose review {@code saved} is, when it sits beside {@code file}
     * under the same name but another extension; empty when the review is this file's (or names
     * no file, as reviews of strings do).
     */
    private static Optional<String> otherArticleBeside(Path file, AnnotatedArticle saved) {
        String source = saved.article().source();
        String name = file.getFileName().toString();
        if (source == null || source.equals(name) || source.contains("/") || source.contains("\\")) {
            return Optional.empty();
        }
        Path other = file.resolveSibling(source);
        return ArticleReader.idOf(source).equals(ArticleReader.idOf(name)) && Files.isRegularFile(other)
                ? Optional.of(source) : Optional.empty();
    }

    public static Opened open(Path file) throws IOException {
        String exportOnly = exportOnlyKind(file);
        if (exportOnly != null) {
            // Read as an article, its CSV or JSON text would come up as a "story" full of quotes.
            throw notReadable(file, exportOnly);
        }
        if (isAnnotationFile(file)) {
            AnnotatedArticle annotations = load(file);
            return new Opened(annotations.article(), annotations, null, file, List.of());
        }
        LoadedArticle loaded = ArticleReader.load(file);
        Article article = loaded.article();
        Path sidecar = sidecarOf(file);
        if (!Files.isRegularFile(sidecar)) {
            return new Opened(article, null, null, sidecar, loaded.warnings());
        }
        AnnotatedArticle saved = AnnotationJson.load(sidecar);
        Optional<String> owner = otherArticleBeside(file, saved);
        if (owner.isPresent()) {
            // story.txt beside story.html: the review file is the other article's, and saving this
            // one there would replace that review. Attributed afresh, saved only where the analyst says.
            List<String> warnings = new java.util.ArrayList<>(loaded.warnings());
            warnings.add(sidecar.getFileName() + " holds the review of " + owner.get() + ", which is beside "
                    + file.getFileName() + ": this article was attributed afresh, and Save asks where to put its review. "
                    + "Rename one of the two files to keep both reviews beside them.");
            return new Opened(article, null, null, null, warnings);
        }
        if (Reanchor.isCurrent(saved, article)) {
            Reanchor.Result same = Reanchor.reanchor(saved, article);
            return new Opened(article, same.document(), null, sidecar, loaded.warnings());
        }
        Reanchor.Result moved = Reanchor.reanchor(saved, article);
        List<String> warnings = new java.util.ArrayList<>(loaded.warnings());
        warnings.add(file.getFileName() + " changed since its annotations were saved; "
                + (moved.document().quotes().size()) + " quotes were found again"
                + (moved.isComplete() ? "." : ", " + moved.unanchored().size() + " could not be placed: "
                + moved.unanchored().stream().map(u -> u.quote().id()).toList()));
        return new Opened(article, moved.document(), moved, sidecar, warnings, changedText(saved.text(), article.text()));
    }
}
