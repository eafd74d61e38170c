/**
 * The application layer between the toolkits and the engine: review logic that both the GUI and
 * the command line use, such as the misattribution radar. No JavaFX, no picocli, no I/O.
 */
package org.quoteexplorer.review;
