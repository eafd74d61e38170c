package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.common.DialogService;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.speakers.LegendEntry;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.gui.speakers.SpeakerChooserViewModel;
import org.quoteexplorer.gui.speakers.SpeakerEditingViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.model.TitleSource;

/** A title the article never gave is marked "from your speaker list" wherever the title is shown. */
class TitleSourceShownTest {

    private static DocumentSession sessionWithMayorFrom(TitleSource source) {
        AnnotatedArticle base = Fixtures.document();
        Speaker ann = new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, "Mayor", List.of("Lee"), source);
        DocumentSession session = new DocumentSession();
        session.open(new AnnotatedArticle(base.article(), List.of(ann, base.speakers().get(1)), base.quotes()), null, null);
        session.select("q1");
        return session;
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            SPEAKER_LIST, true
            ARTICLE,      false
            ANALYST,      false
            """)
    void onlyATitleFromTheSpeakerListIsMarked(TitleSource source, boolean marked) {
        DocumentSession session = sessionWithMayorFrom(source);
        LegendEntry ann = new LegendViewModel(session).entries().stream().filter(e -> "s1".equals(e.speakerId())).findFirst().orElseThrow();
        assertThat(ann.titleFromList()).isEqualTo(marked);
        ReviewViewModel review = new ReviewViewModel(session, new LegendViewModel(session), new QuoteListViewModel(session));
        assertThat(new SpeakerChooserViewModel(session, review).currentProperty().get().titleFromList()).isEqualTo(marked);
    }

    @Test
    void editingTheTitleMakesItTheAnalystsAndTheMarkGoes() {
        DocumentSession session = sessionWithMayorFrom(TitleSource.SPEAKER_LIST);
        LegendViewModel legend = new LegendViewModel(session);
        ReviewViewModel review = new ReviewViewModel(session, legend, new QuoteListViewModel(session));
        StubDialogs dialogs = new StubDialogs();
        dialogs.answer(new DialogService.SpeakerForm("Ann Lee", SpeakerKind.PERSON, "Harbour Mayor"));
        new SpeakerEditingViewModel(session, review, dialogs).editDetails("s1");
        assertThat(dialogs.questions).singleElement().asString().contains("from your speaker list");
        assertThat(session.getDocument().speaker("s1").orElseThrow().titleSource()).isEqualTo(TitleSource.ANALYST);
        assertThat(legend.entries().stream().filter(e -> "s1".equals(e.speakerId())).findFirst().orElseThrow().titleFromList()).isFalse();
    }
}
