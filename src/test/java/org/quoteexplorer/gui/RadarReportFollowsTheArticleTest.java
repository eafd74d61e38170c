package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.document.DocumentLoader;
import org.quoteexplorer.gui.queue.RadarViewModel;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.review.Radar;
import org.quoteexplorer.review.RadarReport;
import org.quoteexplorer.review.edit.Edits;

/**
 * A long article shows before the radar's report on it is in: the list, the queue and the flags
 * follow when it comes, nothing counts as unsaved because of it, and a save made meanwhile waits
 * for it so the file carries the risks and flags.
 */
class RadarReportFollowsTheArticleTest {

    @TempDir
    Path folder;

    private final HeldExecutor fx = new HeldExecutor();
    private final HeldWriter writer = new HeldWriter();
    private final MainViewModel viewModel = new MainViewModel(new DocumentLoader(KnownSpeakers.loadDefault()),
            BackgroundRunner.inPlace(), writer, new StubDialogs(), RecentFiles.inMemory(), null);
    private final AnnotatedArticle document = Fixtures.document();
    private final RadarReport report = Radar.assess(document);
    private final CompletableFuture<RadarReport> coming = new CompletableFuture<>();

    @BeforeEach
    void openWhileTheReportIsComing() {
        assertThat(report.flagCount()).as("the fixture must have flags for this test to mean anything").isPositive();
        viewModel.radar().assessOn(Runnable::run, fx);
        viewModel.radar().expectComing(document, coming);
        viewModel.session().open(document, null, null);
        viewModel.session().select("q2");
    }

    @Test
    void theArticleAndItsQuotesShowAtOnceWithoutFlagsWhileTheReportIsComing() {
        assertThat(viewModel.session().getDocument()).isSameAs(document);
        assertThat(viewModel.quoteList().rows()).hasSize(document.quotes().size());
        assertThat(viewModel.quoteList().rows()).allSatisfy(row -> assertThat(row).isEqualTo(row.assessed(Assessment.NONE)));
        assertThat(viewModel.radar().reportProperty().get()).isNull();
        assertThat(viewModel.radar().queue()).isEmpty();
        assertThat(viewModel.radar().flagCountProperty().get()).isZero();
        assertThat(viewModel.article().flaggedQuoteIdsProperty().get()).isEmpty();
    }

    @Test
    void whenTheReportComesTheListQueueAndFlagsCarryItAndNothingIsUnsaved() {
        coming.complete(report);
        fx.runAll();

        assertThat(viewModel.radar().reportProperty().get().queue()).isEqualTo(report.queue());
        assertThat(viewModel.radar().flagCountProperty().get()).isEqualTo(report.flagCount());
        assertThat(viewModel.radar().queue()).extracting(RadarViewModel.QueueEntry::quoteId)
                .containsExactlyElementsOf(report.queue());
        assertThat(viewModel.article().flaggedQuoteIdsProperty().get()).containsExactlyInAnyOrderElementsOf(report.queue());
        for (QuoteRow row : viewModel.quoteList().rows()) {
            assertThat(row).isEqualTo(row.assessed(report.of(row.quoteId())));
        }
        assertThat(viewModel.session().getSelectedQuoteId()).isEqualTo("q2");
        assertThat(viewModel.session().isDirty()).isFalse();
        assertThat(viewModel.session().canUndoProperty().get()).isFalse();
    }

    @Test
    void aReportOvertakenByAnEditIsDroppedAndTheEditedArticleIsAssessed() {
        String riskiest = report.queue().get(0);
        viewModel.session().perform(Edits.withSystemClock().accept(document, riskiest));
        AnnotatedArticle edited = viewModel.session().getDocument();
        fx.runAll();
        RadarReport afterEdit = viewModel.radar().reportProperty().get();

        coming.complete(report);
        fx.runAll();

        assertThat(viewModel.radar().reportProperty().get()).isSameAs(afterEdit);
        assertThat(afterEdit.queue()).isEqualTo(Radar.assess(edited).queue());
        assertThat(afterEdit.queue()).doesNotContain(riskiest);
    }

    @Test
    void askedForTheNextFlagBeforeTheReportWasAppliedTheRadarTakesThatReportOnceInsteadOfAssessingAgain() {
        coming.complete(report);

        java.util.Optional<String> next = viewModel.radar().next(null);
        RadarReport applied = viewModel.radar().reportProperty().get();
        fx.runAll();

        assertThat(next).contains(report.queue().get(0));
        assertThat(applied.queue()).isEqualTo(report.queue());
        assertThat(viewModel.radar().reportProperty().get()).as("applied once").isSameAs(applied);
        assertThat(viewModel.radar().flagCountProperty().get()).isEqualTo(report.flagCount());
        assertThat(viewModel.session().isDirty()).isFalse();
    }

    @Test
    void aSaveMadeBeforeTheReportCameWaitsForItAndWritesItsRisksAndFlags() throws Exception {
        Path target = folder.resolve("harbour.quotes.json");
        viewModel.saveTo(target);
        CompletableFuture<Object> writing = CompletableFuture.supplyAsync(writer::callHeld);
        Thread.sleep(100);
        assertThat(writing).as("the writer waits for the report").isNotDone();

        coming.complete(report);
        writer.finish(writing.get(30, TimeUnit.SECONDS));

        AnnotatedArticle saved = AnnotationJson.load(target);
        assertThat(saved.assessments()).isNotEmpty();
        for (var quote : document.quotes()) {
            assertThat(saved.assessment(quote.id())).isEqualTo(report.of(quote.id()));
        }
        assertThat(viewModel.session().isDirty()).isFalse();
    }

    @Test
    void aLongArticleOpensWithTheRadarsReportStillComingAndTheReportIsTheRadarsOwn() throws Exception {
        Path file = folder.resolve("long.txt");
        java.nio.file.Files.writeString(file, "Harbour Works\n" + "\u201CWe will rebuild the pier,\u201D said Mayor Ann Lee.\n"
                .repeat(DocumentLoader.ASSESS_LATER_QUOTES + 20));

        DocumentLoader.Loaded loaded = new DocumentLoader(KnownSpeakers.loadDefault()).load(file);
        RadarReport own = Radar.assess(loaded.document(), KnownSpeakers.loadDefault());

        assertThat(loaded.document().quotes()).hasSizeGreaterThan(DocumentLoader.ASSESS_LATER_QUOTES);
        RadarReport given = loaded.assessing().get(60, TimeUnit.SECONDS);
        assertThat(given.queue()).isEqualTo(own.queue());
        assertThat(given.assessments()).isEqualTo(own.assessments());
    }

    /** Holds a save until the test runs its work (on any thread) and then hands the result back. */
    private static final class HeldWriter implements BackgroundRunner {
        private Callable<?> work;
        private Consumer<Object> onSuccess;

        @Override
        @SuppressWarnings("unchecked")
        public <T> void run(String message, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            this.work = work;
            this.onSuccess = (Consumer<Object>) onSuccess;
        }

        Object callHeld() {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        void finish(Object result) {
            onSuccess.accept(result);
        }
    }
}
