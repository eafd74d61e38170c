/**
 * Scoring against gold corpora: the gold reader and a Java port of shared/tools/score_quotes.py,
 * so that {@code eval} prints the script's figures. Uses Jackson to read the gold; no JavaFX.
 */
package org.quoteexplorer.eval;
