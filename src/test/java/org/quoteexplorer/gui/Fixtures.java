package org.quoteexplorer.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** A small made-up article with two speakers and three quotes, one of them unattributed. */
final class Fixtures {

    static final String TEXT = "Council Votes on the Harbour Plan\n"
            + "\u201CWe will rebuild the pier,\u201D said Mayor Ann Lee.\n"
            + "Next Steps\n"
            + "Critics called it \u201Ca waste\u201D and Tom Ray said it was late.\n"
            + "\u201CNobody asked us,\u201D a resident wrote.";

    private Fixtures() {
    }

    static Span spanOf(String part) {
        int start = TEXT.indexOf(part);
        if (start < 0) {
            throw new IllegalArgumentException(part);
        }
        return new Span(start, start + part.length());
    }

    static AnnotatedArticle document() {
        Speaker ann = new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, "Mayor", List.of("Lee"));
        Speaker tom = new Speaker("s2", "Tom Ray", SpeakerKind.PERSON, null, List.of());
        Quote pier = new Quote("q1", spanOf("\u201CWe will rebuild the pier,\u201D"), QuoteType.DIRECT, "s1",
                spanOf("Mayor Ann Lee"), spanOf("said"), 0.95, "rule:quote-verb-speaker", QuoteStatus.SUGGESTED, null, List.of());
        Quote waste = new Quote("q2", spanOf("\u201Ca waste\u201D"), QuoteType.PARTIAL, "s2",
                null, null, 0.4, "rule:sentence-subject", QuoteStatus.SUGGESTED, null, List.of());
        Quote nobody = Quote.unattributed("q3", spanOf("\u201CNobody asked us,\u201D"), QuoteType.DIRECT);
        return new AnnotatedArticle(new Article("harbour", null, "harbour.txt", TEXT, null, null),
                List.of(ann, tom), List.of(pier, waste, nobody));
    }

    static DocumentSession openSession() {
        DocumentSession session = new DocumentSession();
        session.open(document(), null, null);
        return session;
    }

    /** Opens {@code file} in the real window and waits until it is attributed and shown. */
    static void openAndWait(MainWindow window, Path file) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().open(file)).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.viewModel().session().getDocument() != null
                && !window.viewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
