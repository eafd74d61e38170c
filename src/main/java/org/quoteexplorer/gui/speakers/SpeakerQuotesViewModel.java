package org.quoteexplorer.gui.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.RadarReport;
import org.quoteexplorer.review.edit.Change;

/**
 * One speaker's quotes side by side, with their counts and flags, and reassigning any or all of
 * them: a misattribution often repeats, and seeing a speaker's quotes together shows the odd one.
 */
public final class SpeakerQuotesViewModel {

    /** A quote of the speaker, with the radar's reasons to doubt it (empty when none). */
    public record Row(String quoteId, String text, QuoteType type, QuoteStatus status, List<String> flags) {
        public Row {
            flags = List.copyOf(flags);
        }
    }

    /**
     * How many quotes the speaker has, of which direct, partial, accepted (accepted or corrected by
     * the analyst) and flagged by the radar.
     */
    public record Counts(int quotes, int direct, int partial, int accepted, int flagged) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        /** "5 quotes · 3 direct · 2 partial · 1 accepted · 2 flagged" */
        public String label() {
            return quotes + (quotes == 1 ? " quote" : " quotes") + " \u00B7 " + direct + " direct \u00B7 " + partial
                    + " partial \u00B7 " + accepted + " accepted \u00B7 " + flagged + " flagged";
        }
    }

    private final DocumentSession session;
    private final ReviewViewModel review;
    private final ObjectProperty<String> speakerId = new SimpleObjectProperty<>(this, "speakerId");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Counts> counts = new ReadOnlyObjectWrapper<>(this, "counts", Counts.NONE);

    public SpeakerQuotesViewModel(DocumentSession session, ReviewViewModel review) {
        this.session = session;
        this.review = review;
        speakerId.addListener((obs, old, now) -> refresh());
        session.documentProperty().addListener((obs, old, now) -> {
            if (now == null || (speakerId.get() != null && now.speaker(speakerId.get()).isEmpty())) {
                // merged away or another article: nobody to show
                speakerId.set(null);
            }
            refresh();
        });
        // the report on a long article comes after the edit that asked for it, or after the article opened
        review.radar().reportProperty().addListener((obs, old, now) -> {
            if (speakerId.get() != null) {
                refresh();
            }
        });
    }

    /** The speaker shown, or null. */
    public ObjectProperty<String> speakerIdProperty() {
        return speakerId;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Counts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Speakers the quotes can go to: everyone but the one shown. */
    public List<Speaker> targets() {
        AnnotatedArticle document = session.getDocument();
        if (document == null) {
            return List.of();
        }
        return document.speakers().stream().filter(s -> !s.id().equals(speakerId.get())).toList();
    }

    /** One quote to another speaker; one undo step. */
    public Optional<Change> reassign(String quoteId, String toSpeakerId) {
        return review.perform(() -> review.edits().reassign(session.getDocument(), quoteId, toSpeakerId));
    }

    /** Every quote of the speaker shown to another; one undo step for all of them. */
    public Optional<Change> reassignAll(String toSpeakerId) {
        String from = speakerId.get();
        if (from == null) {
            review.say("Pick a speaker first");
            return Optional.empty();
        }
        return review.perform(() -> review.edits().reassignAll(session.getDocument(), from, toSpeakerId));
    }

    private void refresh() {
        AnnotatedArticle document = session.getDocument();
        String id = speakerId.get();
        if (document == null || id == null) {
            rows.clear();
            counts.set(Counts.NONE);
            return;
        }
        // The radar's report on the document as it is now; a stale one would show cleared flags.
        // Still assessing, there is none: the rows show no flags until it comes (see the constructor).
        RadarReport radar = review.radar().current();
        List<Row> fresh = new ArrayList<>();
        int direct = 0;
        int partial = 0;
        int accepted = 0;
        int flagged = 0;
        for (Quote quote : document.quotesOf(id)) {
            Assessment assessment = radar == null ? Assessment.NONE : radar.of(quote.id());
            fresh.add(new Row(quote.id(), document.textOf(quote).replaceAll("\\s+", " "), quote.type(), quote.status(),
                    assessment.flags().stream().map(Flag::reason).toList()));
            direct += quote.type() == QuoteType.DIRECT ? 1 : 0;
            partial += quote.type() == QuoteType.PARTIAL ? 1 : 0;
            accepted += quote.status() == QuoteStatus.ACCEPTED || quote.status() == QuoteStatus.CORRECTED ? 1 : 0;
            flagged += assessment.isFlagged() ? 1 : 0;
        }
        rows.setAll(fresh);
        counts.set(new Counts(fresh.size(), direct, partial, accepted, flagged));
    }
}
