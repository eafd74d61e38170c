package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.SpeakerRegistryFile;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.review.WorkspaceFixtures.Q;

/**
 * A registry rename, merge or confirmation is one change over the registry and every saved review
 * it touches, and undoes as one step everywhere; all without a toolkit.
 */
class RegistryChangeTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-06T10:00:00Z");

    @TempDir
    Path folder;
    private Workspace ws;
    private RegistryHistory history;

    private static RegistryEntry entry(String id, String name, String... aliases) {
        return new RegistryEntry(id, name, List.of(aliases), SpeakerKind.PERSON, null, null, null, T0);
    }

    @BeforeEach
    void folderOfThreeArticles() throws IOException {
        SpeakerRegistryFile.update(SpeakerRegistryFile.in(folder), disk -> List.of(
                entry("nadia-okafor", "Nadia Okafor", "Okafor"), entry("n-okafor", "N. Okafor"),
                entry("lena-marsh", "Lena Marsh")));
        WorkspaceFixtures.reviewed(folder.resolve("a.txt"), "A",
                Q.of("The dock reopens", "Nadia Okafor", QuoteStatus.ACCEPTED),
                Q.of("Not before May", "Lena Marsh", QuoteStatus.SUGGESTED));
        WorkspaceFixtures.reviewed(folder.resolve("b.txt"), "B",
                Q.of("Ships wait", "Okafor", QuoteStatus.SUGGESTED),
                Q.of("Cranes are old", "N. Okafor", QuoteStatus.CORRECTED));
        WorkspaceFixtures.reviewed(folder.resolve("c.txt"), "C", Q.of("Fees rise", "Lena Marsh", QuoteStatus.SUGGESTED));
        ws = Workspace.open(WorkspaceFolder.at(folder));
        history = new RegistryHistory(ws);
    }

    private Map<String, String> savedFiles() throws IOException {
        return Map.of("a", Files.readString(folder.resolve("a.quotes.json")),
                "b", Files.readString(folder.resolve("b.quotes.json")),
                "c", Files.readString(folder.resolve("c.quotes.json")),
                "registry", Files.readString(SpeakerRegistryFile.in(folder)));
    }

    private AnnotatedArticle saved(String path) throws IOException {
        return ws.folder().loadReview(path);
    }

    private static List<String> names(AnnotatedArticle review) {
        return review.speakers().stream().map(Speaker::name).toList();
    }

    @Test
    void renameReachesEveryArticleWithTheSpeakerAndUndoesAsOneStepEverywhere() throws IOException {
        Map<String, String> before = savedFiles();

        RegistryChange rename = RegistryEdits.rename(ws.registry(), "nadia-okafor", "Nadia Okafor-Reyes",
                ws.reviews(Map.of()), T1);
        Workspace.Applied applied = history.perform(rename, Set.of());

        assertThat(applied.written()).containsExactly("a.txt", "b.txt");
        assertThat(applied.left()).isEmpty();
        assertThat(names(saved("a.txt"))).containsExactly("Nadia Okafor-Reyes", "Lena Marsh");
        assertThat(names(saved("b.txt"))).containsExactly("Nadia Okafor-Reyes", "N. Okafor");
        assertThat(saved("b.txt").speakers().get(0).aliases()).contains("Okafor");
        assertThat(saved("b.txt").speakers().get(0).registryId()).isEqualTo("nadia-okafor");
        Quote q = saved("a.txt").quotes().get(0);
        assertThat(q.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(q.history()).containsExactly(new HistoryEntry(T1, "rename-speaker", "Nadia Okafor", "Nadia Okafor-Reyes"));
        RegistryEntry renamed = SpeakerRegistry.of(SpeakerRegistryFile.load(SpeakerRegistryFile.in(folder)))
                .byId("nadia-okafor").orElseThrow();
        assertThat(renamed.name()).isEqualTo("Nadia Okafor-Reyes");
        assertThat(renamed.aliases()).containsExactly("Okafor", "Nadia Okafor");
        assertThat(Files.readString(folder.resolve("c.quotes.json"))).isEqualTo(before.get("c"));

        RegistryHistory.Step undo = history.undo(Set.of());

        assertThat(undo.applied().written()).containsExactlyInAnyOrder("a.txt", "b.txt");
        assertThat(savedFiles()).isEqualTo(before);
        assertThat(ws.registry().byId("nadia-okafor").orElseThrow().name()).isEqualTo("Nadia Okafor");

        history.redo(Set.of());

        assertThat(names(saved("a.txt"))).containsExactly("Nadia Okafor-Reyes", "Lena Marsh");
    }

    @Test
    void mergeMovesQuotesWhereBothAreQuotedRenamesWhereOnlyTheAbsorbedIsAndUndoes() throws IOException {
        Map<String, String> before = savedFiles();
        AnnotatedArticle b = saved("b.txt");

        history.perform(RegistryEdits.merge(ws.registry(), "nadia-okafor", "n-okafor", ws.reviews(Map.of()), T1), Set.of());

        AnnotatedArticle merged = saved("b.txt");
        // The article's own name for the kept speaker stays; the absorbed one's becomes an alias.
        assertThat(names(merged)).containsExactly("Okafor");
        assertThat(merged.speakers().get(0).registryId()).isEqualTo("nadia-okafor");
        assertThat(merged.quotes()).extracting(Quote::speakerId).containsOnly(b.speakers().get(0).id());
        assertThat(merged.quotes().get(1).status()).isEqualTo(QuoteStatus.CORRECTED);
        assertThat(merged.quotes().get(1).history()).extracting(HistoryEntry::action).containsExactly("merge-speaker");
        assertThat(merged.speakers().get(0).aliases()).containsExactly("N. Okafor");
        SpeakerRegistry registry = SpeakerRegistry.of(SpeakerRegistryFile.load(SpeakerRegistryFile.in(folder)));
        assertThat(registry.byId("n-okafor")).isEmpty();
        assertThat(registry.byId("nadia-okafor").orElseThrow().aliases()).containsExactly("Okafor", "N. Okafor");

        history.undo(Set.of());

        Map<String, String> after = savedFiles();
        for (String article : List.of("a", "b", "c")) {
            assertThat(after.get(article)).as(article).isEqualTo(before.get(article));
        }
        // The absorbed entry comes back, at the end of the file: the registry's order means nothing.
        assertThat(SpeakerRegistryFile.read(after.get("registry")))
                .containsExactlyInAnyOrderElementsOf(SpeakerRegistryFile.read(before.get("registry")));
    }

    @Test
    void mergeOfASpeakerQuotedAloneRenamesItToTheKeptName() throws IOException {
        Files.delete(folder.resolve("b.quotes.json"));
        WorkspaceFixtures.reviewed(folder.resolve("b.txt"), "B", Q.of("Cranes are old", "N. Okafor", QuoteStatus.SUGGESTED));
        ws = Workspace.open(WorkspaceFolder.at(folder));

        RegistryChange merge = RegistryEdits.merge(ws.registry(), "nadia-okafor", "n-okafor", ws.reviews(Map.of()), T1);

        AnnotatedArticle after = merge.after("b.txt").orElseThrow();
        assertThat(after.speakers()).extracting(Speaker::name, Speaker::registryId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nadia Okafor", "nadia-okafor"));
        assertThat(after.speakers().get(0).aliases()).contains("N. Okafor");
        assertThat(merge.paths()).containsExactly("b.txt");
    }

    @Test
    void undoLeavesAnArticleEditedSinceAndSaysSo() throws IOException {
        history.perform(RegistryEdits.rename(ws.registry(), "lena-marsh", "Lena Marsh-Diaz", ws.reviews(Map.of()), T1),
                Set.of());
        AnnotatedArticle edited = saved("c.txt");
        edited = edited.withQuotes(List.of(edited.quotes().get(0).withStatus(QuoteStatus.REJECTED)));
        AnnotationJson.save(edited, folder.resolve("c.quotes.json"));

        RegistryHistory.Step undo = history.undo(Set.of());

        assertThat(undo.applied().written()).containsExactly("a.txt");
        assertThat(undo.applied().left()).singleElement().asString().startsWith("c.txt: ").contains("changed since");
        assertThat(names(saved("c.txt"))).containsExactly("Lena Marsh-Diaz");
        assertThat(names(saved("a.txt"))).contains("Lena Marsh");
    }

    @Test
    void anotherAnalystsAdditionSurvivesAChangeAndItsUndo() throws IOException {
        RegistryChange rename = RegistryEdits.rename(ws.registry(), "lena-marsh", "Lena Marsh-Diaz", ws.reviews(Map.of()), T1);
        SpeakerRegistryFile.update(SpeakerRegistryFile.in(folder), disk -> {
            List<RegistryEntry> more = new java.util.ArrayList<>(disk);
            more.add(entry("tom-brook", "Tom Brook"));
            return more;
        });

        history.perform(rename, Set.of());
        history.undo(Set.of());

        SpeakerRegistry onDisk = SpeakerRegistry.of(SpeakerRegistryFile.load(SpeakerRegistryFile.in(folder)));
        assertThat(onDisk.byId("tom-brook")).isPresent();
        assertThat(onDisk.byId("lena-marsh").orElseThrow().name()).isEqualTo("Lena Marsh");
    }

    @Test
    void theArticleHeldInTheWindowIsLeftToTheWindowAndItsPartIsInTheChange() throws IOException {
        String a = Files.readString(folder.resolve("a.quotes.json"));
        AnnotatedArticle open = saved("a.txt");

        RegistryChange rename = RegistryEdits.rename(ws.registry(), "lena-marsh", "Lena Marsh-Diaz",
                ws.reviews(Map.of("a.txt", open)), T1);
        Workspace.Applied applied = history.perform(rename, Set.of("a.txt"));

        assertThat(applied.written()).containsExactly("c.txt");
        assertThat(Files.readString(folder.resolve("a.quotes.json"))).isEqualTo(a);
        assertThat(names(rename.after("a.txt").orElseThrow())).containsExactly("Nadia Okafor", "Lena Marsh-Diaz");
    }

    @Test
    void confirmingANewSpeakerAddsAnEntryWithItsColourAndLinksTheArticle() throws IOException {
        AnnotatedArticle open = WorkspaceFixtures.review("d", "D", Q.of("Tolls go", "Tom Brook", QuoteStatus.SUGGESTED));

        RegistryChange confirm = RegistryEdits.confirm(ws.registry(), "d.txt", open, "s1", T1);
        history.perform(confirm, Set.of("d.txt"));

        RegistryEntry added = ws.registry().byId("tom-brook").orElseThrow();
        assertThat(added.colour()).isEqualTo(RegistryColours.colourFor("tom-brook"));
        assertThat(RegistryColours.slotOf(added)).isEqualTo(RegistryColours.PALETTE.indexOf(added.colour()));
        AnnotatedArticle linked = confirm.after("d.txt").orElseThrow();
        assertThat(linked.speakers().get(0).registryId()).isEqualTo("tom-brook");
        assertThatThrownBy(() -> RegistryEdits.confirm(ws.registry(), "d.txt", linked, "s1", T1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already in the registry");

        history.undo(Set.of("d.txt"));

        assertThat(ws.registry().byId("tom-brook")).isEmpty();
    }

    @Test
    void confirmingAnAliasTeachesTheEntryTheArticlesFullName() {
        AnnotatedArticle open = WorkspaceFixtures.review("d", "D", Q.of("Tolls go", "Lena", QuoteStatus.SUGGESTED));
        open = open.withSpeakers(List.of(open.speakers().get(0).withName("L. Marsh").withAliases(List.of("Lena Marsh"))));

        RegistryChange confirm = RegistryEdits.confirm(ws.registry(), "d.txt", open, "s1", T1);

        assertThat(confirm.entries()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("lena-marsh");
            assertThat(c.after().aliases()).containsExactly("L. Marsh");
        });
    }

    @Test
    void inverseOfTheInverseIsTheChangeAndRenamingToAnotherEntrysNameIsRefused() {
        RegistryChange rename = RegistryEdits.rename(ws.registry(), "lena-marsh", "Lena Marsh-Diaz", ws.reviews(Map.of()), T1);

        assertThat(rename.inverse().inverse()).isEqualTo(rename);
        assertThat(rename.inverse()).isNotEqualTo(rename);
        assertThatThrownBy(() -> RegistryEdits.rename(ws.registry(), "lena-marsh", "okafor", Map.of(), T1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("merge the two instead");
    }
}
