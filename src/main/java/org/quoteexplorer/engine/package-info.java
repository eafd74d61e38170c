/** Quote detection and attribution. Pure Java: no JavaFX, no Jackson, no I/O. */
package org.quoteexplorer.engine;
