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
 * <p>One file per document and running app, named after the document id, a hash of the file it
 * belongs to and the app's process: two articles called "story" in different folders do not
 * overwrite each other's recovery, nor do two windows open on one file, and a window's save
 * discards its own recovery only. What a running app autosaves is not offered as a crash's at the
 * next start of another. Each is written atomically: a crash during autosave leaves the previous
 * recovery intact.
 */
public final class RecoveryStore {

    public static final String FORMAT = "quote-explorer-recovery/1";
    static final String SUFFIX = ".recovery.json";

    private final Path folder;
    private final Clock clock;
    /** The process whose recoveries this store writes and discards. */
    private final ProcessHandle owner;

    public RecoveryStore(Path folder) {
        this(folder, Clock.systemUTC());
    }

    public RecoveryStore(Path folder, Clock clock) {
        this(folder, clock, ProcessHandle.current());
    }

    /** @param owner the running app the recoveries are written by (another process stands for a second app in tests) */
    RecoveryStore(Path folder, Clock clock, ProcessHandle owner) {
        this.folder = folder.toAbsolutePath();
        this.clock = clock;
        this.owner = owner;
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
     * @param pid      the process of the app that wrote it, or -1 when not recorded (older recoveries)
     */
    public record Recovery(Path file, Path original, Instant savedAt, AnnotatedArticle document, long pid) {
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
        root.put("pid", owner.pid());
        root.set("annotations", AnnotationJson.toJson(document));
        Path file = fileFor(document.article().id(), original);
        AtomicFiles.write(file, out -> {
            Writer utf8 = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            JsonSupport.writePretty(root, utf8);
            utf8.flush();
        });
        return file;
    }

    /**
     * The recoveries left by apps that are no longer running (a crash), newest first; those of a
     * running app, this one or another window, are its own business. Files that cannot be read are
     * skipped: recovery must not block start-up.
     */
    public List<Recovery> list() throws IOException {
        List<Recovery> recoveries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return recoveries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                try {
                    Recovery recovery = read(file);
                    if (!writtenByRunningApp(recovery)) {
                        recoveries.add(recovery);
                    }
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

    /**
     * Whether the app that wrote the recovery still runs: its process is alive and started before
     * the recovery was saved (a process started later only reuses the number of one that crashed).
     */
    private boolean writtenByRunningApp(Recovery recovery) {
        // this app has just started: a recovery of its own number is a crashed app's, or a test's
        if (recovery.pid() < 0 || recovery.pid() == owner.pid()) {
            return false;
        }
        return ProcessHandle.of(recovery.pid()).filter(ProcessHandle::isAlive)
                .map(p -> p.info().startInstant().map(started -> !started.isAfter(recovery.savedAt())).orElse(true))
                .orElse(false);
    }

    static Recovery read(Path file) throws IOException {
        byte[] json = TextFiles.readBytes(file, JsonSupport.MAX_DOCUMENT_LENGTH, "a recovery file");
        try {
            StrictNode root = JsonSupport.parse(json).requireObject();
            StrictNode format = root.field("format");
            if (!FORMAT.equals(format.text())) {
                throw format.error("not a recovery file of this version");
            }
            root.allowOnly(Set.of("format", "savedAt", "original", "pid", "annotations"));
            Instant savedAt = root.field("savedAt").instant();
            Optional<StrictNode> original = root.optionalField("original");
            // recoveries written before the process was recorded belong to no running app
            long pid = root.has("pid") ? root.field("pid").integer() : -1;
            AnnotatedArticle document = AnnotationJson.fromJson(root.field("annotations"));
            return new Recovery(file, original.isPresent() ? Path.of(original.get().text()) : null, savedAt, document, pid);
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
        return folder.resolve(safeId + "-" + shortHash(where) + "-" + owner.pid() + SUFFIX);
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
