package org.quoteexplorer.gui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.quoteexplorer.engine.Attribution;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.ArticleReader;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Diagnostic;
import org.quoteexplorer.model.Speaker;

/**
 * Turns a file into a document to review. Runs off the FX thread; needs no toolkit.
 *
 * <p>An annotation file ({@code .json}) opens as it was saved; an article whose annotation
 * file lies next to it reopens that review; any other article goes through the engine.
 */
public final class DocumentLoader {

    public static final String ANNOTATION_SUFFIX = ".quotes.json";
    public static final String SAMPLE_RESOURCE = "/assets/articles/kremlin-iran.txt";

    private final List<Speaker> knownSpeakers;

    public DocumentLoader(List<Speaker> knownSpeakers) {
        this.knownSpeakers = List.copyOf(knownSpeakers);
    }

    /**
     * @param document    what to review
     * @param articleFile the file opened, or {@code null} for the bundled sample
     * @param saveTarget  where Save writes without asking, or {@code null} to ask
     * @param diagnostics what the engine could not settle (empty when reopened from annotations)
     */
    public record Loaded(AnnotatedArticle document, Path articleFile, Path saveTarget, List<Diagnostic> diagnostics) {
    }

    public Loaded load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("Not a readable file: " + file);
        }
        if (isAnnotationFile(file)) {
            return new Loaded(AnnotationJson.load(file), file, file, List.of());
        }
        Path sidecar = annotationFileFor(file);
        if (Files.isRegularFile(sidecar)) {
            return new Loaded(AnnotationJson.load(sidecar), file, sidecar, List.of());
        }
        Attribution attribution = attribute(ArticleReader.read(file));
        return new Loaded(attribution.annotated(), file, sidecar, attribution.diagnostics());
    }

    /** The article shipped inside the jar, so a fresh start has something to show. */
    public Loaded loadSample() throws IOException {
        try (InputStream in = DocumentLoader.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IOException("The bundled sample " + SAMPLE_RESOURCE + " is missing from the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            String name = SAMPLE_RESOURCE.substring(SAMPLE_RESOURCE.lastIndexOf('/') + 1);
            Article article = new Article(stripExtension(name), null, name, text, null, null);
            Attribution attribution = attribute(article);
            return new Loaded(attribution.annotated(), null, null, attribution.diagnostics());
        }
    }

    public static boolean isAnnotationFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** {@code dir/article.txt} → {@code dir/article.quotes.json}. */
    public static Path annotationFileFor(Path article) {
        return article.resolveSibling(stripExtension(article.getFileName().toString()) + ANNOTATION_SUFFIX);
    }

    static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private Attribution attribute(Article article) {
        return new QuoteEngine(knownSpeakers).attribute(article);
    }
}
