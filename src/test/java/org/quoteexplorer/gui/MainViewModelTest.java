package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.gui.common.DialogService;
import org.quoteexplorer.gui.document.DocumentLoader;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.review.RadarReport;
import org.quoteexplorer.io.ExportFormat;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.io.RecoveryStore;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.review.edit.Edits;

/** The window's logic without a window: open, save, export, title, unsaved-changes questions. */
class MainViewModelTest {

    @TempDir
    Path folder;

    private final StubDialogs dialogs = new StubDialogs();
    private final MainViewModel viewModel = new MainViewModel(new DocumentLoader(KnownSpeakers.loadDefault()),
            BackgroundRunner.inPlace(), dialogs, RecentFiles.inMemory());

    private Path article() throws Exception {
        Path file = folder.resolve("harbour.txt");
        Files.writeString(file, Fixtures.TEXT, StandardCharsets.UTF_8);
        return file;
    }

    /** A second window on the same dialogs, as after a restart; the store keeps autosaves across it. */
    private MainViewModel anotherWindow(RecoveryStore store) {
        return new MainViewModel(new DocumentLoader(KnownSpeakers.loadDefault()), BackgroundRunner.inPlace(), dialogs,
                RecentFiles.inMemory(), store);
    }

    private MainViewModel anotherWindow() {
        return new MainViewModel(new DocumentLoader(KnownSpeakers.loadDefault()), BackgroundRunner.inPlace(), dialogs,
                RecentFiles.inMemory());
    }

    private void editSomething() {
        AnnotatedArticle document = viewModel.session().getDocument();
        viewModel.session().perform(Edits.withSystemClock().reject(document, document.quotes().get(0).id()));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            save as onto the article,    native, harbour.txt
            export onto the article,     w3c,    harbour.txt
            csv onto another article,    csv,    ferry.html
            """)
    void annotationsAreNeverWrittenOverAnArticle(String what, String format, String name) throws Exception {
        Path article = article();
        Path other = Files.writeString(folder.resolve("ferry.html"), "<p>Ferry</p>");
        viewModel.open(article);
        editSomething();
        Path target = folder.resolve(name);

        boolean written = format.equals("native") ? viewModel.saveTo(target)
                : viewModel.exportTo(org.quoteexplorer.io.ExportFormat.fromCode(format), target);

        assertThat(written).isFalse();
        assertThat(Files.readString(article)).isEqualTo(Fixtures.TEXT);
        assertThat(Files.readString(other)).isEqualTo("<p>Ferry</p>");
        assertThat(dialogs.errors).singleElement().asString().contains(name, "would replace");
        assertThat(viewModel.session().isDirty()).isTrue();
    }

    @Test
    void aReviewSavedUnderANameWithoutExtensionGetsJsonAndReopensAsAReview() throws Exception {
        viewModel.open(article());
        editSomething();

        assertThat(viewModel.saveTo(folder.resolve("myreview"))).isTrue();

        assertThat(folder.resolve("myreview")).doesNotExist();
        Path saved = folder.resolve("myreview.json");
        MainViewModel again = anotherWindow();
        again.open(saved);
        assertThat(again.session().getDocument().quotes()).isEqualTo(viewModel.session().getDocument().quotes());
    }

    @Test
    void anArticleThatGainedTextSinceItsReviewShowsTheNewQuotesBesideTheReviewedOnes() throws Exception {
        Path file = article();
        viewModel.open(file);
        AnnotatedArticle before = viewModel.session().getDocument();
        viewModel.session().perform(Edits.withSystemClock().accept(before, before.quotes().get(0).id()));
        assertThat(viewModel.save()).isTrue();
        Files.writeString(file, Fixtures.TEXT + "\n\u201CWe expect an answer soon,\u201D said Marco Bellini.\n");

        MainViewModel again = anotherWindow();
        again.open(file);

        AnnotatedArticle reopened = again.session().getDocument();
        assertThat(reopened.quotes()).hasSize(before.quotes().size() + 1);
        assertThat(reopened.quotes().get(0).status()).isEqualTo(QuoteStatus.ACCEPTED);
        Quote added = reopened.quotes().get(reopened.quotes().size() - 1);
        assertThat(reopened.textOf(added)).isEqualTo("\u201CWe expect an answer soon,\u201D");
        assertThat(reopened.speaker(added.speakerId()).orElseThrow().name()).isEqualTo("Marco Bellini");
        assertThat(dialogs.warnings).anySatisfy(w -> assertThat(w).contains("1 quote was found in its new text"));
    }

    @Test
    void openingAnArticleAttributesItAndSelectsTheFirstQuote() throws Exception {
        viewModel.open(article());
        AnnotatedArticle document = viewModel.session().getDocument();
        assertThat(document.text()).isEqualTo(Fixtures.TEXT);
        assertThat(viewModel.session().getSelectedQuoteId()).isEqualTo(document.quotes().get(0).id());
        assertThat(viewModel.titleBinding().get()).isEqualTo("harbour.txt \u2014 Quote Explorer");
        assertThat(viewModel.recentFiles()).containsExactly(article().toAbsolutePath());
    }

    @Test
    void theStatusLineCountsInTheSingularForOneAndTheEnginesNotesAreCountedApart() throws Exception {
        Path file = folder.resolve("unclosed.txt");
        Files.writeString(file, "Ferry Fares Rise\n\u201CNothing more to add, said the chair.\n");
        viewModel.open(file);
        assertThat(viewModel.statusProperty().get()).startsWith("1 quote, ").doesNotContain("1 quotes").doesNotContain("note");
        assertThat(viewModel.engineNotes().summaryBinding().get()).isEqualTo("1 engine note");
        assertThat(MainViewModel.counted(14, "quote")).isEqualTo("14 quotes");
    }

    @Test
    void everyEngineNoteIsListedWithItsLineAndChoosingOneSelectsItsQuoteAndShowsItsPlace() throws Exception {
        Path file = folder.resolve("unclosed.txt");
        String text = String.join("\n", "Ferry Fares Rise",
                "\u201CFares go up, said the chair.",
                "\u201CNothing more to add,\u201D a clerk said.",
                "Critics called the plan \u201Ca costly dream with no end.",
                "Residents left early.",
                "\u201CWe lose money, said the treasurer.",
                "The vote was close.", "");
        Files.writeString(file, text);
        viewModel.open(file);
        EngineNotesViewModel notes = viewModel.engineNotes();
        assertThat(notes.notes()).hasSize(3);
        assertThat(notes.summaryBinding().get()).isEqualTo("3 engine notes");
        assertThat(notes.notes()).extracting(notes::describe)
                .allSatisfy(line -> assertThat(line).contains("mark"))
                .extracting(line -> line.substring(0, line.indexOf(':')))
                .containsExactly("Line 2", "Line 4", "Line 6");

        org.quoteexplorer.model.Diagnostic third = notes.notes().get(2);
        notes.show(third);
        int at = text.indexOf("\u201CWe lose");
        assertThat(viewModel.article().revealedProperty().get()).isEqualTo(third.span());
        assertThat(third.span().start()).isEqualTo(at);
        assertThat(viewModel.session().selectedQuote()).map(q -> q.span().start()).contains(at);
        assertThat(viewModel.statusProperty().get()).isEqualTo(notes.describe(third)).startsWith("Line 6: ");

        viewModel.article().findNext("vote", 0);
        notes.show(third);
        assertThat(viewModel.article().revealedProperty().get()).as("shown again after a search moved away").isEqualTo(third.span());

        dialogs.unsavedChoice = DialogService.UnsavedChoice.DISCARD;
        viewModel.open(article());
        assertThat(notes.notes()).as("the next article has its own notes").isEmpty();
        assertThat(notes.summaryBinding().get()).isEmpty();
    }

    @Test
    void reopeningASavedReviewBringsBackTheEngineNotesOnItsText() throws Exception {
        Path file = folder.resolve("unclosed.txt");
        Files.writeString(file, "Ferry Fares Rise\n\u201CNothing more to add, said the chair.\nResidents left early.\n\u201CWe agree,\u201D a clerk said.\n");
        viewModel.open(file);
        editSomething();
        assertThat(viewModel.save()).isTrue();

        MainViewModel again = anotherWindow();
        again.open(file);
        assertThat(again.session().getDocument().quotes()).isEqualTo(viewModel.session().getDocument().quotes());
        assertThat(again.engineNotes().notes()).isEqualTo(viewModel.engineNotes().notes()).hasSize(1);
    }

    @Test
    void droppingSeveralFilesOpensTheFirstAndSaysTheOthersWereNotOpened() throws Exception {
        Path first = article();
        Path second = folder.resolve("ferry.txt");
        Files.writeString(second, Fixtures.TEXT);
        viewModel.openDropped(List.of(first, second));
        assertThat(viewModel.session().articleFileProperty().get()).isEqualTo(first);
        assertThat(viewModel.statusProperty().get()).endsWith("1 other dropped file not opened: one article at a time");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void droppingAFolderOpensItAsAWorkspaceOnTheArticleAlreadyOpen() throws Exception {
        viewModel.workspace().runOn(Runnable::run, Runnable::run);
        Path file = article();
        viewModel.open(file);
        viewModel.openDropped(List.of(folder));
        assertThat(dialogs.errors).isEmpty();
        assertThat(viewModel.workspace().rows()).extracting(e -> e.path()).containsExactly("harbour.txt");
        assertThat(viewModel.session().articleFileProperty().get()).isEqualTo(file);
        assertThat(viewModel.workspace().currentProperty().get().path()).isEqualTo("harbour.txt");
        // reviewed as the folder's article now, with its registry
        assertThat(viewModel.reviewsWith(viewModel.workspace().workspaceProperty().get())).isTrue();
        String speakerId = viewModel.session().getDocument().quotes().stream().map(q -> q.speakerId())
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        viewModel.speakerEditing().confirmInRegistry(speakerId);
        assertThat(viewModel.session().getDocument().speaker(speakerId).orElseThrow().registryId()).isNotNull();
    }

    @Test
    void aReviewRestoredAfterACrashShowsTheEngineNotesOnItsText() throws Exception {
        RecoveryStore store = new RecoveryStore(folder.resolve("recovery"));
        Path file = folder.resolve("unclosed.txt");
        Files.writeString(file, "Ferry Fares Rise\n\u201CNothing more to add, said the chair.\nResidents left early.\n\u201CWe agree,\u201D a clerk said.\n");
        MainViewModel first = anotherWindow(store);
        first.open(file);
        editSomething(first);
        first.autosave();

        MainViewModel afterCrash = anotherWindow(store);
        dialogs.confirmAnswer = true;
        assertThat(afterCrash.offerRecovery()).isTrue();
        assertThat(afterCrash.engineNotes().notes()).isEqualTo(first.engineNotes().notes()).hasSize(1);
    }

    @Test
    void theTitleMarksUnsavedChanges() throws Exception {
        viewModel.open(article());
        editSomething();
        assertThat(viewModel.titleBinding().get()).startsWith("*harbour.txt");
    }

    @Test
    void saveWritesNextToTheArticleAndReopeningRestoresTheReview() throws Exception {
        Path file = article();
        viewModel.open(file);
        editSomething();
        AnnotatedArticle edited = viewModel.session().getDocument();
        assertThat(viewModel.save()).isTrue();
        Path sidecar = folder.resolve("harbour.quotes.json");
        assertThat(sidecar).exists();
        assertThat(viewModel.session().isDirty()).isFalse();

        MainViewModel again = anotherWindow();
        again.open(file);
        assertThat(again.session().getDocument().quotes()).isEqualTo(edited.quotes());
        assertThat(again.session().isDirty()).isFalse();
    }

    @Test
    void exportWritesReadableJsonAndLeavesTheSaveTargetAlone() throws Exception {
        viewModel.open(article());
        Path target = folder.resolve("out.json");
        dialogs.saveTarget = target;
        viewModel.exportChosen();
        assertThat(AnnotationJson.load(target).text()).isEqualTo(Fixtures.TEXT);
        assertThat(viewModel.session().saveTargetProperty().get()).isEqualTo(folder.resolve("harbour.quotes.json"));
    }

    @Test
    void anExportedFileOpensDirectlyWithTheArticleFromItsText() throws Exception {
        viewModel.open(article());
        editSomething();
        AnnotatedArticle edited = viewModel.session().getDocument();
        Path exported = folder.resolve("handed-on.json");
        assertThat(viewModel.exportTo(exported)).isTrue();
        dialogs.unsavedChoice = DialogService.UnsavedChoice.DISCARD;
        viewModel.open(exported);
        assertThat(viewModel.session().getDocument().text()).isEqualTo(Fixtures.TEXT);
        assertThat(viewModel.session().getDocument().quotes()).isEqualTo(edited.quotes());
        assertThat(viewModel.session().saveTargetProperty().get()).isEqualTo(exported);
        assertThat(viewModel.titleBinding().get()).isEqualTo("handed-on.json \u2014 Quote Explorer");
    }

    @Test
    void aNativeFileComesBackByteForByteThroughOpenSaveReopenAndExport() throws Exception {
        viewModel.open(article());
        editSomething();
        Path handedIn = folder.resolve("handed-in.json");
        assertThat(viewModel.exportTo(handedIn)).isTrue();
        String original = Files.readString(handedIn);

        dialogs.unsavedChoice = DialogService.UnsavedChoice.DISCARD;
        viewModel.open(handedIn);
        AnnotatedArticle reopened = viewModel.session().getDocument();
        viewModel.session().perform(Edits.withSystemClock().markUnsure(reopened, reopened.quotes().get(0).id()));
        viewModel.session().undo();
        assertThat(viewModel.save()).isTrue();
        MainViewModel again = anotherWindow();
        again.open(handedIn);
        Path exported = folder.resolve("handed-on.json");
        assertThat(again.exportTo(exported)).isTrue();

        assertThat(Files.readString(exported)).isEqualTo(original);
    }

    @Test
    void aSavedReviewCarriesTheRadarsFlagsAndRiskSoAFolderListCountsThemWithoutOpeningIt() throws Exception {
        Path file = folder.resolve("unsigned.txt");
        Files.writeString(file, String.join("\n", "Harbour Talks Stall", "",
                "\u201CNothing is settled yet.\u201D", "",
                "\u201CThe fares stay,\u201D the harbour master said."), StandardCharsets.UTF_8);
        viewModel.open(file);
        editSomething();
        assertThat(viewModel.save()).isTrue();

        AnnotatedArticle saved = AnnotationJson.load(folder.resolve("unsigned.quotes.json"));
        RadarReport shown = viewModel.radar().current();
        assertThat(shown.flagCount()).isPositive();
        assertThat(saved.assessments()).isEqualTo(shown.assessments());
        Path exported = folder.resolve("exported.json");
        assertThat(viewModel.exportTo(exported)).isTrue();
        assertThat(AnnotationJson.load(exported).assessments()).isEqualTo(shown.assessments());
    }

    @Test
    void savingChangesStampsCreatedOnceAndModifiedEachTime() throws Exception {
        Path file = article();
        viewModel.open(file);
        editSomething();
        assertThat(viewModel.save()).isTrue();
        Article first = AnnotationJson.load(folder.resolve("harbour.quotes.json")).article();
        assertThat(first.created()).isNotNull();
        assertThat(first.modified()).isEqualTo(first.created());
        assertThat(viewModel.session().getDocument().article()).isEqualTo(first);
        assertThat(viewModel.session().isDirty()).isFalse();

        AnnotatedArticle document = viewModel.session().getDocument();
        viewModel.session().perform(Edits.withSystemClock().markUnsure(document, document.quotes().get(1).id()));
        Thread.sleep(5);
        assertThat(viewModel.save()).isTrue();
        Article second = AnnotationJson.load(folder.resolve("harbour.quotes.json")).article();
        assertThat(second.created()).isEqualTo(first.created());
        assertThat(second.modified()).isAfter(first.modified());
    }

    @Test
    void exportAsWritesTheOtherFormatsWithTheRadarsRiskAndFlags() throws Exception {
        viewModel.open(article());
        AnnotatedArticle assessed = viewModel.session().getDocument()
                .withAssessments(viewModel.radar().current().assessments());
        for (ExportFormat format : ExportFormat.values()) {
            Path target = folder.resolve("out." + format.extension());
            dialogs.saveTarget = target;
            viewModel.exportChosen(format);
            assertThat(Files.readString(target)).isEqualTo(format.write(assessed));
        }
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBrokenFileIsReportedAndTheOpenDocumentStays() throws Exception {
        viewModel.open(article());
        AnnotatedArticle before = viewModel.session().getDocument();
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"format\": 12}");
        viewModel.open(broken);
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not open");
        assertThat(viewModel.session().getDocument()).isSameAs(before);
        viewModel.open(folder.resolve("missing.txt"));
        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(1)).contains("missing.txt");
    }

    @Test
    void unsavedChangesAskBeforeAnotherFileReplacesThem() throws Exception {
        viewModel.open(article());
        editSomething();
        AnnotatedArticle edited = viewModel.session().getDocument();
        dialogs.unsavedChoice = DialogService.UnsavedChoice.CANCEL;
        viewModel.open(article());
        assertThat(dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(viewModel.session().getDocument()).isSameAs(edited);

        dialogs.unsavedChoice = DialogService.UnsavedChoice.DISCARD;
        viewModel.open(article());
        assertThat(viewModel.session().isDirty()).isFalse();
        assertThat(viewModel.session().getDocument()).isNotEqualTo(edited);
    }

    @Test
    void choosingToSaveOnCloseSavesFirst() throws Exception {
        viewModel.open(article());
        editSomething();
        dialogs.unsavedChoice = DialogService.UnsavedChoice.SAVE;
        assertThat(viewModel.confirmDiscardOrSave()).isTrue();
        assertThat(folder.resolve("harbour.quotes.json")).exists();
    }

    @Test
    void theSampleHasNoFileSoSaveAsksWhere() {
        viewModel.openSample();
        assertThat(viewModel.session().getDocument().quotes()).isNotEmpty();
        assertThat(viewModel.save()).isFalse();
        dialogs.saveTarget = folder.resolve("sample.json");
        assertThat(viewModel.save()).isTrue();
        assertThat(viewModel.session().saveTargetProperty().get()).isEqualTo(folder.resolve("sample.json"));
    }

    @Test
    void autosaveKeepsUnsavedWorkThatTheNextStartOffersToRestore() throws Exception {
        RecoveryStore store = new RecoveryStore(folder.resolve("recovery"));
        MainViewModel first = anotherWindow(store);
        first.open(article());
        first.autosave();
        assertThat(store.list()).as("nothing unsaved, nothing kept").isEmpty();
        AnnotatedArticle document = first.session().getDocument();
        first.session().perform(Edits.withSystemClock().reject(document, document.quotes().get(0).id()));
        first.autosave();
        AnnotatedArticle unsaved = first.session().getDocument();
        assertThat(store.list()).hasSize(1);

        MainViewModel afterCrash = anotherWindow(store);
        dialogs.confirmAnswer = true;
        assertThat(afterCrash.offerRecovery()).isTrue();
        assertThat(afterCrash.session().getDocument().quotes()).isEqualTo(unsaved.quotes());
        assertThat(afterCrash.session().isDirty()).isTrue();
        assertThat(afterCrash.titleBinding().get()).isEqualTo("*harbour.txt \u2014 Quote Explorer");
        assertThat(store.list()).isEmpty();
        assertThat(afterCrash.save()).isTrue();
        assertThat(folder.resolve("harbour.quotes.json")).exists();
        assertThat(afterCrash.session().isDirty()).isFalse();
    }

    @Test
    void savingRemovesTheRecoveryAndDecliningARestoreDiscardsIt() throws Exception {
        RecoveryStore store = new RecoveryStore(folder.resolve("recovery"));
        MainViewModel first = anotherWindow(store);
        first.open(article());
        AnnotatedArticle document = first.session().getDocument();
        first.session().perform(Edits.withSystemClock().accept(document, document.quotes().get(0).id()));
        first.autosave();
        assertThat(store.list()).hasSize(1);
        first.save();
        assertThat(store.list()).isEmpty();

        first.session().perform(Edits.withSystemClock().reject(first.session().getDocument(), document.quotes().get(0).id()));
        first.autosave();
        MainViewModel next = anotherWindow(store);
        dialogs.confirmAnswer = false;
        assertThat(next.offerRecovery()).isFalse();
        assertThat(next.session().hasDocument()).isFalse();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void aRestoredReviewIsNamedAfterItsArticleNotItsAnnotationFile() throws Exception {
        RecoveryStore store = new RecoveryStore(folder.resolve("recovery"));
        MainViewModel first = anotherWindow(store);
        Path file = article();
        first.open(file);
        editSomething(first);
        assertThat(first.titleBinding().get()).isEqualTo("*harbour.txt \u2014 Quote Explorer");
        first.autosave();

        MainViewModel afterCrash = anotherWindow(store);
        dialogs.confirmAnswer = true;
        Instant savedAt = store.list().get(0).savedAt();
        assertThat(afterCrash.offerRecovery()).isTrue();

        assertThat(dialogs.confirmMessages).singleElement().asString().contains("review of harbour.txt ")
                .doesNotContain("quotes.json")
                .contains("(autosaved " + MainViewModel.whenSaved(savedAt) + ")").doesNotContain(savedAt.toString());
        assertThat(MainViewModel.whenSaved(savedAt)).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4} at \\d{2}:\\d{2}");
        assertThat(afterCrash.titleBinding().get()).isEqualTo("*harbour.txt \u2014 Quote Explorer");
        assertThat(afterCrash.statusProperty().get()).isEqualTo("Restored unsaved work on harbour.txt");
        assertThat(afterCrash.session().articleFileProperty().get()).isEqualTo(file);
        assertThat(afterCrash.session().saveTargetProperty().get()).isEqualTo(folder.resolve("harbour.quotes.json"));
    }

    @Test
    void aRestoredReviewSavedAwayFromItsArticleIsStillNamedAfterTheArticle() throws Exception {
        RecoveryStore store = new RecoveryStore(folder.resolve("recovery"));
        MainViewModel first = anotherWindow(store);
        first.open(article());
        Path elsewhere = Files.createDirectories(folder.resolve("reviews")).resolve("monday.json");
        assertThat(first.saveTo(elsewhere)).isTrue();
        editSomething(first);
        first.autosave();

        MainViewModel afterCrash = anotherWindow(store);
        dialogs.confirmAnswer = true;
        assertThat(afterCrash.offerRecovery()).isTrue();

        assertThat(afterCrash.titleBinding().get()).isEqualTo("*harbour.txt \u2014 Quote Explorer");
        assertThat(afterCrash.session().saveTargetProperty().get()).isEqualTo(elsewhere);
        dialogs.saveTarget = null;
        assertThat(afterCrash.save()).as("saves where it was saved before, without asking").isTrue();
        assertThat(AnnotationJson.load(elsewhere).quotes()).isEqualTo(afterCrash.session().getDocument().quotes());
    }

    private static void editSomething(MainViewModel model) {
        AnnotatedArticle document = model.session().getDocument();
        model.session().perform(Edits.withSystemClock().reject(document, document.quotes().get(0).id()));
    }

    @Test
    void aRecentFileThatWasMovedAwayIsReportedAndLeavesTheRecentList() throws Exception {
        Path kept = article();
        Path moved = folder.resolve("ferry.txt");
        Files.writeString(moved, Fixtures.TEXT);
        viewModel.open(moved);
        viewModel.open(kept);
        assertThat(viewModel.recentFiles()).containsExactly(kept.toAbsolutePath(), moved.toAbsolutePath());
        AnnotatedArticle open = viewModel.session().getDocument();
        Files.delete(moved);

        viewModel.openRecent(moved.toAbsolutePath());

        assertThat(dialogs.errors).singleElement().asString().contains("ferry.txt is no longer in " + folder);
        assertThat(viewModel.recentFiles()).containsExactly(kept.toAbsolutePath());
        assertThat(viewModel.session().getDocument()).isSameAs(open);
        viewModel.openRecent(kept.toAbsolutePath());
        assertThat(dialogs.errors).hasSize(1);
    }

    @Test
    void theTechnicalDetailsOfAnErrorNameEveryCauseWithItsFullMessageAndTheMessageShownStaysPlain() {
        String longReason = "x".repeat(500);
        java.io.IOException failure = new java.io.IOException("story.txt could not be read",
                new IllegalStateException(longReason, new java.nio.charset.MalformedInputException(3)));

        String details = MainViewModel.technicalDetails(failure);

        assertThat(details.lines().limit(3).toList()).containsExactly(
                "java.io.IOException: story.txt could not be read",
                "Caused by: java.lang.IllegalStateException: " + longReason,
                "Caused by: java.nio.charset.MalformedInputException: Input length = 3");
        assertThat(details).contains("\tat org.quoteexplorer.gui.MainViewModelTest.");
        assertThat(MainViewModel.describe(failure)).isEqualTo("story.txt could not be read");
    }

    @Test
    void anErrorOnOpeningComesWithItsTechnicalDetails() throws Exception {
        Path empty = folder.resolve("empty.txt");
        Files.writeString(empty, "");

        viewModel.open(empty);

        assertThat(dialogs.errors).singleElement().asString().isEqualTo("Could not open the file: " + empty + " is empty");
        assertThat(dialogs.errorDetails).singleElement().asString()
                .startsWith("org.quoteexplorer.io.ArticleReadException: " + empty + " is empty\n");
    }
}
