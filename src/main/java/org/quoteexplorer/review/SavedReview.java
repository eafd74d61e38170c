package org.quoteexplorer.review;

import java.time.Instant;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;

/**
 * What a save or an export writes, whoever writes it (the window, a folder switching articles):
 * the review as the analyst left it, with the radar's risk and flags, so that a folder's list
 * and a colleague's tools see them without assessing again.
 */
public final class SavedReview {

    private SavedReview() {
    }

    /**
     * @param changed whether the review changed since it was last saved: only then is it stamped
     *                (created once, modified each time), so saving an unchanged review rewrites
     *                it as it was
     * @param now     the time of the save
     */
    public static AnnotatedArticle toSave(AnnotatedArticle review, boolean changed, Instant now, RadarReport radar) {
        AnnotatedArticle stamped = review;
        if (changed) {
            Article article = review.article();
            stamped = review.withArticle(article.withTimes(article.created() == null ? now : article.created(), now));
        }
        return toExport(stamped, radar);
    }

    /** The review with the radar's report, as every export format writes it. */
    public static AnnotatedArticle toExport(AnnotatedArticle review, RadarReport radar) {
        return review.withAssessments(radar.assessments());
    }
}
