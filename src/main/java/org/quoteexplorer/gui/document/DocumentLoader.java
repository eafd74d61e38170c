package org.quoteexplorer.gui.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.quoteexplorer.engine.Attribution;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.review.QuotesFoundSince;
import org.quoteexplorer.io.ArticleReader;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Diagnostic;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.ArticleAttribution;
import org.quoteexplorer.review.Radar;
import org.quoteexplorer.review.RadarReport;
import org.quoteexplorer.review.edit.Legend;
import org.quoteexplorer.review.edit.NameIndex;

/**
 * Turns a file into a document to review. Runs off the FX thread; needs no toolkit.
 *
 * <p>An annotation file opens as it was saved; an article whose annotation file lies next to it
 * reopens that review; any other article goes through the engine.
 */
public final class DocumentLoader {

    public static final String SAMPLE_RESOURCE = "/assets/articles/kremlin-iran.txt";

    /**
     * A second core's share of opening: the legend's name index is built while the engine reads
     * the article, and the legend is ordered while the radar assesses it.
     */
    private static final ExecutorService HELPER = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "quote-explorer-open-helper");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Assesses a long article while the window shows it: the radar took a third of the time
     * between reading a 1 MB article and showing it, and nothing on the first screen needs it.
     */
    private static final ExecutorService RADAR = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "quote-explorer-open-radar");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Above this many quotes the radar's report follows the article instead of coming with it; a
     * shorter article is assessed at once, so its list is filled once, risks and all.
     */
    public static final int ASSESS_LATER_QUOTES = 400;

    private final CompletableFuture<List<Speaker>> knownSpeakers;
    private final Executor radar;

    public DocumentLoader(List<Speaker> knownSpeakers) {
        this(knownSpeakers, RADAR);
    }

    /** @param radar where a long article's report is worked out (tests run it when they choose) */
    public DocumentLoader(List<Speaker> knownSpeakers, Executor radar) {
        this.knownSpeakers = CompletableFuture.completedFuture(List.copyOf(knownSpeakers));
        this.radar = radar;
    }

    /**
     * @param knownSpeakers the speaker list as it is being read: the window shows without waiting
     *                      for it, and the first article to open waits for it if need be
     */
    public DocumentLoader(CompletableFuture<List<Speaker>> knownSpeakers) {
        this.knownSpeakers = knownSpeakers.thenApply(List::copyOf);
        this.radar = RADAR;
    }

    /** The speaker list the engine and the radar use; waits for it while it is still being read. */
    public List<Speaker> speakerList() {
        return knownSpeakers();
    }

    private List<Speaker> knownSpeakers() {
        try {
            return knownSpeakers.join();
        } catch (java.util.concurrent.CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /**
     * @param document    what to review
     * @param articleFile the file opened, or {@code null} for the bundled sample
     * @param saveTarget  where Save writes without asking, or {@code null} to ask
     * @param diagnostics what the engine could not settle in the article's text
     * @param warnings    what the analyst should know: a fallback encoding, quotes that could not be re-anchored
     * @param assessing   the radar's report on {@code document}: done for a short article, still being
     *                    worked out for a long one (see {@link #ASSESS_LATER_QUOTES}), or {@code null}
     *                    to let the window assess it; cancelling it stops the radar's work on it
     */
    public record Loaded(AnnotatedArticle document, Path articleFile, Path saveTarget, List<Diagnostic> diagnostics,
                         List<String> warnings, CompletableFuture<RadarReport> assessing) {
        public Loaded {
            diagnostics = List.copyOf(diagnostics);
            warnings = List.copyOf(warnings);
        }

        public Loaded(AnnotatedArticle document, Path articleFile, Path saveTarget, List<Diagnostic> diagnostics,
                      List<String> warnings) {
            this(document, articleFile, saveTarget, diagnostics, warnings, null);
        }

        /** The radar's report, waiting for it if it is still being worked out; {@code null} when none was asked for. */
        public RadarReport assessment() {
            return assessing == null ? null : assessing.join();
        }
    }

    public Loaded load(Path file) throws IOException {
        return load(file, knownSpeakers(), java.util.function.UnaryOperator.identity());
    }

    /**
     * Opens {@code file} attributing with {@code speakers} instead of the loader's list: an article
     * of a workspace is read with the folder's speaker registry, so the engine and the radar know
     * the people confirmed in the other articles.
     *
     * @param prepare what the document goes through before the radar assesses it (linking its
     *                speakers to the registry), so the window shows, and the radar judges, one document
     */
    public Loaded load(Path file, List<Speaker> speakers, java.util.function.UnaryOperator<AnnotatedArticle> prepare)
            throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file.getFileName() + " is a folder. Open an article file (.txt, .md, .html)"
                    + " or an annotation file (.json).");
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        AnnotationFiles.Opened opened = AnnotationFiles.open(file);
        if (opened.annotations() != null) {
            AnnotatedArticle saved = opened.annotations();
            List<String> warnings = opened.warnings();
            if (opened.reanchor() != null && opened.changedText() != null) {
                // The article changed since its review was saved: its quotes were found again by
                // their words; the text it gained is searched for quotes of its own.
                QuotesFoundSince.Result completed = QuotesFoundSince.merge(saved, attribute(opened.article(), speakers).annotated(),
                        opened.changedText());
                saved = completed.document();
                if (completed.added() > 0) {
                    warnings = new java.util.ArrayList<>(warnings);
                    warnings.add(completed.added() + (completed.added() == 1 ? " quote was" : " quotes were")
                            + " found in its new text and added as suggestions.");
                }
            }
            AnnotatedArticle review = prepare.apply(saved);
            CompletableFuture<NameIndex> names = indexNames(review.text());
            return ready(new Loaded(review, file, opened.savedTo(), notesOn(review.article()), warnings), names,
                    speakers);
        }
        CompletableFuture<NameIndex> names = indexNames(opened.article().text());
        // the radar runs in ready(), beside the legend's work, rather than after the engine here
        ArticleAttribution attributed = ArticleAttribution.of(opened.article(), article -> attribute(article, speakers),
                speakers, false, prepare);
        return ready(new Loaded(attributed.document(), file, opened.savedTo(), attributed.diagnostics(),
                opened.warnings()), names, speakers);
    }

    /** The legend's index of names, built on the helper while this thread runs the engine. */
    private static CompletableFuture<NameIndex> indexNames(String text) {
        return CompletableFuture.supplyAsync(() -> NameIndex.of(text), HELPER);
    }

    /**
     * Works out off the FX thread what the window would otherwise work out as soon as it shows the
     * article: the legend's order (where the text first names each speaker) and the radar's
     * report. Assessed on the FX thread, the report replaced every row of the quote list and
     * restyled every flagged quote a second time; on a 1 MB article the legend's order alone was
     * half of the FX thread's work of opening it. A long article's report is left to finish on
     * its own thread while the window shows the article.
     */
    private Loaded ready(Loaded loaded, CompletableFuture<NameIndex> names, List<Speaker> speakers) {
        AnnotatedArticle document = loaded.document();
        CompletableFuture<Void> legend = names.thenRunAsync(() -> Legend.entries(document, SpeakerPalette.SIZE), HELPER);
        CompletableFuture<RadarReport> report;
        if (document.quotes().size() > ASSESS_LATER_QUOTES) {
            report = assessLater(document, speakers);
        } else {
            // Cancel interrupts this thread, as it stops the engine
            Thread self = Thread.currentThread();
            report = CompletableFuture.completedFuture(Radar.assess(document, speakers, self::isInterrupted));
        }
        legend.join();
        return new Loaded(document, loaded.articleFile(), loaded.saveTarget(), loaded.diagnostics(), loaded.warnings(), report);
    }

    /**
     * The report on a long article, worked out on the radar's thread. Cancelling it (the window
     * gave up opening the article) stops that work between two quotes, or before it starts: an
     * article stepped past in a workspace must not keep a core busy, nor make the next article's
     * report wait behind its own.
     */
    private CompletableFuture<RadarReport> assessLater(AnnotatedArticle document, List<Speaker> speakers) {
        CompletableFuture<RadarReport> report = new CompletableFuture<>();
        radar.execute(() -> {
            if (report.isDone()) {
                return;
            }
            try {
                report.complete(Radar.assess(document, speakers, report::isCancelled));
            } catch (CancellationException stopped) {
                // the future is cancelled already: nobody waits for this report
            } catch (RuntimeException | Error failed) {
                report.completeExceptionally(failed);
            }
        });
        return report;
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
            CompletableFuture<NameIndex> names = indexNames(text);
            Attribution attribution = attribute(article, knownSpeakers());
            return ready(new Loaded(attribution.annotated(), null, null, attribution.diagnostics(), List.of()), names,
                    knownSpeakers());
        }
    }

    /**
     * What the engine cannot settle in an article's text (an unclosed mark …). A saved review
     * keeps only the analyst's decisions; the notes come from the text again: only the
     * quotation-mark scan runs, not the attribution.
     */
    public List<Diagnostic> notesOn(Article article) {
        return new QuoteEngine(knownSpeakers()).notesOn(article.text());
    }

    /** The engine's reading of an article, e.g. to suggest a speaker for a quote marked by hand. */
    public AnnotatedArticle suggest(Article article) {
        return attribute(article, knownSpeakers()).annotated();
    }

    private static Attribution attribute(Article article, List<Speaker> speakers) {
        // the engine gives up when Cancel interrupts this thread, and says how far it got
        return new QuoteEngine(speakers).attribute(article, BackgroundRunner::reportProgress);
    }
}
