package org.quoteexplorer.gui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.MainViewModel;
import org.quoteexplorer.gui.RecentFiles;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.gui.common.DialogService;
import org.quoteexplorer.gui.document.DocumentLoader;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.io.SpeakerRegistryFile;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.review.ArticleState;
import org.quoteexplorer.review.AttributionSummary;
import org.quoteexplorer.review.EntryOrder;
import org.quoteexplorer.review.WorkspaceEntry;

/** The workspace's list and stepping, without a toolkit: every runner and executor runs in place. */
class WorkspaceViewModelTest {

    @TempDir
    Path temp;

    private Path folder;
    private final StubDialogs dialogs = new StubDialogs();
    private final RecentFiles recent = RecentFiles.inMemory();

    @BeforeEach
    void articles() throws IOException {
        folder = Files.createDirectories(temp.resolve("week"));
        article("harbour.html", "Harbour Plan Approved", "We will decide on Friday");
        article("ferry.html", "Ferry Fares Rise", "Fares must go up this winter");
        article("council/budget.html", "Budget Vote Delayed", "The vote waits for the auditors");
    }

    private Path article(String path, String headline, String words) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<html><body><h1>" + headline + "</h1><p>\u201C" + words
                + ",\u201D said the chair, Ana Lopez.</p><p>\u201CWe have heard every side,\u201D she added.</p></body></html>");
        return file;
    }

    private MainViewModel window() {
        MainViewModel window = new MainViewModel(new DocumentLoader(KnownSpeakers.loadDefault()), BackgroundRunner.inPlace(),
                dialogs, recent);
        window.workspace().runOn(Runnable::run, Runnable::run);
        window.workspace().useThreads(2);
        return window;
    }

    private static List<String> paths(List<WorkspaceEntry> rows) {
        return rows.stream().map(WorkspaceEntry::path).toList();
    }

    @Test
    void openingAFolderListsItsArticlesOpensTheFirstAndAttributesTheOthers() {
        MainViewModel window = window();
        window.workspace().open(folder);

        WorkspaceViewModel workspace = window.workspace();
        assertThat(workspace.openProperty().get()).isTrue();
        assertThat(paths(workspace.rows())).containsExactly("council/budget.html", "ferry.html", "harbour.html");
        assertThat(window.session().articleFileProperty().get()).isEqualTo(folder.resolve("council/budget.html"));
        assertThat(workspace.currentProperty().get().path()).isEqualTo("council/budget.html");
        // attributed in the background and saved next to each article, so the list shows their quotes
        assertThat(workspace.rows()).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo(ArticleState.ATTRIBUTED);
            assertThat(e.quotes()).isEqualTo(2);
        });
        assertThat(folder.resolve("ferry.quotes.json")).exists();
        assertThat(workspace.rows()).extracting(WorkspaceEntry::title).contains("Ferry Fares Rise");
        assertThat(workspace.attributingProperty().get()).isFalse();
        assertThat(workspace.countTextProperty().get()).isEqualTo("3 articles \u00B7 0 reviewed");
    }

    @Test
    void articlesAttributedInTheBackgroundKnowTheSpeakersOfTheFoldersRegistry() throws IOException {
        Files.writeString(folder.resolve("pier.html"), "<html><body><h1>Pier Stays Shut</h1><p>\u201CThe pier stays"
                + " shut until spring,\u201D Quell said.</p></body></html>");
        SpeakerRegistryFile.update(WorkspaceFolder.at(folder), none -> List.of(new RegistryEntry("r-quell", "Mara Quell",
                List.of(), SpeakerKind.PERSON, "harbour master", null, null, Instant.parse("2026-01-05T09:00:00Z"))));

        window().workspace().open(folder);

        AnnotatedArticle pier = AnnotationJson.load(folder.resolve("pier.quotes.json"));
        assertThat(pier.speaker(pier.quotes().get(0).speakerId())).hasValueSatisfying(speaker -> {
            assertThat(speaker.name()).isEqualTo("Mara Quell");
            assertThat(speaker.registryId()).isEqualTo("r-quell");
        });
    }

    @Test
    void nextArticleSavesTheReviewedOneAndTheListShowsItsProgress() throws IOException {
        MainViewModel window = window();
        window.workspace().open(folder);
        window.review().accept();
        assertThat(window.session().isDirty()).isTrue();

        window.workspace().next();

        assertThat(window.session().articleFileProperty().get()).isEqualTo(folder.resolve("ferry.html"));
        assertThat(dialogs.unsavedQuestions + dialogs.questions.size() + dialogs.saveTargetQuestions)
                .as("switching saves without asking").isZero();
        AnnotatedArticle saved = AnnotationJson.load(AnnotationFiles.sidecarOf(folder.resolve("council/budget.html")));
        assertThat(saved.quotes()).extracting(q -> q.status()).containsExactly(QuoteStatus.ACCEPTED, QuoteStatus.SUGGESTED);
        WorkspaceEntry budget = window.workspace().rows().get(0);
        assertThat(budget.reviewed()).isEqualTo(1);
        assertThat(budget.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(WorkspaceViewModel.fraction(budget)).isEqualTo("1/2");

        window.workspace().previous();
        assertThat(window.session().articleFileProperty().get()).isEqualTo(folder.resolve("council/budget.html"));
        assertThat(window.session().getDocument().quotes().get(0).status()).isEqualTo(QuoteStatus.ACCEPTED);
    }

    @Test
    void aReviewThatCannotBeSavedKeepsItsArticleOnScreenWithItsEdits() throws IOException {
        MainViewModel window = window();
        window.workspace().open(folder);
        // the review file's place is taken by a folder: the save fails
        Path review = AnnotationFiles.sidecarOf(folder.resolve("council/budget.html"));
        Files.delete(review);
        Files.createDirectories(review.resolve("in-the-way"));
        window.review().accept();

        window.workspace().next();

        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not save");
        assertThat(window.session().articleFileProperty().get()).isEqualTo(folder.resolve("council/budget.html"));
        assertThat(window.session().isDirty()).isTrue();
        assertThat(window.session().getDocument().quotes().get(0).status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(window.workspace().currentProperty().get().path()).isEqualTo("council/budget.html");
    }

    @Test
    void stepsStopAtTheEndsOfTheListAndSaySo() {
        MainViewModel window = window();
        window.workspace().open(folder);
        window.workspace().previous();
        assertThat(window.statusProperty().get()).isEqualTo("That was the first article in the list");
        window.workspace().next();
        window.workspace().next();
        window.workspace().next();
        assertThat(window.session().articleFileProperty().get()).isEqualTo(folder.resolve("harbour.html"));
        assertThat(window.statusProperty().get()).isEqualTo("That was the last article in the list");
    }

    @Test
    void sortingAndFilteringReshapeTheListAndNextFollowsItAsShown() {
        MainViewModel window = window();
        WorkspaceViewModel workspace = window.workspace();
        workspace.open(folder);

        workspace.sortBy(EntryOrder.Key.TITLE);
        assertThat(paths(workspace.rows())).containsExactly("council/budget.html", "ferry.html", "harbour.html");
        workspace.sortBy(EntryOrder.Key.TITLE);
        assertThat(workspace.orderProperty().get()).isEqualTo(new EntryOrder(EntryOrder.Key.TITLE, true));
        assertThat(paths(workspace.rows())).containsExactly("harbour.html", "ferry.html", "council/budget.html");

        workspace.filterTextProperty().set("fares");
        assertThat(paths(workspace.rows())).containsExactly("ferry.html");
        assertThat(workspace.countTextProperty().get()).isEqualTo("1 of 3 articles \u00B7 0 reviewed");
        workspace.next();
        assertThat(window.session().articleFileProperty().get()).isEqualTo(folder.resolve("ferry.html"));

        workspace.filterTextProperty().set("");
        workspace.stateFilterProperty().set(ArticleState.REVIEWED);
        assertThat(workspace.rows()).isEmpty();
        workspace.stateFilterProperty().set(null);
        assertThat(workspace.rows()).hasSize(3);
    }

    @Test
    void reopeningTheFolderRestoresThePlaceTheOrderAndTheFilter() {
        MainViewModel first = window();
        first.workspace().open(folder);
        first.workspace().sortBy(EntryOrder.Key.TITLE);
        first.workspace().next();
        first.workspace().filterTextProperty().set("a");
        first.closing();
        assertThat(first.workspace().openProperty().get()).isFalse();

        MainViewModel second = window();
        second.workspace().open(folder);
        assertThat(second.workspace().orderProperty().get()).isEqualTo(new EntryOrder(EntryOrder.Key.TITLE, false));
        assertThat(second.workspace().filterTextProperty().get()).isEqualTo("a");
        assertThat(second.session().articleFileProperty().get()).isEqualTo(folder.resolve("ferry.html"));
        assertThat(second.workspace().currentProperty().get().path()).isEqualTo("ferry.html");
    }

    @Test
    void openRecentListsTheFolderNotEachArticleSteppedThrough() {
        MainViewModel window = window();
        window.workspace().open(folder);
        window.workspace().next();
        window.workspace().next();
        assertThat(window.recentFiles()).containsExactly(folder.toAbsolutePath());

        window.openRecent(folder);
        assertThat(window.workspace().openProperty().get()).isTrue();
        assertThat(window.recentFiles()).containsExactly(folder.toAbsolutePath());
    }

    @Test
    void aFolderDroppedOnTheWindowOpensAsAWorkspace() {
        MainViewModel window = window();
        window.openDropped(List.of(folder));
        assertThat(window.workspace().rows()).hasSize(3);
        assertThat(dialogs.errors).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(org.quoteexplorer.gui.common.DialogService.UnsavedChoice.class)
    void openingAFolderOverAnUnsavedReviewOfAnotherArticleAsksAsOpeningAFileDoes(
            org.quoteexplorer.gui.common.DialogService.UnsavedChoice choice) throws IOException {
        Path loose = Files.createDirectories(temp.resolve("elsewhere")).resolve("loose.html");
        Files.writeString(loose, "<html><body><h1>Pier Stays Shut</h1><p>\u201CThe pier stays shut,\u201D"
                + " said Mara Quell.</p></body></html>");
        MainViewModel window = window();
        window.open(loose);
        window.review().accept();
        dialogs.unsavedChoice = choice;

        window.openDropped(List.of(folder));

        assertThat(dialogs.unsavedQuestions).isEqualTo(1);
        Path sidecar = AnnotationFiles.sidecarOf(loose);
        switch (choice) {
            case CANCEL -> {
                assertThat(window.workspace().openProperty().get()).isFalse();
                assertThat(window.session().articleFileProperty().get()).isEqualTo(loose);
                assertThat(window.session().isDirty()).isTrue();
                assertThat(sidecar).doesNotExist();
            }
            case DISCARD -> {
                assertThat(window.session().articleFileProperty().get()).isEqualTo(folder.resolve("council/budget.html"));
                assertThat(sidecar).as("discarded, not saved on the way").doesNotExist();
            }
            case SAVE -> {
                assertThat(window.session().articleFileProperty().get()).isEqualTo(folder.resolve("council/budget.html"));
                assertThat(AnnotationJson.load(sidecar).quotes()).extracting(q -> q.status()).containsExactly(QuoteStatus.ACCEPTED);
            }
        }
    }

    @Test
    void openingAnotherFolderSavesTheOpenWorkspacesReviewWithoutAsking() throws IOException {
        Path other = Files.createDirectories(temp.resolve("next-week"));
        Files.writeString(other.resolve("pier.html"), "<html><body><h1>Pier Stays Shut</h1><p>\u201CThe pier stays"
                + " shut,\u201D said Mara Quell.</p></body></html>");
        MainViewModel window = window();
        window.workspace().open(folder);
        window.review().accept();

        window.openDropped(List.of(other));

        assertThat(dialogs.unsavedQuestions).isZero();
        assertThat(window.session().articleFileProperty().get()).isEqualTo(other.resolve("pier.html"));
        AnnotatedArticle saved = AnnotationJson.load(AnnotationFiles.sidecarOf(folder.resolve("council/budget.html")));
        assertThat(saved.quotes()).extracting(q -> q.status()).containsExactly(QuoteStatus.ACCEPTED, QuoteStatus.SUGGESTED);
    }

    @Test
    void twoArticlesOfOneNameNeverSaveOverEachOthersReview() throws IOException {
        Files.writeString(folder.resolve("harbour.txt"), "Harbour Plan Approved\n\u201CWe will decide on Friday,\u201D said the"
                + " chair, Ana Lopez.\n");
        MainViewModel window = window();
        window.workspace().open(folder);
        WorkspaceViewModel workspace = window.workspace();
        workspace.select(workspace.rows().stream().filter(e -> e.path().equals("harbour.html")).findFirst().orElseThrow());
        window.review().accept();
        workspace.next();
        assertThat(window.session().articleFileProperty().get()).isEqualTo(folder.resolve("harbour.txt"));
        Path review = folder.resolve("harbour.quotes.json");
        AnnotatedArticle harbours = AnnotationJson.load(review);
        assertThat(harbours.quotes()).extracting(q -> q.status()).contains(QuoteStatus.ACCEPTED);

        // attributed afresh, not shown with the other article's review
        assertThat(window.session().getDocument().article().source()).isEqualTo("harbour.txt");
        assertThat(window.session().saveTargetProperty().get()).isNull();
        window.review().reject();
        dialogs.unsavedChoice = org.quoteexplorer.gui.common.DialogService.UnsavedChoice.DISCARD;
        workspace.previous();

        assertThat(dialogs.unsavedQuestions).as("no review file of its own: asked, not saved over the other's").isEqualTo(1);
        assertThat(AnnotationJson.load(review)).isEqualTo(harbours);
    }

    @Test
    void anArticleDeletedSinceTheListWasReadLeavesTheListOnTheArticleStillOnScreen() throws IOException {
        MainViewModel window = window();
        window.workspace().open(folder);
        Files.delete(folder.resolve("ferry.html"));

        window.workspace().next();

        assertThat(dialogs.errors).singleElement().asString().contains("Could not open the file");
        assertThat(window.session().articleFileProperty().get()).isEqualTo(folder.resolve("council/budget.html"));
        assertThat(window.workspace().currentProperty().get().path()).isEqualTo("council/budget.html");
        assertThat(window.workspace().workspaceProperty().get().current()).contains("council/budget.html");
    }

    @Test
    void aFolderThatIsNotThereIsReportedByName() {
        MainViewModel window = window();
        window.workspace().open(temp.resolve("gone"));
        assertThat(window.workspace().openProperty().get()).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("gone").contains("moved or deleted")
                .doesNotContain("Exception");
    }

    @Test
    void attributionHandsItsProgressToTheWindowInBatchesNotOncePerArticle() throws IOException {
        for (int i = 0; i < 12; i++) {
            article("more/story" + i + ".html", "Story " + i, "Words number " + i);
        }
        AtomicInteger handOvers = new AtomicInteger();
        List<String> texts = new ArrayList<>();
        MainViewModel window = window();
        WorkspaceViewModel workspace = window.workspace();
        workspace.attributionTextProperty().addListener((obs, old, now) -> texts.add(now));
        Executor counting = task -> {
            handOvers.incrementAndGet();
            task.run();
        };
        workspace.runOn(Runnable::run, counting);
        // a clock that never moves: after the first article no hand-over is due until the end
        workspace.useClock(() -> 0L);
        workspace.open(folder);

        assertThat(workspace.rows()).hasSize(15).allSatisfy(e -> assertThat(e.state()).isEqualTo(ArticleState.ATTRIBUTED));
        // started, the first article, finished
        assertThat(handOvers.get()).isEqualTo(3);
        assertThat(texts).contains("Attributing 0 of 15\u2026");
        assertThat(window.statusProperty().get()).isEqualTo("Attribution done: 15 articles attributed");
    }

    @Test
    void cancelledAttributionLeavesTheOtherArticlesUnattributedAndSaysSo() {
        List<Runnable> queued = new ArrayList<>();
        MainViewModel window = window();
        WorkspaceViewModel workspace = window.workspace();
        workspace.runOn(queued::add, Runnable::run);
        workspace.open(folder);
        assertThat(workspace.attributingProperty().get()).isTrue();

        workspace.cancelAttribution();
        queued.forEach(Runnable::run);

        assertThat(workspace.attributingProperty().get()).isFalse();
        assertThat(workspace.rows()).allSatisfy(e -> assertThat(e.state()).isEqualTo(ArticleState.NEW));
        assertThat(folder.resolve("ferry.quotes.json")).doesNotExist();
        assertThat(window.statusProperty().get()).isEqualTo("Attribution stopped: 0 articles attributed");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,    3,    'Attributing 0 of 3\u2026'
            120,  1000, 'Attributing 120 of 1,000\u2026'
            1500, 2500, 'Attributing 1,500 of 2,500\u2026'
            """)
    void progressReadsWithGroupedDigits(int done, int total, String expected) {
        assertThat(WorkspaceViewModel.attributingText(done, total)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            3, 0, 0, false, 'Attribution done: 3 articles attributed'
            1, 2, 0, true,  'Attribution stopped: 1 article attributed, 2 reviewed meanwhile'
            0, 0, 1, false, 'Attribution done: 0 articles attributed, 1 could not be read'
            """)
    void theEndOfAttributionIsSummedUp(int attributed, int kept, int problems, boolean cancelled, String expected) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < problems; i++) {
            lines.add("broken" + i + ".txt: could not be read");
        }
        assertThat(WorkspaceViewModel.finishedText(new AttributionSummary(attributed, kept, lines, cancelled)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0, 0, 0, NEW,        ,           'not attributed',                          ''
            4, 0, 0, ATTRIBUTED, ,           '4 quotes · attributed',                    0/4
            4, 2, 1, IN_REVIEW,  2026-03-01, '2026-03-01 · 4 quotes · ⚑ 1 flag · in review', 2/4
            1, 1, 0, REVIEWED,   ,           '1 quote · reviewed',                        1/1
            """)
    void eachLineNamesDateQuotesFlagsStateAndProgress(int quotes, int reviewed, int flags, ArticleState state,
            java.time.LocalDate date, String details, String fraction) {
        WorkspaceEntry entry = new WorkspaceEntry("a.txt", "A", quotes, reviewed, flags, state, 10,
                java.time.Instant.EPOCH, date, null);
        assertThat(WorkspaceViewModel.details(entry)).isEqualTo(details);
        assertThat(WorkspaceViewModel.fraction(entry)).isEqualTo(fraction);
    }
}
