package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.queue.RadarViewModel;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.review.Radar;
import org.quoteexplorer.review.RadarReport;
import org.quoteexplorer.review.edit.QuoteSnippets;

/**
 * After review keys the list's rows are updated from the radar's report for the quotes the keys
 * changed only, and the review queue keeps the rows of the quotes still in it; once the radar
 * caught up, every row and the queue still show what a fresh assessment of the article says,
 * whichever runs the keys overtook, and after undo and redo.
 */
class RowsAndQueueFollowTheRadarAfterReviewKeysTest {

    @ParameterizedTest(name = "seed {0}, background {1}")
    @CsvSource(textBlock = """
            1, true
            2, true
            3, false
            4, false
            """)
    void everyRowShowsAFreshAssessmentOnceTheRadarCaughtUp(long seed, boolean background) {
        DocumentSession session = new DocumentSession();
        session.open(RadarBetweenRunsTest.longArticle(), null, null);
        QuoteListViewModel quoteList = new QuoteListViewModel(session);
        RadarViewModel radar = new RadarViewModel(session, quoteList, null);
        ReviewViewModel review = new ReviewViewModel(session, new LegendViewModel(session), quoteList, radar);
        List<Runnable> pending = new ArrayList<>();
        if (background) {
            radar.assessOn(pending::add, Runnable::run);
        }
        assertRowsAgreeWithAFreshAssessment(session, quoteList, -1);
        assertThat(radar.queue()).as("the first report flags some quotes").isNotEmpty();

        Random random = new Random(seed);
        for (int step = 0; step < 80; step++) {
            List<Quote> quotes = session.getDocument().quotes();
            session.select(quotes.get(random.nextInt(quotes.size())).id());
            switch (random.nextInt(7)) {
                case 0, 1 -> review.accept();
                case 2 -> review.reject();
                case 3 -> review.markUnsure();
                case 4 -> review.undo();
                case 5 -> review.redo();
                default -> review.acceptAndMoveOn();
            }
            // the background answers now and then: some keys overtake runs still on their way
            if (random.nextInt(3) == 0 || step == 79) {
                List<Runnable> runs = List.copyOf(pending);
                pending.clear();
                runs.forEach(Runnable::run);
                assertRowsAgreeWithAFreshAssessment(session, quoteList, step);
                assertQueueAgreesWithAFreshAssessment(session, radar, step);
            }
        }
    }

    private static void assertQueueAgreesWithAFreshAssessment(DocumentSession session, RadarViewModel radar, int step) {
        AnnotatedArticle document = session.getDocument();
        RadarReport fresh = Radar.assess(document);
        List<RadarViewModel.QueueEntry> expected = fresh.queue().stream().map(id -> {
            Quote quote = document.quote(id).orElseThrow();
            String speaker = document.speaker(quote.speakerId()).map(s -> s.name()).orElse(QuoteDetails.UNATTRIBUTED);
            return new RadarViewModel.QueueEntry(id, fresh.of(id).risk(), speaker, QuoteSnippets.of(document, quote),
                    fresh.of(id).flags());
        }).toList();
        assertThat(radar.queue()).as("queue after step %d", step).containsExactlyElementsOf(expected);
    }

    private static void assertRowsAgreeWithAFreshAssessment(DocumentSession session, QuoteListViewModel quoteList, int step) {
        AnnotatedArticle document = session.getDocument();
        RadarReport fresh = Radar.assess(document);
        List<QuoteRow> expected = document.quotes().stream()
                .map(q -> QuoteRow.of(document, q, session.palette(), fresh.of(q.id()))).toList();
        assertThat(quoteList.rows()).as("rows after step %d", step).containsExactlyElementsOf(expected);
    }
}
