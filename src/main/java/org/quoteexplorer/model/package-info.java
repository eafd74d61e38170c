/**
 * The annotated document: article text, speakers, quotes and their provenance.
 *
 * <p>Immutable records with no JavaFX, Jackson or I/O. Offsets are Java {@code String} indices
 * (UTF-16 code units), end-exclusive; conversion to the code points of the exported JSON
 * happens once, in {@code io}.
 */
package org.quoteexplorer.model;
