package org.quoteexplorer.review;

import java.util.List;
import java.util.function.Function;
import org.quoteexplorer.engine.Attribution;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Diagnostic;
import org.quoteexplorer.model.Speaker;

/**
 * What {@code attribute} does to one article, whatever it was read from (a file, a line of JSON
 * Lines, a row of a cluster job): the engine, then, when flags are asked for, the misattribution
 * radar's assessments. One place, so that every way in gives the same document.
 *
 * @param document    the attributed article, with the radar's assessments when flags were asked for
 * @param diagnostics what the engine noticed about the text (an unclosed quotation mark, …)
 * @param radar       the radar's report, or {@code null} without flags
 */
public record ArticleAttribution(AnnotatedArticle document, List<Diagnostic> diagnostics, RadarReport radar) {

    public ArticleAttribution {
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * @param engine the engine (one per thread: engines are not thread-safe)
     * @param known  the speaker list the engine was given, for the radar's speaker-list check
     * @param flags  whether to assess the quotes
     */
    public static ArticleAttribution of(Article article, Function<Article, Attribution> engine, List<Speaker> known,
            boolean flags) {
        Attribution attribution = engine.apply(article);
        AnnotatedArticle document = attribution.annotated();
        RadarReport report = null;
        if (flags) {
            report = Radar.assess(document, known);
            document = document.withAssessments(report.assessments());
        }
        return new ArticleAttribution(document, attribution.diagnostics(), report);
    }
}
