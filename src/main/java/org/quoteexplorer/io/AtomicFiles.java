package org.quoteexplorer.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Replaces a file so that a crash or kill at any moment leaves either the old content or the new
 * one, never a torn mix: write a temporary file in the same folder (a rename is only atomic within
 * one file system), force it to disk, then rename it over the target.
 */
public final class AtomicFiles {

    private static final Duration STALE_AFTER = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.isSymbolicLink(file)) {
            // Replace what the link points at, not the link itself.
            file = file.toRealPath();
        }
        if (Files.isDirectory(file)) {
            // Else the rename fails with "<temp> -> <target>: Is a directory", naming a file the user never saw.
            throw new IOException(target + " is a folder; give a file name to save to");
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot save " + target + ": folder " + folder + " does not exist");
        }
        Path temp = createTemporary(folder, file.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // Without this, a power loss after the rename can leave a renamed but empty file.
                channel.force(true);
            }
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot save " + target + " safely: its file system cannot replace files atomically", e);
            }
            forceFolder(folder);
            removeStaleTemporaries(folder, file.getFileName().toString());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Unlike {@code Files.createTempFile}, which makes owner-only (0600) files, this honours the
     * umask: a new annotation file must be as readable to colleagues as a file from any other
     * program, and a replaced one takes the old permissions anyway.
     */
    private static Path createTemporary(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    /**
     * A writer killed mid-save leaves its temporary file behind. Those older than an hour cannot
     * belong to a save still running, so they go; younger ones might, so they stay.
     */
    private static void removeStaleTemporaries(Path folder, String name) {
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(folder, "." + globEscape(name) + ".*.tmp")) {
            for (Path temporary : temporaries) {
                if (Files.getLastModifiedTime(temporary).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(temporary);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tidying up is a courtesy; the save itself has succeeded.
        }
    }

    private static String globEscape(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /** Temporary files are created owner-only; a replaced file should keep the permissions it had. */
    private static void keepPermissions(Path original, Path replacement) {
        try {
            if (Files.exists(original)) {
                PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
                if (view != null) {
                    Set<PosixFilePermission> permissions = view.readAttributes().permissions();
                    Files.setPosixFilePermissions(replacement, permissions);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the content matters, the permissions are a courtesy.
        }
    }

    /** Makes the rename itself durable. Not possible on every OS (Windows cannot open folders), hence best effort. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename is atomic already; only its durability across a power loss is weaker.
        }
    }
}
