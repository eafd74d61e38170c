package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.article.QuoteStyler;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.quotes.QuoteEditingViewModel;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.gui.speakers.LegendEntry;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.review.edit.ReviewProgress;

/** Scare quotes are nobody's words: drawn apart, named so, and left out of what is to review. */
class ScareQuotesTest {

    /** The fixture with its unattributed quote ("Nobody asked us") turned into a scare quote. */
    private static AnnotatedArticle withScareQuote() {
        AnnotatedArticle base = Fixtures.document();
        List<Quote> quotes = new ArrayList<>(base.quotes());
        quotes.set(2, Quote.unattributed("q3", quotes.get(2).span(), QuoteType.SCARE));
        return new AnnotatedArticle(base.article(), base.speakers(), quotes);
    }

    @Test
    void aScareQuoteIsLeftOutOfTheQuotesToReview() {
        assertThat(ReviewProgress.of(Fixtures.document()).total()).isEqualTo(3);
        assertThat(ReviewProgress.of(withScareQuote()).total()).isEqualTo(2);
    }

    @Test
    void theLegendCountsNoScareQuoteAsUnattributed() {
        DocumentSession plain = new DocumentSession();
        plain.open(Fixtures.document(), null, null);
        assertThat(new LegendViewModel(plain).entries()).anySatisfy(e -> assertThat(e.speakerId()).isNull());
        DocumentSession scare = new DocumentSession();
        scare.open(withScareQuote(), null, null);
        assertThat(new LegendViewModel(scare).entries()).allSatisfy(e -> assertThat(e.speakerId()).isNotNull());
    }

    @Test
    void aQuoteMadeAScareQuoteStopsCountingForItsSpeakerAndUndoingTheTypeBringsItBack() {
        DocumentSession session = Fixtures.openSession();
        LegendViewModel legend = new LegendViewModel(session);
        ReviewViewModel review = new ReviewViewModel(session, legend, new QuoteListViewModel(session));
        java.util.function.Supplier<Integer> tomsQuotes = () -> legend.entries().stream()
                .filter(e -> "s2".equals(e.speakerId())).mapToInt(LegendEntry::quoteCount).sum();
        assertThat(tomsQuotes.get()).isEqualTo(1);
        session.select("q2");
        new QuoteEditingViewModel(session, review, new StubDialogs()).setType(QuoteType.SCARE);
        assertThat(tomsQuotes.get()).isZero();
        assertThat(QuoteRow.of(session.getDocument(), session.getDocument().quote("q2").orElseThrow(), new SpeakerPalette())
                .speakerName()).isEqualTo("scare quote");
        review.undo();
        assertThat(tomsQuotes.get()).isEqualTo(1);
    }

    @Test
    void aScareQuoteIsDrawnWithItsOwnClassAndLabelledAsSuch() {
        AnnotatedArticle document = withScareQuote();
        Quote scare = document.quote("q3").orElseThrow();
        Quote speech = document.quote("q1").orElseThrow();
        QuoteStyler styler = new QuoteStyler(new SpeakerPalette());
        assertThat(styler.classesOf(scare, false)).contains("scare");
        assertThat(styler.classesOf(speech, false)).doesNotContain("scare");
        assertThat(QuoteRow.of(document, scare, new SpeakerPalette()).speakerName()).isEqualTo("scare quote");
        assertThat(QuoteRow.of(Fixtures.document(), Fixtures.document().quote("q3").orElseThrow(), new SpeakerPalette())
                .speakerName()).isEqualTo(QuoteDetails.UNATTRIBUTED);
    }
}
