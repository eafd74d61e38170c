package org.quoteexplorer.gui.quotes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.function.Function;
import org.quoteexplorer.gui.common.DialogService;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.review.edit.Change;
import org.quoteexplorer.review.edit.Edits;
import org.quoteexplorer.review.edit.QuoteSnippets;
import org.quoteexplorer.review.edit.SpeakerNames;

/**
 * Edits of the selected quote itself: add one from the text selection, move its boundaries,
 * split and merge, its mention, type, note, and a new speaker for it.
 *
 * <p>The article view writes the text selection and caret here; everything else is read-only.
 */
public final class QuoteEditingViewModel {

    private final DocumentSession session;
    private final ReviewViewModel review;
    private final DialogService dialogs;
    private final ObjectProperty<Span> textSelection = new SimpleObjectProperty<>(this, "textSelection");
    private final IntegerProperty caret = new SimpleIntegerProperty(this, "caret");
    private final BooleanBinding hasTextSelection;
    private final Function<Article, AnnotatedArticle> engine;

    public QuoteEditingViewModel(DocumentSession session, ReviewViewModel review, DialogService dialogs) {
        this(session, review, dialogs, null);
    }

    /** @param engine attributes an article, to suggest speaker, mention and cue for a quote added by hand; or null */
    public QuoteEditingViewModel(DocumentSession session, ReviewViewModel review, DialogService dialogs,
                                 Function<Article, AnnotatedArticle> engine) {
        this.session = session;
        this.review = review;
        this.dialogs = dialogs;
        this.engine = engine;
        this.hasTextSelection = Bindings.createBooleanBinding(
                () -> textSelection.get() != null && !textSelection.get().isEmpty(), textSelection);
    }

    /** The text the analyst has selected in the article, or null / empty. */
    public ObjectProperty<Span> textSelectionProperty() {
        return textSelection;
    }

    public IntegerProperty caretProperty() {
        return caret;
    }

    public BooleanBinding hasTextSelectionBinding() {
        return hasTextSelection;
    }

    private Edits edits() {
        return review.edits();
    }

    private AnnotatedArticle document() {
        return session.getDocument();
    }

    /**
     * N / Ctrl+Enter: the selected text becomes a quote, which is then selected. When the engine
     * sees a quotation there too, its speaker, mention and cue come along as the suggestion.
     */
    public void addQuoteFromSelection() {
        Span selection = textSelection.get();
        if (selection == null || selection.isEmpty()) {
            review.say("Select the text of the quote first");
            return;
        }
        Set<String> before = idsOf(document());
        Optional<Quote> suggestion = suggestionFor(selection);
        Optional<Change> added = suggestion.flatMap(s -> review.perform(() -> edits().addQuote(document(), selection,
                s.speakerId(), s.mention(), s.cue())));
        if (added.isEmpty()) {
            added = review.perform(() -> edits().addQuote(document(), selection));
        }
        added.ifPresent(change -> change.quotesAfter().stream().map(Quote::id).filter(id -> !before.contains(id))
                .findFirst().ifPresent(session::select));
    }

    /**
     * The engine's quote overlapping the selection most, carried over to this document's speakers
     * (by name or alias); empty when the engine sees none there or its speaker is unknown here.
     */
    Optional<Quote> suggestionFor(Span selection) {
        if (engine == null) {
            return Optional.empty();
        }
        AnnotatedArticle suggested;
        try {
            suggested = engine.apply(document().article());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return suggested.quotes().stream()
                .filter(q -> q.isAttributed() && q.span().overlaps(selection))
                .max(java.util.Comparator.comparingInt(q -> overlap(q.span(), selection)))
                .flatMap(q -> suggested.speaker(q.speakerId())
                        .flatMap(s -> SpeakerNames.find(document(), s.name()))
                        .map(s -> q.withSpeaker(s.id())));
    }

    private static int overlap(Span a, Span b) {
        return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    }

    public void resizeToSelection() {
        withTextSelection("Select the new extent of the quote first",
                (q, selection) -> edits().resize(document(), q.id(), selection));
    }

    /** Applies an edit that needs the text selection, or says what to select first. */
    private void withTextSelection(String hint, java.util.function.BiFunction<Quote, Span, Change> edit) {
        Span selection = textSelection.get();
        if (selection == null || selection.isEmpty()) {
            review.say(hint);
            return;
        }
        review.onSelected(q -> edit.apply(q, selection));
    }

    /** Moves the start boundary: negative extends to the left. A run of moves is one undo step. */
    public void moveStart(int delta) {
        review.onSelected(q -> edits().moveStart(document(), q.id(), delta), "resize:");
    }

    /** Moves the end boundary: positive extends to the right. */
    public void moveEnd(int delta) {
        review.onSelected(q -> edits().moveEnd(document(), q.id(), delta), "resize:");
    }

    public void splitAtCaret() {
        review.onSelected(q -> edits().splitQuote(document(), q.id(), caret.get()));
    }

    /** Joins the selected quote with the one after it. */
    public void mergeWithNext() {
        review.onSelected(q -> {
            List<Quote> quotes = document().quotes();
            int at = quotes.indexOf(q);
            if (at + 1 >= quotes.size()) {
                throw new IllegalArgumentException(QuoteSnippets.of(document(), q) + " is the last quote");
            }
            return edits().mergeQuotes(document(), q.id(), quotes.get(at + 1).id());
        });
    }

    public void useSelectionAsMention() {
        withTextSelection("Select the speaker's name in the text first",
                (q, selection) -> edits().setMention(document(), q.id(), selection));
    }

    public void setType(QuoteType type) {
        review.onSelected(q -> edits().setType(document(), q.id(), type));
    }

    public void editNote() {
        Optional<Quote> quote = session.selectedQuote();
        if (quote.isEmpty()) {
            review.say("Select a quote first");
            return;
        }
        String current = quote.get().note() == null ? "" : quote.get().note();
        dialogs.askText("Note on " + QuoteSnippets.of(document(), quote.get()), "Note", current)
                .filter(note -> !note.equals(current))
                .ifPresent(note -> review.onSelected(q -> edits().setNote(document(), q.id(), note)));
    }

    /** "New speaker…": name, kind and title, and the selected quote goes to them in one step. */
    public void newSpeakerForSelected() {
        if (session.selectedQuote().isEmpty()) {
            review.say("Select a quote first");
            return;
        }
        dialogs.askSpeaker("New speaker", new DialogService.SpeakerForm("", org.quoteexplorer.model.SpeakerKind.PERSON, ""))
                .ifPresent(form -> review.onSelected(q -> edits().reassignToNewSpeaker(document(), q.id(),
                        form.name(), form.kind(), form.title())));
    }

    private static Set<String> idsOf(AnnotatedArticle document) {
        return document.quotes().stream().map(Quote::id).collect(Collectors.toSet());
    }
}
