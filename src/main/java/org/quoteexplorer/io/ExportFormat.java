package org.quoteexplorer.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.quoteexplorer.model.AnnotatedArticle;

/** The formats an annotated article can be written in. */
public enum ExportFormat {
    /** "quote-explorer/1.1" (reads /1 too): complete, the format to keep and reopen. */
    NATIVE("json", AnnotationJson::write),
    /** W3C Web Annotation JSON-LD: complete too, for annotation tools. */
    W3C("jsonld", W3cAnnotations::write),
    /** One quote per line, for pandas and jq. Export only: the article text is not in it. */
    JSONL("jsonl", JsonLinesExport::write),
    /** One quote per row, for a spreadsheet. Export only. */
    CSV("csv", CsvExport::write);

    /** Streams a document in one format to a writer, flushing but not closing it. */
    @FunctionalInterface
    private interface StreamWriter {
        void write(AnnotatedArticle document, Writer out) throws IOException;
    }

    private final String extension;
    private final StreamWriter writer;

    ExportFormat(String extension, StreamWriter writer) {
        this.extension = extension;
        this.writer = writer;
    }

    public String extension() {
        return extension;
    }

    /** The name used on the command line and in menus. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a file in this format can be opened again as an annotated article. */
    public boolean isImportable() {
        return this == NATIVE || this == W3C;
    }

    public String fileName(String documentId) {
        return documentId + "." + extension;
    }

    /**
     * The whole export as one String: for tests and small documents. Standard output and files
     * take the streaming {@link #write(AnnotatedArticle, Writer)}.
     *
     * @throws IllegalArgumentException if the document breaks an invariant of the formats
     */
    public String write(AnnotatedArticle document) {
        StringWriter out = new StringWriter();
        try {
            writer.write(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Streams the export to {@code out} (standard output, say), flushing but not closing it.
     * A document that breaks an invariant, or a native or W3C file that would exceed a read
     * limit, is refused before anything is written.
     *
     * @throws IllegalArgumentException if the document cannot be exported
     */
    public void write(AnnotatedArticle document, Writer out) throws IOException {
        writer.write(document, out);
    }

    /** As {@link #write(AnnotatedArticle, Writer)}, in UTF-8. */
    public void write(AnnotatedArticle document, OutputStream out) throws IOException {
        Writer utf8 = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(document, utf8);
        utf8.flush();
    }

    /** Atomically, like {@link AnnotationJson#save}, streamed into the file. */
    public void save(AnnotatedArticle document, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(document, out));
    }

    public static ExportFormat fromCode(String code) {
        for (ExportFormat format : values()) {
            if (format.code().equalsIgnoreCase(code)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + code + "\"; expected native, w3c, jsonl or csv");
    }
}
