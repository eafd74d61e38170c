package org.quoteexplorer.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
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

    /** Text written into the temporary file as UTF-8; the writer is buffered and closed by the caller. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
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
    private static final String TEMP_PREFIX = ".qe-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final int TEMP_RANDOM_CHARS = 12;
    private static final String TEMP_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    /** Only files named like ours are ever removed. */
    private static final Pattern TEMP_NAME = Pattern.compile(Pattern.quote(TEMP_PREFIX) + "[a-z0-9]{" + TEMP_RANDOM_CHARS + "}"
            + Pattern.quote(TEMP_SUFFIX));
    private static final int BUFFER_BYTES = 1 << 16;
    /**
     * Each thread's buffer, kept between saves: a batch saves thousands of small files, and
     * allocating and zeroing 64 KiB for each cost more than writing most of them. Empty while a
     * save of that thread is using it, so a save made from inside another's content gets its own.
     */
    private static final ThreadLocal<byte[]> SPARE_BUFFER = new ThreadLocal<>();

    /**
     * Temporary files being written right now: a stopped program (Ctrl+C, a terminal closed, a
     * system shutting down) runs its shutdown hooks but not the finally blocks of its busy
     * threads, and without the hook each stopped save left its temporary file beside the target
     * for an hour. A killed program (SIGKILL, a power loss) leaves them still; the next save into
     * that folder after the hour removes them.
     */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();
    /** Held while a temporary file is made and listed, and while the hook stops new ones. */
    private static final Object PROGRESS_LOCK = new Object();
    /** Set by the hook: the threads go on while it runs, and a save they start now would be left behind. */
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (PROGRESS_LOCK) {
                stopping = true;
            }
            for (Path temp : IN_PROGRESS) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException | RuntimeException ignored) {
                    // stopping anyway: what cannot be removed now goes with the next tidying
                }
            }
        }, "remove-unfinished-saves"));
    }

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
     * Streams text into the file as UTF-8 (a character outside well-formed UTF-16 becomes
     * {@code ?}, as with an {@code OutputStreamWriter}), without a writer and an encoder buffer per
     * file.
     */
    public static void writeText(Path target, TextContent content, Durability durability) throws IOException {
        write(target, out -> {
            Utf8Writer text = new Utf8Writer((Sink) out);
            content.writeTo(text);
            text.end();
        }, durability);
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
                synchronized (PROGRESS_LOCK) {
                    if (stopping) {
                        throw new IOException("cannot save " + target + ": the program is stopping");
                    }
                    created = createTemporary(folder);
                    IN_PROGRESS.add(created.path());
                }
            } catch (NoSuchFileException | NotDirectoryException e) {
                throw new IOException("cannot save " + target + ": folder " + folder + " does not exist", e);
            } catch (AccessDeniedException e) {
                // the temporary file is ours, not the analyst's: name the file they asked for
                throw new AccessDeniedException(target.toString(), null, "permission denied: the folder " + folder
                        + " cannot be written to");
            } catch (FileSystemException e) {
                if (!Files.isDirectory(folder)) {
                    throw new IOException("cannot save " + target + ": folder " + folder + " does not exist", e);
                }
                throw e;
            }
            temp = created.path();
            try (FileChannel channel = created.channel()) {
                byte[] buffer = SPARE_BUFFER.get();
                SPARE_BUFFER.remove();
                Sink out = new Sink(channel, buffer == null ? new byte[BUFFER_BYTES] : buffer);
                try {
                    content.writeTo(out);
                    out.drain();
                } finally {
                    SPARE_BUFFER.set(out.buffer);
                }
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
            if (temp != null) {
                IN_PROGRESS.remove(temp);
                if (!moved) {
                    Files.deleteIfExists(temp);
                }
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

    /**
     * Not from SecureRandom: the name need only differ from other saves' names, CREATE_NEW makes
     * a taken name harmless (it is never opened, let alone followed as a link), and a secure
     * generator read /dev/urandom and hashed with SHA-1 for every file of a batch.
     */
    static String temporaryName() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder(TEMP_PREFIX.length() + TEMP_RANDOM_CHARS + TEMP_SUFFIX.length())
                .append(TEMP_PREFIX);
        for (int i = 0; i < TEMP_RANDOM_CHARS; i++) {
            name.append(TEMP_ALPHABET.charAt(random.nextInt(TEMP_ALPHABET.length())));
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

    /**
     * The temporary file's buffered stream. {@code flush} waits for the end of the content: nobody
     * reads the temporary file before the rename, and a flush that wrote would cost a system call
     * (JSON writers flush when they close, then a line end follows).
     */
    private static final class Sink extends OutputStream {
        private final FileChannel channel;
        final byte[] buffer;
        int count;

        Sink(FileChannel channel, byte[] buffer) {
            this.channel = channel;
            this.buffer = buffer;
        }

        @Override
        public void write(int b) throws IOException {
            if (count == buffer.length) {
                drain();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > buffer.length - count) {
                drain();
                if (length >= buffer.length) {
                    writeFully(ByteBuffer.wrap(bytes, offset, length));
                    return;
                }
            }
            System.arraycopy(bytes, offset, buffer, count, length);
            count += length;
        }

        @Override
        public void flush() {
        }

        /** Room for at least {@code bytes} more in the buffer. */
        void reserve(int bytes) throws IOException {
            if (buffer.length - count < bytes) {
                drain();
            }
        }

        void drain() throws IOException {
            if (count > 0) {
                writeFully(ByteBuffer.wrap(buffer, 0, count));
                count = 0;
            }
        }

        private void writeFully(ByteBuffer bytes) throws IOException {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
    }

    /** UTF-8 straight into the sink's buffer. */
    private static final class Utf8Writer extends Writer {
        private final Sink out;
        /** A high surrogate whose low half may come with the next write, or 0. */
        private char high;

        Utf8Writer(Sink out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            put((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = offset, end = offset + length; i < end; i++) {
                char c = chars[i];
                if (c < 0x80 && high == 0) {
                    if (out.count == out.buffer.length) {
                        out.drain();
                    }
                    out.buffer[out.count++] = (byte) c;
                } else {
                    put(c);
                }
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset, end = offset + length; i < end; i++) {
                char c = text.charAt(i);
                if (c < 0x80 && high == 0) {
                    if (out.count == out.buffer.length) {
                        out.drain();
                    }
                    out.buffer[out.count++] = (byte) c;
                } else {
                    put(c);
                }
            }
        }

        private void put(char c) throws IOException {
            out.reserve(4);
            byte[] b = out.buffer;
            if (high != 0) {
                char first = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(first, c);
                    b[out.count++] = (byte) (0xF0 | cp >> 18);
                    b[out.count++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[out.count++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[out.count++] = (byte) (0x80 | cp & 0x3F);
                    return;
                }
                b[out.count++] = '?';
                out.reserve(3);
                b = out.buffer;
            }
            if (c < 0x80) {
                b[out.count++] = (byte) c;
            } else if (c < 0x800) {
                b[out.count++] = (byte) (0xC0 | c >> 6);
                b[out.count++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                b[out.count++] = '?';
            } else {
                b[out.count++] = (byte) (0xE0 | c >> 12);
                b[out.count++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[out.count++] = (byte) (0x80 | c & 0x3F);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        /** A high surrogate the content ended on has no pair. */
        void end() throws IOException {
            if (high != 0) {
                high = 0;
                out.write('?');
            }
        }
    }
}
