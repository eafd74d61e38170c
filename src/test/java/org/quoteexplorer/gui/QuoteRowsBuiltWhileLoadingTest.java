package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.review.Radar;

/** The quote list's rows of a long article are built on the loading thread; the list takes them only while they hold. */
class QuoteRowsBuiltWhileLoadingTest {

    private final AnnotatedArticle document = Fixtures.document();

    private static List<QuoteRow> builtOnTheFxThread(AnnotatedArticle document, DocumentSession session) {
        return document.quotes().stream().map(q -> QuoteRow.of(document, q, session.palette())).toList();
    }

    @Test
    void rowsBuiltOffTheFxThreadAreTheOnesTheListShowsForTheDocumentOpened() throws Exception {
        DocumentSession session = new DocumentSession();
        QuoteListViewModel list = new QuoteListViewModel(session);
        List<QuoteRow> drafted = CompletableFuture.supplyAsync(() -> QuoteListViewModel.rowsOf(document, new SpeakerPalette()))
                .get(30, TimeUnit.SECONDS);

        list.expectRows(document, drafted);
        session.open(document, null, null);

        assertThat(list.rows()).containsExactlyElementsOf(builtOnTheFxThread(document, session));
        for (int i = 0; i < drafted.size(); i++) {
            assertThat(list.rows().get(i)).isSameAs(drafted.get(i));
        }
    }

    @Test
    void rowsForAnotherDocumentOrWithoutTheReportThatCameWithItAreNotUsed() {
        DocumentSession session = new DocumentSession();
        QuoteListViewModel list = new QuoteListViewModel(session);
        List<QuoteRow> drafted = QuoteListViewModel.rowsOf(document, new SpeakerPalette());

        // another document (an equal one would not even count as opened)
        AnnotatedArticle shorter = new AnnotatedArticle(document.article(), document.speakers(), document.quotes().subList(0, 2));
        list.expectRows(document, drafted);
        session.open(shorter, null, null);
        assertThat(list.rows()).hasSize(2);
        assertThat(list.rows().get(0)).isNotSameAs(drafted.get(0));

        var report = Radar.assess(document);
        list.expectRows(document, drafted);
        list.expectAssessments(document, report);
        session.open(document, null, null);
        for (QuoteRow row : list.rows()) {
            assertThat(row).isEqualTo(row.assessed(report.of(row.quoteId())));
        }
        assertThat(list.rows()).anySatisfy(row -> assertThat(row.risk()).isPositive());
    }
}
