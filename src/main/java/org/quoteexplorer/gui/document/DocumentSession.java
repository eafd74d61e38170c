package org.quoteexplorer.gui.document;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.review.edit.Change;
import org.quoteexplorer.review.edit.EditHistory;

/**
 * The document under review as observable state: the shared model of every view model.
 *
 * <p>It adapts {@link EditHistory} to JavaFX properties. Nothing outside changes the document
 * except through {@link #perform}, {@link #undo} and {@link #redo}. FX thread only; needs no toolkit.
 */
public final class DocumentSession {

    private final ReadOnlyObjectWrapper<AnnotatedArticle> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<DocumentUpdate> lastUpdate = new ReadOnlyObjectWrapper<>(this, "lastUpdate");
    private final ReadOnlyObjectWrapper<Path> articleFile = new ReadOnlyObjectWrapper<>(this, "articleFile");
    private final ReadOnlyObjectWrapper<Path> saveTarget = new ReadOnlyObjectWrapper<>(this, "saveTarget");
    private final ReadOnlyStringWrapper selectedQuoteId = new ReadOnlyStringWrapper(this, "selectedQuoteId");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private final SpeakerPalette palette = new SpeakerPalette();
    private EditHistory history;
    /** Counts documents opened, so work finished in the background knows whether its document is still open. */
    private long generation;
    /** The document came from a recovery file: unsaved work, though there is nothing to undo. */
    private boolean unsavedOrigin;

    /**
     * Replaces the document under review; its history starts empty and clean: what the engine
     * suggested can be recomputed, only a person's edits count as unsaved work.
     */
    public void open(AnnotatedArticle opened, Path article, Path target) {
        open(opened, article, target, false);
    }

    /** Opens work restored after a crash: it counts as unsaved until saved. */
    public void openRestored(AnnotatedArticle restored, Path article, Path target) {
        open(restored, article, target, true);
    }

    private void open(AnnotatedArticle opened, Path article, Path target, boolean unsaved) {
        Objects.requireNonNull(opened, "document");
        palette.follow(opened);
        generation++;
        unsavedOrigin = unsaved;
        history = new EditHistory(opened);
        history.addListener((now, change) -> onHistoryChanged(now, change));
        articleFile.set(article);
        saveTarget.set(target);
        selectedQuoteId.set(null);
        document.set(opened);
        refreshFlags();
        lastUpdate.set(DocumentUpdate.opened(opened));
    }

    public boolean hasDocument() {
        return history != null;
    }

    public void perform(Change change) {
        requireDocument().perform(change);
    }

    /** A change that folds into the previous one with the same key: a run of Shift+→ is one undo step. */
    public void perform(Change change, String coalesceKey) {
        requireDocument().perform(change, coalesceKey);
    }

    public void undo() {
        requireDocument().undo();
    }

    public void redo() {
        requireDocument().redo();
    }

    /** The document now equals what is at {@code target}. */
    public void markSaved(Path target) {
        saveTarget.set(target);
        unsavedOrigin = false;
        requireDocument().markClean();
    }

    /** Later saves go to {@code target}; the document stays unsaved (it changed while it was written there). */
    public void retarget(Path target) {
        saveTarget.set(target);
    }

    /** Changes with every document opened. */
    public long generation() {
        return generation;
    }

    public void select(String quoteId) {
        // by the index, not a search of the quote list: every key selects, and an article may have 25,000 quotes
        if (quoteId != null && (document.get() == null || QuoteIndex.of(document.get()).quote(quoteId).isEmpty())) {
            throw new IllegalArgumentException("no quote " + quoteId);
        }
        selectedQuoteId.set(quoteId);
    }

    public Optional<Quote> selectedQuote() {
        AnnotatedArticle doc = document.get();
        return doc == null ? Optional.empty() : QuoteIndex.of(doc).quote(selectedQuoteId.get());
    }

    public SpeakerPalette palette() {
        return palette;
    }

    /** Records that the review was saved at {@code time}: {@code created} once, {@code modified} every time. */
    public void recordSaved(Instant time) {
        Article article = requireDocument().current().article();
        requireDocument().replaceArticle(article.withTimes(article.created() == null ? time : article.created(), time));
    }

    private EditHistory requireDocument() {
        if (history == null) {
            throw new IllegalStateException("no document is open");
        }
        return history;
    }

    private void onHistoryChanged(AnnotatedArticle now, Change change) {
        AnnotatedArticle before = document.get();
        palette.follow(now);
        document.set(now);
        if (selectedQuoteId.get() != null && QuoteIndex.of(now).quote(selectedQuoteId.get()).isEmpty()) {
            selectedQuoteId.set(null);
        }
        refreshFlags();
        if (change != null) {
            lastUpdate.set(new DocumentUpdate(now, before, change.affectedQuoteIds(), change.changesSpeakers()));
        }
    }

    private void refreshFlags() {
        dirty.set(unsavedOrigin || !history.isClean());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoDescription.set(history.undoDescription());
        redoDescription.set(history.redoDescription());
    }

    public ReadOnlyObjectProperty<AnnotatedArticle> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public AnnotatedArticle getDocument() {
        return document.get();
    }

    /** Fires once per open, edit, undo and redo. */
    public ReadOnlyObjectProperty<DocumentUpdate> lastUpdateProperty() {
        return lastUpdate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> articleFileProperty() {
        return articleFile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> saveTargetProperty() {
        return saveTarget.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedQuoteIdProperty() {
        return selectedQuoteId.getReadOnlyProperty();
    }

    public String getSelectedQuoteId() {
        return selectedQuoteId.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
