package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quoteexplorer.model.QuoteStatus.ACCEPTED;
import static org.quoteexplorer.model.QuoteStatus.CORRECTED;
import static org.quoteexplorer.model.QuoteStatus.REJECTED;
import static org.quoteexplorer.model.QuoteStatus.SUGGESTED;
import static org.quoteexplorer.model.QuoteStatus.UNSURE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.review.WorkspaceFixtures.Q;

class WorkspaceSummaryTest {

    @TempDir
    Path folder;

    private static Q[] quotes(String statuses) {
        if (statuses.isBlank()) {
            return new Q[0];
        }
        String[] codes = statuses.trim().split("\\s+");
        Q[] qs = new Q[codes.length];
        for (int i = 0; i < codes.length; i++) {
            // A trailing ! marks a flagged quote.
            boolean flagged = codes[i].endsWith("!");
            QuoteStatus status = QuoteStatus.fromCode(flagged ? codes[i].substring(0, codes[i].length() - 1) : codes[i]);
            qs[i] = new Q("words number " + i + " here", "Speaker " + (i % 2), status, flagged);
        }
        return qs;
    }

    @ParameterizedTest(name = "[{0}] -> {1}, {2} reviewed, {3} flagged")
    @CsvSource(textBlock = """
            '',                                  ATTRIBUTED, 0, 0
            suggested suggested,                 ATTRIBUTED, 0, 0
            suggested! suggested!,               ATTRIBUTED, 0, 2
            unsure suggested,                    IN_REVIEW,  0, 0
            accepted suggested!,                 IN_REVIEW,  1, 1
            accepted! corrected rejected,        REVIEWED,   3, 0
            accepted unsure!,                    IN_REVIEW,  1, 1
            """)
    void theListShowsStateProgressAndUndecidedFlagsFromTheSavedReview(String statuses, ArticleState state, int reviewed,
            int flags) throws IOException {
        Q[] qs = quotes(statuses);
        WorkspaceFixtures.reviewed(folder.resolve("story.txt"), "Saved headline", qs);

        WorkspaceEntry entry = Workspace.open(WorkspaceFolder.at(folder)).entry("story.txt").orElseThrow();

        assertThat(entry.title()).isEqualTo("Saved headline");
        assertThat(entry.quotes()).isEqualTo(qs.length);
        assertThat(entry.reviewed()).isEqualTo(reviewed);
        assertThat(entry.flags()).isEqualTo(flags);
        assertThat(entry.state()).isEqualTo(state);
        assertThat(entry.problem()).isNull();
    }

    @Test
    void theSummaryReadFromTheFileIsTheOneCountedFromTheReviewInMemory() throws IOException {
        AnnotatedArticle review = WorkspaceFixtures.reviewed(folder.resolve("a/story.md"), "T",
                new Q("one two three", "A", ACCEPTED, true), new Q("four five six", "B", SUGGESTED, true),
                new Q("seven eight", null, UNSURE, false), new Q("nine ten", "A", REJECTED, true),
                new Q("eleven twelve", "B", CORRECTED, false));
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));
        WorkspaceEntry fromFile = ws.entry("a/story.md").orElseThrow();

        WorkspaceEntry fromMemory = ws.update("a/story.md", review);

        assertThat(fromMemory).isEqualTo(fromFile);
    }

    @Test
    void aDamagedReviewIsNamedAndItsArticleKeptInTheList() throws IOException {
        WorkspaceFixtures.write(folder.resolve("good.txt"), "Good\nbody");
        WorkspaceFixtures.write(folder.resolve("bad.txt"), "Bad\nbody");
        WorkspaceFixtures.write(AnnotationFiles.sidecarOf(folder.resolve("bad.txt")), "{\"format\": \"quote-explorer/1.1\",\n \"quotes\": [ {");

        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));

        WorkspaceEntry bad = ws.entry("bad.txt").orElseThrow();
        assertThat(bad.problem()).contains("bad.quotes.json").contains("line 2");
        assertThat(bad.state()).isEqualTo(ArticleState.ATTRIBUTED);
        assertThat(ws.warnings()).containsExactly(bad.problem());
        assertThat(ws.entry("good.txt").orElseThrow().state()).isEqualTo(ArticleState.NEW);
    }

    @Test
    void refreshReadsASavedReviewAgain() throws IOException {
        WorkspaceFixtures.write(folder.resolve("story.txt"), "Story\nbody");
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));
        assertThat(ws.entry("story.txt").orElseThrow().state()).isEqualTo(ArticleState.NEW);

        WorkspaceFixtures.reviewed(folder.resolve("story.txt"), "Story", Q.of("x y z", "A", ACCEPTED));
        WorkspaceEntry refreshed = ws.refresh("story.txt");

        assertThat(refreshed.state()).isEqualTo(ArticleState.REVIEWED);
        assertThat(ws.entries()).containsExactly(refreshed);
        assertThat(refreshed.size()).isEqualTo(Files.size(folder.resolve("story.txt")));
    }

    @Test
    void summariesDoNotDependOnFieldOrderOrUnknownFields() throws IOException {
        Path review = folder.resolve("x.quotes.json");
        Files.writeString(review, """
                {"quotes": [{"status": "accepted", "flags": [{"code": "conflict", "reason": "r"}], "id": "q1"},
                            {"flags": [], "status": "suggested", "type": "scare"},
                            {"type": "scare", "flags": [{"code": "conflict", "reason": "r"}]}],
                 "speakers": [],
                 "document": {"text": "long text", "title": "Late title", "extra": {"a": [1, 2]}},
                 "format": "quote-explorer/1"}
                """);

        org.quoteexplorer.io.ReviewSummary s = WorkspaceFolder.summarise(review);

        assertThat(List.of(s.title(), s.quotes(), s.reviewed(), s.touched(), s.flagged()))
                .containsExactly("Late title", 3, 1, 1, 0);
    }
}
