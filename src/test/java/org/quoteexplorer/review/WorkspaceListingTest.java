package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.quoteexplorer.review.WorkspaceFixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.io.SpeakerRegistryFile;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.model.QuoteStatus;

class WorkspaceListingTest {

    @TempDir
    Path folder;

    @Test
    void listsArticlesOfEveryKindRecursivelyByPathAndNothingElse() throws IOException {
        write(folder.resolve("b.txt"), "B\nbody");
        write(folder.resolve("a.md"), "# A\nbody");
        write(folder.resolve("sub/c.html"), "<h1>C</h1><p>body</p>");
        write(folder.resolve("sub/deeper/d.HTM"), "<h1>D</h1><p>body</p>");
        write(folder.resolve("sub/e.markdown"), "# E\nbody");
        // Not articles:
        write(folder.resolve(".hidden.txt"), "hidden");
        write(folder.resolve(".git/HEAD.txt"), "hidden folder");
        write(folder.resolve("notes.docx"), "other kind");
        write(folder.resolve("export.csv"), "document,quote\n");
        write(folder.resolve("export.jsonl"), "{}\n");
        write(folder.resolve(SpeakerRegistryFile.FILE_NAME), "{\"format\": \"" + SpeakerRegistryFile.FORMAT + "\", \"speakers\": []}");
        write(folder.resolve(WorkspaceFolder.SETTINGS_FILE), "{\"format\": \"" + WorkspaceFolder.SETTINGS_FORMAT + "\"}");
        Files.createDirectories(folder.resolve("empty.txt.d"));
        WorkspaceFixtures.reviewed(folder.resolve("sub/f.txt"), "F", WorkspaceFixtures.Q.of("a b c", "Jo", QuoteStatus.SUGGESTED));

        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));

        assertThat(ws.entries()).extracting(WorkspaceEntry::path).containsExactly(
                "a.md", "b.txt", "sub/c.html", "sub/deeper/d.HTM", "sub/e.markdown", "sub/f.txt");
        assertThat(ws.warnings()).isEmpty();
    }

    @Test
    void aLinkBackToAnOuterFolderIsNotFollowedForEver() throws IOException {
        write(folder.resolve("sub/a.txt"), "A\nbody");
        try {
            Files.createSymbolicLink(folder.resolve("sub/loop"), folder);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links are not available here").isTrue();
        }

        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));

        assertThat(ws.entries()).extracting(WorkspaceEntry::path).containsExactly("sub/a.txt");
    }

    @Test
    void aLinkedFolderElsewhereIsListedUnderItsLinkName() throws IOException {
        Path elsewhere = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-elsewhere"));
        write(elsewhere.resolve("x.txt"), "X\nbody");
        try {
            Files.createSymbolicLink(folder.resolve("linked"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links are not available here").isTrue();
        }

        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));

        assertThat(ws.entries()).extracting(WorkspaceEntry::path).containsExactly("linked/x.txt");
    }

    @Test
    void anArticleWithoutReviewIsNewAndTitledByItsFileName() throws IOException {
        write(folder.resolve("sub/story.txt"), "Headline here\nbody");

        WorkspaceEntry entry = Workspace.open(WorkspaceFolder.at(folder)).entries().get(0);

        assertThat(entry.state()).isEqualTo(ArticleState.NEW);
        assertThat(entry.title()).isEqualTo("story.txt");
        assertThat(entry.quotes()).isZero();
        assertThat(entry.size()).isEqualTo(Files.size(folder.resolve("sub/story.txt")));
        assertThat(entry.modified()).isEqualTo(Files.getLastModifiedTime(folder.resolve("sub/story.txt")).toInstant());
    }

    @Test
    void aFileIsNotAWorkspace() throws IOException {
        Path file = write(folder.resolve("a.txt"), "A");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WorkspaceFolder.at(file))
                .hasMessageContaining("a.txt").hasMessageContaining("not a folder");
    }
}
