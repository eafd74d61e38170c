package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.article.ArticleLayout;
import org.quoteexplorer.gui.article.ArticleView;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.model.Quote;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One paragraph of thousands of quotes is shown cut into display paragraphs, and the window still
 * means the document's quotes everywhere: J marks the next quote, a click selects the quote under
 * the pointer, a copy is the document's text.
 */
@ExtendWith(ApplicationExtension.class)
class ParagraphOfManyQuotesWindowTest {

    private static final int QUOTES = 3_000;

    @TempDir
    static Path temp;

    private MainWindow window;
    private FxRobot robot;
    private StyleClassedTextArea area;
    private ArticleView article;
    private String text;

    @Start
    void start(Stage stage) {
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), new StubDialogs());
    }

    @BeforeEach
    void openTheParagraph(FxRobot fxRobot) throws Exception {
        robot = fxRobot;
        StringBuilder built = new StringBuilder("Many Quotes\n");
        for (int i = 0; i < QUOTES; i++) {
            built.append("\u201CPoint ").append(i).append(",\u201D said Bob Lee. ");
        }
        text = built.toString().strip();
        Path file = temp.resolve("one-paragraph.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Fixtures.openAndWait(window, file);
        area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        article = robot.lookup(".article-pane").queryAs(ArticleView.class);
    }

    private DocumentSession session() {
        return window.viewModel().session();
    }

    private Quote quoteSaying(String words) {
        return session().getDocument().quotes().stream()
                .filter(q -> q.span().of(text).equals("\u201C" + words + ",\u201D")).findFirst().orElseThrow();
    }

    @Test
    void theTextAreaHoldsTheDocumentCharacterForCharacterInDisplayParagraphs() throws Exception {
        assertThat(session().getDocument().quotes()).hasSize(QUOTES);
        ArticleLayout layout = window.viewModel().article().layoutProperty().get();
        String shown = WaitForAsyncUtils.asyncFx(() -> area.getText()).get(10, TimeUnit.SECONDS);

        assertThat(area.getParagraphs().size()).isEqualTo(layout.paragraphCount()).isGreaterThan(QUOTES / 200);
        assertThat(shown).isEqualTo(layout.displayText(0, text.length())).hasSameSizeAs(text);
        Quote last = quoteSaying("Point " + (QUOTES - 1));
        assertThat(area.getStyleOfChar(last.span().start() + 1)).contains("quote");
    }

    @Test
    void jMarksTheQuoteAfterTheSelectedOneDeepInTheParagraph() {
        List<Quote> quotes = session().getDocument().quotes();
        robot.interact(() -> session().select(quoteSaying("Point 2000").id()));
        robot.interact(area::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();

        robot.push(KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();

        Quote next = quoteSaying("Point 2001");
        assertThat(session().getSelectedQuoteId()).isEqualTo(next.id());
        assertThat(quotes.indexOf(next)).isEqualTo(quotes.indexOf(quoteSaying("Point 2000")) + 1);
        assertThat(article.selectedQuoteRange()).isEqualTo(new IndexRange(next.span().start(), next.span().end()));
        boolean[] covered = {false};
        robot.interact(() -> {
            Optional<Bounds> first = area.getCharacterBoundsOnScreen(next.span().start(), next.span().start() + 1);
            Bounds view = area.localToScreen(area.getLayoutBounds());
            covered[0] = first.isPresent() && org.quoteexplorer.gui.probe.GuiProbe.markCovers(area, first.get())
                    && first.get().getMinY() >= view.getMinY() - 1 && first.get().getMaxY() <= view.getMaxY() + 1;
        });
        assertThat(covered[0]).as("the mark is drawn over the quote J went to, on screen").isTrue();
    }

    @Test
    void aClickSelectsTheQuoteUnderThePointer() {
        robot.interact(() -> session().select(quoteSaying("Point 1500").id()));
        WaitForAsyncUtils.waitForFxEvents();
        Quote[] target = new Quote[1];
        Point2D[] at = new Point2D[1];
        robot.interact(() -> {
            Bounds view = area.localToScreen(area.getLayoutBounds());
            // another quote on screen near the selected one, pointed at inside its number, clear of its ends
            for (int i = 1490; i <= 1510 && target[0] == null; i++) {
                Quote quote = quoteSaying("Point " + i);
                int middle = quote.span().start() + 8;
                Optional<Bounds> character = area.getCharacterBoundsOnScreen(middle, middle + 1);
                if (i != 1500 && character.isPresent() && view.contains(character.get().getCenterX(), character.get().getCenterY())) {
                    target[0] = quote;
                    at[0] = new Point2D(character.get().getCenterX(), character.get().getCenterY());
                }
            }
        });
        assertThat(target[0]).as("a quote near the selected one is on screen").isNotNull();

        robot.clickOn(at[0]);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session().getSelectedQuoteId()).isEqualTo(target[0].id());
        assertThat(article.selectedQuoteRange()).isEqualTo(new IndexRange(target[0].span().start(), target[0].span().end()));
    }

    @Test
    void aSearchHitDeepInTheParagraphIsSelectedAndOnScreen() {
        int hit = text.indexOf("Point 2500,");
        boolean[] found = {false};
        robot.interact(() -> found[0] = window.viewModel().article().findNext("point 2500,", 0));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(found[0]).isTrue();
        assertThat(area.getSelection()).isEqualTo(new IndexRange(hit, hit + "Point 2500,".length()));
        boolean[] onScreen = {false};
        robot.interact(() -> {
            Optional<Bounds> character = area.getCharacterBoundsOnScreen(hit, hit + 1);
            Bounds view = area.localToScreen(area.getLayoutBounds());
            onScreen[0] = character.isPresent() && character.get().getMinY() >= view.getMinY() - 1
                    && character.get().getMaxY() <= view.getMaxY() + 1;
        });
        assertThat(onScreen[0]).as("the hit is on screen").isTrue();
    }

    @Test
    void thePiecesOfTheLineFollowEachOtherLikeItsLines() {
        ArticleLayout layout = window.viewModel().article().layoutProperty().get();
        int cut = 1;
        while (!layout.continuesLine(cut)) {
            cut++;
        }
        int piece = cut - 1;
        int next = cut;
        // the piece's end a little above the bottom of the window, the next piece's start below it
        robot.interact(() -> area.showParagraphAtBottom(piece));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> area.scrollYBy(150));
        WaitForAsyncUtils.waitForFxEvents();
        double[] gaps = new double[2];
        robot.interact(() -> {
            int last = layout.paragraphEnd(piece) - 1;
            Bounds end = area.getCharacterBoundsOnScreen(last, last + 1).orElseThrow();
            Bounds start = area.getCharacterBoundsOnScreen(layout.paragraphStart(next), layout.paragraphStart(next) + 1).orElseThrow();
            gaps[0] = start.getMinY() - end.getMinY();
            // from line to line inside the piece: the smallest step down between its last characters
            double previousTop = Double.NaN;
            gaps[1] = Double.MAX_VALUE;
            for (int i = Math.max(layout.paragraphStart(piece), last - 200); i <= last; i++) {
                Optional<Bounds> character = area.getCharacterBoundsOnScreen(i, i + 1);
                if (character.isPresent()) {
                    double top = character.get().getMinY();
                    if (top > previousTop + 1) {
                        gaps[1] = Math.min(gaps[1], top - previousTop);
                    }
                    previousTop = Double.isNaN(previousTop) ? top : Math.max(previousTop, top);
                }
            }
        });

        assertThat(gaps[0]).as("from a piece's last line to the next piece's first, as from line to line").isCloseTo(gaps[1], org.assertj.core.data.Offset.offset(1.5));
    }

    @Test
    void copyingASelectionAcrossACutGivesTheDocumentsText() throws Exception {
        ArticleLayout layout = window.viewModel().article().layoutProperty().get();
        int cut = -1;
        for (int p = 1; p < layout.paragraphCount() && cut < 0; p++) {
            if (layout.continuesLine(p)) {
                cut = layout.paragraphStart(p) - 1;
            }
        }
        assertThat(cut).as("the paragraph is cut").isPositive();
        int from = cut - 30;
        int to = cut + 30;
        String copied = WaitForAsyncUtils.asyncFx(() -> {
            area.selectRange(from, to);
            area.copy();
            return javafx.scene.input.Clipboard.getSystemClipboard().getString();
        }).get(10, TimeUnit.SECONDS);

        assertThat(copied).isEqualTo(text.substring(from, to)).doesNotContain("\n");
    }
}
