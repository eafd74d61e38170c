package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.article.ArticleView;
import org.quoteexplorer.gui.document.DocumentLoader;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.gui.speakers.LegendEntry;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window on the bundled sample, through node ids and keys, as an analyst would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final StubDialogs dialogs = new StubDialogs();
    private MainWindow window;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), dialogs);
        window.viewModel().openSample();
    }

    @BeforeEach
    void waitForTheSample() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session().getDocument() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DocumentSession session() {
        return window.viewModel().session();
    }

    private AnnotatedArticle document() {
        return session().getDocument();
    }

    @Test
    void everyQuoteOfTheSampleIsHighlightedInItsSpeakersColourWithALabel(FxRobot robot) throws Exception {
        AnnotatedArticle expected = new DocumentLoader(KnownSpeakers.loadDefault()).loadSample().document();
        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        assertThat(expected.quotes()).isNotEmpty();
        assertThat(area.getText()).isEqualTo(expected.text());
        assertThat(document().quotes()).hasSameSizeAs(expected.quotes());
        for (Quote quote : document().quotes()) {
            String speakerClass = session().palette().styleClassOf(quote.speakerId());
            for (int at : new int[] {quote.span().start(), quote.span().end() - 1}) {
                Collection<String> style = area.getStyleOfChar(at);
                assertThat(style).as("style of %s at %d", quote.id(), at).contains("quote", speakerClass);
            }
            int paragraph = window.viewModel().article().layoutProperty().get().paragraphOf(quote.span().start());
            String label = document().speaker(quote.speakerId()).map(s -> s.name()).orElse(ArticleView.UNATTRIBUTED_CHIP);
            assertThat(window.viewModel().article().chipsOf(paragraph))
                    .anySatisfy(chip -> assertThat(chip.quoteId()).isEqualTo(quote.id()));
            robot.interact(() -> area.showParagraphAtTop(paragraph));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.Labeled chip = robot.lookup(".speaker-chip").match(n -> quote.id().equals(n.getUserData())).queryLabeled();
            // the gutter is sized to the sample's longest name, so every chip shows the full name
            assertThat(chip.getText()).endsWith(label);
            assertThat(chip.getLayoutBounds().getWidth()).as("chip of %s", label).isGreaterThanOrEqualTo(chip.prefWidth(-1) - 0.5);
            if (quote.speakerId() != null) {
                assertThat(chip.getTooltip().getText()).isEqualTo(label);
            }
        }
        ListView<?> list = robot.lookup("#quoteList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSameSizeAs(expected.quotes());
        assertThat(robot.lookup("#speakerList").queryAs(ListView.class).getItems()).isNotEmpty();
    }

    /** The gold of the shared corpus: all its quotes must be highlighted, attributed and labelled. */
    @Test
    void everyGoldQuoteOfTheSampleIsHighlightedWithASpeakerLabel(FxRobot robot) throws Exception {
        Path gold = Path.of(System.getProperty("qe.shared", "../shared"), "corpus", "seed", "kremlin-iran.gold.json");
        Assumptions.assumeTrue(Files.isRegularFile(gold), "shared corpus not present");
        JsonNode article = new ObjectMapper().readTree(gold.toFile()).get(0);
        String text = document().text();
        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        int highlighted = 0;
        for (JsonNode goldQuote : article.get("quotes")) {
            int start = text.offsetByCodePoints(0, goldQuote.get("outer_start").asInt());
            int end = text.offsetByCodePoints(0, goldQuote.get("outer_end").asInt());
            Quote quote = document().quotes().stream().filter(q -> q.span().overlaps(new org.quoteexplorer.model.Span(start, end)))
                    .findFirst().orElseThrow(() -> new AssertionError("no quote at " + goldQuote.get("text")));
            assertThat(quote.speakerId()).as("speaker of %s", goldQuote.get("text")).isNotNull();
            assertThat(area.getStyleOfChar(start + 1)).contains("quote").doesNotContain(SpeakerPalette.UNATTRIBUTED_CLASS);
            highlighted++;
        }
        assertThat(highlighted).isEqualTo(article.get("quotes").size()).isEqualTo(14);
    }

    @Test
    void reassigningThroughTheChooserUndoesRedoesAndExports(FxRobot robot) throws Exception {
        Quote first = document().quotes().get(0);
        robot.interact(() -> session().select(first.id()));
        robot.clickOn("#speakerChooser");
        robot.write("Jane Analyst");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        String newSpeaker = speakerNameOf(first.id());
        assertThat(newSpeaker).isEqualTo("Jane Analyst");
        assertThat(rowOf(first.id()).speakerName()).isEqualTo("Jane Analyst");
        assertThat(window.viewModel().legend().entries())
                .anySatisfy(e -> assertThat(e).extracting(LegendEntry::name, LegendEntry::quoteCount).containsExactly("Jane Analyst", 1));
        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        String newClass = session().palette().styleClassOf(document().quote(first.id()).orElseThrow().speakerId());
        assertThat(area.getStyleOfChar(first.span().start())).contains(newClass);
        assertThat(robot.window(w -> true).getScene().getWindow()).isNotNull();
        assertThat(((Stage) area.getScene().getWindow()).getTitle()).startsWith("*");

        robot.clickOn("#articleView");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().quote(first.id()).orElseThrow()).isEqualTo(first);
        assertThat(area.getStyleOfChar(first.span().start())).doesNotContain(newClass);
        assertThat(((Stage) area.getScene().getWindow()).getTitle()).doesNotStartWith("*");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(speakerNameOf(first.id())).isEqualTo("Jane Analyst");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(speakerNameOf(first.id())).isEqualTo("Jane Analyst");

        Path exported = temp.resolve("export.json");
        dialogs.saveTarget = exported;
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        AnnotatedArticle readBack = AnnotationJson.load(exported);
        Quote exportedQuote = readBack.quote(first.id()).orElseThrow();
        assertThat(readBack.speaker(exportedQuote.speakerId()).orElseThrow().name()).isEqualTo("Jane Analyst");
        assertThat(readBack.quotes()).hasSameSizeAs(document().quotes());
        assertThat(readBack.text()).isEqualTo(document().text());
    }

    @Test
    void aReattributionRestylesOnlyThatQuotesText(FxRobot robot) {
        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        Quote target = document().quotes().get(document().quotes().size() / 2);
        String other = document().speakers().stream().map(s -> s.id()).filter(id -> !id.equals(target.speakerId()))
                .findFirst().orElseThrow();
        robot.interact(() -> session().select(target.id()));
        java.util.List<org.fxmisc.richtext.model.RichTextChange<?, ?, ?>> changes = new java.util.ArrayList<>();
        var subscription = area.richChanges().subscribe(changes::add);
        robot.interact(() -> window.viewModel().review().reassignSelected(other));
        subscription.unsubscribe();
        assertThat(changes).isNotEmpty().allSatisfy(change -> {
            assertThat(change.getPosition()).isGreaterThanOrEqualTo(target.span().start());
            assertThat(change.getPosition() + change.getRemoved().length()).isLessThanOrEqualTo(target.span().end());
        });
    }

    @Test
    void aBadFileShowsAnErrorAndKeepsTheOpenDocument(FxRobot robot) throws Exception {
        AnnotatedArticle before = document();
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"quote-explorer/1\", \"document\": [");
        dialogs.fileToOpen = broken;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("Could not open").contains("line");
        assertThat(document()).isSameAs(before);
    }

    private String speakerNameOf(String quoteId) {
        Quote quote = document().quote(quoteId).orElseThrow();
        return document().speaker(quote.speakerId()).map(s -> s.name()).orElse(null);
    }

    private QuoteRow rowOf(String quoteId) {
        return window.viewModel().quoteList().rows().stream().filter(r -> r.quoteId().equals(quoteId)).findFirst().orElseThrow();
    }

    @Test
    void aNameTooLongForTheGutterShowsTheShortestUnambiguousNameWithTheFullNameInItsTooltip(FxRobot robot) {
        Quote quote = document().quotes().stream()
                .filter(q -> document().speaker(q.speakerId()).filter(s -> s.kind() == org.quoteexplorer.model.SpeakerKind.PERSON).isPresent())
                .findFirst().orElseThrow();
        String longName = "Maximiliana Konstantinopolskaya-Wolkenstein Featherstonehaugh";
        robot.interact(() -> session().perform(org.quoteexplorer.review.edit.Edits.withSystemClock()
                .renameSpeaker(document(), quote.speakerId(), longName)));
        WaitForAsyncUtils.waitForFxEvents();
        int paragraph = window.viewModel().article().layoutProperty().get().paragraphOf(quote.span().start());
        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        robot.interact(() -> area.showParagraphAtTop(paragraph));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.Labeled chip = robot.lookup(".speaker-chip").match(n -> quote.id().equals(n.getUserData())).queryLabeled();
        java.util.List<String> shorter = window.viewModel().article().shortNamesOf(quote.id());
        assertThat(shorter).isNotEmpty();
        assertThat(chip.getText()).doesNotContain(longName).endsWith(" " + shorter.get(0));
        assertThat(chip.getTooltip().getText()).isEqualTo(longName);
        assertThat(chip.getLayoutBounds().getWidth()).isGreaterThanOrEqualTo(chip.prefWidth(-1) - 0.5);
        assertThat(((javafx.scene.layout.Region) chip.getParent()).getWidth()).isLessThanOrEqualTo(ArticleView.GUTTER_MAX_WIDTH);
    }

    @Test
    void chipsOfQuotesSharingAShortParagraphSitBesideTheirLinesWithoutOverlapping(FxRobot robot) throws Exception {
        Path article = temp.resolve("ferry.txt");
        Files.writeString(article, String.join("\n",
                "Harbour Board Splits Over Ferry Fares",
                "\u201CToo high,\u201D said Noor Haddad. \u201CToo low,\u201D said Lucas Ferreira.",
                "\u201CWe lose money,\u201D Tomas Brandt said. \u201CFine,\u201D Priya Ramanathan replied. \u201CEnough,\u201D said Mara Lindqvist.",
                "Residents packed the public gallery for the vote on the ferry fares.", ""));
        robot.interact(() -> window.viewModel().open(article));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> document().text().startsWith("Harbour"));
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        robot.interact(() -> area.showParagraphAtTop(0));
        WaitForAsyncUtils.waitForFxEvents();

        java.util.List<javafx.scene.Node> chips = new java.util.ArrayList<>(robot.lookup(".speaker-chip")
                .match(n -> n.getUserData() != null && n.getParent().getStyleClass().contains("quote-gutter")).queryAll());
        assertThat(chips).hasSize(document().quotes().size());
        for (javafx.scene.Node chip : chips) {
            javafx.geometry.Bounds bounds = chip.localToScene(chip.getLayoutBounds());
            javafx.geometry.Bounds paragraph = chip.getParent().getParent().localToScene(chip.getParent().getParent().getLayoutBounds());
            assertThat(bounds.getMinY()).as("top of chip %s", chip.getUserData()).isGreaterThanOrEqualTo(paragraph.getMinY());
            assertThat(bounds.getMaxY()).as("foot of chip %s", chip.getUserData()).isLessThanOrEqualTo(paragraph.getMaxY());
            for (javafx.scene.Node other : chips) {
                if (other != chip) {
                    assertThat(bounds.intersects(other.localToScene(other.getLayoutBounds())))
                            .as("chips %s and %s overlap", chip.getUserData(), other.getUserData()).isFalse();
                }
            }
            // beside the line where its quote starts
            Quote quote = document().quote((String) chip.getUserData()).orElseThrow();
            javafx.geometry.Bounds line = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(quote.span().start(), quote.span().start() + 1))
                    .get().orElseThrow();
            javafx.geometry.Bounds chipOnScreen = chip.localToScreen(chip.getLayoutBounds());
            if (quote.span().start() == document().quotes().stream()
                    .filter(q -> window.viewModel().article().layoutProperty().get().paragraphOf(q.span().start())
                            == window.viewModel().article().layoutProperty().get().paragraphOf(quote.span().start()))
                    .findFirst().orElseThrow().span().start()) {
                assertThat(chipOnScreen.getCenterY()).isBetween(line.getMinY(), line.getMaxY());
            }
        }
    }

    @Test
    void aQuoteWithoutSpeakerIsCalledUnattributedEverywhereAndShowsNoConfidence(FxRobot robot) throws Exception {
        Path article = temp.resolve("vote.txt");
        Files.writeString(article, "Ferry Fares Rise\nThe vote was close.\n\u201CNothing more to add.\u201D\n");
        robot.interact(() -> window.viewModel().open(article));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> document().text().startsWith("Ferry"));
        WaitForAsyncUtils.waitForFxEvents();
        Quote quote = document().quotes().get(0);
        assertThat(quote.speakerId()).isNull();
        robot.interact(() -> session().select(quote.id()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".speaker-chip").match(n -> quote.id().equals(n.getUserData())).queryLabeled().getText())
                .endsWith(" " + QuoteDetails.UNATTRIBUTED);
        assertThat(robot.lookup("#selectedQuoteEvidence").queryLabeled().getText()).startsWith("no speaker found").doesNotContain("0%");
    }

    @Test
    void typingATwoWordNameInTheChooserCommitsOnlyOnEnterAndHandsTheKeysBackToTheArticle(FxRobot robot) {
        Quote first = document().quotes().get(0);
        robot.interact(() -> session().select(first.id()));
        int speakersBefore = document().speakers().size();
        robot.clickOn("#speakerChooser");
        robot.write("Ann");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().quote(first.id()).orElseThrow()).as("nothing is committed while typing").isEqualTo(first);
        robot.write("Example");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(speakerNameOf(first.id())).isEqualTo("Ann Example");
        assertThat(document().speakers()).hasSize(speakersBefore + 1).noneMatch(s -> s.name().equals("Ann"));
        assertThat(document().quote(first.id()).orElseThrow().history()).hasSize(1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#articleView").query().isFocused()).as("focus back in the article").isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().quote(first.id()).orElseThrow()).isEqualTo(first);
    }

    @Test
    void atTheNarrowestSidePaneNoFilterControlIsCutShort(FxRobot robot) {
        javafx.scene.control.SplitPane split = robot.lookup(".split-pane").queryAs(javafx.scene.control.SplitPane.class);
        robot.interact(() -> split.setDividerPositions(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#speakerFilter", "#statusFilter", "#typeFilter", "#hideRejectedToggle"}) {
            javafx.scene.Parent control = robot.lookup(id).queryAs(javafx.scene.Parent.class);
            assertThat(control.lookupAll(".text")).as(id).isNotEmpty().allSatisfy(shown -> assertThat(((javafx.scene.text.Text) shown).getText())
                    .as("%s shows", id).doesNotContain("\u2026").doesNotEndWith("..."));
        }
    }

    @Test
    void aLongSelectedQuoteAndItsReviewStepsAreShownOnSeveralLinesNotCutToOne(FxRobot robot) throws Exception {
        String words = "We have listened to every resident, every business and every ferry operator on this island,"
                + " and the budget we approve today reflects what they asked of us";
        Path article = temp.resolve("budget.txt");
        Files.writeString(article, "Council Approves Harbour Budget\n\u201C" + words + ",\u201D said council leader Priya Raman.\n");
        robot.interact(() -> window.viewModel().open(article));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> document().text().startsWith("Council"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> session().select(document().quotes().get(0).id()));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.Label shown = robot.lookup("#selectedQuoteText").queryAs(javafx.scene.control.Label.class);
        assertThat(shown.getText()).contains(words);
        // the label grows to its lines on the next layout pulse
        java.util.function.Supplier<String> drawn = () -> ((javafx.scene.text.Text) shown.lookup(".text")).getText();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> drawn.get().equals(shown.getText()));
        } catch (java.util.concurrent.TimeoutException cutShort) {
            assertThat(drawn.get()).as("the text drawn").isEqualTo(shown.getText());
        }
        assertThat(shown.getHeight()).as("several lines high").isGreaterThan(2 * shown.getFont().getSize());

        // two review steps: the latest steps list shows both, one a line
        robot.interact(() -> window.viewModel().review().accept());
        robot.interact(() -> window.viewModel().review().markUnsure());
        javafx.scene.control.Label steps = robot.lookup("#selectedQuoteHistory").queryAs(javafx.scene.control.Label.class);
        assertThat(steps.getText()).hasLineCount(2);
        java.util.function.Supplier<String> stepsDrawn = () -> ((javafx.scene.text.Text) steps.lookup(".text")).getText();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stepsDrawn.get().equals(steps.getText()));
        } catch (java.util.concurrent.TimeoutException cutShort) {
            assertThat(stepsDrawn.get()).as("the steps drawn").isEqualTo(steps.getText());
        }
    }

    @Test
    void draggingTheDividerBetweenQuotesAndSpeakersGivesTheQuoteListMoreRoom(FxRobot robot) {
        javafx.scene.control.SplitPane lists = robot.lookup("#sideLists").queryAs(javafx.scene.control.SplitPane.class);
        ListView<?> quotes = robot.lookup("#quoteList").queryAs(ListView.class);
        assertThat(lists.getOrientation()).isEqualTo(javafx.geometry.Orientation.VERTICAL);
        double before = quotes.getHeight();
        javafx.scene.Node divider = robot.lookup("#sideLists > .split-pane-divider").query();
        robot.drag(divider).dropBy(0, 80);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quotes.getHeight()).isGreaterThan(before + 40);
        assertThat(robot.lookup("#speakerList").queryAs(ListView.class).getHeight()).isPositive();
    }

    @Test
    void theClearFiltersButtonSitsBesideTheSearchField(FxRobot robot) {
        javafx.scene.Node search = robot.lookup("#searchField").query();
        javafx.scene.Node clear = robot.lookup("#clearFiltersButton").query();
        assertThat(clear.getParent()).isSameAs(search.getParent());
    }
}
