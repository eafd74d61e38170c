package org.quoteexplorer.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quoteexplorer.gui.article.ArticleDraft;
import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.gui.common.DialogService;
import org.quoteexplorer.gui.document.DocumentLoader;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.gui.queue.RadarViewModel;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.quotes.QuoteEditingViewModel;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.gui.speakers.SpeakerChooserViewModel;
import org.quoteexplorer.gui.speakers.SpeakerEditingViewModel;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.ExportFormat;
import org.quoteexplorer.io.RecoveryStore;
import org.quoteexplorer.review.RadarReport;
import org.quoteexplorer.review.SavedReview;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.Workspace;

/**
 * The window: which document is open, opening, saving and exporting, the title and the status line.
 * Needs no toolkit: slow work goes through a {@link BackgroundRunner}, questions through a
 * {@link DialogService}.
 */
public final class MainViewModel {

    public static final String APP_NAME = "Quote Explorer";

    private final DocumentSession session = new DocumentSession();
    /**
     * The document whose unsaved edits the analyst chose to discard for a folder being opened
     * ({@link DocumentSession#generation()}), or -1: the folder's first article must not save them.
     */
    private long leftUnsaved = -1;
    private final QuoteListViewModel quoteList = new QuoteListViewModel(session);
    private final ArticleViewModel article = new ArticleViewModel(session, quoteList);
    private final LegendViewModel legend = new LegendViewModel(session);
    private final RadarViewModel radar = new RadarViewModel(session, quoteList, article);
    private final ReviewViewModel review = new ReviewViewModel(session, legend, quoteList, radar);
    private final SpeakerChooserViewModel speakerChooser = new SpeakerChooserViewModel(session, review);
    private final EngineNotesViewModel engineNotes;
    private final QuoteEditingViewModel quoteEditing;
    private final SpeakerEditingViewModel speakerEditing;
    private final DocumentLoader loader;
    private final BackgroundRunner runner;
    private final BackgroundRunner writer;
    private final DialogService dialogs;
    private final RecentFiles recentFiles;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnlyRecent = FXCollections.unmodifiableObservableList(recent);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /**
     * The radar's report on the article opening now, once the loader has started it, or
     * {@link #STOPPED} once Cancel came; one per opening, so that a cancelled opening still
     * working in the background never touches the next one's.
     */
    private java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<RadarReport>> openingRadar =
            new java.util.concurrent.atomic.AtomicReference<>();
    private static final java.util.concurrent.CompletableFuture<RadarReport> STOPPED = new java.util.concurrent.CompletableFuture<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringBinding title;
    private final RecoveryStore recovery;
    private final org.quoteexplorer.gui.workspace.WorkspaceViewModel workspace;

    public MainViewModel(DocumentLoader loader, BackgroundRunner runner, DialogService dialogs, RecentFiles recentFiles) {
        this(loader, runner, dialogs, recentFiles, null);
    }

    /** @param recovery where autosave keeps unsaved work, or {@code null} for no autosave */
    public MainViewModel(DocumentLoader loader, BackgroundRunner runner, DialogService dialogs, RecentFiles recentFiles,
                         RecoveryStore recovery) {
        this(loader, runner, runner, dialogs, recentFiles, recovery);
    }

    /**
     * @param runner opens files (one at a time, and Cancel gives up the one opening)
     * @param writer saves, exports and autosaves, so a large review never freezes the window; one
     *               at a time, in the order asked, so an older state never overwrites a newer one
     */
    public MainViewModel(DocumentLoader loader, BackgroundRunner runner, BackgroundRunner writer, DialogService dialogs,
                         RecentFiles recentFiles, RecoveryStore recovery) {
        this.recovery = recovery;
        this.loader = loader;
        this.runner = runner;
        this.writer = writer;
        this.dialogs = dialogs;
        this.recentFiles = recentFiles;
        this.quoteEditing = new QuoteEditingViewModel(session, review, dialogs, loader::suggest);
        this.speakerEditing = new SpeakerEditingViewModel(session, review, dialogs);
        this.engineNotes = new EngineNotesViewModel(article, status::set);
        recent.setAll(recentFiles.list());
        title = Bindings.createStringBinding(() -> {
            AnnotatedArticle document = session.getDocument();
            if (document == null) {
                return APP_NAME;
            }
            return (session.isDirty() ? "*" : "") + documentName() + " \u2014 " + APP_NAME;
        }, session.documentProperty(), session.dirtyProperty(), session.saveTargetProperty());
        review.messageProperty().addListener((obs, old, now) -> status.set(now));
        workspace = new org.quoteexplorer.gui.workspace.WorkspaceViewModel(this,
                known -> new org.quoteexplorer.engine.QuoteEngine(known)::attribute, runner);
        workspace.workspaceProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // The article left on screen is no longer part of a folder: no registry to confirm
                // speakers in, and colours and the radar go back to the ordinary speaker list.
                useSpeakers(null, null);
            }
        });
    }

    /**
     * The speaker list the open article is reviewed against: the workspace's registry for an
     * article of the open folder ({@code ws} and its {@code path}), else the ordinary list.
     */
    private void useSpeakers(Workspace ws, String path) {
        if (ws == null) {
            speakerEditing.useWorkspace(null, null, null);
            radar.useSpeakerList(loader.speakerList());
        } else {
            speakerEditing.useWorkspace(ws, workspace.registryHistory(), path);
            radar.useSpeakerList(ws.knownSpeakers());
        }
    }

    // --- the workspace's hooks: a folder of articles, reviewed one after another ---

    /**
     * Whether the article on screen is reviewed as an article of {@code ws}, with its registry:
     * one opened before its folder was is not, and the folder opens it again.
     */
    public boolean reviewsWith(Workspace ws) {
        return speakerEditing.isIn(ws);
    }

    /** The folder of articles open beside the review, if any. */
    public org.quoteexplorer.gui.workspace.WorkspaceViewModel workspace() {
        return workspace;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** File → Open Folder…: the folder chosen opens as a workspace. */
    public void openChosenFolder() {
        dialogs.chooseFolderToOpen().ifPresent(this::openFolder);
    }

    /**
     * Opens a folder as the workspace. A review of the open workspace is saved in place when the
     * folder's article replaces it, as moving between its articles does; any other unsaved review
     * is asked about first, as File → Open asks, and Discard keeps the folder's first article from
     * saving it on the way.
     */
    private void openFolder(Path folder) {
        Path current = session.articleFileProperty().get();
        if (session.hasDocument() && session.isDirty() && (current == null || !workspace.contains(current))) {
            switch (dialogs.askToSaveChanges(documentName())) {
                case SAVE -> {
                    if (!save(BackgroundRunner.inPlace())) {
                        return;
                    }
                }
                case DISCARD -> leftUnsaved = session.generation();
                case CANCEL -> {
                    return;
                }
            }
        }
        workspace.open(folder);
    }

    /** A workspace opened: Open Recent lists its folder as it lists files. */
    public void rememberRecent(Path fileOrFolder) {
        recent.setAll(recentFiles.add(fileOrFolder));
    }

    /** Sets the status line, for the workspace's messages. */
    public void say(String message) {
        status.set(message);
    }

    /**
     * Opens another article of the workspace. Unlike File → Open, nothing is asked: unsaved edits
     * are saved to the review file they belong to, in place, so that a failed save stops the
     * switch and the edits stay on screen (and in the recovery store). A review with no file to go
     * to yet asks as File → Open does.
     *
     * @return whether the article is being opened
     */
    public boolean switchArticle(Path file) {
        if (busy.get()) {
            // Stepping quickly through the list: only the last article asked for is opened.
            cancelLoading();
        }
        if (session.hasDocument() && session.isDirty() && session.generation() != leftUnsaved) {
            boolean saved = session.saveTargetProperty().get() != null ? save(BackgroundRunner.inPlace()) : confirmDiscardOrSave();
            if (!saved) {
                return false;
            }
        }
        load("Reading " + file.getFileName() + "\u2026", file, "");
        return true;
    }

    public void openSample() {
        load("Attributing the sample article\u2026", loader::loadSample, "");
    }

    /** Opens a file, after asking about unsaved changes. */
    public void open(Path file) {
        open(file, "");
    }

    /** @param afterwards what the status line adds once the file is open ("" for nothing) */
    private void open(Path file, String afterwards) {
        if (java.nio.file.Files.isDirectory(file)) {
            // a folder on the command line (or dropped) is a workspace
            openFolder(file);
            return;
        }
        if (!confirmDiscardOrSave()) {
            return;
        }
        load("Reading and attributing " + file.getFileName() + "\u2026", file, afterwards);
    }

    /**
     * Files dropped on the window: the first one opens (a review is one article at a time) and the
     * status line says what was left, so nothing is dropped silently.
     */
    public void openDropped(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        String left = files.size() == 1 ? ""
                : " \u2014 " + counted(files.size() - 1, "other dropped file") + " not opened: one article at a time";
        open(files.get(0), left);
    }

    /**
     * File → Open Recent. A file moved or deleted since leaves the list at once, with a word why,
     * rather than failing the same way every time it is chosen.
     */
    public void openRecent(Path file) {
        if (java.nio.file.Files.isDirectory(file)) {
            openFolder(file);
            return;
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            recent.setAll(recentFiles.remove(file));
            dialogs.showError("Could not open the file", file.getFileName() + " is no longer in " + file.getParent()
                    + ". It was moved or deleted, so it is gone from Open Recent too.");
            return;
        }
        open(file);
    }

    public void openChosenFile() {
        if (!confirmDiscardOrSave()) {
            return;
        }
        dialogs.chooseFileToOpen().ifPresent(file ->
                load("Reading and attributing " + file.getFileName() + "\u2026", file, ""));
    }

    /**
     * Opens a file: an article of the open workspace is attributed and assessed with the folder's
     * speaker registry and its speakers linked to it, any other file with the ordinary speaker list.
     */
    private void load(String message, Path file, String afterwards) {
        Workspace ws = workspace.workspaceProperty().get();
        Optional<String> path = workspace.pathOf(file);
        if (ws == null || path.isEmpty()) {
            load(message, () -> loader.load(file), afterwards, null, null);
            return;
        }
        List<Speaker> known = ws.knownSpeakers();
        load(message, () -> loader.load(file, known, ws::link), afterwards, ws, path.get());
    }

    private void load(String message, java.util.concurrent.Callable<DocumentLoader.Loaded> work, String afterwards) {
        load(message, work, afterwards, null, null);
    }

    /** @param ws the workspace the file is an article of, with its {@code path} there, or {@code null} */
    private void load(String message, java.util.concurrent.Callable<DocumentLoader.Loaded> work, String afterwards,
                      Workspace ws, String path) {
        busy.set(true);
        status.set(message);
        java.util.concurrent.atomic.AtomicReference<ArticleDraft> draft = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<List<QuoteRow>> rows = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<RadarReport>> radarRun =
                new java.util.concurrent.atomic.AtomicReference<>();
        openingRadar = radarRun;
        runner.run(message, () -> {
            DocumentLoader.Loaded loaded = work.call();
            // Cancelled while the loader worked: its radar run is stopped here, since Cancel found none to stop.
            if (loaded.assessing() != null && !radarRun.compareAndSet(null, loaded.assessing())) {
                loaded.assessing().cancel(false);
            }
            if (loaded.assessing() != null && !loaded.assessing().isDone()) {
                // A long article: its text and its list are drawn here while the radar assesses it on
                // another core. Colours by speaker id, as the window's outside a workspace; in one, a
                // speaker linked to the registry differs and the window draws them itself.
                SpeakerPalette colours = new SpeakerPalette();
                draft.set(ArticleDraft.of(loaded.document(), colours));
                rows.set(QuoteListViewModel.rowsOf(loaded.document(), colours));
            }
            return loaded;
        }, loaded -> {
            busy.set(false);
            // "Don't save" gave up the open review for this file: its autosave goes only now that
            // the file did open. Had it failed, the review would still be open, and still recoverable.
            discardRecovery(recoveryKey());
            // the folder may have closed while the article was read: then it opens as a plain file
            useSpeakers(ws != null && workspace.workspaceProperty().get() == ws ? ws : null, path);
            radar.expectComing(loaded.document(), loaded.assessing());
            // handed over once: the runner may keep this callback, and the draft holds a whole text
            article.expectDraft(draft.getAndSet(null));
            quoteList.expectRows(loaded.document(), rows.getAndSet(null));
            session.open(loaded.document(), loaded.articleFile(), loaded.saveTarget());
            // Stepping through a folder would push the folder itself out of Open Recent.
            if (loaded.articleFile() != null && !workspace.contains(loaded.articleFile())) {
                recent.setAll(recentFiles.add(loaded.articleFile()));
            }
            engineNotes.replace(loaded.diagnostics());
            status.set(counted(loaded.document().quotes().size(), "quote") + ", " + counted(loaded.document().speakers().size(), "speaker")
                    + afterwards);
            if (!loaded.warnings().isEmpty()) {
                dialogs.showWarning("Opened with warnings", String.join("\n", loaded.warnings()));
            }
            if (!loaded.document().quotes().isEmpty()) {
                session.select(loaded.document().quotes().get(0).id());
            }
        }, failure -> {
            busy.set(false);
            status.set("Could not open the file");
            if (ws != null) {
                workspace.openingFailed();
            }
            dialogs.showError("Could not open the file", describe(failure), technicalDetails(failure));
        });
    }

    /**
     * Cancel while an article opens: the review on screen stays as it was, and the file is
     * neither opened nor added to Open Recent.
     */
    public void cancelLoading() {
        if (busy.get() && runner.cancel()) {
            busy.set(false);
            status.set("Opening cancelled");
            // The report of an article that will not open: its radar run must not go on to the end.
            java.util.concurrent.CompletableFuture<RadarReport> radarRun = openingRadar.getAndSet(STOPPED);
            if (radarRun != null) {
                radarRun.cancel(false);
            }
        }
    }

    /**
     * Save: to the annotation file this document came from or belongs next to, else ask where.
     * The file is written in the background.
     *
     * @return false when nothing is saved (no document, no place chosen, or the write failed at once)
     */
    public boolean save() {
        return save(writer);
    }

    private boolean save(BackgroundRunner how) {
        if (!session.hasDocument()) {
            return false;
        }
        Path target = session.saveTargetProperty().get();
        if (target == null) {
            Optional<Path> chosen = dialogs.chooseSaveTarget("Save annotations", suggestedFileName());
            if (chosen.isEmpty()) {
                return false;
            }
            target = chosen.get();
        }
        return saveTo(target, how);
    }

    /** Writes the review to {@code target} in the background; later saves go there too. */
    public boolean saveTo(Path target) {
        return writableTarget(target, ExportFormat.NATIVE).map(to -> saveTo(to, writer)).orElse(false);
    }

    /**
     * Where a review or an export may go: never over the article (its text would be replaced by
     * JSON, with no way back) nor under an article's extension, and with the format's extension
     * added to a name without one (a review saved as "myreview" reopened as an article, its JSON
     * read for quotes). Empty, after saying why, when it may not.
     */
    private Optional<Path> writableTarget(Path target, ExportFormat format) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path article = session.articleFileProperty().get();
        boolean theArticle = article != null
                && target.toAbsolutePath().normalize().equals(article.toAbsolutePath().normalize());
        if (theArticle || org.quoteexplorer.io.WorkspaceFolder.isArticleName(name)) {
            status.set("Not written: " + name + (theArticle ? " is the article itself" : " is an article's name"));
            dialogs.showError("Not written", name + (theArticle ? " is the article itself" : " has an article's extension")
                    + ": the annotations written there would replace " + (theArticle ? "its text" : "an article")
                    + ". Choose a name ending in ." + format.extension() + ", such as " + suggestedFileName(format) + ".");
            return Optional.empty();
        }
        return Optional.of(dot > 0 ? target : target.resolveSibling(name + "." + format.extension()));
    }

    private String suggestedFileName(ExportFormat format) {
        return format == ExportFormat.NATIVE ? suggestedFileName() : format.fileName(session.getDocument().article().id());
    }

    /**
     * The document as it is now is written; edits made while it is written stay unsaved (the
     * title keeps its *), and a document opened meanwhile is left alone.
     *
     * @return false when the write failed before this returned; true when it succeeded or goes on in the background
     */
    private boolean saveTo(Path target, BackgroundRunner how) {
        AnnotatedArticle shown = session.getDocument();
        long generation = session.generation();
        Instant now = Instant.now();
        boolean changed = session.isDirty();
        Supplier<RadarReport> radarReport = radar.reportFor(shown);
        Path before = recoveryKey();
        Path articleFile = session.articleFileProperty().get();
        boolean[] outcome = {false, false};
        status.set("Saving " + target.getFileName() + "\u2026");
        how.run("Saving " + target.getFileName(), () -> {
            AnnotatedArticle written = SavedReview.toSave(shown, changed, now, radarReport.get());
            AnnotationJson.save(written, target);
            return written;
        }, written -> {
            outcome[0] = true;
            outcome[1] = true;
            workspace.saved(articleFile, written);
            if (session.generation() != generation) {
                status.set("Saved " + target.getFileName());
                return;
            }
            boolean editedSince = session.getDocument() != shown;
            if (changed) {
                session.recordSaved(now);
            }
            if (editedSince) {
                session.retarget(target);
            } else {
                session.markSaved(target);
                discardRecovery(before);
            }
            status.set("Saved " + target.getFileName());
        }, failure -> {
            outcome[0] = true;
            status.set("Could not save " + target.getFileName());
            dialogs.showError("Could not save", describe(failure), technicalDetails(failure));
        });
        return !outcome[0] || outcome[1];
    }

    /**
     * Keeps unsaved work in the recovery store (called after a few idle seconds), written in the
     * background; once the work is saved or undone to the saved state, its recovery goes.
     */
    public void autosave() {
        if (recovery == null || !session.hasDocument()) {
            return;
        }
        if (!session.isDirty()) {
            discardRecovery(recoveryKey());
            return;
        }
        AnnotatedArticle document = session.getDocument();
        Path key = recoveryKey();
        writer.run("Autosaving", () -> {
            recovery.save(document, key);
            return key;
        }, saved -> {
            // saved or undone to the saved state while this was written: the copy is not needed
            if (session.hasDocument() && !session.isDirty()) {
                discardRecovery(recoveryKey());
            }
        }, failure -> status.set("Autosave failed: " + describe(failure)));
    }

    /**
     * At start-up: offers to restore work a crash left unsaved, newest first.
     *
     * @return whether a document was restored (then nothing else needs opening)
     */
    public boolean offerRecovery() {
        if (recovery == null) {
            return false;
        }
        List<RecoveryStore.Recovery> found;
        try {
            found = recovery.list();
        } catch (IOException e) {
            status.set("Could not look for unsaved work: " + describe(e));
            return false;
        }
        for (RecoveryStore.Recovery candidate : found) {
            Path original = candidate.original();
            Path article = articleOfRecovery(original, candidate.document());
            String name = nameOf(candidate.document(), article);
            boolean restore = dialogs.confirm("Restore unsaved work?",
                    "Quote Explorer closed before your review of " + name + " was saved (autosaved "
                            + whenSaved(candidate.savedAt()) + "). Restore it?", "Restore", "Discard");
            try {
                recovery.discard(candidate);
            } catch (IOException e) {
                status.set("Could not remove the recovery file: " + describe(e));
            }
            if (restore) {
                boolean annotationFile = original != null && AnnotationFiles.isAnnotationFile(original);
                Path target = original == null ? null : annotationFile ? original : AnnotationFiles.sidecarOf(original);
                session.openRestored(candidate.document(), article, target);
                engineNotes.replace(loader.notesOn(candidate.document().article()));
                status.set("Restored unsaved work on " + name);
                if (!candidate.document().quotes().isEmpty()) {
                    session.select(candidate.document().quotes().get(0).id());
                }
                return true;
            }
        }
        return false;
    }

    private static final java.time.format.DateTimeFormatter AUTOSAVE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu 'at' HH:mm", java.util.Locale.ENGLISH);

    /** "25 Nov 2026 at 18:56", on the analyst's clock rather than as a UTC timestamp. */
    static String whenSaved(Instant savedAt) {
        return AUTOSAVE_TIME.format(savedAt.atZone(java.time.ZoneId.systemDefault()));
    }

    /** Called once the window may close: unsaved work was saved or deliberately discarded. */
    public void closing() {
        workspace.close();
        if (session.hasDocument()) {
            discardRecovery(recoveryKey());
        }
    }

    private Path recoveryKey() {
        Path target = session.saveTargetProperty().get();
        return target != null ? target : session.articleFileProperty().get();
    }

    private void discardRecovery(Path key) {
        if (recovery == null || !session.hasDocument()) {
            return;
        }
        try {
            recovery.discard(session.getDocument().article().id(), key);
        } catch (IOException e) {
            status.set("Could not remove the recovery file: " + describe(e));
        }
    }

    /** Save As: writes where the analyst chooses, and later saves go there too. */
    public boolean saveAs() {
        if (!session.hasDocument()) {
            return false;
        }
        return dialogs.chooseSaveTarget("Save annotations as", suggestedFileName()).map(this::saveTo).orElse(false);
    }

    public void exportChosen() {
        if (!session.hasDocument()) {
            return;
        }
        dialogs.chooseSaveTarget("Export annotated JSON", suggestedFileName()).ifPresent(this::exportTo);
    }

    /** Writes the annotated JSON elsewhere; the document's own save target stays as it is. */
    public boolean exportTo(Path target) {
        return exportTo(ExportFormat.NATIVE, target);
    }

    /** File → Export As: W3C Web Annotation, JSON Lines or CSV (or the native JSON). */
    public void exportChosen(ExportFormat format) {
        if (!session.hasDocument()) {
            return;
        }
        dialogs.chooseSaveTarget("Export as " + format.code().toUpperCase(java.util.Locale.ROOT),
                format.fileName(session.getDocument().article().id())).ifPresent(target -> exportTo(format, target));
    }

    /** Writes the export in the background; the status line says when it is done. */
    public boolean exportTo(ExportFormat format, Path chosen) {
        Optional<Path> writable = writableTarget(chosen, format);
        if (writable.isEmpty()) {
            return false;
        }
        Path target = writable.get();
        AnnotatedArticle document = session.getDocument();
        Supplier<RadarReport> radarReport = radar.reportFor(document);
        boolean[] outcome = {false, false};
        status.set("Exporting " + target.getFileName() + "\u2026");
        writer.run("Exporting " + target.getFileName(), () -> {
            format.save(SavedReview.toExport(document, radarReport.get()), target);
            return target;
        }, done -> {
            outcome[0] = true;
            outcome[1] = true;
            status.set("Exported " + target.getFileName());
        }, failure -> {
            outcome[0] = true;
            status.set("Could not export " + target.getFileName());
            dialogs.showError("Could not export", describe(failure), technicalDetails(failure));
        });
        return !outcome[0] || outcome[1];
    }

    /** Before closing the window or replacing the document: true when it is fine to go on. */
    public boolean confirmDiscardOrSave() {
        if (!session.hasDocument() || !session.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSaveChanges(documentName())) {
            // the window closes or the document goes next: this save must be done first
            case SAVE -> save(BackgroundRunner.inPlace());
            // The autosave goes once the document is really replaced or the window closes.
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    public String documentName() {
        AnnotatedArticle document = session.getDocument();
        return document == null ? "" : nameOf(document, session.articleFileProperty().get());
    }

    /** The name the analyst knows a document by: the file opened, else the article's file name, else its id. */
    private static String nameOf(AnnotatedArticle document, Path articleFile) {
        if (articleFile != null) {
            return articleFile.getFileName().toString();
        }
        return document.article().source() != null ? document.article().source() : document.article().id();
    }

    /**
     * The article file a recovery belongs to. Autosave keys a review by the annotation file it
     * saves to ({@code story.quotes.json}), but the analyst opened, and the title named, the article
     * beside it ({@code story.txt}). {@code null} when the review was saved elsewhere: the title then
     * falls back to the article's own file name.
     */
    static Path articleOfRecovery(Path original, AnnotatedArticle document) {
        if (original == null || !AnnotationFiles.isAnnotationFile(original)) {
            return original;
        }
        String source = document.article().source();
        if (source == null || source.isBlank()) {
            return original;
        }
        try {
            Path article = original.resolveSibling(Path.of(source).getFileName());
            return AnnotationFiles.sidecarOf(article).equals(original) ? article : null;
        } catch (java.nio.file.InvalidPathException notAFileName) {
            return null;
        }
    }

    private String suggestedFileName() {
        return session.getDocument().article().id() + org.quoteexplorer.io.AnnotationFiles.SIDECAR_SUFFIX;
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            message = failure.getClass().getSimpleName();
        }
        if (failure instanceof java.nio.file.NoSuchFileException) {
            message = "No such file: " + message;
        } else if (failure instanceof java.nio.charset.CharacterCodingException
                || failure instanceof java.nio.charset.MalformedInputException) {
            message = "The file is not UTF-8 text (" + message + ")";
        }
        return message;
    }

    /**
     * What failed inside, for the expandable part of an error dialog and a bug report: each
     * exception of the cause chain with its full message, then the stack trace.
     */
    static String technicalDetails(Throwable failure) {
        StringBuilder details = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            details.append(t == failure ? "" : "Caused by: ").append(t.getClass().getName());
            if (t.getMessage() != null) {
                details.append(": ").append(t.getMessage());
            }
            details.append('\n');
        }
        java.io.StringWriter trace = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(trace));
        return details.append('\n').append(trace).toString().stripTrailing();
    }

    public DocumentSession session() {
        return session;
    }

    public ArticleViewModel article() {
        return article;
    }

    public QuoteListViewModel quoteList() {
        return quoteList;
    }

    public LegendViewModel legend() {
        return legend;
    }

    public RadarViewModel radar() {
        return radar;
    }

    /** The confidences bulk accept offers, highest first. */
    static final List<Double> BULK_ACCEPT_LEVELS = List.of(0.95, 0.9, 0.85, 0.8, 0.75, 0.5);

    /**
     * "Accept all unflagged quotes with confidence \u2265 X": the analyst picks X from a list that
     * names how many quotes each would accept, then confirms that count; one undo step.
     */
    public void bulkAccept() {
        if (!session.hasDocument()) {
            return;
        }
        if (radar.isAssessing()) {
            // the counts would leave out the flags still to come: the dialog would offer flagged quotes
            status.set(ReviewViewModel.BULK_ACCEPT_WAITS);
            return;
        }
        java.util.Map<Double, Integer> counts = new java.util.LinkedHashMap<>();
        for (double level : BULK_ACCEPT_LEVELS) {
            counts.put(level, review.bulkAcceptCandidates(level).size());
        }
        Optional<Double> level = dialogs.askChoice("Accept unflagged quotes", "Accept every unflagged suggestion with confidence at least",
                BULK_ACCEPT_LEVELS, l -> "\u2265 " + ReviewViewModel.confidenceText(l) + "  (" + quotesText(counts.get(l)) + ")");
        if (level.isEmpty()) {
            return;
        }
        int count = counts.get(level.get());
        if (count == 0) {
            status.set("No unflagged suggestion has confidence \u2265 " + ReviewViewModel.confidenceText(level.get()));
            return;
        }
        if (dialogs.confirm("Accept unflagged quotes", "Accept " + quotesText(count) + " with confidence \u2265 "
                + ReviewViewModel.confidenceText(level.get()) + " and no flag? One undo step takes them all back.",
                "Accept " + quotesText(count), "Cancel")) {
            review.acceptAllUnflagged(level.get());
        }
    }

    private static String quotesText(int count) {
        return count == 1 ? "1 quote" : count + " quotes";
    }

    public ReviewViewModel review() {
        return review;
    }

    public QuoteEditingViewModel quoteEditing() {
        return quoteEditing;
    }

    public SpeakerEditingViewModel speakerEditing() {
        return speakerEditing;
    }

    public SpeakerChooserViewModel speakerChooser() {
        return speakerChooser;
    }

    public EngineNotesViewModel engineNotes() {
        return engineNotes;
    }

    public ObservableList<Path> recentFiles() {
        return readOnlyRecent;
    }

    public StringBinding titleBinding() {
        return title;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "1 quote", "14 quotes". */
    static String counted(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
