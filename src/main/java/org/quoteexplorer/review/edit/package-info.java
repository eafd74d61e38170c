/**
 * The review workflow without a toolkit: what the GUI's handlers and views bind to.
 *
 * <ul>
 *   <li>{@link org.quoteexplorer.review.edit.Edits} builds a {@link org.quoteexplorer.review.edit.Change}
 *       for every operation (reassign, status, add/resize/split/merge quotes, mention, note,
 *       speaker rename/merge/split/delete…) from the current document; invalid requests throw
 *       {@link java.lang.IllegalArgumentException} with a message for the status bar.</li>
 *   <li>{@link org.quoteexplorer.review.edit.EditHistory} performs, undoes and redoes them, tracks the
 *       saved position and tells listeners which quotes to restyle.</li>
 *   <li>{@link org.quoteexplorer.review.edit.Legend}, {@link org.quoteexplorer.review.edit.QuoteFilter},
 *       {@link org.quoteexplorer.review.edit.QuoteNavigation}, {@link org.quoteexplorer.review.edit.TextSearch},
 *       {@link org.quoteexplorer.review.edit.ReviewProgress} and {@link org.quoteexplorer.review.edit.QuoteTooltips}
 *       answer what the views show.</li>
 * </ul>
 *
 * <p>No JavaFX here: everything is tested as plain Java.
 */
package org.quoteexplorer.review.edit;
