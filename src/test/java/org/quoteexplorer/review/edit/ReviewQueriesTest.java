package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quoteexplorer.review.edit.Docs.quote;
import static org.quoteexplorer.review.edit.Docs.span;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/** Navigation, filters, search, progress and tooltips over the invented article. */
class ReviewQueriesTest {

    private final Edits edits = Docs.edits();
    private final AnnotatedArticle doc = Docs.article();

    // ---------------------------------------------------------------- navigation

    @ParameterizedTest(name = "from {0}: next {1}, previous {2}")
    @CsvSource(delimiter = '|', textBlock = """
            before | q1   | none
            q1     | q2   | none
            q3     | q4   | q2
            q5     | none | q4
            """)
    void nextAndPreviousStepThroughTheQuotesInTextOrder(String from, String next, String previous) {
        int position = from.equals("before") ? -1 : quote(doc, from).span().start();

        assertThat(QuoteNavigation.next(doc, position).map(Quote::id).orElse("none")).isEqualTo(next);
        assertThat(QuoteNavigation.previous(doc, position).map(Quote::id).orElse("none")).isEqualTo(previous);
    }

    @Test
    void navigationSkipsQuotesTheFilterHides() {
        QuoteFilter onlyBerg = QuoteFilter.all().withSpeakers(Set.of("s3"));

        assertThat(QuoteNavigation.next(doc, -1, onlyBerg)).map(Quote::id).contains("q4");
        assertThat(QuoteNavigation.previous(doc, quote(doc, "q4").span().start(), onlyBerg)).isEmpty();
    }

    @Test
    void nextUnreviewedSkipsDecidedQuotesAndWrapsToTheTop() {
        AnnotatedArticle partly = edits.accept(doc, "q4").applyTo(doc);
        int atQ3 = quote(partly, "q3").span().start();
        int atQ5 = quote(partly, "q5").span().start();

        assertThat(QuoteNavigation.nextUnreviewed(partly, atQ3)).map(Quote::id).contains("q5");
        assertThat(QuoteNavigation.nextUnreviewed(partly, atQ5)).map(Quote::id).contains("q1");
    }

    @Test
    void nextUnreviewedCountsUnsureAsOpenAndFindsNothingWhenAllAreDecided() {
        AnnotatedArticle unsure = edits.markUnsure(doc, "q2").applyTo(doc);
        AnnotatedArticle decided = unsure;
        for (String id : List.of("q1", "q2", "q4", "q5")) {
            decided = edits.accept(decided, id).applyTo(decided);
        }

        assertThat(QuoteNavigation.nextUnreviewed(unsure, quote(doc, "q1").span().start()))
                .map(Quote::id).contains("q2");
        assertThat(QuoteNavigation.nextUnreviewed(decided, -1)).isEmpty();
    }

    @Test
    void theQuoteAtAnOffsetIsTheOneCoveringIt() {
        Span q3 = quote(doc, "q3").span();

        assertThat(QuoteNavigation.at(doc, q3.start())).map(Quote::id).contains("q3");
        assertThat(QuoteNavigation.at(doc, q3.end() - 1)).map(Quote::id).contains("q3");
        assertThat(QuoteNavigation.at(doc, q3.end())).isEmpty();
    }

    // ---------------------------------------------------------------- filter

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            everything                      | ''      | ''                 | ''               | false | q1 q2 q3 q4 q5
            one speaker                     | s1      | ''                 | ''               | false | q1 q2
            two speakers                    | s1 s2   | ''                 | ''               | false | q1 q2 q3
            unattributed only               | NONE    | ''                 | ''               | false | q5
            a status                        | ''      | ACCEPTED           | ''               | false | q3
            a type                          | ''      | ''                 | DIRECT           | false | q2 q4 q5
            types and speaker               | s1      | ''                 | HEADLINE PARTIAL | false | q1
            hide rejected                   | ''      | ''                 | ''               | true  | q1 q2 q3 q5
            explicit status wins over hide  | ''      | REJECTED           | ''               | true  | q4
            """)
    void theFilterCombinesItsCriteria(String name, String speakers, String statuses, String types, boolean hide,
                                      String expected) {
        AnnotatedArticle variety = edits.reject(doc, "q4").applyTo(doc);
        Quote bare = quote(variety, "q5").withAttribution(null, null, null, 0, Quote.MANUAL);
        variety = variety.withQuotes(EditsAttributionTest.replace(variety.quotes(), bare));
        QuoteFilter filter = QuoteFilter.all()
                .withSpeakers(words(speakers).stream().map(s -> s.equals("NONE") ? QuoteFilter.UNATTRIBUTED : s)
                        .collect(Collectors.toSet()))
                .withStatuses(words(statuses).stream().map(QuoteStatus::valueOf).collect(Collectors.toSet()))
                .withTypes(words(types).stream().map(QuoteType::valueOf).collect(Collectors.toSet()))
                .hidingRejected(hide);

        assertThat(variety.quotes().stream().filter(filter).map(Quote::id).toList())
                .containsExactlyElementsOf(words(expected));
        assertThat(filter.isActive()).isEqualTo(!name.equals("everything"));
    }

    // ---------------------------------------------------------------- search

    @Test
    void searchIgnoresCaseAndSaysWhichHitsAreInsideQuotes() {
        List<TextSearch.Hit> hits = TextSearch.find(doc, "WE ");

        assertThat(hits).extracting(TextSearch.Hit::span)
                .containsExactly(startOf("We will", 3), startOf("We have", 3));
        assertThat(hits).extracting(TextSearch.Hit::quoteId).containsExactly("q2", "q5");
    }

    @Test
    void searchFindsTheWritersOwnTextToo() {
        List<TextSearch.Hit> hits = TextSearch.find(doc, "council");

        assertThat(hits).extracting(TextSearch.Hit::span)
                .containsExactly(startOf("council called", 7), startOf("Council member", 7));
        assertThat(hits).noneMatch(TextSearch.Hit::inQuote);
        assertThat(TextSearch.find(doc, "")).isEmpty();
        assertThat(TextSearch.find(doc, "no such words")).isEmpty();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Iran's              | Iran’s
            "no comment"        | “No comment”
            'fine'              | ‘fine’
            "mur"               | «mur»
            10 km               | 10 km
            """)
    void typewriterQuotesApostrophesAndSpacesFindTheirTypographicForms(String typed, String inText) {
        AnnotatedArticle article = new AnnotatedArticle(
                org.quoteexplorer.model.Article.of("search", "Tehran said " + inText + " twice: " + inText + "."), List.of(), List.of());

        List<TextSearch.Hit> hits = TextSearch.find(article, typed);

        assertThat(hits).extracting(h -> h.span().of(article.text())).containsExactly(inText, inText);
        assertThat(TextSearch.contains(article.text(), typed)).isTrue();
        assertThat(TextSearch.contains(article.text(), typed + "x")).isFalse();
    }

    @Test
    void theNextHitWrapsToTheTop() {
        int afterLast = span("Council member").start();

        assertThat(TextSearch.next(doc, "council", -1)).map(h -> h.span().start()).contains(span("council called").start());
        assertThat(TextSearch.next(doc, "council", afterLast)).map(h -> h.span().start())
                .contains(span("council called").start());
    }

    // ---------------------------------------------------------------- progress

    @Test
    void progressCountsAcceptedCorrectedAndRejectedAsReviewed() {
        AnnotatedArticle reviewed = edits.reject(doc, "q1").applyTo(doc);
        reviewed = edits.reassign(reviewed, "q5", "s1").applyTo(reviewed);
        reviewed = edits.markUnsure(reviewed, "q4").applyTo(reviewed);

        ReviewProgress progress = ReviewProgress.of(reviewed);

        assertThat(progress.label()).isEqualTo("3 of 5 reviewed");
        assertThat(progress.fraction()).isEqualTo(0.6);
        assertThat(progress.isComplete()).isFalse();
    }

    @Test
    void anArticleWithoutQuotesHasNothingLeftToReview() {
        ReviewProgress progress = ReviewProgress.of(doc.withQuotes(List.of()));

        assertThat(progress.label()).isEqualTo("0 of 0 reviewed");
        assertThat(progress.fraction()).isEqualTo(1.0);
        assertThat(progress.isComplete()).isTrue();
        assertThatThrownBy(() -> new ReviewProgress(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- tooltip

    @Test
    void theTooltipNamesSpeakerRuleConfidenceAndTheEvidenceAroundCueAndMention() {
        assertThat(QuoteTooltips.tooltip(doc, quote(doc, "q2")))
                .isEqualTo("Ana Lopez — rule:quote-verb-speaker, 0.95 — evidence: “said Mayor Ana Lopez”");
        assertThat(QuoteTooltips.tooltip(doc, quote(doc, "q4")))
                .isEqualTo("Tom Berg — rule:speaker-colon-quote, 0.90 — evidence: “Tom Berg told reporters”");
    }

    @Test
    void theTooltipLeavesOutMissingEvidenceAndAddsTheNote() {
        assertThat(QuoteTooltips.tooltip(doc, quote(doc, "q5")))
                .isEqualTo("Tom Berg — rule:previous-speaker, 0.50");
        assertThat(QuoteTooltips.tooltip(doc, quote(doc, "q3")))
                .isEqualTo("City Council — rule:sentence-subject, 0.80 — evidence: “The city council called”"
                        + "\nNote: wording checked");
        assertThat(QuoteTooltips.tooltip(doc, Quote.unattributed("q9", span("Parks"), QuoteType.DIRECT)))
                .isEqualTo("No speaker — manual, 0.00");
    }

    @Test
    void distantCueAndMentionAreShownApart() {
        Span cue = span("said Mayor");
        Span farMention = span("Parks staff");

        assertThat(QuoteTooltips.evidence(Docs.TEXT, new Span(cue.start(), cue.start() + 4), farMention))
                .isEqualTo("said … Parks staff");
    }

    /** The first {@code length} characters of where {@code fragment} is. */
    private static Span startOf(String fragment, int length) {
        return new Span(span(fragment).start(), span(fragment).start() + length);
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }
}
