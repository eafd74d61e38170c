package org.quoteexplorer.model;

/**
 * Something the analyst should know about the article, e.g. an unclosed quotation mark.
 *
 * @param span where, or {@code null} for the whole article
 */
public record Diagnostic(Severity severity, String message, Span span) {

    public enum Severity { INFO, WARNING, ERROR }

    public static Diagnostic warning(String message, Span span) {
        return new Diagnostic(Severity.WARNING, message, span);
    }
}
