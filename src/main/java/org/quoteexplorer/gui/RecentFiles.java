package org.quoteexplorer.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/** The most recently opened files, newest first, kept across runs. */
public final class RecentFiles {

    public static final int LIMIT = 8;
    private static final String KEY = "recentFiles";

    private final Supplier<String> load;
    private final Consumer<String> store;

    public RecentFiles(Supplier<String> load, Consumer<String> store) {
        this.load = load;
        this.store = store;
    }

    public static RecentFiles inUserPreferences() {
        Preferences preferences = Preferences.userRoot().node("org/quoteexplorer/gui");
        return new RecentFiles(() -> preferences.get(KEY, ""), value -> preferences.put(KEY, value));
    }

    public static RecentFiles inMemory() {
        String[] value = {""};
        return new RecentFiles(() -> value[0], v -> value[0] = v);
    }

    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (String line : load.get().split("\n")) {
            if (!line.isBlank()) {
                files.add(Path.of(line));
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
}
