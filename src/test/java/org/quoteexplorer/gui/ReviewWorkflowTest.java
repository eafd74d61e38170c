package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.article.ArticleView;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.common.DialogService;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.quotes.FilterBar;
import org.quoteexplorer.gui.speakers.LegendEntry;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.SpeakerKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every review operation through the real window's keys, menus and context menus, with undo and redo. */
@ExtendWith(ApplicationExtension.class)
class ReviewWorkflowTest {

    private final StubDialogs dialogs = new StubDialogs();
    private MainWindow window;
    private Stage stage;
    private FxRobot robot;
    private StyleClassedTextArea area;

    @TempDir
    Path temp;

    @Start
    void start(Stage primary) {
        stage = primary;
        window = QuoteExplorerApp.openWindow(primary, RecentFiles.inMemory(), dialogs);
        window.viewModel().openSample();
    }

    @BeforeEach
    void waitForTheSample(FxRobot fxRobot) throws Exception {
        robot = fxRobot;
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session().getDocument() != null);
        WaitForAsyncUtils.waitForFxEvents();
        area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        robot.interact(area::requestFocus);
    }

    private ArticleView articleView() {
        return robot.lookup(".article-pane").queryAs(ArticleView.class);
    }

    private DocumentSession session() {
        return window.viewModel().session();
    }

    private AnnotatedArticle document() {
        return session().getDocument();
    }

    private Quote quote(String id) {
        return document().quote(id).orElseThrow();
    }

    private Quote selected() {
        return session().selectedQuote().orElseThrow();
    }

    private void key(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void undo() {
        key(KeyCode.CONTROL, KeyCode.Z);
    }

    private void redo() {
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
    }

    private void select(String quoteId) {
        robot.interact(() -> session().select(quoteId));
        robot.interact(area::requestFocus);
    }

    private void selectText(Span span) {
        robot.interact(() -> area.selectRange(span.start(), span.end()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Headless Monocle turns a right click into no context-menu request, so the test sends the
     * request a right click would, at the same place, to the real handlers.
     */
    private void openContextMenu(Node target, javafx.geometry.Point2D screen) {
        robot.moveTo(screen);
        robot.interact(() -> {
            javafx.geometry.Point2D local = target.screenToLocal(screen);
            javafx.geometry.Point2D scene = target.localToScene(local);
            javafx.event.Event.fireEvent(target, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    screen.getX(), screen.getY(), false, new javafx.scene.input.PickResult(target, scene.getX(), scene.getY())));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aKeyboardOnlyReviewFromTheFirstQuoteToTheExport() throws Exception {
        List<Quote> quotes = document().quotes();
        String lastQuoteSpeaker = quotes.get(quotes.size() - 1).speakerId();
        int digit = 1;
        while (lastQuoteSpeaker != null && lastQuoteSpeaker.equals(window.viewModel().legend().speakerForDigit(digit))) {
            digit++;
        }
        String lastSpeaker = window.viewModel().legend().speakerForDigit(digit);
        KeyCode digitKey = KeyCode.getKeyCode(Integer.toString(digit));
        key(KeyCode.K);
        for (int i = 0; i < quotes.size(); i++) {
            assertThat(selected().id()).isEqualTo(quotes.get(i).id());
            if (i == 1) {
                key(KeyCode.R);
            } else if (i == 2) {
                key(KeyCode.U);
            } else if (i == quotes.size() - 1) {
                key(digitKey);
            } else {
                key(KeyCode.A);
            }
            key(KeyCode.J);
        }
        assertThat(robot.lookup("#reviewProgress").queryAs(Label.class).getText())
                .isEqualTo((quotes.size() - 1) + " of " + quotes.size() + " reviewed");
        key(KeyCode.TAB);
        assertThat(selected().id()).as("Tab finds the one left unsure").isEqualTo(quotes.get(2).id());
        key(KeyCode.A);

        Path exported = temp.resolve("review.json");
        dialogs.saveTarget = exported;
        key(KeyCode.CONTROL, KeyCode.E);
        AnnotatedArticle back = AnnotationJson.load(exported);
        assertThat(back.quotes()).extracting(Quote::status).filteredOn(s -> s == QuoteStatus.SUGGESTED).isEmpty();
        assertThat(back.quote(quotes.get(1).id()).orElseThrow().status()).isEqualTo(QuoteStatus.REJECTED);
        Quote last = back.quote(quotes.get(quotes.size() - 1).id()).orElseThrow();
        assertThat(last.speakerId()).isEqualTo(lastSpeaker);
        assertThat(last.status()).isEqualTo(QuoteStatus.CORRECTED);
        assertThat(back.quote(quotes.get(0).id()).orElseThrow().history()).isNotEmpty();
    }

    @Test
    void statusKeysMarkTheQuoteInTheArticleAndTheListAndUndo() {
        String id = document().quotes().get(0).id();
        select(id);
        key(KeyCode.DELETE);
        assertThat(quote(id).status()).isEqualTo(QuoteStatus.REJECTED);
        assertThat(area.getStyleOfChar(quote(id).span().start())).contains("status-rejected");
        assertThat(robot.lookup("#quoteList").lookup(".status-rejected").tryQuery()).isPresent();
        undo();
        assertThat(quote(id).status()).isEqualTo(QuoteStatus.SUGGESTED);
        assertThat(area.getStyleOfChar(quote(id).span().start())).doesNotContain("status-rejected");
        key(KeyCode.CONTROL, KeyCode.Y);
        assertThat(quote(id).status()).isEqualTo(QuoteStatus.REJECTED);
        key(KeyCode.U);
        assertThat(quote(id).status()).isEqualTo(QuoteStatus.UNSURE);
        key(KeyCode.A);
        assertThat(quote(id).status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(stage.getTitle()).startsWith("*");
    }

    @Test
    void enterAcceptsTheQuoteAndMovesOnToTheNextOneToReview() {
        List<Quote> quotes = document().quotes();
        select(quotes.get(0).id());
        key(KeyCode.ENTER);
        assertThat(quote(quotes.get(0).id()).status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(selected().id()).isEqualTo(quotes.get(1).id());
        key(KeyCode.ENTER);
        assertThat(quote(quotes.get(1).id()).status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(selected().id()).isEqualTo(quotes.get(2).id());
        assertThat(robot.lookup("#reviewProgress").queryAs(Label.class).getText()).startsWith("2 of ");
    }

    @Test
    void aTextSelectionBecomesAQuoteWithNAndCtrlEnter() {
        String text = document().text();
        int at = text.indexOf("Although");
        Span selection = new Span(at, text.indexOf(' ', at + 10));
        int before = document().quotes().size();
        selectText(selection);
        key(KeyCode.N);
        assertThat(document().quotes()).hasSize(before + 1);
        assertThat(selected().span()).isEqualTo(selection);
        assertThat(area.getStyleOfChar(selection.start())).contains("quote");
        assertThat(articleView().selectedQuoteRange()).isEqualTo(new IndexRange(selection.start(), selection.end()));
        undo();
        assertThat(document().quotes()).hasSize(before);
        assertThat(area.getStyleOfChar(selection.start())).doesNotContain("quote");
        assertThat(articleView().selectedQuoteRange()).isNotEqualTo(new IndexRange(selection.start(), selection.end()));
        redo();
        assertThat(document().quotes()).hasSize(before + 1);
        undo();
        selectText(selection);
        key(KeyCode.CONTROL, KeyCode.ENTER);
        assertThat(document().quotes()).hasSize(before + 1);
    }

    @Test
    void shiftArrowsMoveTheBoundariesOfTheSelectedQuoteAndARunUndoesInOneStep() {
        Quote original = document().quotes().get(1);
        select(original.id());
        key(KeyCode.SHIFT, KeyCode.RIGHT);
        key(KeyCode.SHIFT, KeyCode.RIGHT);
        assertThat(quote(original.id()).span()).isEqualTo(new Span(original.span().start(), original.span().end() + 2));
        key(KeyCode.ALT, KeyCode.SHIFT, KeyCode.LEFT);
        assertThat(quote(original.id()).span().start()).isEqualTo(original.span().start() - 1);
        assertThat(quote(original.id()).speakerId()).isEqualTo(original.speakerId());
        assertThat(area.getStyleOfChar(original.span().start() - 1)).contains("quote");
        undo();
        assertThat(quote(original.id())).isEqualTo(original);
        assertThat(area.getStyleOfChar(original.span().start() - 1)).doesNotContain("quote");
        redo();
        assertThat(quote(original.id()).span()).isEqualTo(new Span(original.span().start() - 1, original.span().end() + 2));
    }

    @Test
    void extentToSelectionSplitAndMergeFromTheKeyboard() {
        Quote longest = document().quotes().stream().max(java.util.Comparator.comparingInt(q -> q.span().length())).orElseThrow();
        String text = document().text();
        select(longest.id());
        int space = text.indexOf(' ', longest.span().start() + longest.span().length() / 2);
        robot.interact(() -> area.moveTo(space + 1));
        key(KeyCode.X);
        assertThat(quote(longest.id()).span().end()).isLessThan(longest.span().end());
        int parts = document().quotes().size();
        select(longest.id());
        key(KeyCode.G);
        assertThat(document().quotes()).hasSize(parts - 1);
        assertThat(quote(longest.id()).span()).isEqualTo(longest.span());
        undo();
        undo();
        assertThat(quote(longest.id())).isEqualTo(longest);

        Span shorter = new Span(longest.span().start(), space);
        selectText(shorter);
        select(longest.id());
        selectText(shorter);
        key(KeyCode.B);
        assertThat(quote(longest.id()).span()).isEqualTo(shorter);
        undo();
        assertThat(quote(longest.id())).isEqualTo(longest);
    }

    @Test
    void theSelectedTextBecomesTheMentionAndANoteIsShownInTheList() {
        Quote first = document().quotes().get(0);
        select(first.id());
        String text = document().text();
        int word = text.indexOf(' ', first.span().end() + 2) + 1;
        Span mention = new Span(word, text.indexOf(' ', word));
        selectText(mention);
        key(KeyCode.M);
        assertThat(quote(first.id()).mention()).isEqualTo(mention);
        undo();
        assertThat(quote(first.id()).mention()).isEqualTo(first.mention());

        dialogs.answer("Check the translation");
        key(KeyCode.E);
        assertThat(quote(first.id()).note()).isEqualTo("Check the translation");
        assertThat(robot.lookup("#quoteList").lookup(".quote-note").queryAll())
                .anyMatch(n -> ((Label) n).getText().equals("Check the translation"));
        undo();
        assertThat(quote(first.id()).note()).isNull();
    }

    @Test
    void newSpeakerDialogAndDigitKeysAssignSpeakers() {
        Quote first = document().quotes().get(0);
        select(first.id());
        dialogs.answer(new DialogService.SpeakerForm("Jane Analyst", SpeakerKind.PERSON, "Researcher"));
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        var speaker = document().speaker(quote(first.id()).speakerId()).orElseThrow();
        assertThat(speaker.name()).isEqualTo("Jane Analyst");
        assertThat(speaker.title()).isEqualTo("Researcher");
        assertThat(robot.lookup("#speakerList").queryAs(ListView.class).getItems())
                .anySatisfy(e -> assertThat(((LegendEntry) e).name()).isEqualTo("Jane Analyst"));
        undo();
        assertThat(quote(first.id())).isEqualTo(first);

        String third = window.viewModel().legend().speakerForDigit(3);
        key(KeyCode.DIGIT3);
        if (!third.equals(first.speakerId())) {
            assertThat(quote(first.id()).speakerId()).isEqualTo(third);
            assertThat(area.getStyleOfChar(first.span().start())).contains(session().palette().styleClassOf(third));
            undo();
        }
        assertThat(quote(first.id())).isEqualTo(first);
    }

    @Test
    void sFocusesTheChooserForATypedNewSpeakerAndF2RenamesIt() {
        Quote first = document().quotes().get(0);
        select(first.id());
        key(KeyCode.S);
        robot.write("Zed Person");
        key(KeyCode.ENTER);
        String speakerId = quote(first.id()).speakerId();
        assertThat(document().speaker(speakerId).orElseThrow().name()).isEqualTo("Zed Person");
        robot.interact(area::requestFocus);
        dialogs.answer("Zed Q. Person");
        key(KeyCode.F2);
        assertThat(document().speaker(speakerId).orElseThrow().name()).isEqualTo("Zed Q. Person");
        assertThat(robot.lookup("#speakerChooser").queryAs(ComboBox.class).getValue().toString()).isEqualTo("Zed Q. Person");
        undo();
        undo();
        assertThat(quote(first.id())).isEqualTo(first);
    }

    @Test
    void escapeFromTheChooserGivesTheKeysBackToTheArticle() {
        Quote first = document().quotes().get(0);
        select(first.id());
        robot.interact(area::requestFocus);
        key(KeyCode.S);
        assertThat(robot.lookup("#speakerChooser").queryAs(ComboBox.class).isShowing()).isTrue();

        key(KeyCode.ESCAPE);
        key(KeyCode.J);
        key(KeyCode.A);

        assertThat(session().getSelectedQuoteId()).isEqualTo(document().quotes().get(1).id());
        assertThat(quote(document().quotes().get(1).id()).status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(robot.lookup("#speakerChooser").queryAs(ComboBox.class).isShowing()).isFalse();
        assertThat(quote(first.id())).isEqualTo(first);
    }

    @Test
    void f2InTheQuoteListAndUndoInAnEmptySearchFieldReachTheReview() {
        Quote first = document().quotes().get(0);
        select(first.id());
        robot.interact(() -> robot.lookup("#quoteList").query().requestFocus());
        dialogs.answer("Renamed From The List");
        key(KeyCode.F2);
        assertThat(document().speaker(quote(first.id()).speakerId()).orElseThrow().name()).isEqualTo("Renamed From The List");

        robot.interact(() -> robot.lookup("#searchField").query().requestFocus());
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(quote(first.id())).isEqualTo(first);
        assertThat(document().speaker(first.speakerId()).orElseThrow().name()).isNotEqualTo("Renamed From The List");
    }

    @Test
    void theContextMenuOfAQuoteOffersTheOperations() throws Exception {
        Quote second = document().quotes().get(1);
        robot.interact(() -> area.showParagraphAtTop(0));
        WaitForAsyncUtils.waitForFxEvents();
        var bounds = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(second.span().start() + 1,
                second.span().start() + 2).orElseThrow()).get();
        openContextMenu(area, new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY()));
        assertThat(selected().id()).isEqualTo(second.id());
        robot.clickOn("#ctxAccept");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quote(second.id()).status()).isEqualTo(QuoteStatus.ACCEPTED);
        undo();
        assertThat(quote(second.id()).status()).isEqualTo(second.status());
    }

    @Test
    void theLegendRenamesASpeakerForAllTheirQuotes() {
        LegendEntry firstSpeaker = window.viewModel().legend().entries().get(0);
        ListView<?> legend = robot.lookup("#speakerList").queryAs(ListView.class);
        robot.interact(() -> legend.getSelectionModel().select(0));
        dialogs.answer("Renamed Speaker");
        Node cell = robot.lookup("#speakerList .list-cell").nth(0).queryAs(Node.class);
        openContextMenu(cell, robot.point(cell).query());
        robot.clickOn("#speakerRename");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().speaker(firstSpeaker.speakerId()).orElseThrow().name()).isEqualTo("Renamed Speaker");
        assertThat(window.viewModel().quoteList().rows()).filteredOn(r -> firstSpeaker.speakerId().equals(r.speakerId()))
                .allSatisfy(r -> assertThat(r.speakerName()).isEqualTo("Renamed Speaker"));
        undo();
        assertThat(document().speaker(firstSpeaker.speakerId()).orElseThrow().name()).isEqualTo(firstSpeaker.name());
    }

    /** Opens the legend's context menu on a speaker's row and picks an item. */
    private void legendMenu(String speakerId, String itemId) {
        ListView<?> legend = robot.lookup("#speakerList").queryAs(ListView.class);
        int index = window.viewModel().legend().entries().stream().map(LegendEntry::speakerId).toList().indexOf(speakerId);
        robot.interact(() -> {
            legend.getSelectionModel().select(index);
            legend.scrollTo(index);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup("#speakerList .list-cell").match(n -> ((javafx.scene.control.ListCell<?>) n).getIndex() == index)
                .queryAs(Node.class);
        openContextMenu(cell, robot.point(cell).query());
        robot.clickOn("#" + itemId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<LegendEntry> legendEntries() {
        return List.copyOf(window.viewModel().legend().entries());
    }

    @Test
    void mergingTwoSpeakersFromTheLegendMovesAllQuotesInOneUndoStep() {
        LegendEntry kept = legendEntries().get(0);
        LegendEntry absorbed = legendEntries().get(1);
        AnnotatedArticle before = document();
        dialogs.answer(absorbed.name());
        legendMenu(kept.speakerId(), "speakerMerge");
        assertThat(document().speaker(absorbed.speakerId())).isEmpty();
        assertThat(document().quotesOf(kept.speakerId())).hasSize(
                before.quotesOf(kept.speakerId()).size() + before.quotesOf(absorbed.speakerId()).size());
        assertThat(legendEntries()).noneMatch(e -> absorbed.speakerId().equals(e.speakerId()));
        undo();
        assertThat(document()).isEqualTo(before);
        redo();
        assertThat(document().speaker(absorbed.speakerId())).isEmpty();
    }

    @Test
    void reassigningAllQuotesOfASpeakerFromTheLegendIsOneStep() {
        LegendEntry from = legendEntries().stream().filter(e -> e.quoteCount() > 1).findFirst().orElseThrow();
        LegendEntry to = legendEntries().stream().filter(e -> e.speakerId() != null && !e.equals(from)).findFirst().orElseThrow();
        AnnotatedArticle before = document();
        dialogs.answer(to.name());
        legendMenu(from.speakerId(), "speakerReassignAll");
        assertThat(document().quotesOf(from.speakerId())).isEmpty();
        assertThat(document().quotesOf(to.speakerId())).allSatisfy(q -> assertThat(q.status()).isIn(QuoteStatus.CORRECTED,
                before.quote(q.id()).map(Quote::status).orElse(QuoteStatus.CORRECTED)));
        undo();
        assertThat(document()).isEqualTo(before);
    }

    @Test
    void kindAndTitleAreEditedAndAnAliasSplitsOffFromTheLegend() {
        LegendEntry withAlias = legendEntries().stream().filter(e -> e.speakerId() != null
                && !document().speaker(e.speakerId()).orElseThrow().aliases().isEmpty()).findFirst().orElseThrow();
        var speaker = document().speaker(withAlias.speakerId()).orElseThrow();
        dialogs.answer(new DialogService.SpeakerForm(speaker.name(), SpeakerKind.GROUP, "Edited title"));
        legendMenu(speaker.id(), "speakerEdit");
        assertThat(document().speaker(speaker.id()).orElseThrow().title()).isEqualTo("Edited title");
        assertThat(document().speaker(speaker.id()).orElseThrow().kind()).isEqualTo(SpeakerKind.GROUP);
        assertThat(window.viewModel().legend().entries()).anySatisfy(e -> assertThat(e.title()).isEqualTo("Edited title"));

        String alias = speaker.aliases().get(0);
        int speakers = document().speakers().size();
        dialogs.answer(alias);
        legendMenu(speaker.id(), "speakerSplitAlias");
        assertThat(document().speakers()).hasSize(speakers + 1);
        assertThat(document().speaker(speaker.id()).orElseThrow().aliases()).doesNotContain(alias);
        undo();
        assertThat(document().speakers()).hasSize(speakers);
        undo();
        assertThat(document().speaker(speaker.id()).orElseThrow()).isEqualTo(speaker);
    }

    @Test
    void theTypeOfAQuoteIsSetFromTheContextMenu() throws Exception {
        Quote first = document().quotes().get(0);
        select(first.id());
        org.quoteexplorer.model.QuoteType other = first.type() == org.quoteexplorer.model.QuoteType.DIRECT
                ? org.quoteexplorer.model.QuoteType.PARTIAL : org.quoteexplorer.model.QuoteType.DIRECT;
        String name = other.code().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + other.code().substring(1);
        robot.interact(() -> area.showParagraphAtTop(0));
        var bounds = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(first.span().start() + 1,
                first.span().start() + 2).orElseThrow()).get();
        openContextMenu(area, new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY()));
        robot.clickOn("#ctxType");
        robot.clickOn("#ctxType" + name);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quote(first.id()).type()).isEqualTo(other);
        assertThat(robot.lookup("#quoteList .quote-type").queryAll())
                .anyMatch(n -> ((Label) n).getText().equals(other.code()));
        undo();
        assertThat(quote(first.id()).type()).isEqualTo(first.type());
    }

    @Test
    void filtersAndSearchNarrowTheListAndFindTextInTheArticle() {
        int all = document().quotes().size();
        LegendEntry someone = window.viewModel().legend().entries().get(0);
        @SuppressWarnings("unchecked")
        ComboBox<FilterBar.Option<String>> speakerFilter = robot.lookup("#speakerFilter").queryAs(ComboBox.class);
        robot.interact(() -> speakerFilter.getSelectionModel().select(
                speakerFilter.getItems().stream().filter(o -> someone.speakerId().equals(o.value())).findFirst().orElseThrow()));
        ListView<?> list = robot.lookup("#quoteList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(document().quotesOf(someone.speakerId()).size());
        robot.clickOn("#clearFiltersButton");
        assertThat(list.getItems()).hasSize(all);

        key(KeyCode.CONTROL, KeyCode.F);
        String word = document().textOf(document().quotes().get(0)).replaceAll("[^\\p{L} ]", "").strip().split(" ")[0];
        robot.write(word);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).isNotEmpty().hasSizeLessThanOrEqualTo(all);
        key(KeyCode.ENTER);
        assertThat(area.getSelectedText()).isEqualToIgnoringCase(word);
        key(KeyCode.ESCAPE);
        assertThat(list.getItems()).hasSize(all);
    }

    @Test
    void theViewMenuSwitchesToTheDarkThemeAndBack() {
        String light = javafx.application.Application.getUserAgentStylesheet();
        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) menuItem("menuDarkTheme")).setSelected(true));
        assertThat(javafx.application.Application.getUserAgentStylesheet()).isNotEqualTo(light).containsIgnoringCase("dark");
        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) menuItem("menuDarkTheme")).setSelected(false));
        assertThat(javafx.application.Application.getUserAgentStylesheet()).isEqualTo(light);
    }

    @Test
    void undoAndRedoMenuItemsAndTheStatusLineNameTheQuoteByItsWordsNotItsId() {
        javafx.scene.control.MenuItem undoItem = menuItem("menuUndo");
        assertThat(undoItem.isDisable()).isTrue();
        Quote first = document().quotes().get(0);
        String snippet = org.quoteexplorer.review.edit.QuoteSnippets.of(document(), first);
        assertThat(snippet).startsWith("\u201C").endsWith("\u201D").hasSizeLessThanOrEqualTo(
                org.quoteexplorer.review.edit.QuoteSnippets.MAX_WORDS_LENGTH + 3);
        select(first.id());
        key(KeyCode.A);
        Label status = robot.lookup("#statusMessage").queryAs(Label.class);
        assertThat(undoItem.isDisable()).isFalse();
        assertThat(undoItem.getText()).isEqualTo("Undo Accept " + snippet).doesNotContain(first.id());
        assertThat(status.getText()).isEqualTo("Accept " + snippet);
        robot.interact(undoItem::fire);
        assertThat(undoItem.isDisable()).isTrue();
        assertThat(menuItem("menuRedo").getText()).isEqualTo("Redo Accept " + snippet);
        assertThat(status.getText()).isEqualTo("Undone: Accept " + snippet);
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void f1ShowsTheKeyboardShortcutsWithNoKeyOrDescriptionCutOff() {
        key(KeyCode.F1);
        assertThat(robot.lookup("#shortcutSheet").tryQuery()).isPresent();
        assertThat(robot.lookup("#shortcutSheet .shortcut-keys").queryAll()).hasSize(org.quoteexplorer.review.ReviewActions.sheet().size());
        java.util.Set<javafx.scene.control.Labeled> labels = robot.lookup("#shortcutSheet .label").queryAllAs(javafx.scene.control.Labeled.class);
        assertThat(labels).hasSize(2 * org.quoteexplorer.review.ReviewActions.sheet().size());
        // a cut-off label draws a shorter text than it holds, ending in an ellipsis
        assertThat(labels).allSatisfy(label -> assertThat(((javafx.scene.text.Text) label.lookup(".text")).getText())
                .as("shown text of %s", label.getText()).isEqualTo(label.getText()));
        key(KeyCode.ESCAPE);
    }

    @Test
    void theShortcutSheetFitsOnAScreenShorterThanItAndScrollsToItsLastLine() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        key(KeyCode.F1);
        javafx.scene.control.ScrollPane scroll = robot.lookup("#shortcutSheetScroll").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.stage.Window sheet = scroll.getScene().getWindow();
        javafx.scene.Node close = robot.lookup(".dialog-pane .button").match(n -> n.getScene() == scroll.getScene()).query();
        javafx.geometry.Bounds closeOnScreen = close.localToScreen(close.getLayoutBounds());
        assertThat(closeOnScreen.getMaxY()).as("Close button on the screen").isLessThanOrEqualTo(screen.getMaxY());
        assertThat(sheet.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        javafx.scene.Node lastKeys = robot.lookup("#shortcutSheet .shortcut-keys").queryAll().stream()
                .max(java.util.Comparator.comparingDouble(n -> n.getBoundsInParent().getMaxY())).orElseThrow();
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds lastOnScreen = lastKeys.localToScreen(lastKeys.getLayoutBounds());
        javafx.geometry.Bounds viewport = scroll.localToScreen(scroll.getLayoutBounds());
        assertThat(lastOnScreen.getMaxY()).as("last line shown").isLessThanOrEqualTo(viewport.getMaxY() + 0.5);
        assertThat(lastOnScreen.getMaxY()).isLessThanOrEqualTo(screen.getMaxY());
        key(KeyCode.ESCAPE);
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow() {
        select(document().quotes().get(0).id());
        key(KeyCode.A);
        dialogs.unsavedChoice = DialogService.UnsavedChoice.CANCEL;
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(stage.isShowing()).isTrue();
    }
}
