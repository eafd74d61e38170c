package org.quoteexplorer.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Replaces a file so that a crash or kill at any moment leaves either the old content or the new
 * one, never a torn mix: write a temporary file in the same folder (a rename is only atomic within
 * one file system), force it to disk, then rename it over the target.
 */
public final class AtomicFiles {

    /** What is written into the temporary file; the stream is buffered and closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Whether a save waits until its rename is on disk. */
    public enum Durability {
        /** The rename is forced to disk before {@code write} returns. */
        NOW,
        /**
         * The file's content is forced to disk but not the folder's record of the rename: for a
         * batch of saves into one folder, followed by one {@link #syncFolder}.
         */
        DEFER,
        /**
         * Nothing is forced: the new file is complete for every program at once, and a kill of
         * this one leaves the old content or the new, but a crash of the whole machine before a
         * later {@link #syncAll} may leave the file empty. For a batch, which forces everything
         * it wrote once at its end.
         */
        LATER
    }

    private static final Duration STALE_AFTER = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMP_PREFIX = ".qe-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final int TEMP_RANDOM_CHARS = 12;
    private static final String TEMP_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    /** Only files named like ours are ever removed. */
    private static final Pattern TEMP_NAME = Pattern.compile(Pattern.quote(TEMP_PREFIX) + "[a-z0-9]{" + TEMP_RANDOM_CHARS + "}"
            + Pattern.quote(TEMP_SUFFIX));
    private static final int BUFFER_BYTES = 1 << 16;

    /** Folders tidied of stale temporaries in this run: listing a folder after every save made batches quadratic. */
    private static final Set<Path> TIDIED = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger FOLDER_SCANS = new AtomicInteger();

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content), Durability.NOW);
    }

    /** Streams the content into the temporary file: a large export is never one String or byte array. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, Durability.NOW);
    }

    /**
     * @throws IOException or the content's RuntimeException; the target is then as it was, and
     *                     no temporary file is left
     */
    public static void write(Path target, Content content, Durability durability) throws IOException {
        Path file = target.toAbsolutePath();
        // One lstat answers "link?", "folder?" and "replacing a file?": a batch saves thousands
        // of files, and every check the JDK makes by name is a system call.
        BasicFileAttributes existing;
        try {
            existing = attributesOf(file);
        } catch (FileSystemException e) {
            if (e.getClass() != FileSystemException.class || file.getParent() == null || Files.isDirectory(file.getParent())) {
                throw e;
            }
            // "Not a directory": a file stands where the folder should be.
            throw new IOException("cannot save " + target + ": folder " + file.getParent() + " does not exist", e);
        }
        if (existing != null && existing.isSymbolicLink()) {
            // Replace what the link points at, not the link itself.
            file = file.toRealPath();
            existing = attributesOf(file);
        }
        if (existing != null && existing.isDirectory()) {
            // Else the rename fails with "<temp> -> <target>: Is a directory", naming a file the user never saw.
            throw new IOException(target + " is a folder; give a file name to save to");
        }
        Path folder = file.getParent();
        if (folder == null) {
            throw new IOException("cannot save " + target + ": folder " + folder + " does not exist");
        }
        boolean moved = false;
        Path temp = null;
        try {
            Temporary created;
            try {
                created = createTemporary(folder);
            } catch (NoSuchFileException | NotDirectoryException e) {
                throw new IOException("cannot save " + target + ": folder " + folder + " does not exist", e);
            } catch (FileSystemException e) {
                if (!Files.isDirectory(folder)) {
                    throw new IOException("cannot save " + target + ": folder " + folder + " does not exist", e);
                }
                throw e;
            }
            temp = created.path();
            try (FileChannel channel = created.channel()) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
                content.writeTo(out);
                out.flush();
                if (durability != Durability.LATER) {
                    // Without this, a power loss after the rename can leave a renamed but empty file.
                    channel.force(true);
                }
            }
            if (existing != null) {
                keepPermissions(file, temp);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                moved = true;
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot save " + target + " safely: its file system cannot replace files atomically", e);
            }
            if (durability == Durability.NOW) {
                syncFolder(folder);
            }
            if (TIDIED.add(folder)) {
                removeStaleTemporaries(folder);
            }
        } finally {
            if (!moved && temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** The target's own attributes (a link is not followed), or null if there is no such file yet. */
    private static BasicFileAttributes attributesOf(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Makes files saved with {@link Durability#LATER} durable, with their folders' records of the
     * renames: on Linux one {@code syncfs} per file system (through {@code sync -f}), which
     * costs about what forcing one file does, elsewhere or if that fails each file and folder
     * in turn.
     *
     * @return false if some file could not be forced (it is complete, but a power loss may still take it)
     */
    public static boolean syncAll(Collection<Path> files) {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path file : files) {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                folders.add(folder);
            }
        }
        if (files.isEmpty() || syncFileSystems(folders)) {
            return true;
        }
        boolean all = true;
        for (Path file : files) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            } catch (IOException | UnsupportedOperationException e) {
                all = false;
            }
        }
        folders.forEach(AtomicFiles::syncFolder);
        return all;
    }

    /** syncfs(2) of each folder's file system, if this is Linux and coreutils' sync can do it. */
    private static boolean syncFileSystems(Set<Path> folders) {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return false;
        }
        for (Path folder : folders) {
            try {
                Process sync = new ProcessBuilder("sync", "-f", folder.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (sync.waitFor() != 0) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Makes the renames of earlier {@link Durability#DEFER} saves in this folder durable. Not
     * possible on every OS (Windows cannot open folders), hence best effort.
     */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename is atomic already; only its durability across a power loss is weaker.
        }
    }

    /**
     * A short name of fixed length, whatever the target's: a target name near the file system's
     * 255-byte limit must not make its temporary file's name too long. Unlike
     * {@code Files.createTempFile}, which makes owner-only (0600) files, this honours the umask:
     * a new annotation file must be as readable to colleagues as a file from any other program,
     * and a replaced one takes the old permissions anyway.
     */
    private static Temporary createTemporary(Path folder) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve(temporaryName());
            try {
                // CREATE_NEW, like Files.createFile, honours the umask, and opens in the same call.
                return new Temporary(temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    private record Temporary(Path path, FileChannel channel) {
    }

    static String temporaryName() {
        StringBuilder name = new StringBuilder(TEMP_PREFIX);
        for (int i = 0; i < TEMP_RANDOM_CHARS; i++) {
            name.append(TEMP_ALPHABET.charAt(RANDOM.nextInt(TEMP_ALPHABET.length())));
        }
        return name.append(TEMP_SUFFIX).toString();
    }

    static boolean isTemporaryName(String name) {
        return TEMP_NAME.matcher(name).matches();
    }

    /**
     * A writer killed mid-save leaves its temporary file behind. Those older than an hour cannot
     * belong to a save still running, so they go; younger ones might, so they stay.
     */
    private static void removeStaleTemporaries(Path folder) {
        FOLDER_SCANS.incrementAndGet();
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(folder, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path temporary : temporaries) {
                if (isTemporaryName(temporary.getFileName().toString()) && Files.isRegularFile(temporary)
                        && Files.getLastModifiedTime(temporary).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(temporary);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tidying up is a courtesy; the save itself has succeeded.
        }
    }

    /** How many folders were listed for stale temporaries in this run; for tests. */
    static int folderScans() {
        return FOLDER_SCANS.get();
    }

    /** As at the start of a new run: each folder is tidied again at its next save. For tests. */
    static void forgetTidiedFolders() {
        TIDIED.clear();
    }

    /** Temporary files are created owner-only; a replaced file should keep the permissions it had. */
    private static void keepPermissions(Path original, Path replacement) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
            if (view != null) {
                Set<PosixFilePermission> permissions = view.readAttributes().permissions();
                Files.setPosixFilePermissions(replacement, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the content matters, the permissions are a courtesy.
        }
    }
}
