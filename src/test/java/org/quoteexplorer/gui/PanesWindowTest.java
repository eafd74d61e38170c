package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The side panes as a new user met them: sizes, truncation, focus. */
@ExtendWith(ApplicationExtension.class)
class PanesWindowTest {

    private static final String LONG_NAME = "The Quite Extraordinarily Long-Named Harbour Redevelopment Citizens Network";
    private static final String LONG_TITLE = "Acting Deputy Assistant Chair of the Standing Committee on Waterfront Affairs";

    private final StubDialogs dialogs = new StubDialogs();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), dialogs);
    }

    private void open(FxRobot robot, AnnotatedArticle document) {
        robot.interact(() -> window.viewModel().session().open(document, null, null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static AnnotatedArticle withLongSpeaker() {
        AnnotatedArticle base = Fixtures.document();
        List<Speaker> speakers = new ArrayList<>(base.speakers());
        speakers.set(0, new Speaker("s1", LONG_NAME, SpeakerKind.ORGANIZATION, LONG_TITLE, List.of("Lee")));
        return new AnnotatedArticle(base.article(), speakers, base.quotes());
    }

    @Test
    void aLongSpeakerNameKeepsTheSidePaneInsideTheWindow(FxRobot robot) {
        open(robot, withLongSpeaker());
        robot.interact(() -> window.viewModel().session().select("q1"));
        WaitForAsyncUtils.waitForFxEvents();
        double sceneWidth = window.root().getScene().getWidth();
        Node side = robot.lookup(".side-pane").query();
        List<String> tooWide = new ArrayList<>();
        collectWide(side, sceneWidth, tooWide);
        assertThat(tooWide).as("nodes reaching past the window's right edge").isEmpty();
        for (String id : new String[] {"#clearFiltersButton", "#hideRejectedToggle", "#speakerChooser"}) {
            Bounds bounds = robot.lookup(id).query().localToScene(robot.lookup(id).query().getLayoutBounds());
            assertThat(bounds.getMaxX()).as(id).isLessThanOrEqualTo(sceneWidth + 0.5);
        }
    }

    /** An article quoting {@code speakers} people, one paragraph each, the first quote long. */
    private static AnnotatedArticle manySpeakers(int speakers) {
        StringBuilder text = new StringBuilder("Harbour Hearing Draws a Crowd\n");
        List<Speaker> people = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 1; i <= speakers; i++) {
            String name = "Person Number" + (char) ('A' + i);
            String words = i == 1 ? "\u201CWe waited three years for this hearing, and we will wait three more if the council"
                    + " keeps moving the date, because the pier is the only thing that keeps this town on the map,"
                    + " and everyone who fishes here knows it,\u201D" : "\u201CPoint " + i + " stands,\u201D";
            int start = text.length();
            text.append(words);
            int end = text.length();
            text.append(" said ").append(name).append(".\n");
            people.add(new Speaker("s" + i, name, SpeakerKind.PERSON, null, List.of()));
            quotes.add(new Quote("q" + i, new Span(start, end), QuoteType.DIRECT, "s" + i, null, null, 0.9,
                    "rule:quote-verb-speaker", QuoteStatus.SUGGESTED, null, List.of()));
        }
        return new AnnotatedArticle(new Article("hearing", null, "hearing.txt", text.toString(), null, null), people, quotes);
    }

    @Test
    void quotesAndSpeakersBothShowSeveralRowsOnAnEightHundredPixelScreenAndTheSelectedQuoteBoxKeepsItsHeight(FxRobot robot) {
        open(robot, manySpeakers(12));
        robot.interact(() -> window.viewModel().session().select("q2"));
        WaitForAsyncUtils.waitForFxEvents();
        Region editor = robot.lookup("#quoteEditor").queryAs(Region.class);
        Region legend = robot.lookup("#speakerList").queryAs(Region.class);
        double shortQuoteEditor = editor.getHeight();
        double legendHeight = legend.getHeight();
        robot.interact(() -> window.viewModel().session().select("q1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.getHeight()).as("selected-quote box with a long quote").isEqualTo(shortQuoteEditor);
        assertThat(legend.getHeight()).as("speakers list after selecting a long quote").isEqualTo(legendHeight);
        long rowsShown = robot.lookup("#speakerList .list-cell").queryAll().stream()
                .filter(cell -> cell.isVisible() && ((javafx.scene.control.ListCell<?>) cell).getItem() != null)
                .filter(cell -> cell.localToScene(cell.getLayoutBounds()).getMaxY()
                        <= legend.localToScene(legend.getLayoutBounds()).getMaxY() + 0.5)
                .count();
        // the headless test screen is 800 px high; the quote list, the pane one reviews in, gets the
        // larger share, and the speakers still show several whole rows
        assertThat(window.root().getScene().getHeight()).isGreaterThanOrEqualTo(780);
        assertThat(rowsShown).as("speaker rows wholly shown in an 800 px window").isGreaterThanOrEqualTo(4);
        long quotesShown = robot.lookup("#quoteList .list-cell").queryAll().stream()
                .filter(cell -> cell.isVisible() && ((javafx.scene.control.ListCell<?>) cell).getItem() != null)
                .count();
        assertThat(quotesShown).as("quote rows shown in an 800 px window").isGreaterThanOrEqualTo(3);
    }

    @Test
    void aNewSpeakerTypedIntoTheChooserStaysShownThereAfterEnterAndAfterRedo(FxRobot robot) {
        open(robot, Fixtures.document());
        robot.interact(() -> window.viewModel().session().select("q3"));
        robot.interact(() -> robot.lookup("#articleView").query().requestFocus());
        robot.type(KeyCode.S);
        robot.write("Zed Novak");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> chooser = robot.lookup("#speakerChooser").queryAs(ComboBox.class);
        String speakerId = window.viewModel().session().getDocument().quote("q3").orElseThrow().speakerId();
        assertThat(window.viewModel().session().getDocument().speaker(speakerId).orElseThrow().name()).isEqualTo("Zed Novak");
        assertThat(String.valueOf(chooser.getValue())).isEqualTo("Zed Novak");
        assertThat(buttonText(robot)).startsWith("Zed Novak");
        robot.interact(() -> window.viewModel().review().undo());
        robot.interact(() -> window.viewModel().review().redo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(String.valueOf(chooser.getValue())).isEqualTo("Zed Novak");
        assertThat(buttonText(robot)).startsWith("Zed Novak");
    }

    private static String buttonText(FxRobot robot) {
        return robot.lookup("#speakerChooser .list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?>)
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText()).filter(java.util.Objects::nonNull)
                .findFirst().orElse("");
    }

    @Test
    void aFilterPickedWithTheMouseGivesTheKeysBackAndMovesTheSelectionOffHiddenQuotes(FxRobot robot) {
        open(robot, Fixtures.document());
        robot.interact(() -> window.viewModel().session().select("q1"));
        robot.clickOn("#speakerFilter");
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> cell
                && cell.getItem() != null && cell.getItem().toString().equals("Tom Ray")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().quoteList().visibleQuoteIds()).containsExactly("q2");
        assertThat(window.viewModel().session().getSelectedQuoteId()).as("selection after the filter hid q1").isEqualTo("q2");
        assertThat(robot.lookup("#articleView").query().isFocused()).as("article has the keys").isTrue();
        robot.type(KeyCode.A);
        assertThat(window.viewModel().session().getDocument().quote("q2").orElseThrow().status()).isEqualTo(QuoteStatus.ACCEPTED);
    }

    @Test
    void quotesTheFiltersLeaveOutLoseTheirMarginChips(FxRobot robot) {
        open(robot, Fixtures.document());
        assertThat(chipQuoteIds(robot)).contains("q1", "q2", "q3");
        robot.interact(() -> window.viewModel().quoteList().speakerFilterProperty().set("s2"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chipQuoteIds(robot)).containsExactly("q2");
        robot.interact(() -> window.viewModel().quoteList().clearFilters());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chipQuoteIds(robot)).contains("q1", "q2", "q3");
    }

    private static List<Object> chipQuoteIds(FxRobot robot) {
        return robot.lookup(".speaker-chip").queryAll().stream().filter(Node::isVisible)
                .filter(n -> n.getScene() != null && n.getParent() != null).map(Node::getUserData)
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    @Test
    void undoAndRedoSelectTheQuoteTheyChange(FxRobot robot) {
        open(robot, Fixtures.document());
        robot.interact(() -> window.viewModel().session().select("q2"));
        robot.interact(() -> window.viewModel().review().reject());
        robot.interact(() -> window.viewModel().session().select("q1"));
        robot.interact(() -> window.viewModel().review().undo());
        assertThat(window.viewModel().session().getSelectedQuoteId()).isEqualTo("q2");
        robot.interact(() -> window.viewModel().session().select("q3"));
        robot.interact(() -> window.viewModel().review().redo());
        assertThat(window.viewModel().session().getSelectedQuoteId()).isEqualTo("q2");
    }

    @Test
    void afterAMergeTheChipsOfParagraphsOffScreenNameTheKeptSpeakerWhenScrolledTo(FxRobot robot) {
        open(robot, manySpeakers(40));
        String kept = window.viewModel().session().getDocument().speaker("s1").orElseThrow().name();
        robot.interact(() -> window.viewModel().review().perform(() -> window.viewModel().review().edits()
                .mergeSpeakers(window.viewModel().session().getDocument(), "s1", "s40")));
        assertThat(window.viewModel().session().getDocument().quote("q40").orElseThrow().speakerId()).isEqualTo("s1");
        org.fxmisc.richtext.StyleClassedTextArea area = robot.lookup("#articleView").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class);
        robot.interact(() -> area.showParagraphAtTop(area.getParagraphs().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Labeled chip = robot.lookup(".speaker-chip").match(n -> "q40".equals(n.getUserData())).queryLabeled();
        assertThat(chip.getTooltip().getText()).isEqualTo(kept);
    }

    private static void collectWide(Node node, double sceneWidth, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getMaxX() > sceneWidth + 0.5) {
            out.add(node.getClass().getSimpleName() + node.getStyleClass() + "#" + node.getId() + " maxX=" + bounds.getMaxX()
                    + (node instanceof Region r ? " min=" + r.minWidth(-1) + " pref=" + r.prefWidth(-1) : ""));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectWide(child, sceneWidth, out);
            }
        }
    }
}
