package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.model.AnnotatedArticle;

/**
 * Kills a writer process at random moments, most of them in the middle of writing a 600 kB file,
 * and checks that what is on disk is always one whole generation: the old file or the new one.
 */
class KillDuringSaveTest {

    private static final int KILLS = 10;

    @TempDir
    Path folder;

    @Test
    void killedWriterAlwaysLeavesAWholeOldOrNewFile() throws Exception {
        Path target = folder.resolve("annotations.json");
        Path recoveryFolder = folder.resolve("recovery");
        Random random = new Random(42);
        int previousGeneration = -1;

        for (int kill = 0; kill < KILLS; kill++) {
            Process writer = RecoveryWriterMain.startSaving(target, recoveryFolder);
            try {
                Thread.sleep(random.nextInt(300));
                writer.destroyForcibly();
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                writer.destroyForcibly();
            }

            AnnotatedArticle onDisk = AnnotationJson.load(target);
            int generation = generationOf(onDisk);
            assertThat(onDisk).isEqualTo(RecoveryWriterMain.generation(generation));
            // one recovery per killed writer (each app keeps its own), each whole
            List<RecoveryStore.Recovery> recoveries = new RecoveryStore(recoveryFolder).list();
            assertThat(recoveries).hasSize(kill + 1);
            assertThat(recoveries).allSatisfy(r ->
                    assertThat(r.document()).isEqualTo(RecoveryWriterMain.generation(generationOf(r.document()))));
            previousGeneration = Math.max(previousGeneration, generation);
        }
        assertThat(previousGeneration).as("the writer got past its first save at least once").isPositive();
        try (var leftovers = Files.walk(folder)) {
            // Temporary files left by kills mid-write show the kills did land inside saves.
            System.out.println("KillDuringSaveTest: torn temporary files left behind: "
                    + leftovers.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    private static int generationOf(AnnotatedArticle document) {
        String headline = document.article().title();
        return Integer.parseInt(headline.substring("Headline ".length()));
    }
}
