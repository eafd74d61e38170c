package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.Radar;
import org.quoteexplorer.review.RadarReport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The speaker view: a speaker's quotes side by side, their counts and flags, reassigning one or all. */
@ExtendWith(ApplicationExtension.class)
class SpeakerQuotesWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), new StubDialogs());
    }

    /** Ann Lee quoted twice: the pier quote (strong evidence) and, weakly, the resident's words. */
    private static AnnotatedArticle annQuotedTwice() {
        AnnotatedArticle base = Fixtures.document();
        List<Quote> quotes = new ArrayList<>(base.quotes());
        Quote nobody = quotes.get(2);
        quotes.set(2, new Quote("q3", nobody.span(), QuoteType.DIRECT, "s1", null, null, 0.3,
                "rule:sentence-subject", QuoteStatus.SUGGESTED, null, List.of()));
        return new AnnotatedArticle(base.article(), base.speakers(), quotes);
    }

    @BeforeEach
    void openOnAnn(FxRobot robot) {
        robot.interact(() -> window.viewModel().session().open(annQuotedTwice(), null, null));
        robot.interact(() -> window.showSpeakerQuotes("s1"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private AnnotatedArticle document() {
        return window.viewModel().session().getDocument();
    }

    @Test
    void aSpeakersQuotesAreListedWithTheirCountsAndTheRadarsReasons(FxRobot robot) {
        RadarReport radar = Radar.assess(document());
        List<Quote> anns = document().quotesOf("s1");
        long flagged = anns.stream().filter(q -> radar.of(q.id()).isFlagged()).count();
        long direct = anns.stream().filter(q -> q.type() == QuoteType.DIRECT).count();
        long partial = anns.stream().filter(q -> q.type() == QuoteType.PARTIAL).count();
        assertThat(flagged).as("the weak attribution is doubted").isPositive();

        ListView<?> list = robot.lookup("#speakerQuotesList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(anns.size());
        String counts = robot.lookup("#speakerQuotesCounts").queryLabeled().getText();
        assertThat(counts).contains(anns.size() + " quotes", direct + " direct", partial + " partial",
                "0 accepted", flagged + " flagged");
        String reason = radar.of("q3").flags().get(0).reason();
        assertThat(robot.lookup(".speaker-quote-flags").queryAll()).anySatisfy(
                n -> assertThat(((Labeled) n).getText()).contains(reason));

        robot.interact(() -> window.viewModel().session().select("q1"));
        robot.interact(() -> window.viewModel().review().accept());
        assertThat(robot.lookup("#speakerQuotesCounts").queryLabeled().getText()).contains("1 accepted");
    }

    @Test
    void oneQuoteIsReassignedFromTheViewAndUndoneAlone(FxRobot robot) {
        AnnotatedArticle before = document();
        ListView<?> list = robot.lookup("#speakerQuotesList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(1));
        assertThat(window.viewModel().session().getSelectedQuoteId()).as("choosing a row shows the quote").isEqualTo("q3");
        pickTarget(robot, "Tom Ray");
        robot.clickOn("#reassignSelectedQuote");
        assertThat(document().quote("q3").orElseThrow().speakerId()).isEqualTo("s2");
        assertThat(document().quote("q1").orElseThrow().speakerId()).isEqualTo("s1");
        assertThat(list.getItems()).hasSize(1);
        robot.interact(() -> window.viewModel().review().undo());
        assertThat(document()).isEqualTo(before);
    }

    @Test
    void allTheirQuotesGoToAnotherSpeakerInOneUndoStep(FxRobot robot) {
        AnnotatedArticle before = document();
        pickTarget(robot, "Tom Ray");
        assertThat(robot.lookup("#reassignAllQuotes").queryButton().getText()).isEqualTo("All 2");
        robot.clickOn("#reassignAllQuotes");
        assertThat(document().quotesOf("s1")).isEmpty();
        assertThat(document().quotesOf("s2")).extracting(Quote::id).contains("q1", "q2", "q3");
        robot.interact(() -> window.viewModel().review().undo());
        assertThat(document()).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private static void pickTarget(FxRobot robot, String name) {
        ComboBox<Speaker> target = robot.lookup("#speakerQuotesTarget").queryAs(ComboBox.class);
        robot.interact(() -> target.setValue(target.getItems().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()));
    }
}
