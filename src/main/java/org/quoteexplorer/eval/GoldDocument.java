package org.quoteexplorer.eval;

import java.util.List;

/**
 * A gold-annotated article: its text, its attributed quotes, and the quoted spans nobody
 * attributed (scare quotes, titles), on which a prediction is neither right nor wrong.
 */
public record GoldDocument(String id, String title, String text, List<GoldQuote> quotes, List<int[]> otherQuotedSpans) {

    public GoldDocument {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        otherQuotedSpans = otherQuotedSpans == null ? List.of() : List.copyOf(otherQuotedSpans);
    }
}
