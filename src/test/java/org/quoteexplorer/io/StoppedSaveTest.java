package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program stopped while it saves (SIGTERM: Ctrl+C's kin, a closed terminal, a shutdown) leaves
 * no temporary file beside the target: its shutdown hook removes the ones it was writing.
 */
class StoppedSaveTest {

    private static final int STOPS = 4;

    @TempDir
    Path folder;

    @Test
    void aStoppedWriterLeavesNoTemporaryFileBehind() throws Exception {
        Path target = folder.resolve("annotations.json");
        Path recoveryFolder = folder.resolve("recovery");
        Random random = new Random(7);
        for (int stop = 0; stop < STOPS; stop++) {
            Process writer = RecoveryWriterMain.startSaving(target, recoveryFolder);
            try {
                Thread.sleep(50 + random.nextInt(250));
                writer.destroy(); // SIGTERM: shutdown hooks run
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                writer.destroyForcibly();
            }
            try (Stream<Path> files = Files.walk(folder)) {
                assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp")))
                        .as("temporary files after stop %d", stop).isEmpty();
            }
            assertThat(AnnotationJson.load(target).article().id()).isEqualTo("generation");
        }
    }
}
