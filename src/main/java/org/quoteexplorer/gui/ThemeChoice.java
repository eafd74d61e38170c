package org.quoteexplorer.gui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quoteexplorer.io.AtomicFiles;

/**
 * Whether the analyst chose the dark theme, kept across runs in {@code ~/.quote-explorer/theme.txt}
 * ("dark" or "light"), beside the recent-files list and for the same reason a plain file: a run
 * given another {@code -Duser.home} must not read or change the real user's choice.
 */
public final class ThemeChoice {

    static final String FILE_NAME = "theme.txt";

    private final Path file;
    private boolean dark;

    private ThemeChoice(Path file, boolean dark) {
        this.file = file;
        this.dark = dark;
    }

    public static ThemeChoice inUserHome() {
        return inFile(Path.of(System.getProperty("user.home"), ".quote-explorer", FILE_NAME));
    }

    /** The choice kept in {@code file}; an unreadable or odd file means the light theme. */
    public static ThemeChoice inFile(Path file) {
        boolean dark;
        try {
            dark = Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).strip().equals("dark");
        } catch (IOException | RuntimeException unreadable) {
            dark = false;
        }
        return new ThemeChoice(file, dark);
    }

    public boolean isDark() {
        return dark;
    }

    public void setDark(boolean chosen) {
        dark = chosen;
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, ((chosen ? "dark" : "light") + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException unwritable) {
            // a read-only home: the theme holds for this run and is chosen again next time
        }
    }
}
