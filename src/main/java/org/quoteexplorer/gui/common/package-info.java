/** What every window shares: background work off the FX thread and the dialogs, each behind an interface so view models are tested without a toolkit. */
package org.quoteexplorer.gui.common;
