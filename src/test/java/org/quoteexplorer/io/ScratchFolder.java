package org.quoteexplorer.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A flat temporary folder for jqwik properties, which have no {@code @TempDir}: made before a container, emptied and removed after. */
final class ScratchFolder {

    private ScratchFolder() {
    }

    static Path create(String prefix) throws IOException {
        return Files.createTempDirectory(prefix);
    }

    static void remove(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }
}
