package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.document.DocumentLoader;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.model.Speaker;

/**
 * The window no longer waits for the bundled speaker list before it shows: the loader takes the
 * list as it is being read, and only opening an article waits for it.
 */
class SpeakerListReadBesideStartUpTest {

    @TempDir
    Path folder;

    private Path article() throws Exception {
        Path file = folder.resolve("harbour.txt");
        Files.writeString(file, Fixtures.TEXT, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void anArticleOpenedWhileTheListIsStillBeingReadWaitsForItAndIsAttributedAsWithTheListAtHand() throws Exception {
        CompletableFuture<List<Speaker>> reading = new CompletableFuture<>();
        DocumentLoader early = new DocumentLoader(reading);
        Path file = article();
        CompletableFuture<DocumentLoader.Loaded> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return early.load(file);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        Thread.sleep(100);
        assertThat(opening).isNotDone();
        reading.complete(KnownSpeakers.loadDefault());

        DocumentLoader.Loaded loaded = opening.get(60, TimeUnit.SECONDS);
        DocumentLoader.Loaded expected = new DocumentLoader(KnownSpeakers.loadDefault()).load(file);
        assertThat(loaded.document().quotes()).isEqualTo(expected.document().quotes());
        assertThat(loaded.document().speakers()).isEqualTo(expected.document().speakers());
    }

    @Test
    void aSpeakerListThatCouldNotBeReadFailsTheOpeningWithItsOwnMessage() throws Exception {
        DocumentLoader broken = new DocumentLoader(CompletableFuture.failedFuture(
                new IllegalStateException("the bundled speaker list is unusable: line 3")));
        Path file = article();

        assertThatThrownBy(() -> broken.load(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the bundled speaker list is unusable: line 3");
    }
}
