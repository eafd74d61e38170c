package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.document.DocumentLoader;
import org.quoteexplorer.gui.queue.RadarViewModel;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.speakers.SpeakerQuotesViewModel;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.review.Radar;
import org.quoteexplorer.review.RadarReport;
import org.quoteexplorer.review.edit.Edits;

/**
 * A long article shows before the radar's report on it is in: the list, the queue and the flags
 * follow when it comes, nothing counts as unsaved because of it, and a save made meanwhile waits
 * for it so the file carries the risks and flags. No key waits for it: the radar says it is
 * still assessing, edits apply at once, and the report that comes respects them.
 */
@Timeout(60) // a key that waits for the held report would hang, not fail
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
    void keysBeforeTheReportComeBackWhileItIsStillHeldBack() {
        assertThat(coming).isNotDone();

        // a join of the held report would never return: each key must come back on its own
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            viewModel.review().selectNextFlagged();
            viewModel.review().selectPreviousFlagged();
            viewModel.review().accept();
            viewModel.session().select("q3");
            viewModel.review().reject();
            viewModel.review().undo();
            viewModel.review().markUnsure();
            viewModel.bulkAccept();
            assertThat(viewModel.radar().current()).isNull();
            assertThat(viewModel.radar().currentForOpenQuotes()).isNull();
            assertThat(viewModel.radar().flagsOf("q3")).isEmpty();
        });

        assertThat(coming).as("still held back").isNotDone();
        assertThat(viewModel.session().getDocument().quote("q2").orElseThrow().status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(viewModel.session().getDocument().quote("q3").orElseThrow().status()).isEqualTo(QuoteStatus.UNSURE);
        assertThat(viewModel.radar().isAssessing()).isTrue();
        assertThat(viewModel.radar().assessingProperty().get()).isTrue();
    }

    @Test
    void nextAndPreviousFlagSayTheRadarIsStillAssessingAndStayPut() {
        viewModel.review().selectNextFlagged();

        assertThat(viewModel.review().messageProperty().get()).isEqualTo(RadarViewModel.STILL_ASSESSING);
        assertThat(viewModel.session().getSelectedQuoteId()).isEqualTo("q2");

        viewModel.session().select("q1");
        viewModel.review().selectPreviousFlagged();
        assertThat(viewModel.review().messageProperty().get()).isEqualTo(RadarViewModel.STILL_ASSESSING);
        assertThat(viewModel.session().getSelectedQuoteId()).isEqualTo("q1");

        coming.complete(report);
        fx.runAll();
        viewModel.review().selectNextFlagged();
        assertThat(viewModel.session().getSelectedQuoteId()).isEqualTo(report.queue().get(0));
        assertThat(viewModel.radar().isAssessing()).isFalse();
    }

    @Test
    void theStatusBarAndTheQueueSayTheRadarIsAssessingUntilTheReportComes() {
        assertThat(viewModel.radar().flagTextBinding().get()).isEqualTo(RadarViewModel.ASSESSING_FLAGS);

        coming.complete(report);
        fx.runAll();

        assertThat(viewModel.radar().assessingProperty().get()).isFalse();
        assertThat(viewModel.radar().flagTextBinding().get()).isEqualTo(report.flagCount() + " flags");
    }

    @Test
    void anAcceptanceBeforeTheReportRecordsNoFlagsItDidNotShow() {
        String flagged = report.queue().get(0);
        assertThat(report.of(flagged).flags()).isNotEmpty();
        viewModel.session().select(flagged);

        viewModel.review().accept();

        assertThat(viewModel.session().getDocument().quote(flagged).orElseThrow().history())
                .extracting(HistoryEntry::action).containsExactly("accept");
    }

    @Test
    void theReportThatComesAfterAnAcceptanceLeavesTheAcceptedQuoteOutOfTheQueueAndItsRow() {
        String riskiest = report.queue().get(0);
        viewModel.session().select(riskiest);
        viewModel.review().accept();
        AnnotatedArticle edited = viewModel.session().getDocument();
        fx.runAll();
        assertThat(viewModel.radar().reportProperty().get()).as("no second run beside the opening's").isNull();

        coming.complete(report);
        fx.runAll();

        RadarReport expected = Radar.assess(edited);
        assertThat(viewModel.radar().isAssessing()).isFalse();
        assertThat(viewModel.radar().reportProperty().get().queue()).isEqualTo(expected.queue()).doesNotContain(riskiest);
        assertThat(viewModel.radar().queue()).extracting(RadarViewModel.QueueEntry::quoteId)
                .containsExactlyElementsOf(expected.queue());
        assertThat(viewModel.radar().flagCountProperty().get()).isEqualTo(expected.flagCount());
        assertThat(viewModel.article().flaggedQuoteIdsProperty().get()).containsExactlyInAnyOrderElementsOf(expected.queue());
        for (QuoteRow row : viewModel.quoteList().rows()) {
            assertThat(row).as(row.quoteId()).isEqualTo(row.assessed(expected.of(row.quoteId())));
        }
        assertThat(viewModel.radar().next(null)).isEqualTo(expected.queue().stream().findFirst());
    }

    @Test
    void aReportThatComesAfterTheEvidenceChangedIsFollowedByAFreshAssessmentOfTheEditedArticle() {
        String unattributed = "q3";
        assertThat(document.quote(unattributed).orElseThrow().speakerId()).isNull();
        viewModel.session().select(unattributed);
        viewModel.review().reassignSelected(document.speakers().get(0).id());
        AnnotatedArticle edited = viewModel.session().getDocument();

        coming.complete(report);
        fx.runAll();

        RadarReport expected = Radar.assess(edited);
        assertThat(viewModel.radar().reportProperty().get().assessments()).isEqualTo(expected.assessments());
        assertThat(viewModel.radar().reportProperty().get().queue()).isEqualTo(expected.queue());
        for (QuoteRow row : viewModel.quoteList().rows()) {
            assertThat(row).as(row.quoteId()).isEqualTo(row.assessed(expected.of(row.quoteId())));
        }
    }

    @Test
    void aSpeakersQuotesShowNoFlagsWhileTheReportIsComingAndItsFlagsOnceItCame() {
        String flagged = report.queue().stream().filter(id -> document.quote(id).orElseThrow().speakerId() != null)
                .findFirst().orElseThrow();
        String speaker = document.quote(flagged).orElseThrow().speakerId();
        SpeakerQuotesViewModel quotes = new SpeakerQuotesViewModel(viewModel.session(), viewModel.review());

        quotes.speakerIdProperty().set(speaker);
        assertThat(quotes.countsProperty().get().flagged()).isZero();
        assertThat(quotes.rows()).allSatisfy(row -> assertThat(row.flags()).isEmpty());

        coming.complete(report);
        fx.runAll();

        long expected = document.quotesOf(speaker).stream().filter(q -> report.of(q.id()).isFlagged()).count();
        assertThat(expected).isPositive();
        assertThat(quotes.countsProperty().get().flagged()).isEqualTo((int) expected);
    }

    @Test
    void bulkAcceptBeforeTheReportAcceptsNothingAndSaysWhy() {
        viewModel.bulkAccept();

        assertThat(viewModel.statusProperty().get()).isEqualTo(ReviewViewModel.BULK_ACCEPT_WAITS);
        assertThat(viewModel.review().acceptAllUnflagged(0.0)).isEmpty();
        assertThat(viewModel.review().messageProperty().get()).isEqualTo(ReviewViewModel.BULK_ACCEPT_WAITS);
        assertThat(viewModel.session().canUndoProperty().get()).isFalse();
    }

    @Test
    void aReportThatNeverComesLeavesTheArticleToBeAssessedAsAnyOther() {
        coming.completeExceptionally(new IllegalStateException("radar failed"));
        fx.runAll();

        assertThat(viewModel.radar().isAssessing()).isFalse();
        assertThat(viewModel.radar().reportProperty().get().queue()).isEqualTo(report.queue());
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
        AnnotatedArticle saved = saveWhileTheReportComes("the writer waits for the report");
        assertThat(saved.assessments()).isNotEmpty();
        for (var quote : document.quotes()) {
            assertThat(saved.assessment(quote.id())).isEqualTo(report.of(quote.id()));
        }
        assertThat(viewModel.session().isDirty()).isFalse();
    }

    @Test
    void aSaveAfterAnAcceptanceBeforeTheReportWaitsForItAndWritesTheFlagsOfTheEditedArticle() throws Exception {
        String riskiest = report.queue().get(0);
        viewModel.session().select(riskiest);
        viewModel.review().accept();
        AnnotatedArticle edited = viewModel.session().getDocument();
        AnnotatedArticle saved = saveWhileTheReportComes("the writer waits for the opening's report, not a run of its own");
        RadarReport expected = Radar.assess(edited);
        for (var quote : document.quotes()) {
            assertThat(saved.assessment(quote.id())).as(quote.id()).isEqualTo(expected.of(quote.id()));
        }
        assertThat(saved.assessment(riskiest).flags()).isEmpty();
        assertThat(expected.flagCount()).as("the saved file still carries flags").isPositive();
    }

    /**
     * Saves, checks that the writer waits while the report is held back ({@code waits} says why it
     * should), lets the report come, and reads back what was written.
     */
    private AnnotatedArticle saveWhileTheReportComes(String waits) throws Exception {
        Path target = folder.resolve("harbour.quotes.json");
        viewModel.saveTo(target);
        CompletableFuture<Object> writing = CompletableFuture.supplyAsync(writer::callHeld);
        Thread.sleep(100);
        assertThat(writing).as(waits).isNotDone();

        coming.complete(report);
        writer.finish(writing.get(30, TimeUnit.SECONDS));
        return AnnotationJson.load(target);
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
