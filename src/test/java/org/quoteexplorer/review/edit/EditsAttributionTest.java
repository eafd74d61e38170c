package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quoteexplorer.review.edit.Docs.NOW;
import static org.quoteexplorer.review.edit.Docs.quote;
import static org.quoteexplorer.review.edit.Docs.span;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

class EditsAttributionTest {

    private final Edits edits = Docs.edits();
    private final AnnotatedArticle doc = Docs.article();

    @Test
    void reassignMakesAConfidentManualCorrectionAndRecordsItByName() {
        Change change = edits.reassign(doc, "q5", "s1");
        Quote after = quote(change.applyTo(doc), "q5");

        assertThat(after.speakerId()).isEqualTo("s1");
        assertThat(after.status()).isEqualTo(QuoteStatus.CORRECTED);
        assertThat(after.origin()).isEqualTo(Quote.MANUAL);
        assertThat(after.confidence()).isEqualTo(1.0);
        assertThat(after.history()).containsExactly(new HistoryEntry(NOW, "reassign", "Tom Berg", "Ana Lopez"));
        assertThat(change.description()).isEqualTo("Reassign “We have found it already.” to Ana Lopez");
        assertThat(change.affectedQuoteIds()).containsExactly("q5");
        assertThat(change.changesSpeakers()).isFalse();
    }

    @Test
    void reassignKeepsSpanTypeCueNoteAndEarlierHistory() {
        Quote before = quote(doc, "q3");
        Quote after = quote(edits.reassign(doc, "q3", "s3").applyTo(doc), "q3");

        assertThat(after.span()).isEqualTo(before.span());
        assertThat(after.type()).isEqualTo(before.type());
        assertThat(after.cue()).isEqualTo(before.cue());
        assertThat(after.note()).isEqualTo("wording checked");
        assertThat(after.history()).hasSize(2).startsWith(before.history().get(0));
    }

    @Test
    void reassignDropsAMentionThatNamedTheOldSpeaker() {
        Quote after = quote(edits.reassign(doc, "q2", "s3").applyTo(doc), "q2");

        assertThat(after.mention()).isNull();
    }

    @Test
    void reassignKeepsAMentionThatNamesTheNewSpeaker() {
        // The engine found "Mayor Ana Lopez" but attached the quote to someone else.
        Quote misattributed = quote(doc, "q2").withSpeaker("s3");
        AnnotatedArticle wrong = doc.withQuotes(replace(doc.quotes(), misattributed));

        Quote after = quote(edits.reassign(wrong, "q2", "s1").applyTo(wrong), "q2");

        assertThat(after.mention()).isEqualTo(span("Mayor Ana Lopez"));
    }

    @Test
    void reassigningAnUnattributedQuoteRecordsNoPreviousSpeaker() {
        Quote bare = quote(doc, "q5").withAttribution(null, null, null, 0, Quote.MANUAL);
        AnnotatedArticle unattributed = doc.withQuotes(replace(doc.quotes(), bare));

        Quote after = quote(edits.reassign(unattributed, "q5", "s1").applyTo(unattributed), "q5");

        assertThat(after.history()).containsExactly(new HistoryEntry(NOW, "reassign", null, "Ana Lopez"));
    }

    @ParameterizedTest(name = "reassign({0}, {1}) fails: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            q5 | s3 | “We have found it already.” is already attributed to Tom Berg
            q9 | s1 | no quote with id q9
            q5 | s9 | no speaker with id s9
            """)
    void reassignRejectsWhatItCannotDo(String quoteId, String speakerId, String message) {
        assertThatThrownBy(() -> edits.reassign(doc, quoteId, speakerId))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void reassignToANewSpeakerAddsItWithTheNextFreeIdInTheSameStep() {
        Change change = edits.reassignToNewSpeaker(doc, "q5", "  Maria  Sanz ", SpeakerKind.PERSON, " Deputy mayor ");
        AnnotatedArticle after = change.applyTo(doc);

        Speaker added = after.speaker("s5").orElseThrow();
        assertThat(added).isEqualTo(new Speaker("s5", "Maria Sanz", SpeakerKind.PERSON, "Deputy mayor", List.of(),
                org.quoteexplorer.model.TitleSource.ANALYST));
        assertThat(after.speakers()).hasSize(5);
        assertThat(quote(after, "q5").speakerId()).isEqualTo("s5");
        assertThat(quote(after, "q5").history()).containsExactly(new HistoryEntry(NOW, "reassign", "Tom Berg", "Maria Sanz"));
        assertThat(change.description()).isEqualTo("Reassign “We have found it already.” to new speaker Maria Sanz");
        assertThat(change.changesSpeakers()).isTrue();
    }

    @Test
    void newSpeakerIdsNeverReuseANumberStillInUse() {
        AnnotatedArticle gappy = doc.withSpeakers(List.of(Docs.LOPEZ, Docs.BERG.withAliases(List.of()),
                new Speaker("s11", "Old Name", null, null, null)));

        AnnotatedArticle after = edits.reassignToNewSpeaker(gappy, "q1", "Newcomer", null, null).applyTo(gappy);

        assertThat(after.speaker("s12")).map(Speaker::name).contains("Newcomer");
        assertThat(after.speaker("s12")).map(Speaker::kind).contains(SpeakerKind.UNKNOWN);
    }

    @ParameterizedTest(name = "typing \"{0}\" picks {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tom berg         | s3
            BERG             | s3
            the City Council | s2
            Mayor Ana Lopez  | s1
            """)
    void reassignToNewSpeakerReusesASpeakerWithThatNameOrAlias(String typed, String expectedId) {
        AnnotatedArticle onlyUnattributed = doc.withQuotes(replace(doc.quotes(),
                quote(doc, "q5").withAttribution(null, null, null, 0, Quote.MANUAL)));

        Change change = edits.reassignToNewSpeaker(onlyUnattributed, "q5", typed, SpeakerKind.GROUP, "ignored");
        AnnotatedArticle after = change.applyTo(onlyUnattributed);

        assertThat(after.speakers()).isEqualTo(doc.speakers());
        assertThat(quote(after, "q5").speakerId()).isEqualTo(expectedId);
        assertThat(change.changesSpeakers()).isFalse();
    }

    @Test
    void reassignToNewSpeakerNeedsAName() {
        assertThatThrownBy(() -> edits.reassignToNewSpeaker(doc, "q5", "  ", SpeakerKind.PERSON, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a speaker needs a name");
    }

    @Test
    void reassignToNewSpeakerThatIsTheCurrentOneIsRefused() {
        assertThatThrownBy(() -> edits.reassignToNewSpeaker(doc, "q5", "berg", SpeakerKind.PERSON, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“We have found it already.” is already attributed to Tom Berg");
    }

    static List<Quote> replace(List<Quote> quotes, Quote replacement) {
        return quotes.stream().map(q -> q.id().equals(replacement.id()) ? replacement : q).toList();
    }
}
