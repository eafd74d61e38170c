/** Reading articles; reading and writing annotated JSON and the other export formats. */
package org.quoteexplorer.io;
