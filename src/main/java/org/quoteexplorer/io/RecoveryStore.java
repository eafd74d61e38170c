package org.quoteexplorer.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quoteexplorer.model.AnnotatedArticle;

/**
 * Recovery files for autosave: the GUI saves the open review here every few idle seconds and
 * discards it after a real save; on the next start, what is still here was not saved before a
 * crash and can be offered for restoring.
 *
 * <p>One file per document, named after the document id and a hash of the file it belongs to, so
 * that two articles called "story" in different folders do not overwrite each other's recovery.
 * Each is written atomically: a crash during autosave leaves the previous recovery intact.
 */
public final class RecoveryStore {

    public static final String FORMAT = "quote-explorer-recovery/1";
    static final String SUFFIX = ".recovery.json";

    private final Path folder;
    private final Clock clock;

    public RecoveryStore(Path folder) {
        this(folder, Clock.systemUTC());
    }

    public RecoveryStore(Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath();
        this.clock = clock;
    }

    /** {@code ~/.quote-explorer/recovery}. */
    public static RecoveryStore inUserHome() {
        return new RecoveryStore(Path.of(System.getProperty("user.home"), ".quote-explorer", "recovery"));
    }

    public Path folder() {
        return folder;
    }

    /**
     * A recovery on disk.
     *
     * @param original the file the review belongs to (article or annotation file), or {@code null} if never saved
     */
    public record Recovery(Path file, Path original, Instant savedAt, AnnotatedArticle document) {
    }

    /**
     * Saves (replaces) the recovery of one document.
     *
     * @param original the file the review belongs to, or {@code null} for one never saved
     * @return the recovery file
     */
    public Path save(AnnotatedArticle document, Path original) throws IOException {
        createFolder();
        ObjectNode root = JsonSupport.object();
        root.put("format", FORMAT);
        root.put("savedAt", clock.instant().toString());
        if (original != null) {
            root.put("original", original.toAbsolutePath().toString());
        }
        root.set("annotations", AnnotationJson.toJson(document));
        Path file = fileFor(document.article().id(), original);
        AtomicFiles.write(file, out -> {
            Writer utf8 = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            JsonSupport.writePretty(root, utf8);
            utf8.flush();
        });
        return file;
    }

    /** All recoveries, newest first. Files that cannot be read are skipped: recovery must not block start-up. */
    public List<Recovery> list() throws IOException {
        List<Recovery> recoveries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return recoveries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                try {
                    recoveries.add(read(file));
                } catch (IOException e) {
                    // A recovery written by another version or damaged on disk; it stays for inspection.
                }
            }
        }
        recoveries.sort(Comparator.comparing(Recovery::savedAt).reversed());
        return recoveries;
    }

    /** The recovery of the document saved for {@code original}, if any. */
    public Optional<Recovery> find(String documentId, Path original) throws IOException {
        Path file = fileFor(documentId, original);
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    public void discard(Recovery recovery) throws IOException {
        Files.deleteIfExists(recovery.file());
    }

    /** After a real save the recovery is no longer needed. */
    public void discard(String documentId, Path original) throws IOException {
        Files.deleteIfExists(fileFor(documentId, original));
    }

    static Recovery read(Path file) throws IOException {
        byte[] json = TextFiles.readBytes(file, JsonSupport.MAX_DOCUMENT_LENGTH, "a recovery file");
        try {
            StrictNode root = JsonSupport.parse(json).requireObject();
            StrictNode format = root.field("format");
            if (!FORMAT.equals(format.text())) {
                throw format.error("not a recovery file of this version");
            }
            root.allowOnly(Set.of("format", "savedAt", "original", "annotations"));
            Instant savedAt = root.field("savedAt").instant();
            Optional<StrictNode> original = root.optionalField("original");
            AnnotatedArticle document = AnnotationJson.fromJson(root.field("annotations"));
            return new Recovery(file, original.isPresent() ? Path.of(original.get().text()) : null, savedAt, document);
        } catch (AnnotationFormatException e) {
            throw e.in(file.toString());
        }
    }

    private Path fileFor(String documentId, Path original) {
        String where = original == null ? "unsaved" : original.toAbsolutePath().normalize().toString();
        String safeId = documentId.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (safeId.codePointCount(0, safeId.length()) > 80) {
            safeId = safeId.substring(0, safeId.offsetByCodePoints(0, 80));
        }
        return folder.resolve(safeId + "-" + shortHash(where) + SUFFIX);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Owner-only where the file system allows: recoveries hold whole articles and the analyst's notes. */
    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(folder);
        }
    }
}
