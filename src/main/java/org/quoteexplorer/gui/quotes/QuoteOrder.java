package org.quoteexplorer.gui.quotes;

import java.util.Comparator;

/** How the quote list is sorted. Ties keep text order, so equal rows read down the article. */
public enum QuoteOrder {
    TEXT("Text order", null),
    RISK("Riskiest first", Comparator.comparingDouble(QuoteRow::risk).reversed()),
    CONFIDENCE("Least confident first", Comparator.comparingDouble(QuoteRow::confidence));

    private final String label;
    private final Comparator<QuoteRow> comparator;

    QuoteOrder(String label, Comparator<QuoteRow> comparator) {
        this.label = label;
        this.comparator = comparator;
    }

    /** Null for text order: the rows stay as the document has them. */
    Comparator<QuoteRow> comparator() {
        return comparator;
    }

    @Override
    public String toString() {
        return label;
    }
}
