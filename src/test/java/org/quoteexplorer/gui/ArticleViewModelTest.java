package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.article.ArticleLayout;
import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.review.edit.Edits;

class ArticleViewModelTest {

    private final DocumentSession session = Fixtures.openSession();
    private final ArticleViewModel article = new ArticleViewModel(session);
    private final Edits edits = Edits.withSystemClock();

    @Test
    void theHeadlineAndShortUnpunctuatedLinesAreStyledAsHeadings() {
        ArticleLayout layout = article.layoutProperty().get();
        assertThat(layout.paragraphCount()).isEqualTo(5);
        assertThat(layout.roleOf(0)).isEqualTo(ArticleLayout.Role.HEADLINE);
        assertThat(layout.roleOf(1)).isEqualTo(ArticleLayout.Role.BODY);
        assertThat(layout.roleOf(2)).isEqualTo(ArticleLayout.Role.SUBHEADING);
        assertThat(layout.roleOf(4)).isEqualTo(ArticleLayout.Role.BODY);
        assertThat(layout.paragraphOf(Fixtures.spanOf("a waste").start())).isEqualTo(3);
    }

    @Test
    void eachQuoteIsStyledWithItsSpeakerColourStatusAndSelection() {
        session.select("q2");
        StyleSpans<Collection<String>> spans = article.styler().styleAll(session.getDocument(), "q2");
        List<Collection<String>> styled = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (!span.getStyle().isEmpty()) {
                styled.add(span.getStyle());
                Span quote = new Span(at, at + span.getLength());
                assertThat(session.getDocument().quotes()).anyMatch(q -> q.span().equals(quote));
            }
            at += span.getLength();
        }
        assertThat(at).isEqualTo(Fixtures.TEXT.length());
        assertThat(styled).containsExactly(
                List.of("quote", session.palette().styleClassOf("s1"), "status-suggested"),
                List.of("quote", session.palette().styleClassOf("s2"), "status-suggested", "selected"),
                List.of("quote", SpeakerPalette.UNATTRIBUTED_CLASS, "status-suggested"));
    }

    @Test
    void aResizedQuoteRestylesItsOldAndNewExtentAndNothingElse() {
        Span before = Fixtures.spanOf("\u201Ca waste\u201D");
        Span wider = Fixtures.spanOf("\u201Ca waste\u201D and");
        session.perform(edits.resize(session.getDocument(), "q2", wider));
        List<Span> ranges = article.rangesToRestyle(session.lastUpdateProperty().get(), Set.of());
        assertThat(ranges).containsExactly(new Span(before.start(), wider.end()));
        assertThat(article.paragraphsToRelabel(session.lastUpdateProperty().get())).containsExactly(3);
    }

    @Test
    void chipsNameTheSpeakerOfEachQuoteStartingInTheParagraph() {
        assertThat(article.chipsOf(1)).extracting(ArticleViewModel.Chip::quoteId, ArticleViewModel.Chip::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("q1", "Ann Lee"));
        assertThat(article.chipsOf(2)).isEmpty();
        assertThat(article.chipsOf(4)).singleElement().satisfies(c -> assertThat(c.label()).isNull());
    }

    @Test
    void clickingInsideAQuoteSelectsItAndClickingElsewhereKeepsTheSelection() {
        article.clickAt(Fixtures.spanOf("a waste").start());
        assertThat(session.getSelectedQuoteId()).isEqualTo("q2");
        article.clickAt(0);
        assertThat(session.getSelectedQuoteId()).isEqualTo("q2");
    }

    @Test
    void hoverDetailsGiveSpeakerRuleConfidenceAndEvidence() {
        QuoteDetails details = article.detailsAt(Fixtures.spanOf("rebuild").start()).orElseThrow();
        assertThat(details.speaker()).isEqualTo("Ann Lee");
        assertThat(details.title()).isEqualTo("Mayor");
        assertThat(details.rule()).isEqualTo("quote-verb-speaker");
        assertThat(details.confidenceText()).isEqualTo("95%");
        assertThat(details.evidence()).isEqualTo("said Mayor Ann Lee");
        assertThat(article.detailsAt(0)).isEmpty();
        assertThat(article.hoverTextAt(Fixtures.spanOf("rebuild").start()).orElseThrow())
                .contains("Ann Lee").contains("rule:quote-verb-speaker").contains("0.95")
                .contains("said Mayor Ann Lee").contains("suggested")
                .as("analysts know quotes by their words, not their ids").doesNotContain("q1");
        assertThat(article.hoverTextAt(0)).isEmpty();
    }
}
