package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.gui.speakers.LegendEntry;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.review.edit.Edits;

class LegendAndQuoteListViewModelTest {

    private final DocumentSession session = Fixtures.openSession();
    private final LegendViewModel legend = new LegendViewModel(session);
    private final QuoteListViewModel list = new QuoteListViewModel(session);
    private final Edits edits = Edits.withSystemClock();

    @Test
    void theLegendCountsEachSpeakersQuotesAndListsTheUnattributedLast() {
        assertThat(legend.entries()).extracting(LegendEntry::name, LegendEntry::quoteCount, LegendEntry::shortcut)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ann Lee", 1, 1),
                        org.assertj.core.groups.Tuple.tuple("Tom Ray", 1, 2),
                        org.assertj.core.groups.Tuple.tuple(QuoteDetails.UNATTRIBUTED, 1, 0));
        assertThat(legend.speakerForDigit(2)).isEqualTo("s2");
    }

    @Test
    void theSpeakerCountLeavesOutTheRowOfUnattributedQuotes() {
        assertThat(legend.entries()).hasSize(3);
        assertThat(legend.speakerCountProperty().get()).isEqualTo(2);

        session.perform(edits.reassign(session.getDocument(), "q3", "s1"));

        assertThat(legend.entries()).hasSize(2);
        assertThat(legend.speakerCountProperty().get()).isEqualTo(2);
    }

    @Test
    void rejectedQuotesDoNotCountForTheirSpeaker() {
        session.perform(edits.reject(session.getDocument(), "q1"));
        assertThat(legend.entries().get(0).quoteCount()).isZero();
    }

    @Test
    void aReassignmentMovesTheCountAndRelabelsOnlyThatRow() {
        QuoteRow untouched = list.rows().get(0);
        session.perform(edits.reassign(session.getDocument(), "q2", "s1"));
        assertThat(legend.entries().get(0).quoteCount()).isEqualTo(2);
        assertThat(legend.entries().get(1).quoteCount()).isZero();
        assertThat(list.rows().get(0)).isSameAs(untouched);
        assertThat(list.rows().get(1).speakerName()).isEqualTo("Ann Lee");
        assertThat(list.rows().get(1).status()).isEqualTo(QuoteStatus.CORRECTED);
        assertThat(list.rows().get(1).statusMark()).isNotEqualTo(list.rows().get(0).statusMark());
    }

    @Test
    void rowsShowSpeakerTextTypeAndTheSameColourClassAsTheArticle() {
        QuoteRow row = list.rows().get(1);
        assertThat(row.text()).isEqualTo("\u201Ca waste\u201D");
        assertThat(row.type().code()).isEqualTo("partial");
        assertThat(row.speakerClass()).isEqualTo(session.palette().styleClassOf("s2"));
        assertThat(list.rows().get(2).speakerClass()).isEqualTo(SpeakerPalette.UNATTRIBUTED_CLASS);
    }

    @Test
    void theSearchFindsTypographicMarksTypedAsKeyboardQuotesInAnyCase() {
        list.searchTextProperty().set("\"A WASTE\"");
        assertThat(list.visibleRows()).extracting(QuoteRow::quoteId).containsExactly("q2");
        list.searchTextProperty().set("\"we will");
        assertThat(list.visibleRows()).extracting(QuoteRow::quoteId).containsExactly("q1");
        list.searchTextProperty().set("pier,'");
        assertThat(list.visibleRows()).isEmpty();
    }

    @Test
    void selectingARowSelectsItsQuote() {
        list.select(list.rows().get(2));
        assertThat(session.getSelectedQuoteId()).isEqualTo("q3");
        assertThat(list.selectedIndex()).isEqualTo(2);
    }
}
