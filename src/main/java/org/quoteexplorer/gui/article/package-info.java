/** The article pane: the text with its quotes styled, margin chips and the gutter. */
package org.quoteexplorer.gui.article;
