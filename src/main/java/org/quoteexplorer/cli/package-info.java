/** The command line (picocli) over engine and io. No JavaFX. */
package org.quoteexplorer.cli;
