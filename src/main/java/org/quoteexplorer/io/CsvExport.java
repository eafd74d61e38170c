package org.quoteexplorer.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Speaker;

/**
 * CSV for a spreadsheet (RFC 4180): one quote per row. UTF-8 with a byte order mark and CRLF row
 * ends, because that is what makes Excel show non-ASCII text correctly; offsets are code points.
 *
 * <p>Columns added by later versions come last, so that a spreadsheet built on the earlier
 * columns keeps working.
 *
 * <p>A cell that starts with {@code = + - @} or a tab would be run as a formula by spreadsheet
 * programs (CSV injection); such cells get a leading apostrophe, which spreadsheets hide.
 */
public final class CsvExport {

    public static final List<String> COLUMNS = List.of("document", "quote_id", "speaker", "quote", "type", "status",
            "confidence", "note", "start", "end", "speaker_id", "origin", "speaker_title", "title_source", "risk", "flags", "flag_reasons");

    private CsvExport() {
    }

    /** Streams the rows to {@code out}, which is flushed but not closed. */
    public static void write(AnnotatedArticle document, Writer out) throws IOException {
        DocumentChecks.requireValid(document);
        Article article = document.article();
        CodePointIndex index = CodePointIndex.of(article.text());
        out.write(TextFiles.BOM);
        row(out, COLUMNS);
        Map<String, Speaker> speakers = document.speakersById();
        for (Quote quote : document.quotes()) {
            Speaker speaker = speakers.get(quote.speakerId());
            Assessment assessment = document.assessments().get(quote.id());
            row(out, List.of(
                    article.id(),
                    quote.id(),
                    speaker == null ? "" : speaker.name(),
                    document.textOf(quote),
                    quote.type().code(),
                    quote.status().code(),
                    Double.toString(quote.confidence()),
                    quote.note() == null ? "" : quote.note(),
                    Integer.toString(index.toCodePoints(quote.span().start())),
                    Integer.toString(index.toCodePoints(quote.span().end())),
                    speaker == null ? "" : speaker.id(),
                    quote.origin(),
                    speaker == null || speaker.title() == null ? "" : speaker.title(),
                    speaker == null || speaker.titleSource() == null ? "" : speaker.titleSource().code(),
                    assessment == null ? "" : Double.toString(AnnotationJson.roundedRisk(assessment)),
                    assessment == null ? "" : FlagText.codes(assessment),
                    assessment == null ? "" : FlagText.reasons(assessment)));
        }
        out.flush();
    }

    /**
     * Starts another table of the same kind (UTF-8 byte order mark and a header row), for rows
     * written with {@link #row}: the same quoting and spreadsheet safety as this export.
     */
    public static void startTable(Writer out, List<String> columns) throws IOException {
        out.write(TextFiles.BOM);
        row(out, columns);
    }

    /** One row: cells quoted as RFC 4180 needs, formula-like cells defused, CRLF at the end. */
    public static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean needsQuotes = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || (!safe.isEmpty() && (safe.charAt(0) == ' ' || safe.charAt(safe.length() - 1) == ' '));
        return needsQuotes ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
