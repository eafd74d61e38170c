package org.quoteexplorer.gui.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.common.DialogService;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.review.Agreement;
import org.quoteexplorer.review.AgreementReport;

/** Curation without a toolkit: comparing my review with another reviewer's and taking either side. */
class CurationViewModelTest {

    static final String TEXT = "Council votes\n\u201CWe will build it,\u201D Jane Smith said. "
            + "\u201CNot this year,\u201D said Tom Ode. \u201CMaybe later,\u201D he added. \u201CNever,\u201D said Ann Bay.";

    @TempDir
    Path folder;

    private final StubDialogs dialogs = new StubDialogs();
    private final List<String> said = new ArrayList<>();
    private DocumentSession session;
    private CurationViewModel curation;

    static Span span(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    static Quote quote(String id, String words, String speakerId, QuoteStatus status) {
        return new Quote(id, span(words), QuoteType.DIRECT, speakerId, null, null, 0.8, "rule:test", status, null, List.of());
    }

    /** Mine: the headline taken for a quote (q4), "Not this year" unreviewed, "Maybe later" given to Tom Ode. */
    static AnnotatedArticle mine() {
        return new AnnotatedArticle(Article.of("council", TEXT), List.of(
                new Speaker("s1", "Jane Smith", SpeakerKind.PERSON, null, List.of("Smith")),
                new Speaker("s2", "Tom Ode", SpeakerKind.PERSON, null, List.of())), List.of(
                quote("q4", "Council votes", null, QuoteStatus.SUGGESTED),
                quote("q1", "\u201CWe will build it,\u201D", "s1", QuoteStatus.ACCEPTED),
                quote("q2", "\u201CNot this year,\u201D", "s2", QuoteStatus.SUGGESTED),
                quote("q3", "\u201CMaybe later,\u201D", "s2", QuoteStatus.ACCEPTED)));
    }

    /**
     * Theirs: the same first speaker under another id and name ("Smith"), "Not this year" without
     * its marks and accepted, "Maybe later" by Ann Bay, whom I do not list, and "Never" (their q4).
     */
    static AnnotatedArticle theirs() {
        return new AnnotatedArticle(Article.of("council", TEXT), List.of(
                new Speaker("s4", "Tom Ode", SpeakerKind.PERSON, null, List.of()),
                new Speaker("s5", "Smith", SpeakerKind.PERSON, null, List.of()),
                new Speaker("s6", "Ann Bay", SpeakerKind.PERSON, "Mayor", List.of("Bay"))), List.of(
                quote("q1", "\u201CWe will build it,\u201D", "s5", QuoteStatus.ACCEPTED),
                quote("q2", "Not this year,", "s4", QuoteStatus.ACCEPTED),
                quote("q3", "\u201CMaybe later,\u201D", "s6", QuoteStatus.ACCEPTED),
                quote("q4", "\u201CNever,\u201D", "s6", QuoteStatus.UNSURE)));
    }

    @BeforeEach
    void openMine() {
        session = new DocumentSession();
        session.open(mine(), null, null);
        curation = new CurationViewModel(session, dialogs, said::add,
                Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
    }

    private Path saveTheirs() throws Exception {
        Path file = folder.resolve("council.quotes.json");
        AnnotationJson.save(theirs(), file);
        return file;
    }

    private List<String> rowsAsText() {
        return curation.rows().stream().map(r -> r.report().what() + " | " + r.report().words() + " | "
                + r.report().mine() + " | " + r.report().theirs() + (r.kept() ? " | kept" : "")).toList();
    }

    private void select(String what, String words) {
        curation.select(curation.rows().stream()
                .filter(r -> r.report().what().equals(what) && r.report().words().contains(words))
                .findFirst().orElseThrow().key());
    }

    @Test
    void comparingListsEachDifferenceWithBothSidesAndTheFiguresTheCommandLinePrints() throws Exception {
        assertThat(curation.chooseAndCompare()).isFalse();
        dialogs.fileToOpen = saveTheirs();

        assertThat(curation.chooseAndCompare()).isTrue();

        assertThat(curation.isActive()).isTrue();
        assertThat(rowsAsText()).containsExactly(
                "Only mine | Council votes | no speaker, suggested | not a quote",
                "Span | \u201CNot this year,\u201D | \u201CNot this year,\u201D | Not this year,",
                "Status | \u201CNot this year,\u201D | suggested | accepted",
                "Speaker | \u201CMaybe later,\u201D | Tom Ode | Ann Bay",
                "Only theirs | \u201CNever,\u201D | not a quote | Ann Bay, unsure");
        // q1 is "Smith" in theirs, an alias of my Jane Smith: no difference. I accept 2 of 3, they
        // accept all 3, so chance agreement equals the observed 2/3: kappa 0.
        assertThat(curation.figuresProperty().get())
                .isEqualTo("same speaker: 2 of 3 (66.7%); status: 2 of 3 agree, kappa 0.000")
                .isEqualTo(AgreementReport.figures(Agreement.compare(mine(), theirs())));
        assertThat(curation.headingProperty().get()).isEqualTo("4 quotes in mine, 4 in theirs, 3 paired \u00B7 5 differences");
        assertThat(said).last().isEqualTo("Compared with council.quotes.json: 5 differences");
        assertThat(curation.selectedKeyProperty().get()).as("the first difference, ready for a key").isEqualTo("ONLY_A:q4:-");
        assertThat(session.getSelectedQuoteId()).as("and its quote shown in the article").isEqualTo("q4");
    }

    @Test
    void takingTheirSpeakerAddsThemWithTheQuoteAndUndoesAsOneStep() throws Exception {
        curation.compareWith(saveTheirs());
        select("Speaker", "Maybe later");

        assertThat(curation.takeTheirs()).isPresent();

        AnnotatedArticle now = session.getDocument();
        Quote maybe = now.quote("q3").orElseThrow();
        Speaker bay = now.speaker(maybe.speakerId()).orElseThrow();
        assertThat(bay.name()).isEqualTo("Ann Bay");
        assertThat(bay.title()).isEqualTo("Mayor");
        assertThat(bay.id()).as("a fresh id in my review, not their s6").isEqualTo("s3");
        assertThat(maybe.status()).as("my status stays mine").isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(maybe.history()).last().satisfies(h -> {
            assertThat(h.action()).isEqualTo(CurationEdits.TAKE_THEIRS);
            assertThat(h.from()).isEqualTo("speaker: Tom Ode");
            assertThat(h.to()).isEqualTo("speaker: Ann Bay");
        });
        assertThat(rowsAsText()).noneMatch(r -> r.startsWith("Speaker"));
        assertThat(rowsAsText()).as("Never now names a speaker I list").contains(
                "Only theirs | \u201CNever,\u201D | not a quote | Ann Bay, unsure");

        session.undo();

        assertThat(session.getDocument()).isEqualTo(mine());
        assertThat(rowsAsText()).contains("Speaker | \u201CMaybe later,\u201D | Tom Ode | Ann Bay");
        session.redo();
        assertThat(rowsAsText()).hasSize(4);
    }

    @Test
    void takingTheirSpanOrStatusChangesOnlyThatAndTheNextDifferenceIsSelected() throws Exception {
        curation.compareWith(saveTheirs());
        select("Span", "Not this year");

        curation.takeTheirs();

        Quote q2 = session.getDocument().quote("q2").orElseThrow();
        assertThat(q2.span()).isEqualTo(span("Not this year,"));
        assertThat(q2.status()).isEqualTo(QuoteStatus.SUGGESTED);
        assertThat(curation.selectedKeyProperty().get()).startsWith("STATUS:q2");

        curation.takeTheirs();

        assertThat(session.getDocument().quote("q2").orElseThrow().status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(rowsAsText()).noneMatch(r -> r.contains("Not this year"));
    }

    @Test
    void aQuoteOnlyTheyHaveComesInUnderAFreeIdAndOneOnlyIHaveGoes() throws Exception {
        curation.compareWith(saveTheirs());
        select("Only theirs", "Never");

        curation.takeTheirs();

        Quote never = session.getDocument().quotes().stream()
                .filter(q -> q.span().equals(span("\u201CNever,\u201D"))).findFirst().orElseThrow();
        assertThat(never.id()).as("numbered after my own, whose q4 is the headline").isEqualTo("q5");
        assertThat(never.status()).isEqualTo(QuoteStatus.UNSURE);
        assertThat(session.getDocument().speaker(never.speakerId()).orElseThrow().name()).isEqualTo("Ann Bay");

        select("Only mine", "Council votes");
        curation.takeTheirs();

        assertThat(session.getDocument().quote("q4")).isEmpty();
    }

    @Test
    void takeTheirsForAllIsOneUndoStepAndLeavesNoDifference() throws Exception {
        curation.compareWith(saveTheirs());

        assertThat(curation.takeTheirsForAll()).isPresent();

        assertThat(curation.rows()).isEmpty();
        assertThat(curation.figuresProperty().get())
                .isEqualTo("same speaker: 4 of 4 (100.0%); status: 4 of 4 agree, kappa 1.000");
        assertThat(session.undoDescriptionProperty().get()).isEqualTo("Take their side of 5 differences");

        session.undo();

        assertThat(session.getDocument()).isEqualTo(mine());
        assertThat(curation.rows()).hasSize(5);
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void keptRowsStayMineThroughTakeTheirsForAllAndTakingMineAgainReopensThem() throws Exception {
        curation.compareWith(saveTheirs());
        select("Only mine", "Council votes");

        curation.takeMine();

        assertThat(session.getDocument()).as("keeping mine changes nothing in the review").isEqualTo(mine());
        assertThat(rowsAsText()).first().asString().endsWith("| kept");
        assertThat(curation.selectedKeyProperty().get()).as("the next open difference").startsWith("SPAN:q2");
        assertThat(curation.headingProperty().get()).endsWith("5 differences, 4 open");

        curation.takeTheirsForAll();

        assertThat(session.getDocument().quote("q4").orElseThrow().span()).isEqualTo(span("Council votes"));
        assertThat(rowsAsText()).containsExactly("Only mine | Council votes | no speaker, suggested | not a quote | kept");
        assertThat(curation.takeTheirsForAll()).isEmpty();
        assertThat(said).last().isEqualTo("Every difference left is kept as yours");

        select("Only mine", "Council votes");
        curation.takeMine();

        assertThat(rowsAsText()).containsExactly("Only mine | Council votes | no speaker, suggested | not a quote");
    }

    @Test
    void aFolderGivesTheReviewWithThisArticlesIdAndSkipsHiddenAndOtherFiles() throws Exception {
        Path other = Files.createDirectories(folder.resolve("other/week1"));
        AnnotationJson.save(new AnnotatedArticle(Article.of("budget", "Another text."), List.of(), List.of()),
                other.resolve("budget.quotes.json"));
        AnnotationJson.save(theirs(), other.resolve("renamed.json"));
        Files.writeString(other.resolve(".council.quotes.json"), "{ not json");

        assertThat(curation.compareWith(folder.resolve("other"))).isTrue();

        assertThat(curation.theirsFileProperty().get()).isEqualTo(other.resolve("renamed.json"));
        assertThat(curation.rows()).hasSize(5);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFolderWithoutThisArticleOrAReviewOfAnotherTextIsExplainedAndNothingIsCompared() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty"));

        assertThat(curation.compareWith(empty)).isFalse();
        Path changed = folder.resolve("changed.json");
        AnnotationJson.save(new AnnotatedArticle(Article.of("council", TEXT + " Later."), List.of(), List.of()), changed);
        assertThat(curation.compareWith(changed)).isFalse();
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"format\": ");
        assertThat(curation.compareWith(broken)).isFalse();

        assertThat(curation.isActive()).isFalse();
        assertThat(dialogs.errors).hasSize(3);
        assertThat(dialogs.errors.get(0)).contains("no review of council in " + empty);
        assertThat(dialogs.errors.get(1)).contains("changed.json is a review of a different text");
        assertThat(dialogs.errors.get(2)).contains("broken.json").doesNotContain("Exception").doesNotContain("jackson");
    }

    @Test
    void openingAnotherArticleEndsTheComparison() throws Exception {
        curation.compareWith(saveTheirs());

        session.open(new AnnotatedArticle(Article.of("budget", "Another text."), List.of(), List.of()), null, null);

        assertThat(curation.isActive()).isFalse();
        assertThat(curation.rows()).isEmpty();
        assertThat(curation.takeTheirsForAll()).isEmpty();
    }
}
