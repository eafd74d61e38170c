package org.quoteexplorer.engine;

import org.quoteexplorer.model.QuoteType;

/**
 * A found quote with where it sits: its sentences and paragraph, and its type.
 *
 * @param index          position among the article's quotes
 * @param found          the quote as scanned
 * @param type           direct, partial or headline
 * @param sentence       index of the sentence its opening mark is in
 * @param endSentence    index of the sentence its closing mark is in
 * @param paragraph      index of the paragraph its opening mark is in
 * @param startsParagraph nothing but the quote's opening mark starts the paragraph
 */
record QuoteSite(int index, FoundQuote found, QuoteType type, int sentence, int endSentence, int paragraph,
                 boolean startsParagraph) {
}
