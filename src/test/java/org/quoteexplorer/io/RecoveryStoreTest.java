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

    @Test
    void twoRunningAppsOnOneFileKeepTheirOwnRecoveriesAndNeitherIsOfferedAsACrash() throws Exception {
        Path original = folder.resolve("summit.txt");
        AnnotatedArticle document = Fixtures.multilingual();
        AnnotatedArticle edited = document.withQuotes(List.of(document.quotes().get(0).withStatus(QuoteStatus.REJECTED)));
        Path recoveries = folder.resolve("recovery");
        // this test's JVM and the process that started it stand for two apps open on one file
        RecoveryStore one = new RecoveryStore(recoveries, Clock.systemUTC(), ProcessHandle.current());
        RecoveryStore two = new RecoveryStore(recoveries, Clock.systemUTC(), ProcessHandle.current().parent().orElseThrow());

        one.save(document, original);
        two.save(edited, original);
        one.discard(document.article().id(), original);

        try (var files = Files.list(recoveries)) {
            assertThat(files.toList()).as("the second app's autosave survives the first one's save").hasSize(1);
        }
        assertThat(one.list()).as("the second app still runs: its work is no crash's").isEmpty();
    }

    @Test
    void theRecoveryOfAnAppThatIsGoneIsOffered() throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();
        Path recoveries = folder.resolve("recovery");
        new RecoveryStore(recoveries, Clock.systemUTC(), gone.toHandle()).save(Fixtures.multilingual(), folder.resolve("summit.txt"));

        assertThat(new RecoveryStore(recoveries).list()).singleElement()
                .satisfies(r -> assertThat(r.pid()).isEqualTo(gone.pid()));
    }
}
