package org.quoteexplorer.gui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.fxmisc.richtext.model.StyledDocument;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/**
 * The article's styled text drawn on the loading thread is what the window draws for a document
 * just opened, and the window takes it only while that still holds.
 */
class ArticleDraftTest {

    private static final String TEXT = "Harbour Plan\n\u201CWe will rebuild,\u201D said Ann Lee.\nNext\n"
            + "Tom Ray called it \u201Ca waste\u201D and left.\n\u201CNobody asked,\u201D a resident wrote.";

    private static Span spanOf(String part) {
        int start = TEXT.indexOf(part);
        return new Span(start, start + part.length());
    }

    private static AnnotatedArticle document() {
        Speaker ann = new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, null, List.of());
        Speaker tom = new Speaker("s2", "Tom Ray", SpeakerKind.PERSON, null, List.of());
        Quote rebuild = new Quote("q1", spanOf("\u201CWe will rebuild,\u201D"), QuoteType.DIRECT, "s1",
                spanOf("Ann Lee"), spanOf("said"), 0.95, "rule:quote-verb-speaker", QuoteStatus.SUGGESTED, null, List.of());
        Quote waste = new Quote("q2", spanOf("\u201Ca waste\u201D"), QuoteType.PARTIAL, "s2",
                null, null, 0.4, "rule:sentence-subject", QuoteStatus.ACCEPTED, null, List.of());
        Quote nobody = Quote.unattributed("q3", spanOf("\u201CNobody asked,\u201D"), QuoteType.DIRECT);
        return new AnnotatedArticle(new Article("harbour", null, "harbour.txt", TEXT, null, null),
                List.of(ann, tom), List.of(rebuild, waste, nobody));
    }

    private static List<List<Collection<String>>> stylesOf(StyledDocument<Collection<String>, String, Collection<String>> doc) {
        return doc.getParagraphs().stream()
                .map(p -> { List<Collection<String>> styles = new java.util.ArrayList<>();
                    styles.add(p.getParagraphStyle());
                    p.getStyleSpans().forEach(span -> { for (int i = 0; i < span.getLength(); i++) { styles.add(span.getStyle()); } });
                    return styles; })
                .toList();
    }

    @Test
    void theDraftDrawnOffTheFxThreadIsWhatTheWindowDrawsForTheDocumentJustOpened() throws Exception {
        AnnotatedArticle document = document();
        DocumentSession session = new DocumentSession();
        ArticleViewModel viewModel = new ArticleViewModel(session);
        ArticleDraft draft = CompletableFuture.supplyAsync(() -> ArticleDraft.of(document, new SpeakerPalette()))
                .get(30, TimeUnit.SECONDS);

        viewModel.expectDraft(draft);
        session.open(document, null, null);
        StyledDocument<Collection<String>, String, Collection<String>> taken = viewModel.takeDraft(document, null);
        StyledDocument<Collection<String>, String, Collection<String>> drawnHere =
                ArticleDraft.build(document, new ArticleLayout(TEXT), viewModel.styler(), null);

        assertThat(taken).isNotNull();
        assertThat(viewModel.layoutProperty().get()).isSameAs(draft.layout());
        assertThat(taken.getText()).isEqualTo(TEXT);
        assertThat(stylesOf(taken)).isEqualTo(stylesOf(drawnHere));
        assertThat(stylesOf(taken).get(0).get(0)).containsExactly("headline");
        assertThat(viewModel.takeDraft(document, null)).as("a draft is used once").isNull();
    }

    @Test
    void theWindowDrawsTheTextItselfWhenTheDraftNoLongerHolds() {
        AnnotatedArticle document = document();
        DocumentSession session = new DocumentSession();
        ArticleViewModel viewModel = new ArticleViewModel(session);
        ArticleDraft draft = ArticleDraft.of(document, new SpeakerPalette());
        session.open(document, null, null);

        viewModel.expectDraft(draft);
        assertThat(viewModel.takeDraft(document, "q1")).as("a quote is selected").isNull();
        viewModel.expectDraft(draft);
        assertThat(viewModel.takeDraft(document(), null)).as("another document").isNull();
        viewModel.expectDraft(draft);
        viewModel.setFlaggedQuoteIds(Set.of("q3"));
        assertThat(viewModel.takeDraft(document, null)).as("the radar flags a quote").isNull();
        viewModel.setFlaggedQuoteIds(Set.of());
        viewModel.expectDraft(draft);
        assertThat(viewModel.takeDraft(document, null)).as("nothing changed").isNotNull();
    }
}
