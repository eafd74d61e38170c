/** Speakers: the legend, the chooser behind S, renaming and merging, and one speaker's quotes side by side. */
package org.quoteexplorer.gui.speakers;
