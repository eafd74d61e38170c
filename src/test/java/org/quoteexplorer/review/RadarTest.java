package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** Each flag of the radar on small hand-made articles with hand-made attributions. */
class RadarTest {

    /** Builds an article whose quotes are given by their text, speaker, mention text, rule and confidence. */
    private static final class Doc {
        final String text;
        final List<Speaker> speakers = new ArrayList<>();
        final List<Quote> quotes = new ArrayList<>();

        Doc(String text) {
            this.text = text;
        }

        Doc speaker(String id, String name) {
            speakers.add(new Speaker(id, name, SpeakerKind.PERSON, null, List.of()));
            return this;
        }

        /** The {@code nth} occurrence (0-based) of {@code quoted} in the text. */
        Doc quote(String id, String quoted, int nth, QuoteType type, String speaker, String mention, String rule,
                double confidence) {
            int at = -1;
            for (int i = 0; i <= nth; i++) {
                at = text.indexOf(quoted, at + 1);
            }
            Span span = new Span(at, at + quoted.length());
            Span m = null;
            if (mention != null) {
                int mm = text.indexOf(mention, span.end());
                mm = mm < 0 ? text.lastIndexOf(mention, span.start()) : mm;
                m = new Span(mm, mm + mention.length());
            }
            quotes.add(new Quote(id, span, type, speaker, m, null, speaker == null ? 0 : confidence,
                    speaker == null ? "rule:unattributed" : "rule:" + rule, QuoteStatus.SUGGESTED, null, List.of()));
            return this;
        }

        AnnotatedArticle build() {
            return new AnnotatedArticle(Article.of("t", text), speakers, quotes);
        }
    }

    static Stream<Arguments> flaggedArticles() {
        String twice = "Talks\n\u201cWe will never sign this deal,\u201d said Ana Kiril.\n"
                + "Later on, \u201cwe will never sign this deal,\u201d said Boris Lenk.";
        String narration = "Talks\nAna Kiril spoke at the port, voicing strong support for the strike.\n"
                + "\u201cWe voice strong support for the strike,\u201d Boris Lenk said.";
        String headline = "\u201cNo more delays\u201d at the port\n\u201cNo more delays,\u201d said Ana Kiril.";
        String nested = "Talks\n\u201cHe told me \u2018the port is shut\u2019 and left,\u201d said Ana Kiril.";
        String far = "Talks\nAna Kiril arrived on Monday. " + "The weather was grey and the ships were late. ".repeat(6)
                + "\u201cWe are ready.\u201d";
        String pronoun = "Talks\nThe strike went on. \u201cWe are ready,\u201d she said.";
        return Stream.of(
                Arguments.of("same words, two speakers", new Doc(twice).speaker("s1", "Ana Kiril").speaker("s2", "Boris Lenk")
                        .quote("q1", "\u201cWe will never sign this deal,\u201d", 0, QuoteType.DIRECT, "s1", "Ana Kiril", "quote-cue-speaker", 0.98)
                        .quote("q2", "\u201cwe will never sign this deal,\u201d", 0, QuoteType.PARTIAL, "s2", "Boris Lenk", "quote-cue-speaker", 0.98),
                        "q2", FlagCode.CONFLICT, "in \u201cWe will never sign this deal,\u201d, attributed to Ana Kiril"),
                Arguments.of("narration credits another", new Doc(narration).speaker("s1", "Ana Kiril").speaker("s2", "Boris Lenk")
                        .quote("q1", "\u201cWe voice strong support for the strike,\u201d", 0, QuoteType.DIRECT, "s2", "Boris Lenk", "quote-speaker-cue", 0.98),
                        "q1", FlagCode.NARRATION, "Ana Kiril"),
                Arguments.of("headline counterpart", new Doc(headline).speaker("s1", "Ana Kiril").speaker("s2", "Boris Lenk")
                        .quote("q1", "\u201cNo more delays\u201d", 0, QuoteType.HEADLINE, "s2", null, "headline-words", 0.8)
                        .quote("q2", "\u201cNo more delays,\u201d", 0, QuoteType.DIRECT, "s1", "Ana Kiril", "quote-cue-speaker", 0.98),
                        "q1", FlagCode.HEADLINE_CONFLICT, "the body, \u201cNo more delays,\u201d, attributed to Ana Kiril"),
                Arguments.of("quote inside a quote", new Doc(nested).speaker("s1", "Ana Kiril").speaker("s2", "Boris Lenk")
                        .quote("q1", "\u201cHe told me \u2018the port is shut\u2019 and left,\u201d", 0, QuoteType.DIRECT, "s1", "Ana Kiril", "quote-cue-speaker", 0.98)
                        .quote("q2", "\u2018the port is shut\u2019", 0, QuoteType.PARTIAL, "s2", null, "sentence-subject", 0.7),
                        "q2", FlagCode.NESTED_CONFLICT, "inside \u201cHe told me \u2018the port is…, which is attributed to Ana Kiril"),
                Arguments.of("continuation", new Doc(pronoun).speaker("s1", "Ana Kiril")
                        .quote("q1", "\u201cWe are ready,\u201d", 0, QuoteType.DIRECT, "s1", null, "paragraph-continuation", 0.98),
                        "q1", FlagCode.WEAK_EVIDENCE, "paragraph-continuation"),
                Arguments.of("pronoun", new Doc(pronoun).speaker("s1", "Ana Kiril")
                        .quote("q1", "\u201cWe are ready,\u201d", 0, QuoteType.DIRECT, "s1", "she", "quote-cue-speaker", 0.98),
                        "q1", FlagCode.WEAK_EVIDENCE, "\"she\""),
                Arguments.of("far speaker", new Doc(far).speaker("s1", "Ana Kiril")
                        .quote("q1", "\u201cWe are ready.\u201d", 0, QuoteType.DIRECT, "s1", "Ana Kiril", "previous-paragraph-cue", 0.8),
                        "q1", FlagCode.FAR_SPEAKER, "characters before"),
                Arguments.of("document", new Doc("Talks\n\u201cWe are ready,\u201d the report said.").speaker("s1", "the report")
                        .quote("q1", "\u201cWe are ready,\u201d", 0, QuoteType.DIRECT, "s1", "the report", "quote-cue-speaker", 0.98),
                        "q1", FlagCode.NOT_A_PERSON, "document"),
                Arguments.of("bare role", new Doc("Talks\n\u201cWe are ready,\u201d the spokesman said.").speaker("s1", "the spokesman")
                        .quote("q1", "\u201cWe are ready,\u201d", 0, QuoteType.DIRECT, "s1", "the spokesman", "quote-cue-speaker", 0.88),
                        "q1", FlagCode.NOT_A_PERSON, "bare role"),
                Arguments.of("low confidence", new Doc(pronoun).speaker("s1", "Ana Kiril")
                        .quote("q1", "\u201cWe are ready,\u201d", 0, QuoteType.DIRECT, "s1", null, "sentence-subject", 0.63),
                        "q1", FlagCode.LOW_CONFIDENCE, "63 times in 100"),
                Arguments.of("unattributed", new Doc(pronoun)
                        .quote("q1", "\u201cWe are ready,\u201d", 0, QuoteType.DIRECT, null, null, null, 0),
                        "q1", FlagCode.UNATTRIBUTED, "No speaker"),
                Arguments.of("never named", new Doc(pronoun).speaker("s1", "she")
                        .quote("q1", "\u201cWe are ready,\u201d", 0, QuoteType.DIRECT, "s1", "she", "quote-cue-speaker", 0.98),
                        "q1", FlagCode.UNNAMED_SPEAKER, "never named"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flaggedArticles")
    void flagsTheQuoteWithAReasonNamingTheEvidence(String label, Doc doc, String quoteId, FlagCode code, String inReason) {
        RadarReport report = Radar.assess(doc.build());

        Assessment a = report.of(quoteId);
        assertThat(a.flags()).filteredOn(f -> f.code() == code).isNotEmpty()
                .allSatisfy(f -> assertThat(f.reason()).contains(inReason));
        assertThat(a.risk()).isGreaterThan(0).isLessThanOrEqualTo(1);
        assertThat(report.queue()).contains(quoteId);
    }

    @Test
    void aQuoteWithStrongEvidenceAndNoContradictionIsNotFlagged() {
        AnnotatedArticle doc = new Doc("Talks\n\u201cWe are ready,\u201d said Ana Kiril.").speaker("s1", "Ana Kiril")
                .quote("q1", "\u201cWe are ready,\u201d", 0, QuoteType.DIRECT, "s1", "Ana Kiril", "quote-cue-speaker", 0.98).build();

        RadarReport report = Radar.assess(doc);

        assertThat(report.of("q1").flags()).isEmpty();
        assertThat(report.queue()).isEmpty();
        assertThat(report.flagCount()).isZero();
        assertThat(report.of("no-such-quote")).isEqualTo(Assessment.NONE);
    }

    @Test
    void theQueueIsOrderedByRiskAndLeavesOutReviewedAndScareQuotes() {
        String text = "Talks\n\u201cOne,\u201d she said. \u201cTwo,\u201d she said. \u201cThree\u201d \u201cfour\u201d";
        Doc d = new Doc(text).speaker("s1", "Ana Kiril")
                .quote("q1", "\u201cOne,\u201d", 0, QuoteType.DIRECT, "s1", "she", "sentence-subject", 0.63)
                .quote("q2", "\u201cTwo,\u201d", 0, QuoteType.DIRECT, null, null, null, 0)
                .quote("q3", "\u201cThree\u201d", 0, QuoteType.DIRECT, null, null, null, 0)
                .quote("q4", "\u201cfour\u201d", 0, QuoteType.SCARE, null, null, null, 0);
        List<Quote> quotes = new ArrayList<>(d.quotes);
        quotes.set(2, quotes.get(2).withStatus(QuoteStatus.ACCEPTED));
        AnnotatedArticle doc = d.build().withQuotes(quotes);

        RadarReport report = Radar.assess(doc);

        assertThat(report.queue()).containsExactly("q2", "q1");
        assertThat(report.of("q2").risk()).isGreaterThan(report.of("q1").risk());
        assertThat(report.of("q3")).isEqualTo(Assessment.NONE);
        assertThat(report.of("q4")).isEqualTo(Assessment.NONE);
    }

    @Test
    void aMegabyteArticleWithThousandsOfRepeatedQuotesGetsNoFlagPerOtherQuote() {
        StringBuilder text = new StringBuilder("Talks\n");
        Doc d = null;
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            paragraphs.add("\u201cWe will sign the deal today,\u201d said Ana Kiril. "
                    + "The harbour was busy and the ships were late again this week. ".repeat(2));
        }
        paragraphs.forEach(p -> text.append(p).append('\n'));
        d = new Doc(text.toString()).speaker("s1", "Ana Kiril").speaker("s2", "Boris Lenk");
        int from = 0;
        for (int i = 0; i < 6000; i++) {
            String q = "\u201cWe will sign the deal today,\u201d";
            int at = text.indexOf(q, from);
            from = at + q.length();
            d.quotes.add(new Quote("q" + i, new Span(at, at + q.length()), QuoteType.DIRECT, i % 2 == 0 ? "s1" : "s2",
                    null, null, 0.9, "rule:quote-cue-speaker", QuoteStatus.SUGGESTED, null, List.of()));
        }
        AnnotatedArticle doc = d.build();
        assertThat(doc.text().length()).isGreaterThan(1_000_000);
        RadarReport report = Radar.assess(doc);

        // The same words under two speakers in every paragraph: words shared by thousands of quotes
        // are boilerplate, not a contradiction, and no quote gets a flag per other quote (which
        // would also mean all pairs of 6000 quotes were compared; speed is for a benchmark).
        assertThat(report.assessments()).hasSize(6000);
        assertThat(report.assessments().values())
                .allSatisfy(a -> assertThat(a.flags().stream().filter(f -> f.code() == FlagCode.CONFLICT).count())
                        .isLessThanOrEqualTo(3L));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            0, 0 characters
            1, 1 character
            2, 2 characters
            91, 91 characters
            """)
    void aNearerSpeakersDistanceReadsInTheRightNumber(int count, String words) {
        assertThat(Nearer.characters(count)).isEqualTo(words);
    }
}
