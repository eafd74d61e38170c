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
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

class EditsSpeakerTest {

    private final Edits edits = Docs.edits();
    private final AnnotatedArticle doc = Docs.article();

    @Test
    void addSpeakerAppendsItWithAFreshIdAndTheTitleAsTheAnalysts() {
        Change change = edits.addSpeaker(doc, "Maria Sanz", SpeakerKind.PERSON, "Deputy mayor");
        AnnotatedArticle after = change.applyTo(doc);

        assertThat(after.speakers()).last()
                .isEqualTo(new Speaker("s5", "Maria Sanz", SpeakerKind.PERSON, "Deputy mayor", List.of(),
                        org.quoteexplorer.model.TitleSource.ANALYST));
        assertThat(change.affectedQuoteIds()).isEmpty();
        assertThatThrownBy(() -> edits.addSpeaker(doc, "berg", SpeakerKind.PERSON, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("berg is already speaker s3 (Tom Berg)");
    }

    @Test
    void renameChangesTheNameAndWritesItIntoTheHistoryOfEveryQuoteOfTheSpeaker() {
        Change change = edits.renameSpeaker(doc, "s1", "Ana M. Lopez");
        AnnotatedArticle after = change.applyTo(doc);

        assertThat(after.speaker("s1")).contains(Docs.LOPEZ.withName("Ana M. Lopez"));
        assertThat(change.affectedQuoteIds()).containsExactly("q1", "q2");
        for (String id : List.of("q1", "q2")) {
            assertThat(quote(after, id).history())
                    .containsExactly(new HistoryEntry(NOW, "rename-speaker", "Ana Lopez", "Ana M. Lopez"));
        }
        assertThat(change.description()).isEqualTo("Rename Ana Lopez to Ana M. Lopez");
    }

    @Test
    void renameMayFixCaseOrUseAnOwnAliasButNotTakeAnotherSpeakersNameOrAlias() {
        assertThat(edits.renameSpeaker(doc, "s1", "ANA LOPEZ").applyTo(doc).speaker("s1"))
                .map(Speaker::name).contains("ANA LOPEZ");
        assertThat(edits.renameSpeaker(doc, "s1", "Lopez").applyTo(doc).speaker("s1"))
                .contains(new Speaker("s1", "Lopez", SpeakerKind.PERSON, "Mayor", List.of("Mayor Ana Lopez")));
        assertThatThrownBy(() -> edits.renameSpeaker(doc, "s1", "tom  berg"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tom berg already names Tom Berg (s3); merge the two instead");
        assertThatThrownBy(() -> edits.renameSpeaker(doc, "s1", "Berg"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Berg already names Tom Berg (s3); merge the two instead");
        assertThatThrownBy(() -> edits.renameSpeaker(doc, "s1", " Ana Lopez"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ana Lopez is already called that");
    }

    @Test
    void editSpeakerSetsKindAndTitleAndLeavesQuotesAlone() {
        Change change = edits.editSpeaker(doc, "s2", SpeakerKind.GROUP, " Council ");
        AnnotatedArticle after = change.applyTo(doc);

        assertThat(after.speaker("s2")).contains(Docs.COUNCIL.withKind(SpeakerKind.GROUP).withTitle("Council", org.quoteexplorer.model.TitleSource.ANALYST));
        assertThat(after.quotes()).isEqualTo(doc.quotes());
        assertThat(change.description()).isEqualTo("Edit City Council");
    }

    @Test
    void editingOnlyTheKindKeepsWhereTheTitleCameFrom() {
        Speaker listed = Docs.COUNCIL.withTitle("Council", org.quoteexplorer.model.TitleSource.SPEAKER_LIST);
        AnnotatedArticle withListed = doc.withSpeakers(doc.speakers().stream().map(s -> s.id().equals(listed.id()) ? listed : s).toList());

        AnnotatedArticle kindOnly = edits.editSpeaker(withListed, listed.id(), SpeakerKind.GROUP, "Council").applyTo(withListed);
        AnnotatedArticle retitled = edits.editSpeaker(withListed, listed.id(), SpeakerKind.ORGANIZATION, "Town council").applyTo(withListed);

        assertThat(kindOnly.speaker(listed.id()).orElseThrow().titleSource()).isEqualTo(org.quoteexplorer.model.TitleSource.SPEAKER_LIST);
        assertThat(retitled.speaker(listed.id()).orElseThrow().titleSource()).isEqualTo(org.quoteexplorer.model.TitleSource.ANALYST);
    }

    @Test
    void editSpeakerWithABlankTitleClearsItAndRefusesNoChange() {
        AnnotatedArticle after = edits.editSpeaker(doc, "s1", SpeakerKind.PERSON, "").applyTo(doc);

        assertThat(after.speaker("s1")).map(Speaker::title).isEmpty();
        assertThatThrownBy(() -> edits.editSpeaker(doc, "s1", SpeakerKind.PERSON, "Mayor"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ana Lopez already has that title and kind");
    }

    @Test
    void mergeSpeakersMovesQuotesAndAliasesInOneStepAndRemovesTheAbsorbedSpeaker() {
        Change change = edits.mergeSpeakers(doc, "s1", "s3");
        AnnotatedArticle after = change.applyTo(doc);

        assertThat(after.speakers()).extracting(Speaker::id).containsExactly("s1", "s2", "s4");
        assertThat(after.speaker("s1").orElseThrow().aliases())
                .containsExactly("Lopez", "Mayor Ana Lopez", "Tom Berg", "Berg");
        assertThat(after.quotesOf("s1")).extracting(Quote::id).containsExactly("q1", "q2", "q4", "q5");
        for (String id : List.of("q4", "q5")) {
            Quote moved = quote(after, id);
            assertThat(moved.status()).as("merging identities reviews no quote").isEqualTo(QuoteStatus.SUGGESTED);
            assertThat(moved.origin()).isEqualTo(quote(doc, id).origin());
            assertThat(moved.mention()).isEqualTo(quote(doc, id).mention());
            assertThat(moved.history()).containsExactly(new HistoryEntry(NOW, "merge-speaker", "Tom Berg", "Ana Lopez"));
        }
        assertThat(change.description()).isEqualTo("Merge Tom Berg into Ana Lopez");
    }

    @Test
    void mergeSpeakersFillsAMissingTitleOrKindFromTheAbsorbedOneAndSkipsDuplicateAliases() {
        Speaker vague = new Speaker("s2", "City Council", SpeakerKind.UNKNOWN, null, List.of("council"));
        Speaker detailed = new Speaker("s3", "The Council", SpeakerKind.ORGANIZATION, "City body",
                List.of("Council", "City Council"));
        AnnotatedArticle two = doc.withSpeakers(List.of(Docs.LOPEZ, vague, detailed, Docs.PARKS));

        Speaker merged = edits.mergeSpeakers(two, "s2", "s3").applyTo(two).speaker("s2").orElseThrow();

        assertThat(merged).isEqualTo(new Speaker("s2", "City Council", SpeakerKind.ORGANIZATION, "City body",
                List.of("council", "The Council")));
    }

    @Test
    void mergingASpeakerWithItselfIsRefused() {
        assertThatThrownBy(() -> edits.mergeSpeakers(doc, "s3", "s3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot merge Tom Berg with itself");
    }

    @Test
    void splitAliasMakesANewSpeakerAndMovesOnlyTheQuotesMentionedByThatAlias() {
        Span lopez = new Span(span("Lopez said:").start(), span("Lopez said:").start() + "Lopez".length());
        Quote q5 = quote(doc, "q5").withAttribution("s1", lopez, null, 0.7, "rule:speaker-colon-quote");
        AnnotatedArticle both = doc.withQuotes(EditsAttributionTest.replace(doc.quotes(), q5));

        Change change = edits.splitAlias(both, "s1", "LOPEZ");
        AnnotatedArticle after = change.applyTo(both);

        assertThat(after.speaker("s5")).contains(new Speaker("s5", "Lopez", SpeakerKind.PERSON, null, List.of()));
        assertThat(after.speaker("s1").orElseThrow().aliases()).containsExactly("Mayor Ana Lopez");
        assertThat(quote(after, "q5").speakerId()).isEqualTo("s5");
        assertThat(quote(after, "q5").history()).containsExactly(new HistoryEntry(NOW, "split-alias", "Ana Lopez", "Lopez"));
        assertThat(after.quotesOf("s1")).extracting(Quote::id).containsExactly("q1", "q2");
        assertThat(change.description()).isEqualTo("Split Lopez off Ana Lopez");
    }

    @Test
    void splitAliasRefusesAnUnknownAliasOrOneThatIsAlreadyASpeaker() {
        AnnotatedArticle clash = doc.withSpeakers(List.of(Docs.LOPEZ, Docs.COUNCIL,
                Docs.BERG.withAliases(List.of("Berg", "city council")), Docs.PARKS));

        assertThatThrownBy(() -> edits.splitAlias(doc, "s1", "Ana"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ana Lopez has no alias Ana");
        assertThatThrownBy(() -> edits.splitAlias(clash, "s3", "city council"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there is already a speaker named City Council (s2); reassign the quotes to it instead");
    }

    @Test
    void reassignAllCorrectsEveryQuoteOfTheSpeakerInOneStepButLeavesRejectionsRejected() {
        AnnotatedArticle oneRejected = edits.reject(doc, "q5").applyTo(doc);

        Change change = edits.reassignAll(oneRejected, "s3", "s1");
        AnnotatedArticle after = change.applyTo(oneRejected);

        assertThat(after.quotesOf("s3")).isEmpty();
        assertThat(after.speakers()).isEqualTo(doc.speakers());
        Quote q4 = quote(after, "q4");
        assertThat(q4.status()).isEqualTo(QuoteStatus.CORRECTED);
        assertThat(q4.origin()).isEqualTo(Quote.MANUAL);
        assertThat(q4.mention()).as("“Tom Berg” does not name Ana Lopez").isNull();
        assertThat(q4.history()).containsExactly(new HistoryEntry(NOW, "reassign", "Tom Berg", "Ana Lopez"));
        assertThat(quote(after, "q5").status()).isEqualTo(QuoteStatus.REJECTED);
        assertThat(quote(after, "q5").speakerId()).isEqualTo("s1");
        assertThat(change.description()).isEqualTo("Reassign all 2 quotes of Tom Berg to Ana Lopez");
    }

    @ParameterizedTest(name = "reassignAll({0} → {1}) fails: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            s4 | s1 | Parks Department has no quotes to reassign
            s3 | s3 | the quotes of Tom Berg are already theirs
            s3 | s9 | no speaker with id s9
            """)
    void reassignAllRefusesWhatItCannotDo(String from, String to, String message) {
        assertThatThrownBy(() -> edits.reassignAll(doc, from, to))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void deleteSpeakerRemovesOnlyAnUnquotedSpeaker() {
        Change change = edits.deleteSpeaker(doc, "s4");

        assertThat(change.applyTo(doc).speakers()).extracting(Speaker::id).containsExactly("s1", "s2", "s3");
        assertThat(change.description()).isEqualTo("Delete speaker Parks Department");
        assertThatThrownBy(() -> edits.deleteSpeaker(doc, "s3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tom Berg still has 2 quotes; reassign them first");
        assertThatThrownBy(() -> edits.deleteSpeaker(doc, "s2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("City Council still has 1 quote; reassign them first");
    }
}
