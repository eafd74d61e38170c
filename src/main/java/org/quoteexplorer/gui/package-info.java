/** The JavaFX application: views, view models, change records (undo/redo), CSS. */
package org.quoteexplorer.gui;
