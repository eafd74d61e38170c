package org.quoteexplorer.gui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.quoteexplorer.gui.edit.Change;
import org.quoteexplorer.gui.edit.Edits;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.SpeakerKind;

/**
 * The review operations on the selected quote and the navigation between quotes.
 *
 * <p>Every operation asks for a {@link Change} and performs it on the session, so each one
 * undoes in one step. A request that makes no sense now (accepting an accepted quote) is
 * reported in {@link #messageProperty()} instead of failing.
 */
public final class ReviewViewModel {

    private final DocumentSession session;
    private final LegendViewModel legend;
    private final QuoteListViewModel quoteList;
    private final Edits edits = Edits.withSystemClock();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper reviewed = new ReadOnlyIntegerWrapper(this, "reviewed");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final BooleanBinding hasSelection;
    private final ObjectBinding<QuoteDetails> selectedDetails;
    private final StringBinding selectedText;

    public ReviewViewModel(DocumentSession session, LegendViewModel legend, QuoteListViewModel quoteList) {
        this.session = session;
        this.legend = legend;
        this.quoteList = quoteList;
        this.hasSelection = Bindings.createBooleanBinding(() -> session.selectedQuote().isPresent(),
                session.selectedQuoteIdProperty(), session.documentProperty());
        this.selectedDetails = Bindings.createObjectBinding(
                () -> session.selectedQuote().map(q -> QuoteDetails.of(session.getDocument(), q)).orElse(null),
                session.selectedQuoteIdProperty(), session.documentProperty());
        this.selectedText = Bindings.createStringBinding(
                () -> session.selectedQuote().map(q -> session.getDocument().textOf(q)).orElse(""),
                session.selectedQuoteIdProperty(), session.documentProperty());
        session.documentProperty().addListener((obs, old, now) -> refreshProgress(now));
        refreshProgress(session.getDocument());
    }

    public BooleanBinding hasSelectionBinding() {
        return hasSelection;
    }

    /** Speaker, rule, evidence of the selected quote; null when none is selected. */
    public ObjectBinding<QuoteDetails> selectedDetailsBinding() {
        return selectedDetails;
    }

    public StringBinding selectedTextBinding() {
        return selectedText;
    }

    public void reassignSelected(String speakerId) {
        onSelected(q -> edits.reassign(session.getDocument(), q.id(), speakerId));
    }

    public void reassignSelectedToNewSpeaker(String name, SpeakerKind kind, String title) {
        onSelected(q -> edits.reassignToNewSpeaker(session.getDocument(), q.id(), name, kind, title));
    }

    /** Digit keys 1–9: the speaker in that place of the legend. */
    public void assignLegendSpeaker(int digit) {
        String speakerId = legend.speakerForDigit(digit);
        if (speakerId == null) {
            message.set("No speaker " + digit + " in the legend");
            return;
        }
        reassignSelected(speakerId);
    }

    public void accept() {
        setStatus(QuoteStatus.ACCEPTED);
    }

    public void reject() {
        setStatus(QuoteStatus.REJECTED);
    }

    public void markUnsure() {
        setStatus(QuoteStatus.UNSURE);
    }

    private void setStatus(QuoteStatus status) {
        onSelected(q -> edits.setStatus(session.getDocument(), q.id(), status));
    }

    public void undo() {
        if (session.hasDocument()) {
            session.undo();
        }
    }

    public void redo() {
        if (session.hasDocument()) {
            session.redo();
        }
    }

    /** J / ↓: the next quote the list shows, after the selected one. */
    public void selectNext() {
        step(+1);
    }

    /** K / ↑: the previous quote the list shows. */
    public void selectPrevious() {
        step(-1);
    }

    /** Tab: the next shown quote after the selected one that no person has decided on yet, wrapping around. */
    public void selectNextUnreviewed() {
        List<Quote> shown = shownQuotes();
        if (shown.isEmpty()) {
            return;
        }
        int after = positionAfterSelection(shown);
        for (int i = 0; i < shown.size(); i++) {
            Quote candidate = shown.get(Math.floorMod(after + i, shown.size()));
            if (!candidate.status().isReviewed() && !candidate.id().equals(session.getSelectedQuoteId())) {
                session.select(candidate.id());
                return;
            }
        }
        message.set(session.selectedQuote().map(q -> !q.status().isReviewed()).orElse(false)
                ? "This is the last unreviewed quote" : "Every quote is reviewed");
    }

    private void step(int direction) {
        List<Quote> shown = shownQuotes();
        if (shown.isEmpty()) {
            return;
        }
        Quote selected = session.selectedQuote().orElse(null);
        if (selected == null) {
            session.select(shown.get(direction > 0 ? 0 : shown.size() - 1).id());
            return;
        }
        Quote target = null;
        for (Quote quote : shown) {
            int order = quote.span().compareTo(selected.span());
            if (direction > 0 && order > 0) {
                target = quote;
                break;
            }
            if (direction < 0 && order < 0) {
                target = quote;
            }
        }
        if (target == null) {
            message.set(direction > 0 ? "This is the last quote" : "This is the first quote");
            return;
        }
        session.select(target.id());
    }

    /** Index in {@code shown} where a forward search from the selection starts. */
    private int positionAfterSelection(List<Quote> shown) {
        Quote selected = session.selectedQuote().orElse(null);
        if (selected == null) {
            return 0;
        }
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).span().compareTo(selected.span()) > 0) {
                return i;
            }
        }
        return 0;
    }

    private List<Quote> shownQuotes() {
        AnnotatedArticle document = session.getDocument();
        if (document == null) {
            return List.of();
        }
        java.util.Set<String> shown = java.util.Set.copyOf(quoteList.visibleQuoteIds());
        return document.quotes().stream().filter(q -> shown.contains(q.id())).toList();
    }

    /** Performs the change built for the selected quote; says why when there is none or it makes no sense. */
    Optional<Change> onSelected(Function<Quote, Change> operation) {
        Quote quote = session.selectedQuote().orElse(null);
        if (quote == null) {
            message.set("Select a quote first");
            return Optional.empty();
        }
        return perform(() -> operation.apply(quote));
    }

    /** Performs a change; an operation that does not apply now is reported, not thrown. */
    Optional<Change> perform(Supplier<Change> operation) {
        if (!session.hasDocument()) {
            return Optional.empty();
        }
        try {
            Change change = operation.get();
            session.perform(change);
            message.set(change.description());
            return Optional.of(change);
        } catch (IllegalArgumentException | IllegalStateException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
    }

    void say(String text) {
        message.set(text);
    }

    Edits edits() {
        return edits;
    }

    private void refreshProgress(AnnotatedArticle document) {
        List<Quote> quotes = document == null ? List.of() : document.quotes();
        int done = (int) quotes.stream().filter(q -> q.status().isReviewed()).count();
        reviewed.set(done);
        total.set(quotes.size());
        progressText.set(document == null ? "" : done + " of " + quotes.size() + " reviewed");
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty reviewedProperty() {
        return reviewed.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
