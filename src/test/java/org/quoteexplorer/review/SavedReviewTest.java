package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;

class SavedReviewTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-03-03T09:00:00Z");

    private static AnnotatedArticle review() {
        return new QuoteEngine(List.of()).attribute(Article.of("pier", String.join("\n", "Pier Stays Shut", "",
                "\u201CNothing is settled yet.\u201D", "", "\u201CThe fares stay,\u201D the harbour master said."))).annotated();
    }

    @Test
    void aChangedReviewIsStampedCreatedOnceAndModifiedEachTimeAndCarriesTheRadarsReport() {
        AnnotatedArticle review = review();
        RadarReport radar = Radar.assess(review, List.of());

        AnnotatedArticle first = SavedReview.toSave(review, true, MONDAY, radar);
        AnnotatedArticle second = SavedReview.toSave(first, true, TUESDAY, radar);

        assertThat(first.article().created()).isEqualTo(MONDAY);
        assertThat(second.article().created()).isEqualTo(MONDAY);
        assertThat(second.article().modified()).isEqualTo(TUESDAY);
        assertThat(radar.flagCount()).isPositive();
        assertThat(second.assessments()).isEqualTo(radar.assessments());
    }

    @Test
    void anUnchangedReviewKeepsItsTimesSoItIsWrittenAsItWas() {
        AnnotatedArticle saved = SavedReview.toSave(review(), true, MONDAY, Radar.assess(review(), List.of()));

        AnnotatedArticle again = SavedReview.toSave(saved, false, TUESDAY, Radar.assess(saved, List.of()));

        assertThat(again).isEqualTo(saved);
    }
}
