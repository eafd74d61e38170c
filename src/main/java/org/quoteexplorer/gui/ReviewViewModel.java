package org.quoteexplorer.gui;

import java.util.List;
import java.util.function.Function;
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
    private final Edits edits = Edits.withSystemClock();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper reviewed = new ReadOnlyIntegerWrapper(this, "reviewed");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final BooleanBinding hasSelection;
    private final ObjectBinding<QuoteDetails> selectedDetails;
    private final StringBinding selectedText;

    public ReviewViewModel(DocumentSession session, LegendViewModel legend) {
        this.session = session;
        this.legend = legend;
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

    public void selectNext() {
        step(+1);
    }

    public void selectPrevious() {
        step(-1);
    }

    /** The next quote after the selected one that no person has decided on yet, wrapping around. */
    public void selectNextUnreviewed() {
        List<Quote> quotes = quotes();
        if (quotes.isEmpty()) {
            return;
        }
        int at = indexOfSelected(quotes);
        for (int i = 1; i <= quotes.size(); i++) {
            Quote candidate = quotes.get(Math.floorMod(at + i, quotes.size()));
            if (!candidate.status().isReviewed()) {
                session.select(candidate.id());
                return;
            }
        }
        message.set("Every quote is reviewed");
    }

    private void step(int direction) {
        List<Quote> quotes = quotes();
        if (quotes.isEmpty()) {
            return;
        }
        int at = indexOfSelected(quotes);
        int next = at < 0 ? (direction > 0 ? 0 : quotes.size() - 1) : Math.max(0, Math.min(quotes.size() - 1, at + direction));
        session.select(quotes.get(next).id());
    }

    private List<Quote> quotes() {
        AnnotatedArticle document = session.getDocument();
        return document == null ? List.of() : document.quotes();
    }

    private int indexOfSelected(List<Quote> quotes) {
        String id = session.getSelectedQuoteId();
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void onSelected(Function<Quote, Change> operation) {
        Quote quote = session.selectedQuote().orElse(null);
        if (quote == null) {
            message.set("Select a quote first");
            return;
        }
        try {
            Change change = operation.apply(quote);
            session.perform(change);
            message.set(change.description());
        } catch (IllegalArgumentException | IllegalStateException e) {
            message.set(e.getMessage());
        }
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
