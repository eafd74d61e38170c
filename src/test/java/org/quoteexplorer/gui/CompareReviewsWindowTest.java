package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Review → Compare with Another Review…, through the real window: see the differences, take sides, undo. */
@ExtendWith(ApplicationExtension.class)
class CompareReviewsWindowTest {

    private static final String ARTICLE = "Harbour plan approved\n\n"
            + "\u201CWe will rebuild the pier,\u201D said Mayor Ann Lee.\n\n"
            + "\u201CIt is far too late for that,\u201D said Tom Ray.\n\n"
            + "\u201CWe waited ten years for this,\u201D said Eva Stone.\n";

    @TempDir
    Path folder;

    private final StubDialogs dialogs = new StubDialogs();
    private MainWindow window;
    private FxRobot robot;

    @Start
    void start(Stage primary) {
        window = QuoteExplorerApp.openWindow(primary, RecentFiles.inMemory(), dialogs);
    }

    @BeforeEach
    void openTheArticle(FxRobot fxRobot) throws Exception {
        robot = fxRobot;
        Path article = Files.writeString(folder.resolve("harbour.txt"), ARTICLE);
        robot.interact(() -> window.viewModel().open(article));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session().getDocument() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DocumentSession session() {
        return window.viewModel().session();
    }

    /**
     * The second reviewer accepted the first quote, which I left a suggestion, and gave the second
     * to Ben Cole, whom I do not list; the third they saw as I did.
     */
    private Path secondReviewersFile(AnnotatedArticle mine) throws Exception {
        List<Quote> quotes = new ArrayList<>(mine.quotes());
        quotes.set(0, quotes.get(0).withStatus(QuoteStatus.ACCEPTED));
        quotes.set(1, quotes.get(1).withSpeaker("s9"));
        List<Speaker> speakers = new ArrayList<>(mine.speakers());
        speakers.add(new Speaker("s9", "Ben Cole", SpeakerKind.PERSON, null, List.of()));
        Path file = Files.createDirectories(folder.resolve("second")).resolve("harbour.quotes.json");
        AnnotationJson.save(new AnnotatedArticle(mine.article(), speakers, quotes), file);
        return file;
    }

    private void key(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anotherReviewersFolderIsComparedThroughTheReviewOfThisArticleInIt() throws Exception {
        AnnotatedArticle mine = session().getDocument();
        Path theirFolder = secondReviewersFile(mine).getParent();
        Files.writeString(theirFolder.resolve("other.quotes.json"), "{ not a review");
        dialogs.folderToOpen = theirFolder;

        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menuCompareFolder".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("Compare with Another Reviewer's Folder\u2026");
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isEmpty();
        assertThat(robot.lookup("#curationDifferences").queryAs(ListView.class).getItems()).hasSize(2);
        assertThat(robot.lookup("#curationFigures").queryAs(Label.class).getText())
                .isEqualTo("same speaker: 2 of 3 (66.7%); status: 2 of 3 agree, kappa 0.000");
    }

    @Test
    void theDifferencesAndKappaShowAndTakingTheirSideUndoesOneByOneOrAllAtOnce() throws Exception {
        AnnotatedArticle mine = session().getDocument();
        assertThat(mine.quotes()).as("the engine finds the three quotes").hasSize(3);
        assertThat(mine.quotes()).allMatch(q -> q.status() == QuoteStatus.SUGGESTED && q.speakerId() != null);
        dialogs.fileToOpen = secondReviewersFile(mine);

        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);

        ListView<?> differences = robot.lookup("#curationDifferences").queryAs(ListView.class);
        assertThat(differences.getItems()).hasSize(2);
        Label figures = robot.lookup("#curationFigures").queryAs(Label.class);
        // I left all three suggestions; chance agreement is then the observed 2 of 3: kappa 0.
        assertThat(figures.getText()).isEqualTo("same speaker: 2 of 3 (66.7%); status: 2 of 3 agree, kappa 0.000");
        assertThat(robot.lookup("#curationCounts").queryAs(Label.class).getText())
                .isEqualTo("3 quotes in mine, 3 in theirs, 3 paired \u00B7 2 differences");
        assertThat(robot.lookup("#curationDifferences .label").queryAllAs(Label.class).stream().map(Label::getText).toList())
                .contains("Status", "mine:    suggested", "theirs:  accepted", "Speaker", "mine:    Tom Ray", "theirs:  Ben Cole");
        assertThat(differences.getSelectionModel().getSelectedIndex()).as("the first difference is ready for a key").isZero();

        key(KeyCode.ALT, KeyCode.T);

        String first = mine.quotes().get(0).id();
        assertThat(session().getDocument().quote(first).orElseThrow().status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(differences.getItems()).hasSize(1);
        assertThat(figures.getText()).isEqualTo("same speaker: 2 of 3 (66.7%); status: 3 of 3 agree, kappa 1.000");

        key(KeyCode.CONTROL, KeyCode.Z);

        assertThat(session().getDocument()).isEqualTo(mine);
        assertThat(differences.getItems()).hasSize(2);

        robot.clickOn("#takeTheirsAll");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(differences.getItems()).isEmpty();
        assertThat(figures.getText()).isEqualTo("same speaker: 3 of 3 (100.0%); status: 3 of 3 agree, kappa 1.000");
        Quote second = session().getDocument().quote(mine.quotes().get(1).id()).orElseThrow();
        assertThat(session().getDocument().speaker(second.speakerId()).orElseThrow().name()).isEqualTo("Ben Cole");
        assertThat(session().undoDescriptionProperty().get()).isEqualTo("Take their side of 2 differences");
        assertThat(robot.lookup("#takeTheirsAll").queryAs(Button.class).isDisabled()).isTrue();

        key(KeyCode.CONTROL, KeyCode.Z);

        assertThat(session().getDocument()).as("one undo step for all").isEqualTo(mine);
        assertThat(differences.getItems()).hasSize(2);
    }
}
