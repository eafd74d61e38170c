/**
 * The application layer between the toolkits and the engine: review logic that both the GUI and
 * the command line use, such as the misattribution radar and the corpus workspace. No JavaFX, no
 * picocli, and no file access of its own: a workspace reads and writes its folder through
 * {@code io.WorkspaceFolder}.
 */
package org.quoteexplorer.review;
