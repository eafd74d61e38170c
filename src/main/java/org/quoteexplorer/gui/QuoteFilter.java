package org.quoteexplorer.gui;

import java.util.Locale;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;

/**
 * Which quotes the list shows and navigation visits.
 *
 * @param speakerId  only this speaker's quotes; {@link #UNATTRIBUTED} for those without one; null for all
 * @param status     only this status; null for all
 * @param hideRejected leave rejected quotes out (they stay visible, struck through, by default)
 * @param type       only this type; null for all
 * @param text       only quotes whose text, speaker or note contains this (any case); blank for all
 */
public record QuoteFilter(String speakerId, QuoteStatus status, boolean hideRejected, QuoteType type, String text) {

    public static final String UNATTRIBUTED = "";
    public static final QuoteFilter ALL = new QuoteFilter(null, null, false, null, "");

    public QuoteFilter {
        text = text == null ? "" : text.strip();
    }

    public boolean isAll() {
        return speakerId == null && status == null && !hideRejected && type == null && text.isEmpty();
    }

    public boolean accepts(QuoteRow row) {
        if (speakerId != null && !speakerId.equals(row.speakerId() == null ? UNATTRIBUTED : row.speakerId())) {
            return false;
        }
        if (status != null && row.status() != status) {
            return false;
        }
        if (hideRejected && row.status() == QuoteStatus.REJECTED) {
            return false;
        }
        if (type != null && row.type() != type) {
            return false;
        }
        if (!text.isEmpty()) {
            String needle = text.toLowerCase(Locale.ROOT);
            return row.text().toLowerCase(Locale.ROOT).contains(needle)
                    || row.speakerName().toLowerCase(Locale.ROOT).contains(needle)
                    || row.note().toLowerCase(Locale.ROOT).contains(needle);
        }
        return true;
    }
}
