package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quoteexplorer.review.WorkspaceFixtures.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.engine.Attribution;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.ArticleReader;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.review.WorkspaceFixtures.Q;

class WorkspaceAttributionTest {

    @TempDir
    Path folder;

    private static String story(int n) {
        return "Council votes on budget " + n + "\n"
                + "“We will not raise taxes this year,” said Mayor Ann Field" + n + " on Monday.\n"
                + "Her rival, Tom Brook" + n + ", disagreed. “The numbers do not add up,” he told reporters.\n";
    }

    /** Records what the listener hears, in order. */
    private static final class Recorder implements AttributionListener {
        final List<String> heard = Collections.synchronizedList(new ArrayList<>());
        final List<WorkspaceEntry> entries = Collections.synchronizedList(new ArrayList<>());
        AttributionSummary finished;

        @Override
        public void started(int total) {
            heard.add("started " + total);
        }

        @Override
        public void attributed(WorkspaceEntry entry, int done, int total) {
            entries.add(entry);
            heard.add("attributed " + done + "/" + total);
        }

        @Override
        public void skipped(String path, String problem, int done, int total) {
            heard.add("skipped " + path + " " + (problem == null ? "kept" : "problem") + " " + done + "/" + total);
        }

        @Override
        public void finished(AttributionSummary summary) {
            finished = summary;
        }
    }

    @Test
    void unattributedArticlesGetTheReviewAttributeWritesAndReviewedOnesAreLeftAlone() throws IOException {
        for (int i = 1; i <= 4; i++) {
            write(folder.resolve((i % 2 == 0 ? "sub/" : "") + "story" + i + ".txt"), story(i));
        }
        WorkspaceFixtures.reviewed(folder.resolve("done.txt"), "Done", Q.of("kept words here", "Ann", QuoteStatus.ACCEPTED));
        byte[] reviewedBefore = Files.readAllBytes(folder.resolve("done.quotes.json"));
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));
        Recorder recorder = new Recorder();

        AttributionSummary summary = ws.attributeMissing(3, recorder, () -> false);

        assertThat(summary).isEqualTo(new AttributionSummary(4, 0, List.of(), false));
        assertThat(recorder.finished).isEqualTo(summary);
        assertThat(recorder.heard).containsExactly("started 4", "attributed 1/4", "attributed 2/4", "attributed 3/4",
                "attributed 4/4");
        assertThat(Files.readAllBytes(folder.resolve("done.quotes.json"))).isEqualTo(reviewedBefore);
        for (String path : List.of("story1.txt", "sub/story2.txt", "story3.txt", "sub/story4.txt")) {
            Path article = folder.resolve(path);
            AnnotatedArticle expected = new QuoteEngine().attribute(ArticleReader.read(article)).annotated();
            expected = expected.withAssessments(Radar.assess(expected).assessments());
            assertThat(Files.readString(AnnotationFiles.sidecarOf(article), StandardCharsets.UTF_8))
                    .as(path).isEqualTo(AnnotationJson.write(expected));
            WorkspaceEntry entry = ws.entry(path).orElseThrow();
            assertThat(entry.state()).isEqualTo(ArticleState.ATTRIBUTED);
            assertThat(entry.quotes()).isEqualTo(2);
            assertThat(entry.title()).startsWith("Council votes on budget");
            assertThat(recorder.entries).contains(entry);
        }
        // What the list holds is what opening the folder again reads.
        assertThat(Workspace.open(WorkspaceFolder.at(folder)).entries()).isEqualTo(ws.entries());
        assertThat(ws.missing()).isEmpty();
    }

    @Test
    void cancellingStopsTheArticleInTheEngineAndWritesNothingMore() throws IOException {
        for (int i = 1; i <= 5; i++) {
            write(folder.resolve("s" + i + ".txt"), story(i));
        }
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger calls = new AtomicInteger();
        QuoteEngine real = new QuoteEngine();
        Function<Article, Attribution> engine = article -> {
            if (calls.incrementAndGet() == 1) {
                return real.attribute(article);
            }
            // The second article is a long one: the analyst cancels while the engine is on it.
            cancel.set(true);
            long until = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < until) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("interrupted");
                }
                Thread.onSpinWait();
            }
            throw new AssertionError("the engine was not interrupted");
        };
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder), engine);
        long start = System.nanoTime();

        AttributionSummary summary = ws.attributeMissing(1, AttributionListener.NONE, cancel::get);

        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.attributed()).isEqualTo(1);
        assertThat(calls.get()).isEqualTo(2);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("s1.quotes.json", "s1.txt", "s2.txt", "s3.txt", "s4.txt", "s5.txt");
        }
        assertThat(ws.missing()).containsExactly("s2.txt", "s3.txt", "s4.txt", "s5.txt");
    }

    @Test
    void aReviewTheAnalystSavesMeanwhileIsNeverReplaced() throws IOException {
        write(folder.resolve("story.txt"), story(1));
        QuoteEngine real = new QuoteEngine();
        Function<Article, Attribution> engine = article -> {
            try {
                // The analyst saves this article's review while the engine works on it.
                WorkspaceFixtures.reviewed(folder.resolve("story.txt"), "Analyst's", Q.of("mine now", "Ann", QuoteStatus.ACCEPTED));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return real.attribute(article);
        };
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder), engine);
        Recorder recorder = new Recorder();

        AttributionSummary summary = ws.attributeMissing(2, recorder, () -> false);

        assertThat(summary).isEqualTo(new AttributionSummary(0, 1, List.of(), false));
        assertThat(recorder.heard).containsExactly("started 1", "skipped story.txt kept 1/1");
        assertThat(AnnotationJson.load(folder.resolve("story.quotes.json")).article().title()).isEqualTo("Analyst's");
        assertThat(ws.entry("story.txt").orElseThrow().state()).isEqualTo(ArticleState.REVIEWED);
    }

    @Test
    void anArticleThatCannotBeReadIsReportedAndTheOthersAreStillAttributed() throws IOException {
        write(folder.resolve("empty.txt"), "");
        write(folder.resolve("good.txt"), story(1));
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));
        Recorder recorder = new Recorder();

        // One thread, so that the order heard is the list's.
        AttributionSummary summary = ws.attributeMissing(1, recorder, () -> false);

        assertThat(summary.attributed()).isEqualTo(1);
        assertThat(summary.problems()).singleElement().asString().contains("empty.txt").contains("empty")
                .doesNotContain("Exception");
        assertThat(recorder.heard).containsExactly("started 2", "skipped empty.txt problem 1/2", "attributed 2/2");
        assertThat(ws.entry("empty.txt").orElseThrow().state()).isEqualTo(ArticleState.NEW);
        assertThat(ws.entry("empty.txt").orElseThrow().problem()).as("its row says why").contains("empty");
        assertThat(ws.entry("good.txt").orElseThrow().state()).isEqualTo(ArticleState.ATTRIBUTED);
    }

    @Test
    void twoArticlesThatWouldShareOneReviewFileAreNamedAndOnlyTheFirstIsAttributed() throws IOException {
        write(folder.resolve("sub/story.txt"), story(1));
        write(folder.resolve("sub/story.html"), "<h1>Other</h1><p>“Different words entirely,” said Lena Ortiz.</p>");
        write(folder.resolve("story.txt"), story(2));
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));

        AttributionSummary summary = ws.attributeMissing(2, AttributionListener.NONE, () -> false);

        WorkspaceEntry second = ws.entry("sub/story.txt").orElseThrow();
        assertThat(second.problem()).contains("sub/story.txt").contains("sub/story.html").contains("story.quotes.json");
        assertThat(ws.warnings()).containsExactly(second.problem());
        assertThat(summary.attributed()).isEqualTo(2);
        assertThat(AnnotationJson.load(folder.resolve("sub/story.quotes.json")).article().title()).isEqualTo("Other");
        assertThat(ws.entry("story.txt").orElseThrow().state()).isEqualTo(ArticleState.ATTRIBUTED);
    }

    @Test
    void aFailingListenerDoesNotMakeTheArticleFailOrCountTwice() throws IOException {
        write(folder.resolve("a.txt"), story(1));
        write(folder.resolve("b.txt"), story(2));
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));
        AtomicInteger heard = new AtomicInteger();
        AttributionListener failing = new AttributionListener() {
            @Override
            public void attributed(WorkspaceEntry entry, int done, int total) {
                heard.incrementAndGet();
                throw new IllegalStateException("listener bug");
            }
        };

        AttributionSummary summary = ws.attributeMissing(1, failing, () -> false);

        assertThat(summary).isEqualTo(new AttributionSummary(2, 0, List.of(), false));
        assertThat(heard.get()).isEqualTo(2);
    }

    @Test
    void theArticlesShownInTheListAreAttributedFirst() throws IOException {
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            write(folder.resolve(name), story(name.charAt(0)));
        }
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));
        ws.setOrder(new EntryOrder(EntryOrder.Key.PATH, true));
        ws.setFilter(EntryFilter.ALL.withText("b.txt"));

        assertThat(ws.missing()).containsExactly("b.txt", "c.txt", "a.txt");
    }
}
