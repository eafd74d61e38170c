package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.review.CorpusFigures.SpeakerFigures;

class WorkspaceDatesTest {

    @Test
    void datesFromTheArticleFilesReachTheListAndTheCorpusFigures(@TempDir Path folder) throws IOException {
        WorkspaceFixtures.write(folder.resolve("early.html"), """
                <html><head><meta property="article:published_time" content="2025-01-10T09:00:00+01:00"></head>
                <body><article><h1>Port talks</h1><p>“We will sign soon,” said Ann Field.</p></article></body></html>
                """);
        WorkspaceFixtures.write(folder.resolve("late.md"), """
                ---
                date: 2025-02-20
                ---
                # Port talks end

                “We signed today,” said Ann Field.
                """);
        WorkspaceFixtures.write(folder.resolve("undated.txt"), "Port talks\n\n“It is done,” said Ann Field.\n");
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));

        ws.attributeMissing(1, AttributionListener.NONE, () -> false);
        Workspace reopened = Workspace.open(WorkspaceFolder.at(folder));

        assertThat(reopened.entries()).extracting(WorkspaceEntry::path, WorkspaceEntry::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple("early.html", LocalDate.of(2025, 1, 10)),
                org.assertj.core.groups.Tuple.tuple("late.md", LocalDate.of(2025, 2, 20)),
                org.assertj.core.groups.Tuple.tuple("undated.txt", null));
        CorpusFigures figures = CorpusFigures.of(reopened, SpeakerRegistry.of(List.of()));
        SpeakerFigures ann = figures.speakers().get(0);
        assertThat(ann.quotes()).isEqualTo(3);
        assertThat(ann.first()).contains(LocalDate.of(2025, 1, 10));
        assertThat(ann.last()).contains(LocalDate.of(2025, 2, 20));
        assertThat(figures.quotesPerDate()).containsExactly(Map.entry(LocalDate.of(2025, 1, 10), 1),
                Map.entry(LocalDate.of(2025, 2, 20), 1));
    }
}
