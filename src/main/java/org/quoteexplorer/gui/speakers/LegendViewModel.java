package org.quoteexplorer.gui.speakers;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.DocumentUpdate;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.edit.Legend;

/**
 * The legend of speakers in {@link Legend}'s order (where the text first names them), so the digit
 * keys keep meaning the same speaker while quotes are reattributed.
 */
public final class LegendViewModel {

    public static final int DIGIT_SHORTCUTS = Legend.DIGIT_KEYS;

    private final DocumentSession session;
    private final ObservableList<LegendEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<LegendEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    // the "Unattributed" row is a row of the legend, not a speaker
    private final javafx.beans.binding.IntegerBinding speakerCount = javafx.beans.binding.Bindings.createIntegerBinding(
            () -> (int) entries.stream().filter(e -> e.speakerId() != null).count(), entries);

    public LegendViewModel(DocumentSession session) {
        this.session = session;
        session.lastUpdateProperty().addListener((obs, old, update) -> {
            if (update != null && changesLegend(update)) {
                refresh(update.document());
            }
        });
        if (session.getDocument() != null) {
            refresh(session.getDocument());
        }
    }

    public ObservableList<LegendEntry> entries() {
        return readOnlyEntries;
    }

    /** The speakers the legend lists: its rows but the one of unattributed quotes. */
    public javafx.beans.binding.IntegerExpression speakerCountProperty() {
        return speakerCount;
    }

    /** The speaker behind digit key {@code digit} (1-based), or null. */
    public String speakerForDigit(int digit) {
        AnnotatedArticle document = session.getDocument();
        if (document == null || digit < 1 || digit > DIGIT_SHORTCUTS) {
            return null;
        }
        return Legend.speakerForDigit(document, digit).map(Speaker::id).orElse(null);
    }

    private void refresh(AnnotatedArticle document) {
        List<LegendEntry> fresh = new ArrayList<>();
        int digit = 0;
        for (Legend.Entry entry : Legend.entries(document, SpeakerPalette.SIZE)) {
            Speaker speaker = entry.speaker();
            int shortcut = digit < DIGIT_SHORTCUTS ? ++digit : 0;
            fresh.add(new LegendEntry(speaker.id(), speaker.name(), speaker.title() == null ? "" : speaker.title(),
                    session.palette().styleClassOf(speaker.id()), entry.quoteCount(), shortcut,
                    speaker.title() != null && speaker.titleSource() == org.quoteexplorer.model.TitleSource.SPEAKER_LIST));
        }
        long unattributed = document.quotes().stream().filter(q -> !q.isAttributed() && counts(q) && q.type().isSpeech()).count();
        if (unattributed > 0) {
            fresh.add(new LegendEntry(null, QuoteDetails.UNATTRIBUTED, "", SpeakerPalette.UNATTRIBUTED_CLASS, (int) unattributed, 0));
        }
        if (fresh.equals(entries)) {
            return;
        }
        boolean sameSpeakers = fresh.size() == entries.size();
        for (int i = 0; sameSpeakers && i < fresh.size(); i++) {
            sameSpeakers = java.util.Objects.equals(fresh.get(i).speakerId(), entries.get(i).speakerId());
        }
        if (!sameSpeakers) {
            entries.setAll(fresh);
            return;
        }
        // a count changed: replacing just that row spares the legend and the speaker filter a rebuild
        for (int i = 0; i < fresh.size(); i++) {
            if (!fresh.get(i).equals(entries.get(i))) {
                entries.set(i, fresh.get(i));
            }
        }
    }

    /**
     * Whether the update may change a row: speakers, or a touched quote's speaker, place, type or
     * rejection. Accepting or marking a quote unsure changes none, and working the legend out
     * again walks every quote and the whole text.
     */
    static boolean changesLegend(DocumentUpdate update) {
        if (update.isNewDocument() || update.speakersChanged()
                || update.previous().quotes().size() != update.document().quotes().size()) {
            return true;
        }
        for (String id : update.affectedQuoteIds()) {
            Quote before = update.previous().quote(id).orElse(null);
            Quote now = update.document().quote(id).orElse(null);
            if (before == null || now == null || !java.util.Objects.equals(before.speakerId(), now.speakerId())
                    || !before.span().equals(now.span()) || counts(before) != counts(now) || before.type() != now.type()) {
                return true;
            }
        }
        return false;
    }

    private static boolean counts(Quote quote) {
        return quote.status() != QuoteStatus.REJECTED;
    }
}
