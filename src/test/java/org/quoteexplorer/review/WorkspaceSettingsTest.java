package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quoteexplorer.review.WorkspaceFixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.io.WorkspaceFolder;

class WorkspaceSettingsTest {

    @TempDir
    Path folder;

    @BeforeEach
    void articles() throws IOException {
        write(folder.resolve("a.txt"), "Alpha\nbody");
        write(folder.resolve("b.txt"), "Beta\nbody");
        write(folder.resolve("sub/c.txt"), "Gamma\nbody");
    }

    @Test
    void reopeningRestoresTheCurrentArticleOrderAndFilter() throws IOException {
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));
        ws.setOrder(new EntryOrder(EntryOrder.Key.TITLE, true));
        ws.setFilter(new EntryFilter(Set.of(ArticleState.NEW, ArticleState.REVIEWED), "txt", true));
        ws.setCurrent("sub/c.txt");
        ws.saveSettings();

        Workspace again = Workspace.open(WorkspaceFolder.at(folder));

        assertThat(again.order()).isEqualTo(new EntryOrder(EntryOrder.Key.TITLE, true));
        assertThat(again.filter()).isEqualTo(new EntryFilter(Set.of(ArticleState.REVIEWED, ArticleState.NEW), "txt", true));
        assertThat(again.current()).contains("sub/c.txt");
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void aFolderNeverOpenedStartsByPathWithNothingCurrent() throws IOException {
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));

        assertThat(ws.order()).isEqualTo(EntryOrder.DEFAULT);
        assertThat(ws.filter()).isEqualTo(EntryFilter.ALL);
        assertThat(ws.current()).isEmpty();
        assertThat(ws.next().map(WorkspaceEntry::path)).contains("a.txt");
    }

    @Test
    void aCurrentArticleDeletedSinceIsForgotten() throws IOException {
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));
        ws.setCurrent("b.txt");
        ws.saveSettings();
        Files.delete(folder.resolve("b.txt"));

        assertThat(Workspace.open(WorkspaceFolder.at(folder)).current()).isEmpty();
    }

    @Test
    void aDamagedSettingsFileIsNamedAndTheListStartsAfresh() throws IOException {
        write(folder.resolve(WorkspaceFolder.SETTINGS_FILE), "{\"format\": \"quote-explorer-workspace/1\",\n \"sort\": 3}");

        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));

        assertThat(ws.order()).isEqualTo(EntryOrder.DEFAULT);
        assertThat(ws.warnings()).singleElement().asString()
                .contains(WorkspaceFolder.SETTINGS_FILE).contains("line 2").contains("default order");
    }

    @Test
    void unknownSortKeysAndStatesFromANewerVersionAreIgnoredWithAWarning() throws IOException {
        write(folder.resolve(WorkspaceFolder.SETTINGS_FILE), """
                {"format": "quote-explorer-workspace/1", "sort": "loudness", "states": ["new", "archived"],
                 "current": "a.txt"}
                """);

        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));

        assertThat(ws.order().key()).isEqualTo(EntryOrder.Key.PATH);
        assertThat(ws.filter().states()).containsExactly(ArticleState.NEW);
        assertThat(ws.current()).contains("a.txt");
        assertThat(ws.warnings()).hasSize(2);
    }

    @Test
    void aSavedPlaceOutsideTheFolderIsNeverFollowed() throws IOException {
        write(folder.resolve(WorkspaceFolder.SETTINGS_FILE),
                "{\"format\": \"quote-explorer-workspace/1\", \"current\": \"../elsewhere.txt\"}");

        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));

        assertThat(ws.current()).isEmpty();
        assertThatThrownBy(() -> ws.folder().resolve("../elsewhere.txt")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyArticlesOfTheWorkspaceCanBeCurrent() throws IOException {
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));

        assertThatThrownBy(() -> ws.setCurrent("nope.txt")).hasMessageContaining("nope.txt");
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws IOException {
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));
        ws.setCurrent("a.txt");
        ws.saveSettings();
        ws.setCurrent("b.txt");
        ws.saveSettings();

        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")))
                    .containsExactly(WorkspaceFolder.SETTINGS_FILE);
        }
    }
}
