package org.quoteexplorer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.eval.Reliability.Judged;
import org.quoteexplorer.eval.Reliability.Row;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/** The reliability tables and the calibration behind {@code eval --reliability} and {@code --calibrate}. */
class ReliabilityTest {

    @ParameterizedTest(name = "{0} falls in {1}")
    @CsvSource(textBlock = """
            0.0,  '[0.00, 0.50)'
            0.49, '[0.00, 0.50)'
            0.5,  '[0.50, 0.60)'
            0.89, '[0.80, 0.90)'
            0.9,  '[0.90, 0.95)'
            0.94, '[0.90, 0.95)'
            0.95, '[0.95, 1.00]'
            1.0,  '[0.95, 1.00]'
            """)
    void aConfidenceFallsInTheBucketWhoseLowerEdgeItReaches(double confidence, String bucket) {
        List<Row> rows = Reliability.buckets(List.of(new Judged("r", confidence, true)));

        assertThat(rows).extracting(Row::label).containsExactly(bucket);
    }

    @Test
    void aBucketReportsItsShareRightBesideItsMeanConfidence() {
        List<Judged> judged = List.of(new Judged("a", 0.8, true), new Judged("a", 0.84, false),
                new Judged("b", 0.82, true), new Judged("b", 0.86, true));

        Row row = Reliability.buckets(judged).get(0);

        assertThat(row.quotes()).isEqualTo(4);
        assertThat(row.share()).isEqualTo(0.75);
        assertThat(row.meanConfidence()).isCloseTo(0.83, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Reliability.rules(judged)).extracting(Row::label, Row::quotes, Row::right)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 2, 1), org.assertj.core.groups.Tuple.tuple("b", 2, 2));
    }

    @Test
    void onlyABucketWithEnoughQuotesIsHeldToTheTarget() {
        List<Judged> few = new ArrayList<>();
        List<Judged> many = new ArrayList<>();
        for (int i = 0; i < Reliability.MIN_QUOTES; i++) {
            // Right half the time at a promised 0.9: far off the target.
            if (i < Reliability.MIN_QUOTES - 1) {
                few.add(new Judged("r", 0.9, i % 2 == 0));
            }
            many.add(new Judged("r", 0.9, i % 2 == 0));
        }

        assertThat(Reliability.buckets(few).get(0).withinTolerance()).isTrue();
        assertThat(Reliability.buckets(many).get(0).withinTolerance()).isFalse();
    }

    @Test
    void aRareRuleThatWasAlwaysRightIsPulledBelowCertainty() {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            outcomes.add(outcome("doc" + i, "common", 0.9, i % 5 != 0)); // right 80%
        }
        for (int i = 0; i < 50; i++) {
            outcomes.add(outcome("doc" + i, "fallback", 0.7, i % 2 == 0)); // right 50%
        }
        outcomes.add(outcome("doc1", "lucky", 0.9, true));
        outcomes.add(outcome("doc2", "lucky", 0.9, true));

        Map<String, Calibration.Estimate> table = new Calibration(outcomes,
                Map.of("common", 0.9, "fallback", 0.7, "lucky", 0.9, "unused", 0.3), 20).estimate();

        // (160 + 20 * 27/52) / (200 + 20): a common rule moves little toward the rare rules' rate.
        assertThat(table.get("common").precision()).isEqualTo(0.77);
        assertThat(table.get("lucky").precision()).as("2 of 2 right, leaning toward the rare rules' 52%")
                .isBetween(0.5, 0.6);
        assertThat(table.get("unused").precision()).as("no cases: the value stays").isEqualTo(0.3);
    }

    @Test
    void aRulesPrecisionAccountsForTheDiscountsItsSievesApplied() {
        List<Outcome> outcomes = new ArrayList<>();
        // Half the quotes at the rule's full 0.9, half discounted to 0.45; 240 of the 400 right.
        for (int i = 0; i < 400; i++) {
            outcomes.add(outcome("doc" + i, "cue", i % 2 == 0 ? 0.9 : 0.45, i % 5 < 3));
        }

        double precision = new Calibration(outcomes, Map.of("cue", 0.9), 0).estimate().get("cue").precision();

        // 240 right over 200 + 200 * 0.5 weighted quotes: at 0.8 and 0.4 the mean confidence is the 60% right.
        assertThat(precision).isEqualTo(0.8);
    }

    @Test
    void crossValidationJudgesEveryAttributedQuoteOnceAndTheSameWayEachRun() {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            outcomes.add(outcome("doc" + (i % 12), i % 3 == 0 ? "a" : "b", 0.9, i % 4 != 0));
        }
        Calibration calibration = new Calibration(outcomes, Map.of("a", 0.9, "b", 0.9), 20);

        List<Judged> first = calibration.crossValidated(5);

        assertThat(first).hasSize(60);
        assertThat(calibration.crossValidated(5)).isEqualTo(first);
    }

    private static Outcome outcome(String doc, String rule, double confidence, boolean right) {
        Quote quote = new Quote("q1", new Span(0, 1), QuoteType.DIRECT, "s1", null, null, confidence, "rule:" + rule,
                QuoteStatus.SUGGESTED, null, List.of());
        return new Outcome(doc, quote, right);
    }
}
