package org.quoteexplorer.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.quoteexplorer.model.AnnotatedArticle;

/**
 * The files of a workspace: a folder of articles, each with its saved review next to it
 * ({@code story.txt → story.quotes.json}), the speaker registry, and a small hidden file that
 * remembers where the analyst left off. Articles are named by their path relative to the folder,
 * with {@code /} between names, so that the saved place means the same on every system.
 */
public final class WorkspaceFolder {

    /** Where the list's place, order and filter are saved; hidden, so it is not listed as an article. */
    public static final String SETTINGS_FILE = ".quote-explorer-workspace.json";
    public static final String SETTINGS_FORMAT = "quote-explorer-workspace/1";

    private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm");

    private final Path root;

    private WorkspaceFolder(Path root) {
        this.root = root;
    }

    /** The workspace in {@code folder}; an article file stands for the folder it is in. */
    public static WorkspaceFolder at(Path folder) throws IOException {
        Path given = folder.toAbsolutePath().normalize();
        if (!Files.exists(given)) {
            throw new NoSuchFileException(given.toString(), null, "no such folder");
        }
        if (!Files.isDirectory(given)) {
            throw new NotDirectoryException(given + " is a file, not a folder of articles");
        }
        return new WorkspaceFolder(given);
    }

    public Path root() {
        return root;
    }

    /** The folder's own name, for a window title. */
    public String name() {
        Path name = root.getFileName();
        return name == null ? root.toString() : name.toString();
    }

    /** True for the names of files the app reads as articles: {@code .txt}, {@code .md}, {@code .markdown}, {@code .html}, {@code .htm}. */
    public static boolean isArticleName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && ARTICLE_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The articles anywhere under the folder, sorted by path. Hidden files and folders (a name
     * starting with a dot), saved reviews, exports and the registry are not articles; a linked
     * folder is followed once, a link back to a folder above it is not followed, and a folder
     * that cannot be read is left out rather than failing the whole list.
     */
    public List<ArticleFile> articles() throws IOException {
        List<Path> found = new ArrayList<>();
        List<BasicFileAttributes> attributes = new ArrayList<>();
        Set<Path> reviews = new HashSet<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (!attrs.isRegularFile() || name.startsWith(".")) {
                    return FileVisitResult.CONTINUE;
                }
                if (name.endsWith(AnnotationFiles.SIDECAR_SUFFIX)) {
                    // Collected now so that "has a review?" costs no second look at the disk.
                    reviews.add(file);
                } else if (isArticleName(name)) {
                    found.add(file);
                    attributes.add(attrs);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(root)) {
                    throw e;
                }
                // A link loop, a folder without permission, a file deleted while listing: leave it out.
                return FileVisitResult.CONTINUE;
            }
        });
        List<ArticleFile> articles = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Path file = found.get(i);
            BasicFileAttributes attrs = attributes.get(i);
            articles.add(new ArticleFile(relative(file), attrs.size(), attrs.lastModifiedTime().toInstant(),
                    reviews.contains(AnnotationFiles.sidecarOf(file))));
        }
        articles.sort(Comparator.comparing(ArticleFile::path));
        return articles;
    }

    /**
     * One article as {@link #articles()} lists it, looked at again (after a save), or empty when
     * the file is gone.
     */
    public Optional<ArticleFile> article(String path) throws IOException {
        Path file = resolve(path);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(new ArticleFile(path, attrs.size(), attrs.lastModifiedTime().toInstant(),
                Files.isRegularFile(AnnotationFiles.sidecarOf(file))));
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private String relative(Path file) {
        Path rel = root.relativize(file);
        StringBuilder joined = new StringBuilder();
        for (Path part : rel) {
            if (joined.length() > 0) {
                joined.append('/');
            }
            joined.append(part);
        }
        return joined.toString();
    }

    /**
     * The file of an article named by its relative path.
     *
     * @throws IllegalArgumentException for a path that leaves the folder (a damaged settings file
     *                                  must not make the app read or write elsewhere)
     */
    public Path resolve(String path) {
        Path file = root.resolve(path.replace('/', root.getFileSystem().getSeparator().charAt(0))).normalize();
        if (path.isEmpty() || !file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException(path + " is not a file inside the workspace " + root);
        }
        return file;
    }

    /** Where the review of an article is saved. */
    public Path reviewOf(String path) {
        return AnnotationFiles.sidecarOf(resolve(path));
    }

    /** Reads an article with the app's reader. */
    public LoadedArticle read(String path) throws IOException {
        try {
            return ArticleReader.load(resolve(path));
        } catch (AccessDeniedException e) {
            // The JDK's message is the bare file name.
            throw new IOException(path + ": permission denied", e);
        } catch (NoSuchFileException e) {
            throw new IOException(path + ": no longer there (deleted or moved while the workspace was open)", e);
        }
    }

    /** The saved review of an article, as saved (not re-anchored to a changed article). */
    public AnnotatedArticle loadReview(String path) throws IOException {
        return AnnotationJson.load(reviewOf(path));
    }

    /** The summary of an article's saved review, or empty if it has none. */
    public Optional<ReviewSummary> summary(String path) throws IOException {
        Path review = reviewOf(path);
        try {
            return Optional.of(summarise(review));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Counts a saved review's quotes, statuses and flags in one streaming pass: the article text
     * inside is skipped, never turned into a String, so a summary costs little memory however
     * long the article.
     *
     * @throws AnnotationFormatException naming the file, line and column when it is not a review
     */
    public static ReviewSummary summarise(Path review) throws IOException {
        try (InputStream in = Files.newInputStream(review);
                JsonParser parser = JsonSupport.MAPPER.createParser(in)) {
            try {
                return summarise(parser);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                throw new AnnotationFormatException(review + ": not a readable review at line "
                        + (at == null ? "?" : at.getLineNr()) + ", column " + (at == null ? "?" : at.getColumnNr()), e);
            }
        }
    }

    private static ReviewSummary summarise(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw notAReview(parser, "it does not start with {");
        }
        DocumentHead head = new DocumentHead(null, null);
        int quotes = 0;
        int reviewed = 0;
        int touched = 0;
        int flagged = 0;
        boolean sawFormat = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "format" -> sawFormat = value == JsonToken.VALUE_STRING
                        && parser.getText().startsWith("quote-explorer/");
                case "document" -> head = headOf(parser, value);
                case "quotes" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw notAReview(parser, "\"quotes\" is not a list");
                    }
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        QuoteCounts q = quoteIn(parser);
                        quotes++;
                        reviewed += q.reviewed ? 1 : 0;
                        touched += q.touched ? 1 : 0;
                        flagged += q.flagged && !q.reviewed && !q.scare ? 1 : 0;
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (!sawFormat) {
            throw notAReview(parser, "it is not a Quote Explorer review (no \"format\": \"quote-explorer/…\")");
        }
        return new ReviewSummary(head.title() == null ? "" : head.title(), quotes, reviewed, touched, flagged,
                head.published());
    }

    private record DocumentHead(String title, java.time.LocalDate published) {
    }

    private static DocumentHead headOf(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            throw notAReview(parser, "\"document\" is not an object");
        }
        String title = null;
        java.time.LocalDate published = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            if (field.equals("title") && token == JsonToken.VALUE_STRING) {
                title = parser.getText();
            } else if (field.equals("published") && token == JsonToken.VALUE_STRING) {
                // A malformed date is the full reader's to report when the review is opened.
                published = ArticleDates.parse(parser.getText()).orElse(null);
            } else {
                // The text is the bulk of the file: skipped without being decoded into a String.
                parser.skipChildren();
            }
        }
        return new DocumentHead(title, published);
    }

    private record QuoteCounts(boolean reviewed, boolean touched, boolean flagged, boolean scare) {
    }

    private static QuoteCounts quoteIn(JsonParser parser) throws IOException {
        String status = "suggested";
        String type = "direct";
        boolean flagged = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            if (field.equals("status") && token == JsonToken.VALUE_STRING) {
                status = parser.getText();
            } else if (field.equals("type") && token == JsonToken.VALUE_STRING) {
                type = parser.getText();
            } else if (field.equals("flags") && token == JsonToken.START_ARRAY) {
                flagged = parser.nextToken() != JsonToken.END_ARRAY;
                if (flagged) {
                    parser.skipChildren();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        boolean reviewed = status.equals("accepted") || status.equals("corrected") || status.equals("rejected");
        return new QuoteCounts(reviewed, !status.equals("suggested"), flagged, type.equals("scare"));
    }

    private static AnnotationFormatException notAReview(JsonParser parser, String why) {
        JsonLocation at = parser.currentLocation();
        return new AnnotationFormatException(why, at.getLineNr(), at.getColumnNr(), "", null);
    }

    /**
     * Saves a review the engine made for an article unless one is there already: an analyst's
     * review, saved while the engine worked, is never replaced. The file appears complete or not
     * at all.
     *
     * @return false if a review was already saved (nothing was written)
     */
    public boolean saveReviewIfAbsent(String path, AnnotatedArticle review) throws IOException {
        return saveReviewIfAbsent(path, review, AtomicFiles.Durability.NOW);
    }

    /**
     * As {@link #saveReviewIfAbsent(String, AnnotatedArticle)}; with {@link AtomicFiles.Durability#LATER}
     * nothing is forced to disk (a batch then calls {@link #syncReviews} once): forcing each of a
     * thousand small files took most of a batch's time.
     */
    public boolean saveReviewIfAbsent(String path, AnnotatedArticle review, AtomicFiles.Durability durability)
            throws IOException {
        Path target = reviewOf(path);
        if (Files.exists(target)) {
            return false;
        }
        Path folder = target.getParent();
        Path temp = folder.resolve(".qe-ws-" + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                Writer out = new OutputStreamWriter(java.nio.channels.Channels.newOutputStream(channel), StandardCharsets.UTF_8);
                AnnotationJson.write(review, out);
                out.flush();
                if (durability != AtomicFiles.Durability.LATER) {
                    channel.force(true);
                }
            }
            try {
                // A hard link is made only where no file is: an analyst's save in between wins.
                Files.createLink(target, temp);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof AccessDeniedException || Files.exists(target)) {
                    if (Files.exists(target)) {
                        return false;
                    }
                    throw (IOException) e;
                }
                // No hard links on this file system: the small window between look and rename is accepted.
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return true;
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Forces to disk the reviews of these articles saved with {@link AtomicFiles.Durability#LATER}.
     *
     * @return false if some could not be forced (they are complete, but a power loss may still take them)
     */
    public boolean syncReviews(Collection<String> paths) {
        List<Path> files = new ArrayList<>(paths.size());
        for (String path : paths) {
            files.add(reviewOf(path));
        }
        return AtomicFiles.syncAll(files);
    }

    // ------------------------------------------------------------------ settings

    /**
     * Where the analyst left the workspace; {@link WorkspaceSettings#DEFAULT} when nothing was saved.
     *
     * @throws AnnotationFormatException when the file is damaged, naming it with line and column
     */
    public WorkspaceSettings loadSettings() throws IOException {
        Path file = root.resolve(SETTINGS_FILE);
        if (!Files.isRegularFile(file)) {
            return WorkspaceSettings.DEFAULT;
        }
        String json = TextFiles.readJson(file);
        try {
            StrictNode rootNode = JsonSupport.parse(json).allowOnly(Set.of("format", "current", "sort", "descending",
                    "states", "filter", "flaggedOnly"));
            if (!SETTINGS_FORMAT.equals(rootNode.field("format").text())) {
                throw rootNode.field("format").error("expected \"" + SETTINGS_FORMAT + "\"");
            }
            List<String> states = new ArrayList<>();
            Optional<StrictNode> list = rootNode.optionalField("states");
            if (list.isPresent()) {
                for (StrictNode s : list.get().elements()) {
                    states.add(s.text());
                }
            }
            return new WorkspaceSettings(rootNode.optionalText("current"), rootNode.optionalText("sort"),
                    flag(rootNode, "descending"), states, rootNode.optionalText("filter"), flag(rootNode, "flaggedOnly"));
        } catch (AnnotationFormatException e) {
            throw e.in(file.toString());
        }
    }

    private static boolean flag(StrictNode node, String name) throws AnnotationFormatException {
        Optional<StrictNode> field = node.optionalField(name);
        if (field.isEmpty()) {
            return false;
        }
        if (!field.get().json().isBoolean()) {
            throw field.get().error("expected true or false");
        }
        return field.get().json().booleanValue();
    }

    /** Saves where the analyst is, atomically. */
    public void saveSettings(WorkspaceSettings settings) throws IOException {
        ObjectNode node = JsonSupport.object();
        node.put("format", SETTINGS_FORMAT);
        JsonSupport.putIfPresent(node, "current", settings.current());
        JsonSupport.putIfPresent(node, "sort", settings.sortKey());
        node.put("descending", settings.descending());
        ArrayNode states = node.putArray("states");
        settings.states().forEach(states::add);
        node.put("filter", settings.text());
        node.put("flaggedOnly", settings.flaggedOnly());
        AtomicFiles.write(root.resolve(SETTINGS_FILE), JsonSupport.pretty(node).getBytes(StandardCharsets.UTF_8));
    }
}
