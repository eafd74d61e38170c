package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quoteexplorer.review.edit.Docs.NOW;
import static org.quoteexplorer.review.edit.Docs.TEXT;
import static org.quoteexplorer.review.edit.Docs.quote;
import static org.quoteexplorer.review.edit.Docs.span;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

class EditsSpanTest {

    private final Edits edits = Docs.edits();
    private final AnnotatedArticle doc = Docs.article();

    // ---------------------------------------------------------------- add

    @Test
    void addQuoteTrimsTheSelectionAndRecordsAManualReviewedQuote() {
        Span answered = span("Nobody answered her.");
        Span sloppy = new Span(answered.start() - 1, answered.end() + 1);

        Change change = edits.addQuote(doc, sloppy, "s1", null, null);
        Quote added = quote(change.applyTo(doc), "q6");

        assertThat(added.span()).isEqualTo(answered);
        assertThat(added.speakerId()).isEqualTo("s1");
        assertThat(added.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(added.status()).isEqualTo(QuoteStatus.CORRECTED);
        assertThat(added.origin()).isEqualTo(Quote.MANUAL);
        assertThat(added.confidence()).isEqualTo(1.0);
        assertThat(added.history()).containsExactly(new HistoryEntry(NOW, "add", null, "Ana Lopez"));
        assertThat(change.description()).isEqualTo("Add “Nobody answered her.” by Ana Lopez");
        assertThat(change.quotesBefore()).isEmpty();
    }

    @Test
    void addQuoteWithoutSpeakerIsUnattributedAndUnconfident() {
        Quote added = quote(edits.addQuote(doc, span("Parks staff")).applyTo(doc), "q6");

        assertThat(added.speakerId()).isNull();
        assertThat(added.confidence()).isZero();
        assertThat(added.history()).containsExactly(new HistoryEntry(NOW, "add", null, null));
    }

    @Test
    void addQuoteKeepsTheSuggestedMentionAndCueTrimmed() {
        Span mention = span("Nobody");
        Span cue = span("answered");

        Quote added = quote(edits.addQuote(doc, span("Parks staff were not asked."), "s4",
                new Span(mention.start(), mention.end() + 1), cue).applyTo(doc), "q6");

        assertThat(added.mention()).isEqualTo(mention);
        assertThat(added.cue()).isEqualTo(cue);
    }

    @Test
    void addQuoteByANewSpeakerCreatesBothInOneStep() {
        Change change = edits.addQuoteByNamedSpeaker(doc, span("Parks staff were not asked."), "Maria Sanz",
                SpeakerKind.PERSON, "Deputy mayor", null, span("answered"));
        AnnotatedArticle after = change.applyTo(doc);

        Quote added = quote(after, "q6");
        assertThat(after.speaker("s5")).map(Speaker::name).contains("Maria Sanz");
        assertThat(added.speakerId()).isEqualTo("s5");
        assertThat(added.cue()).isEqualTo(span("answered"));
        assertThat(added.history()).containsExactly(new HistoryEntry(NOW, "add", null, "Maria Sanz"));
        assertThat(change.description()).isEqualTo("Add “Parks staff were not asked.” by new speaker Maria Sanz");
        assertThat(change.inverse().applyTo(after)).isEqualTo(doc);
    }

    @Test
    void addQuoteByTheNameOfAKnownSpeakerUsesThatSpeaker() {
        Change change = edits.addQuoteByNamedSpeaker(doc, span("Nobody answered her."), "lopez",
                SpeakerKind.GROUP, null, null, null);

        assertThat(change.changesSpeakers()).isFalse();
        assertThat(quote(change.applyTo(doc), "q6").speakerId()).isEqualTo("s1");
        assertThat(change.description()).isEqualTo("Add “Nobody answered her.” by Ana Lopez");
    }

    @Test
    void addQuoteByANewSpeakerWithABadSelectionCreatesNoSpeaker() {
        assertThatThrownBy(() -> edits.addQuoteByNamedSpeaker(doc, span("reporters: “The money"), "Maria Sanz",
                SpeakerKind.PERSON, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the new quote would overlap the quote “The money is not there.”");
    }

    @Test
    void addQuoteGuessesTheTypeFromWhereTheSelectionSits() {
        AnnotatedArticle empty = doc.withQuotes(List.of());

        assertThat(quote(edits.addQuote(empty, span("“a greener city”")).applyTo(empty), "q1").type())
                .isEqualTo(QuoteType.HEADLINE);
        assertThat(quote(edits.addQuote(empty, span("“a costly dream”")).applyTo(empty), "q1").type())
                .isEqualTo(QuoteType.PARTIAL);
        assertThat(quote(edits.addQuote(empty, span("“The money is not there.”")).applyTo(empty), "q1").type())
                .isEqualTo(QuoteType.DIRECT);
    }

    @Test
    void addQuoteRefusesToOverlapAnotherQuote() {
        Span q4 = span("“The money is not there.”");
        Span overlapping = span("reporters: “The money");

        assertThatThrownBy(() -> edits.addQuote(doc, overlapping))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the new quote would overlap the quote “The money is not there.”");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            selection beyond the text   | 9990 | 9999 | the quote [9990, 9999) lies outside the text
            selection of white space    | -1   | 0    | is empty
            """)
    void addQuoteRefusesSelectionsThatAreNoText(String name, int start, int end, String message) {
        Span selection = start < 0 ? blankRun() : new Span(start, end);

        assertThatThrownBy(() -> edits.addQuote(doc, selection))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void addQuoteRefusesAMentionInsideTheQuoteAndAnUnknownSpeaker() {
        Span quote = span("Parks staff were not asked.");

        assertThatThrownBy(() -> edits.addQuote(doc, quote, null, span("Parks"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the mention ")
                .hasMessageContaining("lies inside the quote");
        assertThatThrownBy(() -> edits.addQuote(doc, quote, "s77", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no speaker with id s77");
    }

    // ---------------------------------------------------------------- resize and nudge

    @Test
    void resizeKeepsSpeakerNoteAndHistoryAndRecordsBothTexts() {
        Quote before = quote(doc, "q3");
        Span wider = span("the plan “a costly dream”");

        Change change = edits.resize(doc, "q3", wider);
        Quote after = quote(change.applyTo(doc), "q3");

        assertThat(after.span()).isEqualTo(wider);
        assertThat(after.speakerId()).isEqualTo(before.speakerId());
        assertThat(after.note()).isEqualTo(before.note());
        assertThat(after.status()).isEqualTo(QuoteStatus.CORRECTED);
        assertThat(after.history()).startsWith(before.history().get(0))
                .endsWith(new HistoryEntry(NOW, "resize", "“a costly dream”", "the plan “a costly dream”"));
        assertThat(change.description()).isEqualTo("Change the extent of “a costly dream”");
    }

    @Test
    void resizeOverTheMentionAndCueDropsThem() {
        Quote after = quote(edits.resize(doc, "q4", span("Tom Berg told reporters: “The money is not there.”"))
                .applyTo(doc), "q4");

        assertThat(after.mention()).isNull();
        assertThat(after.cue()).isNull();
        assertThat(after.speakerId()).isEqualTo("s3");
    }

    @Test
    void resizeRefusesToSwallowTheNextQuoteOrToChangeNothing() {
        Span intoQ5 = new Span(span("“The money").start(), span("“We have").end());

        assertThatThrownBy(() -> edits.resize(doc, "q4", intoQ5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“The money is not there.” would overlap the quote “We have found it already.”");
        assertThatThrownBy(() -> edits.resize(doc, "q4", span("“The money is not there.”")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("“The money is not there.” already spans");
    }

    @ParameterizedTest(name = "move {0} of q4 by {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            start | -1 | Extend “The money is not there.” at the start | -1 |  0
            start |  1 | Shrink “The money is not there.” at the start |  1 |  0
            end   |  1 | Extend “The money is not there.” at the end   |  0 |  1
            end   | -2 | Shrink “The money is not there.” at the end   |  0 | -2
            """)
    void nudgingMovesOneBoundaryAndKeepsTheRest(String edge, int delta, String description,
                                                int startShift, int endShift) {
        Quote before = quote(doc, "q4");
        Change change = edge.equals("start") ? edits.moveStart(doc, "q4", delta) : edits.moveEnd(doc, "q4", delta);
        Quote after = quote(change.applyTo(doc), "q4");

        assertThat(after.span()).isEqualTo(new Span(before.span().start() + startShift, before.span().end() + endShift));
        assertThat(after.mention()).isEqualTo(before.mention());
        assertThat(after.history()).last().extracting(HistoryEntry::action).isEqualTo("resize");
        assertThat(change.description()).isEqualTo(description);
    }

    @Test
    void nudgingRefusesZeroTheEdgesOfTheTextAndShrinkingToNothing() {
        Quote tiny = Quote.unattributed("q1", new Span(0, 1), QuoteType.HEADLINE);
        Quote last = Quote.unattributed("q2", new Span(TEXT.length() - 1, TEXT.length()), QuoteType.DIRECT);
        AnnotatedArticle edges = doc.withQuotes(List.of(tiny, last));

        assertThatThrownBy(() -> edits.moveEnd(edges, "q1", 0)).hasMessageContaining("by 0 changes nothing");
        assertThatThrownBy(() -> edits.moveStart(edges, "q1", -1)).hasMessage("“M” cannot grow past the edge of the text");
        assertThatThrownBy(() -> edits.moveEnd(edges, "q2", 1)).hasMessage("“.” cannot grow past the edge of the text");
        assertThatThrownBy(() -> edits.moveEnd(edges, "q1", -1)).hasMessage("“M” cannot shrink to nothing");
    }

    @Test
    void nudgingRefusesToRunIntoTheNeighbour() {
        Quote q4 = quote(doc, "q4");
        Quote touching = q4.withSpan(new Span(q4.span().start(), quote(doc, "q5").span().start()));
        AnnotatedArticle tight = doc.withQuotes(EditsAttributionTest.replace(doc.quotes(), touching));

        assertThatThrownBy(() -> edits.moveEnd(tight, "q4", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("would overlap the quote “We have found it already.”");
    }

    @Test
    void nudgingStepsOverAnEmojiAsOneCharacter() {
        String text = "Fans wrote 🎉“We won” online.";
        int quoteStart = text.indexOf('“');
        AnnotatedArticle withEmoji = new AnnotatedArticle(Article.of("emoji", text), List.of(), List.of(
                Quote.unattributed("q1", new Span(quoteStart, text.indexOf('”') + 1), QuoteType.PARTIAL)));

        Quote after = quote(edits.moveStart(withEmoji, "q1", -1).applyTo(withEmoji), "q1");

        assertThat(after.span().start()).isEqualTo(quoteStart - 2);
        assertThat(after.span().of(text)).isEqualTo("🎉“We won”");
    }

    @Test
    void spansThatCutAnEmojiInHalfAreRefused() {
        String text = "Fans wrote 🎉 “We won” online.";
        int inside = text.indexOf('🎉') + 1;
        AnnotatedArticle withEmoji = new AnnotatedArticle(Article.of("emoji", text), List.of(), List.of());

        assertThatThrownBy(() -> edits.addQuote(withEmoji, new Span(inside, text.indexOf('”') + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the quote cuts a character in half at offset " + inside);
    }

    // ---------------------------------------------------------------- split

    @Test
    void splitMakesTwoQuotesThatKeepTheAttributionAndDropTheWhiteSpaceAtTheCut() {
        Quote before = quote(doc, "q2");
        int cut = span(" this year").start();

        Change change = edits.splitQuote(doc, "q2", cut);
        AnnotatedArticle after = change.applyTo(doc);
        Quote first = quote(after, "q2");
        Quote second = quote(after, "q6");

        assertThat(first.span()).isEqualTo(span("“We will plant ten thousand trees"));
        assertThat(second.span()).isEqualTo(span("this year,”"));
        for (Quote part : List.of(first, second)) {
            assertThat(part.speakerId()).isEqualTo("s1");
            assertThat(part.mention()).isEqualTo(before.mention());
            assertThat(part.cue()).isEqualTo(before.cue());
            assertThat(part.status()).isEqualTo(QuoteStatus.CORRECTED);
            assertThat(part.history()).last().extracting(HistoryEntry::action, HistoryEntry::from)
                    .containsExactly("split", "“We will plant ten thousand trees this year,”");
        }
        assertThat(second.history()).last().extracting(HistoryEntry::to).isEqualTo("this year,”");
        assertThat(after.quotes()).extracting(Quote::id).containsExactly("q1", "q2", "q6", "q3", "q4", "q5");
        assertThat(change.description()).isEqualTo("Split “We will plant ten thousand…”");
    }

    @ParameterizedTest(name = "split q4 at its {0} {1}")
    @CsvSource({"start, 0", "start, -1", "end, 0", "end, 15"})
    void splitRefusesAnOffsetNotStrictlyInside(String boundary, int shift) {
        Span q4 = quote(doc, "q4").span();
        int offset = (boundary.equals("start") ? q4.start() : q4.end()) + shift;

        assertThatThrownBy(() -> edits.splitQuote(doc, "q4", offset))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the split point is not inside “The money is not there.”");
    }

    @Test
    void splitRefusesToLeaveAPartOfOnlyWhiteSpace() {
        AnnotatedArticle spaced = new AnnotatedArticle(Article.of("x", "a  bc"), List.of(),
                List.of(Quote.unattributed("q1", new Span(1, 5), QuoteType.DIRECT)));

        assertThatThrownBy(() -> edits.splitQuote(spaced, "q1", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("splitting “bc” there leaves an empty part");
    }

    // ---------------------------------------------------------------- merge

    @Test
    void mergeJoinsNeighboursUnderTheFirstIdAndAttributionWhateverTheOrderGiven() {
        Quote q4 = quote(doc, "q4");
        AnnotatedArticle noted = doc.withQuotes(EditsAttributionTest.replace(doc.quotes(),
                quote(doc, "q5").withNote("check audio").withSpeaker("s1")));

        Change change = edits.mergeQuotes(noted, "q5", "q4");
        AnnotatedArticle after = change.applyTo(noted);
        Quote merged = quote(after, "q4");

        assertThat(after.quote("q5")).isEmpty();
        assertThat(merged.span()).isEqualTo(new Span(q4.span().start(), span("already.”").end()));
        assertThat(merged.speakerId()).isEqualTo("s3");
        assertThat(merged.mention()).isEqualTo(q4.mention());
        assertThat(merged.note()).isEqualTo("check audio");
        assertThat(merged.history()).containsExactly(new HistoryEntry(NOW, "merge",
                "“The money is not there.” + “We have found it already.”", merged.span().of(TEXT)));
        assertThat(change.description()).isEqualTo("Merge “The money is not there.” and “We have found it already.”");
        assertThat(change.affectedQuoteIds()).containsExactlyInAnyOrder("q4", "q5");
    }

    @Test
    void mergeInterleavesBothHistoriesByTimeAndJoinsDifferentNotes() {
        HistoryEntry older = new HistoryEntry(NOW.minusSeconds(100), "accept", "suggested", "accepted");
        HistoryEntry newer = new HistoryEntry(NOW.minusSeconds(10), "note", null, "b");
        Quote q4 = quote(doc, "q4").withNote("a").withHistory(List.of(newer));
        Quote q5 = quote(doc, "q5").withNote("b").withHistory(List.of(older));
        AnnotatedArticle both = doc.withQuotes(EditsAttributionTest.replace(
                EditsAttributionTest.replace(doc.quotes(), q4), q5));

        Quote merged = quote(edits.mergeQuotes(both, "q4", "q5").applyTo(both), "q4");

        assertThat(merged.history()).extracting(HistoryEntry::action).containsExactly("accept", "note", "merge");
        assertThat(merged.note()).isEqualTo("a\nb");
    }

    @Test
    void splittingAndMergingBackKeepsEachEarlierHistoryEntryOnce() {
        AnnotatedArticle accepted = edits.accept(doc, "q2").applyTo(doc);
        AnnotatedArticle split = edits.splitQuote(accepted, "q2", span(" this year").start()).applyTo(accepted);

        Quote merged = quote(edits.mergeQuotes(split, "q2", "q6").applyTo(split), "q2");

        assertThat(merged.span()).isEqualTo(quote(doc, "q2").span());
        assertThat(merged.history()).extracting(HistoryEntry::action)
                .containsExactly("accept", "split", "split", "merge");
    }

    @Test
    void mergeRefusesQuotesThatAreNotNeighboursOrTheSameQuote() {
        assertThatThrownBy(() -> edits.mergeQuotes(doc, "q3", "q5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“a costly dream” and “We have found it already.” are not adjacent: “The money is not there.” lies between them");
        assertThatThrownBy(() -> edits.mergeQuotes(doc, "q3", "q3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot merge “a costly dream” with itself");
    }

    private static Span blankRun() {
        int newline = TEXT.indexOf('\n');
        return new Span(newline, newline + 1);
    }
}
