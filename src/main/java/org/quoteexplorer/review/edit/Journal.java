package org.quoteexplorer.review.edit;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;

/**
 * Writes a quote's review history. The clock is injected so tests pin the time and the app can
 * use the system clock.
 */
final class Journal {

    private final Clock clock;

    Journal(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The quote with one more history entry; from/to as a person reads them (names, words, quoted text). */
    Quote record(Quote quote, String action, String from, String to) {
        return quote.withHistoryEntry(new HistoryEntry(Instant.now(clock), action, from, to));
    }

    /**
     * The status after a person reshaped a quote (its span, type or evidence): a suggestion or an
     * accepted quote becomes corrected; a rejection or an "unsure" is a judgement that still stands.
     */
    static QuoteStatus afterCorrection(QuoteStatus status) {
        return status == QuoteStatus.SUGGESTED || status == QuoteStatus.ACCEPTED ? QuoteStatus.CORRECTED : status;
    }
}
