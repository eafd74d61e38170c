package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quoteexplorer.gui.article.ArticleView;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The selected quote is marked by a shape over its text, not by a style of the text: J and K move
 * the mark and leave every paragraph of the article as it was, and A restyles only the paragraph
 * of the quote it changed.
 */
@ExtendWith(ApplicationExtension.class)
class SelectedQuoteMarkWindowTest {

    private MainWindow window;
    private FxRobot robot;
    private StyleClassedTextArea area;
    private ArticleView article;

    @Start
    void start(Stage stage) {
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), new StubDialogs());
        window.viewModel().openSample();
    }

    @BeforeEach
    void waitForTheSample(FxRobot fxRobot) throws Exception {
        robot = fxRobot;
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session().getDocument() != null);
        WaitForAsyncUtils.waitForFxEvents();
        area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        article = robot.lookup(".article-pane").queryAs(ArticleView.class);
        robot.interact(() -> session().select(session().getDocument().quotes().get(0).id()));
        robot.interact(area::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DocumentSession session() {
        return window.viewModel().session();
    }

    private Quote selected() {
        return session().selectedQuote().orElseThrow();
    }

    private void key(KeyCode code) {
        robot.push(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Object> paragraphs() {
        return new ArrayList<>(area.getParagraphs());
    }

    @Test
    void jAndKMoveTheMarkToTheSelectedQuoteAndRestyleNoParagraph() {
        Quote first = selected();
        assertThat(article.selectedQuoteRange()).isEqualTo(new IndexRange(first.span().start(), first.span().end()));
        List<Object> before = paragraphs();

        key(KeyCode.J);
        Quote second = selected();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(article.selectedQuoteRange()).isEqualTo(new IndexRange(second.span().start(), second.span().end()));
        assertThat(markShownOver(second)).as("the mark is drawn over the newly selected quote").isTrue();
        key(KeyCode.K);
        assertThat(selected().id()).isEqualTo(first.id());
        assertThat(markShownOver(first)).as("the mark is drawn over the quote K went back to").isTrue();

        List<Object> after = paragraphs();
        assertThat(after).hasSameSizeAs(before);
        for (int p = 0; p < before.size(); p++) {
            assertThat(after.get(p)).as("paragraph %d is not restyled", p).isSameAs(before.get(p));
        }
        assertThat(area.getStyleOfChar(first.span().start())).contains("quote").doesNotContain("selected");
    }

    @Test
    void acceptingRestylesOnlyTheParagraphOfTheQuoteItChanged() {
        Quote quote = selected();
        int changed = window.viewModel().article().layoutProperty().get().paragraphOf(quote.span().start());
        List<Object> before = paragraphs();

        key(KeyCode.A);

        assertThat(session().getDocument().quote(quote.id()).orElseThrow().status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(area.getStyleOfChar(quote.span().start())).contains("status-accepted");
        List<Object> after = paragraphs();
        for (int p = 0; p < before.size(); p++) {
            if (p == changed) {
                assertThat(after.get(p)).as("the accepted quote's paragraph").isNotSameAs(before.get(p));
            } else {
                assertThat(after.get(p)).as("paragraph %d", p).isSameAs(before.get(p));
            }
        }
        // wherever A leaves the selection, the mark is on it
        Quote next = selected();
        assertThat(article.selectedQuoteRange()).isEqualTo(new IndexRange(next.span().start(), next.span().end()));
    }

    /** Whether a shown shape of the mark's class covers the middle of the quote's first character. */
    private boolean markShownOver(Quote quote) {
        boolean[] shown = {false};
        robot.interact(() -> shown[0] = markCovers(quote));
        return shown[0];
    }

    private boolean markCovers(Quote quote) {
        int at = quote.span().start();
        Optional<Bounds> character = area.getCharacterBoundsOnScreen(at, at + 1);
        return character.isPresent() && org.quoteexplorer.gui.probe.GuiProbe.markCovers(area, character.get());
    }
}
