package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quoteexplorer.review.edit.Docs.span;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.SpeakerKind;

/** The promise every operation shares: it changes the document, and its inverse restores it exactly. */
class EveryEditUndoesTest {

    private static final Edits EDITS = Docs.edits();

    static Stream<Named<Function<AnnotatedArticle, Change>>> operations() {
        return Stream.of(
                op("reassign", d -> EDITS.reassign(d, "q5", "s1")),
                op("reassign to new speaker", d -> EDITS.reassignToNewSpeaker(d, "q5", "Maria Sanz", SpeakerKind.PERSON, null)),
                op("accept", d -> EDITS.accept(d, "q4")),
                op("reject", d -> EDITS.reject(d, "q4")),
                op("mark unsure", d -> EDITS.markUnsure(d, "q4")),
                op("set status", d -> EDITS.setStatus(d, "q3", QuoteStatus.SUGGESTED)),
                op("set type", d -> EDITS.setType(d, "q3", QuoteType.DIRECT)),
                op("set mention", d -> EDITS.setMention(d, "q5", span("Lopez said"))),
                op("set note", d -> EDITS.setNote(d, "q2", "first day")),
                op("add quote", d -> EDITS.addQuote(d, span("Nobody answered her."), "s1", null, null)),
                op("add quote by new speaker", d -> EDITS.addQuoteByNamedSpeaker(d, span("Parks staff were not asked."),
                        "Maria Sanz", SpeakerKind.PERSON, null, null, span("answered"))),
                op("resize", d -> EDITS.resize(d, "q3", span("the plan “a costly dream”"))),
                op("move start", d -> EDITS.moveStart(d, "q4", -1)),
                op("move end", d -> EDITS.moveEnd(d, "q4", -1)),
                op("split quote", d -> EDITS.splitQuote(d, "q2", span(" this year").start())),
                op("merge quotes", d -> EDITS.mergeQuotes(d, "q4", "q5")),
                op("add speaker", d -> EDITS.addSpeaker(d, "Maria Sanz", null, null)),
                op("rename speaker", d -> EDITS.renameSpeaker(d, "s3", "Thomas Berg")),
                op("edit speaker", d -> EDITS.editSpeaker(d, "s3", SpeakerKind.PERSON, "Councillor")),
                op("merge speakers", d -> EDITS.mergeSpeakers(d, "s1", "s3")),
                op("split alias", d -> EDITS.splitAlias(d, "s1", "Mayor Ana Lopez")),
                op("reassign all", d -> EDITS.reassignAll(d, "s3", "s2")),
                op("delete speaker", d -> EDITS.deleteSpeaker(d, "s4")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void theInverseRestoresTheExactPreviousDocument(Function<AnnotatedArticle, Change> operation) {
        AnnotatedArticle before = Docs.article();
        Change change = operation.apply(before);

        AnnotatedArticle after = change.applyTo(before);

        assertThat(after).isNotEqualTo(before);
        assertThat(change.inverse().applyTo(after)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void undoAndRedoWalkItAsOneStep(Function<AnnotatedArticle, Change> operation) {
        AnnotatedArticle before = Docs.article();
        EditHistory history = new EditHistory(before);
        Change change = operation.apply(before);

        history.perform(change);
        AnnotatedArticle after = history.current();
        history.undo();
        assertThat(history.current()).isEqualTo(before);
        assertThat(history.canUndo()).isFalse();
        history.redo();

        assertThat(history.current()).isEqualTo(after);
        assertThat(history.undoDescription()).isEqualTo(change.description()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void onlyTheQuotesItNamesAreTouched(Function<AnnotatedArticle, Change> operation) {
        AnnotatedArticle before = Docs.article();
        Change change = operation.apply(before);

        AnnotatedArticle after = change.applyTo(before);

        before.quotes().stream()
                .filter(q -> !change.affectedQuoteIds().contains(q.id()))
                .forEach(q -> assertThat(after.quote(q.id())).contains(q));
    }

    private static Named<Function<AnnotatedArticle, Change>> op(String name, Function<AnnotatedArticle, Change> f) {
        return Named.of(name, f);
    }
}
