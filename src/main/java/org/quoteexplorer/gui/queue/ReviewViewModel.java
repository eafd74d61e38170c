package org.quoteexplorer.gui.queue;

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
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.DocumentUpdate;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.review.edit.Change;
import org.quoteexplorer.review.edit.Edits;
import org.quoteexplorer.review.edit.QuoteNavigation;
import org.quoteexplorer.review.edit.ReviewProgress;

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
    private final RadarViewModel radar;
    private final Edits edits = Edits.withSystemClock();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper reviewed = new ReadOnlyIntegerWrapper(this, "reviewed");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final BooleanBinding hasSelection;
    private final ObjectBinding<QuoteDetails> selectedDetails;
    private final StringBinding selectedText;

    /** Bulk accept asked for before the radar's report on the article is in. */
    public static final String BULK_ACCEPT_WAITS = RadarViewModel.STILL_ASSESSING
            + " Bulk accept takes unflagged quotes only: try again when it is done.";

    public ReviewViewModel(DocumentSession session, LegendViewModel legend, QuoteListViewModel quoteList) {
        this(session, legend, quoteList, new RadarViewModel(session, quoteList, null));
    }

    public ReviewViewModel(DocumentSession session, LegendViewModel legend, QuoteListViewModel quoteList,
                           RadarViewModel radar) {
        this.session = session;
        this.legend = legend;
        this.quoteList = quoteList;
        this.radar = radar;
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
        quoteList.rowFilterBinding().addListener((obs, old, now) -> leaveFilteredOutQuote());
        // an edit (rejecting while rejected quotes are hidden) or the radar (flags cleared while
        // only flagged quotes are shown) can hide it too; both have brought the list up to date by now
        session.lastUpdateProperty().addListener((obs, old, now) -> leaveFilteredOutQuote());
        radar.reportProperty().addListener((obs, old, now) -> leaveFilteredOutQuote());
    }

    /**
     * A filter, or an edit under one, that hides the selected quote moves the selection to the
     * next quote still shown (or the one before): keys would otherwise review a quote the analyst
     * can no longer see. The list view, left without its selected row, picks a neighbour of its
     * own; the quote list does not take that for the analyst's choice.
     */
    private void leaveFilteredOutQuote() {
        Quote selected = session.selectedQuote().orElse(null);
        if (selected == null || quoteList.shows(selected.id())) {
            return;
        }
        java.util.function.Predicate<Quote> shown = shown();
        Optional<Quote> instead = QuoteNavigation.next(document(), selected.span().start(), shown)
                .or(() -> QuoteNavigation.previous(document(), selected.span().start(), shown));
        session.select(instead.map(Quote::id).orElse(null));
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

    /**
     * Accepts the selected quote; the radar's flags on it are cleared and kept in its history.
     * While the radar is still assessing, the acceptance does not wait for it and records no flag:
     * the analyst was shown none.
     */
    public void accept() {
        onSelected(q -> edits.accept(session.getDocument(), q.id(), radar.flagsOf(q.id())));
    }

    /** F: the next quote of the review queue, riskiest first. */
    public void selectNextFlagged() {
        walkQueue(radar::next, "This is the last flagged quote");
    }

    /** Shift+F: the previous quote of the review queue. */
    public void selectPreviousFlagged() {
        walkQueue(radar::previous, "This is the first flagged quote");
    }

    private void walkQueue(java.util.function.Function<String, Optional<String>> step, String atTheEnd) {
        if (document() == null) {
            return;
        }
        if (radar.isAssessing()) {
            // the queue is not known yet: moving now would pick a quote at random for the analyst
            message.set(RadarViewModel.STILL_ASSESSING);
            return;
        }
        Optional<String> target = step.apply(session.getSelectedQuoteId());
        if (radar.flagCountProperty().get() == 0 && target.isEmpty()) {
            message.set("No quote is flagged");
            return;
        }
        target.ifPresentOrElse(session::select, () -> message.set(atTheEnd));
    }

    /**
     * The suggestions bulk accept would take at {@code minConfidence}: attributed, not yet
     * reviewed, not scare quotes (those need no speaker), with no flag, confidence at least that.
     * None while the radar is still assessing: which quotes are unflagged is not known yet.
     */
    public List<String> bulkAcceptCandidates(double minConfidence) {
        AnnotatedArticle document = document();
        if (document == null) {
            return List.of();
        }
        // only suggestions are candidates: open quotes, for which the latest report may still hold
        org.quoteexplorer.review.RadarReport report = radar.currentForOpenQuotes();
        if (report == null) {
            return List.of();
        }
        return document.quotes().stream()
                .filter(q -> q.status() == QuoteStatus.SUGGESTED && q.isAttributed()
                        && q.type() != org.quoteexplorer.model.QuoteType.SCARE
                        && q.confidence() >= minConfidence && !report.of(q.id()).isFlagged())
                .map(Quote::id).toList();
    }

    /** Accepts every {@link #bulkAcceptCandidates candidate} as one undo step. */
    public Optional<Change> acceptAllUnflagged(double minConfidence) {
        if (radar.isAssessing()) {
            message.set(BULK_ACCEPT_WAITS);
            return Optional.empty();
        }
        List<String> ids = bulkAcceptCandidates(minConfidence);
        if (ids.isEmpty()) {
            message.set("No unflagged suggestion has confidence \u2265 " + confidenceText(minConfidence));
            return Optional.empty();
        }
        return perform(() -> edits.acceptAll(document(), ids, "Accept " + ids.size() + (ids.size() == 1 ? " quote" : " quotes")
                + " with confidence \u2265 " + confidenceText(minConfidence)));
    }

    public static String confidenceText(double confidence) {
        return String.format(java.util.Locale.ROOT, "%.2f", confidence);
    }

    public RadarViewModel radar() {
        return radar;
    }

    /**
     * Enter: accept and go on to the next quote still to review, the rhythm of a pass through
     * an article. A quote already decided is left as it is.
     */
    public void acceptAndMoveOn() {
        Quote quote = session.selectedQuote().orElse(null);
        if (quote == null) {
            message.set("Select a quote first");
            return;
        }
        if (!quote.status().isReviewed()) {
            accept();
        }
        // from the accepted quote, wherever the selection went: accepted, it may have left the list
        // (a filter on status), and the selection with it, to the next quote shown, which counting
        // from there would pass over
        selectNextUnreviewed(quote.span().start(), quote.id());
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

    /** Undoes the last edit and says which, as the Edit menu named it. */
    public void undo() {
        if (session.hasDocument() && session.canUndoProperty().get()) {
            String undone = session.undoDescriptionProperty().get();
            session.undo();
            selectChanged();
            message.set("Undone: " + undone);
        }
    }

    public void redo() {
        if (session.hasDocument() && session.canRedoProperty().get()) {
            String redone = session.redoDescriptionProperty().get();
            session.redo();
            selectChanged();
            message.set("Redone: " + redone);
        }
    }

    /**
     * After undo or redo the analyst sees the quote it changed: the selected one if it was among
     * them, else the first of them in the text that the list shows (redoing a rejection while
     * rejected quotes are hidden leaves the review on the quote after it, as the rejection did).
     */
    private void selectChanged() {
        DocumentUpdate update = session.lastUpdateProperty().get();
        AnnotatedArticle now = session.getDocument();
        String selected = session.getSelectedQuoteId();
        if (update == null || now == null || (selected != null && update.affectedQuoteIds().contains(selected))) {
            return;
        }
        org.quoteexplorer.gui.document.QuoteIndex index = org.quoteexplorer.gui.document.QuoteIndex.of(now);
        update.affectedQuoteIds().stream().map(index::quote).flatMap(Optional::stream)
                .filter(q -> quoteList.shows(q.id()))
                .min(java.util.Comparator.comparingInt(q -> q.span().start()))
                .ifPresent(q -> session.select(q.id()));
    }

    /** J / ↓: the next quote the list shows, after the selected one (or the caret's quote). */
    public void selectNext() {
        go(QuoteNavigation.next(document(), position(), shown()), "This is the last quote");
    }

    /** K / ↑: the previous quote the list shows. */
    public void selectPrevious() {
        int from = session.selectedQuote().map(q -> q.span().start()).orElse(Integer.MAX_VALUE);
        go(QuoteNavigation.previous(document(), from, shown()), "This is the first quote");
    }

    /** Tab: the next shown quote nobody has decided on yet, wrapping around. */
    public void selectNextUnreviewed() {
        selectNextUnreviewed(position(), session.getSelectedQuoteId());
    }

    /** The next shown quote nobody has decided on after {@code from}, wrapping around; {@code selected} is the quote it starts from. */
    private void selectNextUnreviewed(int from, String selected) {
        if (document() == null) {
            return;
        }
        Optional<Quote> next = QuoteNavigation.nextUnreviewed(document(), from, shown());
        if (next.isEmpty() || next.get().id().equals(selected)) {
            message.set(next.isEmpty() ? "Every quote is reviewed" : "This is the last unreviewed quote");
            return;
        }
        session.select(next.get().id());
    }

    private void go(Optional<Quote> target, String atTheEnd) {
        if (document() == null) {
            return;
        }
        target.ifPresentOrElse(q -> session.select(q.id()), () -> message.set(atTheEnd));
    }

    /** Where navigation starts: the selected quote, or before the first one. */
    private int position() {
        return session.selectedQuote().map(q -> q.span().start()).orElse(-1);
    }

    private java.util.function.Predicate<Quote> shown() {
        if (!quoteList.isFiltering()) {
            // the list shows a row for every quote: no set of 25,000 ids to build at each key
            return q -> true;
        }
        java.util.Set<String> visible = java.util.Set.copyOf(quoteList.visibleQuoteIds());
        return q -> visible.contains(q.id());
    }

    private AnnotatedArticle document() {
        return session.getDocument();
    }

    /** Performs the change built for the selected quote; says why when there is none or it makes no sense. */
    public Optional<Change> onSelected(Function<Quote, Change> operation) {
        return onSelected(operation, null);
    }

    public Optional<Change> onSelected(Function<Quote, Change> operation, String coalesceKey) {
        Quote quote = session.selectedQuote().orElse(null);
        if (quote == null) {
            message.set("Select a quote first");
            return Optional.empty();
        }
        return perform(() -> operation.apply(quote), coalesceKey == null ? null : coalesceKey + quote.id());
    }

    /** Performs a change; an operation that does not apply now is reported, not thrown. */
    public Optional<Change> perform(Supplier<Change> operation) {
        return perform(operation, null);
    }

    /** As {@link #perform(Supplier)}; changes with the same {@code coalesceKey} in a row are one undo step. */
    public Optional<Change> perform(Supplier<Change> operation, String coalesceKey) {
        if (!session.hasDocument()) {
            return Optional.empty();
        }
        try {
            Change change = operation.get();
            session.perform(change, coalesceKey);
            message.set(change.description());
            return Optional.of(change);
        } catch (IllegalArgumentException | IllegalStateException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
    }

    public void say(String text) {
        message.set(text);
    }

    public Edits edits() {
        return edits;
    }

    private void refreshProgress(AnnotatedArticle document) {
        ReviewProgress progress = document == null ? new ReviewProgress(0, 0) : ReviewProgress.of(document);
        reviewed.set(progress.reviewed());
        total.set(progress.total());
        progressText.set(document == null ? "" : progress.label());
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
