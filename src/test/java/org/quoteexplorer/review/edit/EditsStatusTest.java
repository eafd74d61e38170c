package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quoteexplorer.review.edit.Docs.NOW;
import static org.quoteexplorer.review.edit.Docs.quote;

import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;

class EditsStatusTest {

    private final Edits edits = Docs.edits();
    private final AnnotatedArticle doc = Docs.article();

    @ParameterizedTest(name = "{0} q4 → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            accept      | ACCEPTED | accept      | Accept “The money is not there.”
            reject      | REJECTED | reject      | Reject “The money is not there.”
            markUnsure  | UNSURE   | mark-unsure | Mark “The money is not there.” unsure
            """)
    void statusShortcutsSetTheStatusAndRecordIt(String operation, QuoteStatus status, String action, String description) {
        BiFunction<AnnotatedArticle, String, Change> op = switch (operation) {
            case "accept" -> edits::accept;
            case "reject" -> edits::reject;
            case "markUnsure" -> edits::markUnsure;
            default -> throw new IllegalArgumentException(operation);
        };
        Quote before = quote(doc, "q4");

        Change change = op.apply(doc, "q4");
        Quote after = quote(change.applyTo(doc), "q4");

        assertThat(after.status()).isEqualTo(status);
        assertThat(after.history()).containsExactly(new HistoryEntry(NOW, action, "suggested", status.code()));
        assertThat(after.withStatus(before.status()).withHistory(before.history())).isEqualTo(before);
        assertThat(change.description()).isEqualTo(description);
    }

    @ParameterizedTest(name = "setStatus(q3: accepted → {0})")
    @CsvSource(delimiter = '|', textBlock = """
            SUGGESTED | reset-status   | Reset “a costly dream” to suggested
            CORRECTED | mark-corrected | Mark “a costly dream” corrected
            REJECTED  | reject         | Reject “a costly dream”
            UNSURE    | mark-unsure    | Mark “a costly dream” unsure
            """)
    void setStatusRecordsFromAndToAsStatusWords(QuoteStatus status, String action, String description) {
        Change change = edits.setStatus(doc, "q3", status);
        Quote after = quote(change.applyTo(doc), "q3");

        assertThat(after.status()).isEqualTo(status);
        assertThat(after.history()).last().isEqualTo(new HistoryEntry(NOW, action, "accepted", status.code()));
        assertThat(change.description()).isEqualTo(description);
    }

    @Test
    void acceptingKeepsTheEnginesOriginAndConfidenceAsEvidence() {
        Quote after = quote(edits.accept(doc, "q2").applyTo(doc), "q2");

        assertThat(after.origin()).isEqualTo("rule:quote-verb-speaker");
        assertThat(after.confidence()).isEqualTo(0.95);
        assertThat(after.speakerId()).isEqualTo("s1");
    }

    @Test
    void settingTheStatusAQuoteAlreadyHasIsRefusedSoUndoNeverWalksEmptySteps() {
        assertThatThrownBy(() -> edits.accept(doc, "q3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“a costly dream” is already accepted");
    }

    @Test
    void statusOfAnUnknownQuoteIsRefused() {
        assertThatThrownBy(() -> edits.reject(doc, "q42"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no quote with id q42");
    }
}
