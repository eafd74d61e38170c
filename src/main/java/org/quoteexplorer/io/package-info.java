/**
 * Reading articles; reading and writing annotated JSON and the other export formats.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link org.quoteexplorer.io.ArticleReader} — .txt/.md/.html into the app's text format
 *       (headline line, one paragraph per line), with encoding detection and clear refusals.</li>
 *   <li>{@link org.quoteexplorer.io.AnnotationJson} — the native "quote-explorer/1.1" format (reads version 1 too); strict
 *       reading, atomic saving.</li>
 *   <li>{@link org.quoteexplorer.io.AnnotationFiles} — opening whatever the analyst points at: an
 *       article with its saved review (re-anchored by {@link org.quoteexplorer.io.Reanchor} if the
 *       article changed), or an exported native or W3C file.</li>
 *   <li>{@link org.quoteexplorer.io.ExportFormat} — native, W3C Web Annotation, JSON Lines, CSV.</li>
 *   <li>{@link org.quoteexplorer.io.RecoveryStore} — autosave files for crash recovery.</li>
 *   <li>{@link org.quoteexplorer.io.KnownSpeakers} — the user-editable list of well-known speakers.</li>
 * </ul>
 *
 * <p>Offsets in every exported format count Unicode code points; the model counts UTF-16 units.
 * {@link org.quoteexplorer.io.CodePointIndex} is the one place that converts between them. All
 * JSON goes through one configured Jackson mapper with limits on depth, string length, tokens and
 * size, so hostile files are refused rather than exhausting memory.
 */
package org.quoteexplorer.io;
