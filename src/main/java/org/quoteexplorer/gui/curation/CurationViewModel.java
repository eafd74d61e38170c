package org.quoteexplorer.gui.curation;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quoteexplorer.gui.common.DialogService;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.review.Agreement;
import org.quoteexplorer.review.AgreementReport;
import org.quoteexplorer.review.edit.Change;

/**
 * Curation: my review of the open article beside another reviewer's, the quotes where they differ,
 * and taking either side of each.
 *
 * <p>The differences are recomputed from the review as it stands after every edit, undo and redo,
 * so taking their side (an edit like any other) makes its row go, and undoing it brings it back.
 * Keeping mine changes nothing in the review, so it is a mark on the row only ("kept mine"),
 * which "take theirs for all" respects; taking it again reopens the row.
 */
public final class CurationViewModel {

    /** A difference as listed, and whether the analyst kept their own side of it. */
    public record Row(AgreementReport.Row report, boolean kept) {

        public String key() {
            return report.key();
        }
    }

    private final DocumentSession session;
    private final DialogService dialogs;
    private final Consumer<String> say;
    private final CurationEdits edits;
    private final ReadOnlyObjectWrapper<AnnotatedArticle> theirs = new ReadOnlyObjectWrapper<>(this, "theirs");
    private final ReadOnlyObjectWrapper<Path> theirsFile = new ReadOnlyObjectWrapper<>(this, "theirsFile");
    private final ReadOnlyObjectWrapper<Agreement.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper(this, "figures", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyObjectWrapper<String> selectedKey = new ReadOnlyObjectWrapper<>(this, "selectedKey");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Set<String> kept = new HashSet<>();

    /**
     * @param say where one-line messages go (the window's status line)
     */
    public CurationViewModel(DocumentSession session, DialogService dialogs, Consumer<String> say, Clock clock) {
        this.session = session;
        this.dialogs = dialogs;
        this.say = say;
        this.edits = new CurationEdits(clock);
        session.documentProperty().addListener((obs, old, now) -> {
            if (theirs.get() != null && (now == null || !now.text().equals(theirs.get().text()))) {
                // another article: their review is of a different text
                close();
            } else {
                refresh();
            }
        });
    }

    /** Review → Compare with Another Review…: asks for their file and compares. */
    public boolean chooseAndCompare() {
        if (!session.hasDocument()) {
            say.accept("Open an article first, then compare its review with another");
            return false;
        }
        Optional<Path> chosen = dialogs.chooseFileToOpen();
        return chosen.isPresent() && compareWith(chosen.get());
    }

    /**
     * Compares the open review with another reviewer's: an annotation file of this article, or a
     * folder of them, where the one with this article's document id is taken.
     *
     * @return whether a comparison is now shown
     */
    public boolean compareWith(Path fileOrFolder) {
        AnnotatedArticle mine = session.getDocument();
        if (mine == null) {
            say.accept("Open an article first, then compare its review with another");
            return false;
        }
        AnnotatedArticle other;
        Path file;
        try {
            file = Files.isDirectory(fileOrFolder) ? findIn(fileOrFolder, mine.article().id()) : fileOrFolder;
            if (file == null) {
                dialogs.showError("Could not compare", "There is no review of " + mine.article().id() + " in "
                        + fileOrFolder + ". Reviews are matched by the article's document id.");
                return false;
            }
            if (!AnnotationFiles.isAnnotationFile(file)) {
                dialogs.showError("Could not compare", file.getFileName() + " is not a review: choose the other "
                        + "reviewer's annotation file (.json or .jsonld) of this article.");
                return false;
            }
            other = AnnotationFiles.load(file);
        } catch (IOException e) {
            dialogs.showError("Could not compare", plain(fileOrFolder, e));
            return false;
        }
        if (!other.text().equals(mine.text())) {
            dialogs.showError("Could not compare", file.getFileName() + " is a review of a different text (article "
                    + other.article().id() + ", or this article as it was before it changed), so its quotes cannot "
                    + "be paired with yours.");
            return false;
        }
        kept.clear();
        theirsFile.set(file);
        theirs.set(other);
        refresh();
        // the first difference is ready for a key, as the first quote is after opening an article
        selectOpenFrom(0);
        active.set(true);
        Agreement.Result r = result.get();
        // the figures stand at the top of the pane; the status line has room for the count only
        say.accept("Compared with " + file.getFileName() + ": " + counted(r.differences().size(), "difference"));
        return true;
    }

    /** The differences pane is closed; the review stays as it is. */
    public void close() {
        theirs.set(null);
        theirsFile.set(null);
        active.set(false);
        kept.clear();
        refresh();
    }

    /** Shows this row as the one the keys act on, and its quote in the article when I have it. */
    public void select(String key) {
        selectedKey.set(key);
        row(key).map(r -> r.report().difference().a()).ifPresent(q -> {
            AnnotatedArticle doc = session.getDocument();
            if (doc != null && doc.quote(q.id()).isPresent()) {
                session.select(q.id());
            }
        });
    }

    /** Keeps my side of the selected difference: nothing in the review changes; the row is marked. */
    public void takeMine() {
        Optional<Row> row = selected();
        if (row.isEmpty()) {
            return;
        }
        String key = row.get().key();
        if (!kept.add(key)) {
            kept.remove(key);
            refresh();
            say.accept("Reopened: " + row.get().report().what() + " of \u201C" + row.get().report().words() + "\u201D");
            return;
        }
        int index = rows.indexOf(row.get());
        refresh();
        say.accept("Kept mine: " + row.get().report().what() + " of \u201C" + row.get().report().words() + "\u201D");
        selectOpenFrom(index + 1);
    }

    /** Takes their side of the selected difference: one undo step. */
    public Optional<Change> takeTheirs() {
        Optional<Row> row = selected();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        int index = rows.indexOf(row.get());
        Optional<Change> done = perform(() -> edits.takeTheirs(session.getDocument(), theirs.get(),
                row.get().report().difference()));
        done.ifPresent(c -> selectOpenFrom(index));
        return done;
    }

    /** Takes their side of every difference not kept as mine: one undo step for all. */
    public Optional<Change> takeTheirsForAll() {
        if (!isActive()) {
            say.accept("Compare with another review first (Review \u2192 Compare with Another Review\u2026)");
            return Optional.empty();
        }
        List<Agreement.Difference> open = rows.stream().filter(r -> !r.kept()).map(r -> r.report().difference()).toList();
        if (open.isEmpty()) {
            say.accept(rows.isEmpty() ? "The two reviews do not differ" : "Every difference left is kept as yours");
            return Optional.empty();
        }
        return perform(() -> edits.takeTheirsForAll(session.getDocument(), theirs.get(), open));
    }

    private Optional<Change> perform(java.util.function.Supplier<Change> build) {
        try {
            Change change = build.get();
            session.perform(change);
            say.accept(change.description());
            return Optional.of(change);
        } catch (IllegalArgumentException | IllegalStateException e) {
            say.accept(e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Row> selected() {
        if (!isActive()) {
            say.accept("Compare with another review first (Review \u2192 Compare with Another Review\u2026)");
            return Optional.empty();
        }
        Optional<Row> row = row(selectedKey.get());
        if (row.isEmpty()) {
            say.accept(rows.isEmpty() ? "The two reviews do not differ" : "Choose a difference first");
        }
        return row;
    }

    private Optional<Row> row(String key) {
        return key == null ? Optional.empty() : rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** After a decision the next open row is ready for the next key, as Accept and Next does for quotes. */
    private void selectOpenFrom(int index) {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get((index + i) % rows.size());
            if (!r.kept()) {
                select(r.key());
                return;
            }
        }
        if (!rows.isEmpty()) {
            select(rows.get(Math.min(index, rows.size() - 1)).key());
        }
    }

    private void refresh() {
        AnnotatedArticle mine = session.getDocument();
        AnnotatedArticle other = theirs.get();
        if (mine == null || other == null) {
            rows.clear();
            result.set(null);
            figures.set("");
            heading.set("");
            selectedKey.set(null);
            return;
        }
        Agreement.Result r = Agreement.compare(mine, other);
        List<Row> fresh = new ArrayList<>();
        for (Agreement.Difference d : r.differences()) {
            AgreementReport.Row report = AgreementReport.row(d, mine.text());
            fresh.add(new Row(report, kept.contains(report.key())));
        }
        result.set(r);
        figures.set(AgreementReport.figures(r));
        long open = fresh.stream().filter(row -> !row.kept()).count();
        heading.set(AgreementReport.counts(r, "mine", "theirs") + " \u00B7 " + counted(fresh.size(), "difference")
                + (open == fresh.size() ? "" : ", " + open + " open"));
        String was = selectedKey.get();
        rows.setAll(fresh);
        if (was != null && row(was).isEmpty()) {
            selectedKey.set(null);
        }
    }

    private static Path findIn(Path folder, String documentId) throws IOException {
        List<Path> reviews = AnnotationFiles.reviewsIn(folder);
        // the saved review of an article is named after it: try that before reading every file
        String sidecar = documentId + AnnotationFiles.SIDECAR_SUFFIX;
        List<Path> ordered = new ArrayList<>(reviews.stream().filter(p -> p.getFileName().toString().equals(sidecar)).toList());
        reviews.stream().filter(p -> !ordered.contains(p)).forEach(ordered::add);
        for (Path p : ordered) {
            try {
                if (AnnotationFiles.load(p).article().id().equals(documentId)) {
                    return p;
                }
            } catch (IOException unreadable) {
                // another article's broken review is no reason to stop looking for this one
            }
        }
        return null;
    }

    private static String plain(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return path + " is no longer there.";
        }
        if (e instanceof AccessDeniedException) {
            return path + " cannot be read: permission denied.";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? path + " could not be read." : message.strip();
    }

    private static String counted(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    public boolean isActive() {
        return active.get();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return readOnlyRows;
    }

    public ReadOnlyObjectProperty<String> selectedKeyProperty() {
        return selectedKey.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Agreement.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** "same speaker: 2 of 3 (66.7%); status: 2 of 3 agree, kappa 0.000", as the compare command prints it. */
    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** "3 quotes in mine, 3 in theirs, 3 paired · 2 differences". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> theirsFileProperty() {
        return theirsFile.getReadOnlyProperty();
    }
}
