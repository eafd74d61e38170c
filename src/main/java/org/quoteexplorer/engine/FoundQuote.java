package org.quoteexplorer.engine;

import org.quoteexplorer.model.Span;

/**
 * A quotation as the scanner found it, before anyone asked who said it.
 *
 * @param outer          from the opening mark to the closing mark, both included
 * @param inner          the quoted words, marks excluded
 * @param multiParagraph it runs over paragraphs that re-open without closing
 * @param closed         false when the opening mark was never closed (cut at the paragraph end)
 */
record FoundQuote(Span outer, Span inner, boolean multiParagraph, boolean closed) {
}
