package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.RadarViewModel;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.FlagCode;

/** Conflicts with other articles of a workspace join the article's review queue as flags. */
class CrossArticleFlagsInQueueTest {

    private final DocumentSession session = Fixtures.openSession();
    private final QuoteListViewModel quoteList = new QuoteListViewModel(session);
    private final ArticleViewModel article = new ArticleViewModel(session, quoteList);
    private final RadarViewModel radar = new RadarViewModel(session, quoteList, article);
    private final ReviewViewModel review = new ReviewViewModel(session, new LegendViewModel(session), quoteList, radar);

    private static final Flag OTHER_ARTICLE = new Flag(FlagCode.CONFLICT,
            "The same words appear in tuesday.txt (“…”), attributed to Tom Brook, not Ann Lee.");

    @Test
    void aQuoteTheRadarLeftAloneIsQueuedWithTheOtherArticleNamed() {
        assertThat(radar.queue()).extracting(RadarViewModel.QueueEntry::quoteId).doesNotContain("q1");

        radar.setOutsideFlags(document -> Map.of("q1", List.of(OTHER_ARTICLE)));

        assertThat(radar.queue()).extracting(RadarViewModel.QueueEntry::quoteId).contains("q1");
        assertThat(radar.flagsOf("q1")).containsExactly(OTHER_ARTICLE);
        assertThat(radar.flagTextBinding().get()).isEqualTo("3 flags");
    }

    @Test
    void acceptingTheQuoteTakesItOffTheQueueAsForTheRadarsOwnFlags() {
        radar.setOutsideFlags(document -> Map.of("q1", List.of(OTHER_ARTICLE)));
        session.select("q1");

        review.accept();

        assertThat(radar.queue()).extracting(RadarViewModel.QueueEntry::quoteId).doesNotContain("q1");
        assertThat(radar.flagsOf("q1")).isEmpty();
    }

    @Test
    void aFlagForAQuoteNotInTheArticleChangesNothing() {
        List<String> before = radar.queue().stream().map(RadarViewModel.QueueEntry::quoteId).toList();

        radar.setOutsideFlags(document -> Map.of("q99", List.of(OTHER_ARTICLE)));

        assertThat(radar.queue()).extracting(RadarViewModel.QueueEntry::quoteId).containsExactlyElementsOf(before);
    }
}
