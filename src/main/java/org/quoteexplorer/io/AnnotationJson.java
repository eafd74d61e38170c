package org.quoteexplorer.io;

import java.io.IOException;
import java.nio.file.Path;
import org.quoteexplorer.model.AnnotatedArticle;

/**
 * The "quote-explorer/1" annotated JSON: the one place where Java's UTF-16 offsets become the
 * code points of the file and back.
 *
 * <p>Placeholder API; the io work fills it in.
 */
public final class AnnotationJson {

    private AnnotationJson() {
    }

    public static String write(AnnotatedArticle document) {
        throw new UnsupportedOperationException("not yet");
    }

    public static AnnotatedArticle read(String json) throws AnnotationFormatException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Atomically: a kill at any moment leaves the old file or the new one, never a torn one. */
    public static void save(AnnotatedArticle document, Path file) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    public static AnnotatedArticle load(Path file) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
