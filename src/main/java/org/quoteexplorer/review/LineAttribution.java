package org.quoteexplorer.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.io.ArticleLineException;
import org.quoteexplorer.io.FlagText;
import org.quoteexplorer.io.JsonLinesArticles;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Diagnostic;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Speaker;

/**
 * Attributes articles given as lines of JSON Lines ({@link JsonLinesArticles}): the per-line step
 * of {@code attribute --jsonl} and of a cluster job, which call it alike so that both write the
 * same bytes for the same line.
 *
 * <p>Holds one engine and is not thread-safe: make one per thread (or per partition).
 */
public final class LineAttribution {

    private final QuoteEngine engine;
    private final List<Speaker> knownSpeakers;
    private final boolean flags;

    /**
     * @param knownSpeakers the speaker list for the engine and the radar
     * @param flags         whether to add the radar's risk and flags to every quote
     */
    public LineAttribution(List<Speaker> knownSpeakers, boolean flags) {
        this.knownSpeakers = List.copyOf(knownSpeakers);
        this.engine = new QuoteEngine(this.knownSpeakers);
        this.flags = flags;
    }

    /**
     * @param lineNumber 1-based, for messages
     * @throws ArticleLineException if the line is no article, or its document cannot be written
     *                              as one the app could read back (beyond a limit)
     */
    public Result attribute(String line, long lineNumber) throws ArticleLineException {
        Article article = JsonLinesArticles.parse(line, lineNumber);
        ArticleAttribution done = ArticleAttribution.of(article, engine::attribute, knownSpeakers, flags);
        String documentLine;
        try {
            documentLine = JsonLinesArticles.documentLine(done.document());
        } catch (IllegalArgumentException e) {
            throw new ArticleLineException(lineNumber, "line " + lineNumber + ": " + e.getMessage());
        }
        List<String> notes = new ArrayList<>(done.diagnostics().size());
        for (Diagnostic d : done.diagnostics()) {
            notes.add(EngineNoteText.describe(d, article.text()));
        }
        return new Result(article.id(), documentLine, flatQuotes(done.document()), notes);
    }

    /** The quotes as rows of a flat table, in the document's order. */
    public static List<FlatQuote> flatQuotes(AnnotatedArticle document) {
        List<FlatQuote> rows = new ArrayList<>(document.quotes().size());
        String text = document.text();
        Map<String, Speaker> speakers = document.speakersById();
        for (Quote quote : document.quotes()) {
            Speaker speaker = speakers.get(quote.speakerId());
            Assessment assessment = document.assessments().get(quote.id());
            rows.add(new FlatQuote(document.article().id(), quote.id(), document.textOf(quote),
                    speaker == null ? null : speaker.name(), quote.mention() == null ? null : quote.mention().of(text),
                    quote.confidence(), assessment == null ? "" : FlagText.codes(assessment)));
        }
        return rows;
    }

    /**
     * One attributed line.
     *
     * @param id           the article's id
     * @param documentLine the annotated document as one line of JSON, without a line end
     * @param quotes       its quotes as flat rows
     * @param notes        what the engine could not settle, one line each ({@link EngineNoteText})
     */
    public record Result(String id, String documentLine, List<FlatQuote> quotes, List<String> notes) {

        public Result {
            quotes = List.copyOf(quotes);
            notes = List.copyOf(notes);
        }
    }

    /**
     * A quote as one row of a flat table (CSV, Parquet).
     *
     * @param speaker    the speaker's name, or {@code null} when the quote is not attributed
     * @param mention    the words that name the speaker there, or {@code null}
     * @param confidence as the JSON export gives it
     * @param flags      the radar's flag codes, strongest first, as the CSV export writes them
     *                   ("conflict, weak-evidence"); empty without flags or when none is raised
     */
    public record FlatQuote(String articleId, String quoteId, String text, String speaker, String mention,
            double confidence, String flags) {

        /** Column names of the table, in the order of {@link #cells()}. */
        public static final List<String> COLUMNS = List.of("article_id", "quote_id", "text", "speaker", "mention",
                "confidence", "flags");

        /** The row as text cells, absent values empty. */
        public List<String> cells() {
            return List.of(articleId, quoteId, text, speaker == null ? "" : speaker, mention == null ? "" : mention,
                    Double.toString(confidence), flags);
        }
    }
}
