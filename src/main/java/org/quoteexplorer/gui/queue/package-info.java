/** The review queue: the radar's risk and flags per quote, the triage bar, and the review actions (accept, reject, reassign, bulk accept). */
package org.quoteexplorer.gui.queue;
