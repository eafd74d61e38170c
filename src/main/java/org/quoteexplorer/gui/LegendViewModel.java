package org.quoteexplorer.gui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Speaker;

/**
 * The legend of speakers, in the document's speaker order so the digit keys keep meaning the
 * same speaker while counts change.
 */
public final class LegendViewModel {

    public static final int DIGIT_SHORTCUTS = 9;

    private final DocumentSession session;
    private final ObservableList<LegendEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<LegendEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);

    public LegendViewModel(DocumentSession session) {
        this.session = session;
        session.lastUpdateProperty().addListener((obs, old, update) -> {
            if (update != null) {
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

    /** The speaker behind digit key {@code digit} (1-based), or null. */
    public String speakerForDigit(int digit) {
        return entries.stream().filter(e -> e.shortcut() == digit && e.speakerId() != null)
                .map(LegendEntry::speakerId).findFirst().orElse(null);
    }

    private void refresh(AnnotatedArticle document) {
        List<LegendEntry> fresh = new ArrayList<>();
        int digit = 0;
        for (Speaker speaker : document.speakers()) {
            int count = (int) document.quotesOf(speaker.id()).stream().filter(LegendViewModel::counts).count();
            int shortcut = digit < DIGIT_SHORTCUTS ? ++digit : 0;
            fresh.add(new LegendEntry(speaker.id(), speaker.name(), speaker.title() == null ? "" : speaker.title(),
                    session.palette().styleClassOf(speaker.id()), count, shortcut));
        }
        long unattributed = document.quotes().stream().filter(q -> !q.isAttributed() && counts(q)).count();
        if (unattributed > 0) {
            fresh.add(new LegendEntry(null, QuoteDetails.UNATTRIBUTED, "", SpeakerPalette.UNATTRIBUTED_CLASS, (int) unattributed, 0));
        }
        if (!fresh.equals(entries)) {
            entries.setAll(fresh);
        }
    }

    private static boolean counts(Quote quote) {
        return quote.status() != QuoteStatus.REJECTED;
    }
}
