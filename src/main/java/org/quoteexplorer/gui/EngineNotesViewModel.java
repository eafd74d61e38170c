package org.quoteexplorer.gui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quoteexplorer.gui.article.ArticleLayout;
import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Diagnostic;
import org.quoteexplorer.model.Quote;

/**
 * What the engine could not settle in the open article (an unclosed quotation mark, say): the
 * status bar counts them, and choosing one shows its place in the article. Needs no toolkit.
 */
public final class EngineNotesViewModel {

    private final ArticleViewModel article;
    private final Consumer<String> say;
    private final ObservableList<Diagnostic> notes = FXCollections.observableArrayList();
    private final ObservableList<Diagnostic> readOnlyNotes = FXCollections.unmodifiableObservableList(notes);
    private final StringBinding summary;

    /** @param say shows a line in the status bar: the note chosen, once its list has closed */
    public EngineNotesViewModel(ArticleViewModel article, Consumer<String> say) {
        this.article = article;
        this.say = say;
        summary = Bindings.createStringBinding(() -> notes.isEmpty() ? ""
                : MainViewModel.counted(notes.size(), "engine note"), notes);
    }

    /** The notes of the document just opened; a document that did not go through the engine has none. */
    void replace(List<Diagnostic> diagnostics) {
        notes.setAll(diagnostics);
    }

    public ObservableList<Diagnostic> notes() {
        return readOnlyNotes;
    }

    /** "3 engine notes"; empty when there are none. */
    public StringBinding summaryBinding() {
        return summary;
    }

    /** "Line 4: unclosed quotation mark “ (…)": the line as the article file has it, one paragraph a line. */
    public String describe(Diagnostic note) {
        ArticleLayout layout = article.layoutProperty().get();
        if (note.span() == null || layout == null) {
            return note.message();
        }
        return "Line " + (layout.lineOf(note.span().start()) + 1) + ": " + note.message();
    }

    /**
     * Shows a note's place: the quote it concerns becomes the selected quote (ready to fix its
     * extent) and the words the note points at are selected in the article; the status bar keeps
     * the note's words in view.
     */
    public void show(Diagnostic note) {
        AnnotatedArticle document = article.session().getDocument();
        if (document == null) {
            return;
        }
        say.accept(describe(note));
        if (note.span() == null) {
            return;
        }
        document.quotes().stream().filter(q -> q.span().overlaps(note.span())).findFirst()
                .map(Quote::id).ifPresent(article.session()::select);
        article.reveal(note.span());
    }
}
