package org.quoteexplorer.gui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.quoteexplorer.engine.Attribution;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.gui.edit.NameIndex;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.ArticleReader;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Diagnostic;
import org.quoteexplorer.model.Speaker;

/**
 * Turns a file into a document to review. Runs off the FX thread; needs no toolkit.
 *
 * <p>An annotation file opens as it was saved; an article whose annotation file lies next to it
 * reopens that review; any other article goes through the engine.
 */
public final class DocumentLoader {

    public static final String SAMPLE_RESOURCE = "/assets/articles/kremlin-iran.txt";

    private final List<Speaker> knownSpeakers;

    public DocumentLoader(List<Speaker> knownSpeakers) {
        this.knownSpeakers = List.copyOf(knownSpeakers);
    }

    /**
     * @param document    what to review
     * @param articleFile the file opened, or {@code null} for the bundled sample
     * @param saveTarget  where Save writes without asking, or {@code null} to ask
     * @param diagnostics what the engine could not settle in the article's text
     * @param warnings    what the analyst should know: a fallback encoding, quotes that could not be re-anchored
     */
    public record Loaded(AnnotatedArticle document, Path articleFile, Path saveTarget, List<Diagnostic> diagnostics,
                         List<String> warnings) {
        public Loaded {
            diagnostics = List.copyOf(diagnostics);
            warnings = List.copyOf(warnings);
        }
    }

    public Loaded load(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file.getFileName() + " is a folder. Open an article file (.txt, .md, .html)"
                    + " or an annotation file (.json).");
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        AnnotationFiles.Opened opened = AnnotationFiles.open(file);
        if (opened.annotations() != null) {
            AnnotatedArticle review = opened.annotations();
            return ready(new Loaded(review, file, opened.savedTo(), notesOn(review.article()), opened.warnings()));
        }
        Attribution attribution = attribute(opened.article());
        return ready(new Loaded(attribution.annotated(), file, opened.savedTo(), attribution.diagnostics(), opened.warnings()));
    }

    /**
     * Builds here, off the FX thread, the index of names the legend looks speakers up in: built
     * when the window first showed the article, it held a long article back by a tenth of a second.
     */
    private static Loaded ready(Loaded loaded) {
        NameIndex.of(loaded.document().text());
        return loaded;
    }

    /** The article shipped inside the jar, so a fresh start has something to show. */
    public Loaded loadSample() throws IOException {
        try (InputStream in = DocumentLoader.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IOException("The bundled sample " + SAMPLE_RESOURCE + " is missing from the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            String name = SAMPLE_RESOURCE.substring(SAMPLE_RESOURCE.lastIndexOf('/') + 1);
            Article article = new Article(ArticleReader.idOf(name), null, name, text, null, null);
            Attribution attribution = attribute(article);
            return ready(new Loaded(attribution.annotated(), null, null, attribution.diagnostics(), List.of()));
        }
    }

    /**
     * What the engine cannot settle in an article's text (an unclosed mark …). A saved review
     * keeps only the analyst's decisions; the notes come from the text again: only the
     * quotation-mark scan runs, not the attribution.
     */
    public List<Diagnostic> notesOn(Article article) {
        return new QuoteEngine(knownSpeakers).notesOn(article.text());
    }

    /** The engine's reading of an article, e.g. to suggest a speaker for a quote marked by hand. */
    public AnnotatedArticle suggest(Article article) {
        return attribute(article).annotated();
    }

    /** The engine this loader attributes with, for attributing many articles on other threads. */
    public java.util.function.Function<Article, Attribution> engine() {
        QuoteEngine engine = new QuoteEngine(knownSpeakers);
        return engine::attribute;
    }

    private Attribution attribute(Article article) {
        // the engine gives up when Cancel interrupts this thread, and says how far it got
        return new QuoteEngine(knownSpeakers).attribute(article, BackgroundRunner::reportProgress);
    }
}
