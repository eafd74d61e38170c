/**
 * The JavaFX application, organised by feature. This package is the window shell: the
 * application, the main window and its view model, menus built from the review-actions table,
 * recent files and the theme. The features live beside it: {@code document} (the open article),
 * {@code article}, {@code quotes}, {@code speakers}, {@code queue} (the radar's review queue),
 * {@code workspace}, {@code corpus} and {@code curation}; {@code common} holds background work and
 * dialogs. The invertible change records are toolkit-free and live in {@code review.edit}.
 */
package org.quoteexplorer.gui;
