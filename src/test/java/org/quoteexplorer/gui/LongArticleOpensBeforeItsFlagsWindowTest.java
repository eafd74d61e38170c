package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.document.DocumentLoader;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.review.RadarReport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long article in the real window: its text, drawn while it loaded, and the flags that follow
 * it once the radar is done, end up exactly as the window would have drawn them itself.
 */
@ExtendWith(ApplicationExtension.class)
class LongArticleOpensBeforeItsFlagsWindowTest {

    private MainWindow window;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), new StubDialogs());
    }

    @Test
    void everyQuoteCarriesItsStyleAndItsFlagOnceTheReportIsIn(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder("Harbour Works Go On\n");
        for (int i = 0; i < DocumentLoader.ASSESS_LATER_QUOTES; i++) {
            text.append("\u201CWe will rebuild pier ").append(i).append(",\u201D said Mayor Ann Lee.\n");
            text.append("\u201CNobody asked us about pier ").append(i).append(",\u201D a resident wrote.\n");
            text.append("The council's harbour committee met again this week to weigh the tenders for the work,"
                    + " the cost of dredging the channel and the timetable agreed with the ferry operators.\n");
        }
        // longer than a few of the stretches a report restyles at a time (ArticleView.restyleAllLater)
        assertThat(text.length()).isGreaterThan(100_000);
        Path file = temp.resolve("long.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        Fixtures.openAndWait(window, file);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.viewModel().radar().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        StyleClassedTextArea area = robot.lookup("#articleView").queryAs(StyleClassedTextArea.class);
        // the flags reach the text a stretch at a time, on turns of the FX thread after the report
        java.util.concurrent.atomic.AtomicReference<List<String>> found = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.Callable<List<String>> check = () -> {
            AnnotatedArticle document = window.viewModel().session().getDocument();
            RadarReport report = window.viewModel().radar().reportProperty().get();
            List<String> wrong = new java.util.ArrayList<>();
            if (!area.getText().equals(document.text())) {
                wrong.add("text differs");
            }
            for (Quote quote : document.quotes()) {
                Collection<String> style = area.getStyleOfChar(quote.span().start());
                boolean flagged = report.queue().contains(quote.id());
                // the selected quote is marked by a shape over the text, never by a style of its own
                if (!style.contains("quote") || style.contains("flagged") != flagged || style.contains("selected")) {
                    wrong.add(quote.id() + " " + style + (flagged ? " (flagged)" : ""));
                }
            }
            return wrong;
        };
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                found.set(WaitForAsyncUtils.asyncFx(check).get(30, TimeUnit.SECONDS));
                return found.get().isEmpty();
            });
        } catch (java.util.concurrent.TimeoutException stillWrong) {
            // the assertion below names what is still drawn wrong
        }
        List<String> problems = found.get();

        assertThat(window.viewModel().session().getDocument().quotes()).hasSizeGreaterThan(DocumentLoader.ASSESS_LATER_QUOTES);
        assertThat(window.viewModel().radar().reportProperty().get().queue()).isNotEmpty();
        assertThat(problems).isEmpty();
        assertThat(window.viewModel().session().isDirty()).isFalse();
    }
}
