package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.document.DocumentLoader;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.review.RadarReport;

/**
 * Cancel while a long article opens: the radar's run on it, which the loader started on its own
 * thread, is stopped, and its report never reaches the window. Without a toolkit: the test runs
 * the opening's work, its hand-over and the radar's thread one step at a time.
 */
@Timeout(120)
class CancelledOpeningStopsItsRadarTest {

    /**
     * The opening's work and its hand-over to the window as two steps, as on the real runner: Cancel
     * may come before the work, or after it and before the hand-over. A cancelled opening never
     * hands over.
     */
    private static final class SteppedRunner implements BackgroundRunner {
        private Callable<?> work;
        private Consumer<Object> onSuccess;
        private Object result;
        private boolean cancelled;
        final List<Object> worked = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> void run(String message, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            this.work = work;
            this.onSuccess = (Consumer<Object>) onSuccess;
            this.result = null;
            this.cancelled = false;
        }

        void work() throws Exception {
            result = work.call();
            worked.add(result);
        }

        void handOver() {
            if (!cancelled) {
                onSuccess.accept(result);
            }
            work = null;
        }

        @Override
        public boolean cancel() {
            boolean running = work != null && !cancelled;
            cancelled = true;
            return running;
        }
    }

    /** The loader's radar thread, run when the test says. */
    private static final class HeldExecutor implements Executor {
        private final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        int runAll() {
            List<Runnable> now = new ArrayList<>(tasks);
            tasks.clear();
            now.forEach(Runnable::run);
            return now.size();
        }
    }

    @TempDir
    Path folder;

    private final SteppedRunner runner = new SteppedRunner();
    private final HeldExecutor radarThread = new HeldExecutor();
    private final MainViewModel viewModel = new MainViewModel(
            new DocumentLoader(KnownSpeakers.loadDefault(), radarThread), runner, new StubDialogs(), RecentFiles.inMemory());

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Path longArticle() throws Exception {
        return write("long.txt", "Harbour Works\n" + "\u201CWe will rebuild the pier,\u201D said Mayor Ann Lee.\n"
                .repeat(DocumentLoader.ASSESS_LATER_QUOTES + 20));
    }

    /** A short article open, with its report: what must stay on screen. */
    private RadarReport openShortArticle() throws Exception {
        viewModel.open(write("harbour.txt", Fixtures.TEXT));
        runner.work();
        runner.handOver();
        radarThread.runAll();
        RadarReport shown = viewModel.radar().reportProperty().get();
        assertThat(shown).isNotNull();
        return shown;
    }

    private DocumentLoader.Loaded lastWorked() {
        return (DocumentLoader.Loaded) runner.worked.get(runner.worked.size() - 1);
    }

    @Test
    void cancelBeforeTheLoaderStartedTheRadarStopsTheRadarOnceItIsStarted() throws Exception {
        RadarReport before = openShortArticle();
        AnnotatedArticle shown = viewModel.session().getDocument();

        viewModel.open(longArticle());
        viewModel.cancelLoading();
        runner.work();
        runner.handOver();

        DocumentLoader.Loaded cancelled = lastWorked();
        assertThat(cancelled.document().quotes()).hasSizeGreaterThan(DocumentLoader.ASSESS_LATER_QUOTES);
        assertThat(cancelled.assessing()).as("the long article's radar run").isCancelled();
        assertThat(radarThread.runAll()).as("radar runs queued").isEqualTo(1);
        assertThat(cancelled.assessing()).isCancelled();
        assertThat(viewModel.session().getDocument()).isSameAs(shown);
        assertThat(viewModel.radar().reportProperty().get()).isSameAs(before);
    }

    @Test
    void cancelAfterTheLoaderStartedTheRadarStopsItAndTheNextArticleGetsItsOwnReport() throws Exception {
        RadarReport before = openShortArticle();

        viewModel.open(longArticle());
        runner.work();
        DocumentLoader.Loaded cancelled = lastWorked();
        assertThat(cancelled.assessing()).as("still being worked out").isNotDone();
        viewModel.cancelLoading();
        runner.handOver();

        assertThat(cancelled.assessing()).isCancelled();
        radarThread.runAll();
        assertThat(viewModel.radar().reportProperty().get()).isSameAs(before);

        Path next = write("ferry.txt", "Ferry News\n\n\u201CThe boats run again,\u201D said Tom Reyes.\n");
        viewModel.open(next);
        runner.work();
        runner.handOver();
        radarThread.runAll();
        assertThat(viewModel.session().articleFileProperty().get()).isEqualTo(next);
        RadarReport after = viewModel.radar().reportProperty().get();
        assertThat(after).isNotNull().isNotSameAs(before);
        assertThat(viewModel.radar().current()).as("the report is the open article's").isSameAs(after);
    }

    @Test
    void anOpeningNotCancelledGetsItsReport() throws Exception {
        openShortArticle();

        viewModel.open(longArticle());
        runner.work();
        // Without a toolkit the radar view model waits for the report at the hand-over: it is worked out first.
        radarThread.runAll();
        runner.handOver();

        DocumentLoader.Loaded opened = lastWorked();
        assertThat(opened.assessing()).isCompleted();
        assertThat(viewModel.session().getDocument()).isSameAs(opened.document());
        assertThat(viewModel.radar().reportProperty().get()).isNotNull();
        assertThat(viewModel.radar().reportProperty().get().queue()).isEqualTo(opened.assessing().join().queue());
    }
}
