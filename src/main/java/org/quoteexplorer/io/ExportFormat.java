package org.quoteexplorer.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.quoteexplorer.model.AnnotatedArticle;

/** The formats an annotated article can be written in. */
public enum ExportFormat {
    /** "quote-explorer/1": complete, the format to keep and reopen. */
    NATIVE("json", AnnotationJson::write),
    /** W3C Web Annotation JSON-LD: complete too, for annotation tools. */
    W3C("jsonld", W3cAnnotations::write),
    /** One quote per line, for pandas and jq. Export only: the article text is not in it. */
    JSONL("jsonl", JsonLinesExport::write),
    /** One quote per row, for a spreadsheet. Export only. */
    CSV("csv", CsvExport::write);

    private final String extension;
    private final Function<AnnotatedArticle, String> writer;

    ExportFormat(String extension, Function<AnnotatedArticle, String> writer) {
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

    /** @throws IllegalArgumentException if the document breaks an invariant of the formats */
    public String write(AnnotatedArticle document) {
        return writer.apply(document);
    }

    /** Atomically, like {@link AnnotationJson#save}. */
    public void save(AnnotatedArticle document, Path file) throws IOException {
        AtomicFiles.write(file, write(document).getBytes(StandardCharsets.UTF_8));
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
