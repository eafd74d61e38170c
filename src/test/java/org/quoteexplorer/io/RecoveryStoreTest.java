package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.QuoteStatus;

class RecoveryStoreTest {

    @TempDir
    Path folder;

    private RecoveryStore storeAt(String time) {
        return new RecoveryStore(folder.resolve("recovery"), Clock.fixed(Instant.parse(time), ZoneOffset.UTC));
    }

    @Test
    void savedRecoveryIsListedAndRestoresTheDocumentExactly() throws Exception {
        AnnotatedArticle document = Fixtures.multilingual();
        Path original = folder.resolve("summit.txt");

        storeAt("2025-06-23T16:00:00Z").save(document, original);
        List<RecoveryStore.Recovery> recoveries = storeAt("2025-06-23T17:00:00Z").list();

        assertThat(recoveries).singleElement().satisfies(r -> {
            assertThat(r.document()).isEqualTo(document);
            assertThat(r.original()).isEqualTo(original.toAbsolutePath());
            assertThat(r.savedAt()).isEqualTo(Instant.parse("2025-06-23T16:00:00Z"));
        });
    }

    @Test
    void laterAutosaveReplacesTheEarlierOneOfTheSameDocument() throws Exception {
        AnnotatedArticle document = Fixtures.multilingual();
        Path original = folder.resolve("summit.txt");
        RecoveryStore store = storeAt("2025-06-23T16:00:00Z");
        store.save(document, original);

        AnnotatedArticle edited = document.withQuotes(document.quotes().stream().map(q -> q.withStatus(QuoteStatus.ACCEPTED)).toList());
        store.save(edited, original);

        assertThat(store.list()).singleElement().extracting(RecoveryStore.Recovery::document).isEqualTo(edited);
        assertThat(store.find("summit", original)).get().extracting(RecoveryStore.Recovery::document).isEqualTo(edited);
    }

    @Test
    void documentsWithTheSameIdInDifferentFoldersKeepSeparateRecoveries() throws Exception {
        RecoveryStore store = storeAt("2025-06-23T16:00:00Z");

        store.save(Fixtures.multilingual(), folder.resolve("a/summit.txt"));
        store.save(Fixtures.multilingual(), folder.resolve("b/summit.txt"));
        store.save(Fixtures.multilingual(), null);

        assertThat(store.list()).hasSize(3);
    }

    @Test
    void discardedRecoveryIsGone() throws Exception {
        RecoveryStore store = storeAt("2025-06-23T16:00:00Z");
        Path original = folder.resolve("summit.txt");
        store.save(Fixtures.multilingual(), original);

        store.discard("summit", original);

        assertThat(store.list()).isEmpty();
        assertThat(store.find("summit", original)).isEmpty();
    }

    @Test
    void damagedRecoveryFileIsSkippedNotFatal() throws Exception {
        RecoveryStore store = storeAt("2025-06-23T16:00:00Z");
        store.save(Fixtures.multilingual(), null);
        Files.writeString(store.folder().resolve("torn" + RecoveryStore.SUFFIX), "{\"format\": \"quote-explo");

        assertThat(store.list()).hasSize(1);
    }

    @Test
    void missingFolderMeansNoRecoveries() throws Exception {
        assertThat(new RecoveryStore(folder.resolve("never-created")).list()).isEmpty();
    }
}
