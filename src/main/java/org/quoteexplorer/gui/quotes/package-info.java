/** The quote list, its filter and search bar, and the box that edits the selected quote. */
package org.quoteexplorer.gui.quotes;
