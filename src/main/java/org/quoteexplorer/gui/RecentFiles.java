package org.quoteexplorer.gui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.quoteexplorer.io.AtomicFiles;

/**
 * The most recently opened files, newest first, kept across runs in
 * {@code ~/.quote-explorer/recent-files.txt}, one path a line, beside the autosave folder.
 *
 * <p>A plain file under {@code user.home} rather than {@code java.util.prefs}: the preferences API
 * fixes its folder once per JVM and writes in the background, so a run (or a test) given another
 * {@code -Duser.home} could still read and change the real user's list.
 */
public final class RecentFiles {

    public static final int LIMIT = 8;
    static final String FILE_NAME = "recent-files.txt";

    private final Supplier<String> load;
    private final Consumer<String> store;

    public RecentFiles(Supplier<String> load, Consumer<String> store) {
        this.load = load;
        this.store = store;
    }

    /** {@code ~/.quote-explorer/recent-files.txt}, with {@code ~} the {@code user.home} of the moment. */
    public static RecentFiles inUserHome() {
        return inFile(Path.of(System.getProperty("user.home"), ".quote-explorer", FILE_NAME));
    }

    /**
     * The list kept in {@code file}. It is a convenience: a file that cannot be read counts as an
     * empty list and one that cannot be written leaves the list of this run only, so that neither
     * ever stops an article from opening.
     */
    public static RecentFiles inFile(Path file) {
        return new RecentFiles(() -> {
            try {
                return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            } catch (IOException | RuntimeException unreadable) {
                return "";
            }
        }, value -> {
            try {
                Files.createDirectories(file.getParent());
                AtomicFiles.write(file, (value + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException unwritable) {
                // a read-only home is no reason to refuse the article; the menu just forgets sooner
            }
        });
    }

    public static RecentFiles inMemory() {
        String[] value = {""};
        return new RecentFiles(() -> value[0], v -> value[0] = v);
    }

    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (String line : load.get().split("\n")) {
            if (!line.isBlank()) {
                try {
                    files.add(Path.of(line));
                } catch (java.nio.file.InvalidPathException edited) {
                    // a line someone typed into the file by hand; the others still count
                }
            }
        }
        return files;
    }

    public List<Path> add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(absolute);
        files.add(0, absolute);
        while (files.size() > LIMIT) {
            files.remove(files.size() - 1);
        }
        store.accept(String.join("\n", files.stream().map(Path::toString).toList()));
        return files;
    }

    /** Forgets a file, e.g. one that was moved or deleted since. */
    public List<Path> remove(Path file) {
        List<Path> files = new ArrayList<>(list());
        if (files.remove(file.toAbsolutePath().normalize())) {
            store.accept(String.join("\n", files.stream().map(Path::toString).toList()));
        }
        return files;
    }
}
