/**
 * The open article as the window holds it: the session with its document and edit history, the
 * loader that reads and attributes off the FX thread, the index from quote to position, the
 * details shown for a quote and the speaker colours. Every other feature reads from here.
 */
package org.quoteexplorer.gui.document;
