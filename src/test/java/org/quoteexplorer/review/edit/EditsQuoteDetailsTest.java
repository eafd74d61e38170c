package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quoteexplorer.review.edit.Docs.NOW;
import static org.quoteexplorer.review.edit.Docs.quote;
import static org.quoteexplorer.review.edit.Docs.span;

import org.junit.jupiter.api.Test;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/** Mention, note and type of one quote. */
class EditsQuoteDetailsTest {

    private final Edits edits = Docs.edits();
    private final AnnotatedArticle doc = Docs.article();

    @Test
    void useAsSpeakerMentionPointsTheEvidenceAtTheTrimmedSelection() {
        Span lopez = span("Lopez said:");
        Span selection = new Span(lopez.start() - 1, lopez.start() + "Lopez".length());

        Change change = edits.setMention(doc, "q5", selection);
        Quote after = quote(change.applyTo(doc), "q5");

        assertThat(after.mention()).isEqualTo(new Span(lopez.start(), lopez.start() + 5));
        assertThat(after.speakerId()).as("the attribution is a separate step").isEqualTo("s3");
        assertThat(after.status()).isEqualTo(QuoteStatus.CORRECTED);
        assertThat(after.history()).containsExactly(new HistoryEntry(NOW, "set-mention", null, "Lopez"));
        assertThat(change.description()).isEqualTo("Use “Lopez” as mention of “We have found it already.”");
    }

    @Test
    void clearingTheMentionRecordsWhatItWas() {
        Change change = edits.setMention(doc, "q4", null);
        Quote after = quote(change.applyTo(doc), "q4");

        assertThat(after.mention()).isNull();
        assertThat(after.history()).containsExactly(new HistoryEntry(NOW, "set-mention", "Tom Berg", null));
        assertThat(change.description()).isEqualTo("Clear the mention of “The money is not there.”");
    }

    @Test
    void aMentionInsideTheQuoteOrUnchangedIsRefused() {
        assertThatThrownBy(() -> edits.setMention(doc, "q4", span("money")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lies inside the quote");
        assertThatThrownBy(() -> edits.setMention(doc, "q4", span("Tom Berg")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“The money is not there.” already has that mention");
        assertThatThrownBy(() -> edits.setMention(doc, "q5", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“We have found it already.” already has that mention");
    }

    @Test
    void settingANoteRecordsOldAndNewTextWithoutReviewingTheQuote() {
        Change change = edits.setNote(doc, "q3", "  quoted from the press release ");
        Quote after = quote(change.applyTo(doc), "q3");

        assertThat(after.note()).isEqualTo("quoted from the press release");
        assertThat(after.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(after.history()).last()
                .isEqualTo(new HistoryEntry(NOW, "note", "wording checked", "quoted from the press release"));
        assertThat(change.description()).isEqualTo("Set the note of “a costly dream”");
    }

    @Test
    void aBlankNoteClearsIt() {
        Change change = edits.setNote(doc, "q3", "   ");

        assertThat(quote(change.applyTo(doc), "q3").note()).isNull();
        assertThat(change.description()).isEqualTo("Clear the note of “a costly dream”");
        assertThatThrownBy(() -> edits.setNote(doc, "q4", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“The money is not there.” already has that note");
    }

    @Test
    void changingTheTypeIsACorrection() {
        Change change = edits.setType(doc, "q1", QuoteType.PARTIAL);
        Quote after = quote(change.applyTo(doc), "q1");

        assertThat(after.type()).isEqualTo(QuoteType.PARTIAL);
        assertThat(after.status()).isEqualTo(QuoteStatus.CORRECTED);
        assertThat(after.history()).containsExactly(new HistoryEntry(NOW, "set-type", "headline", "partial"));
        assertThatThrownBy(() -> edits.setType(doc, "q1", QuoteType.HEADLINE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“a greener city” is already headline");
    }

    @Test
    void reshapingARejectedQuoteLeavesItRejected() {
        AnnotatedArticle rejected = edits.reject(doc, "q1").applyTo(doc);

        Quote after = quote(edits.setType(rejected, "q1", QuoteType.DIRECT).applyTo(rejected), "q1");

        assertThat(after.status()).isEqualTo(QuoteStatus.REJECTED);
    }
}
