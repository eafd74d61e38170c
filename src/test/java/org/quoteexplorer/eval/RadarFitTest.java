package org.quoteexplorer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.review.RadarModel;

class RadarFitTest {

    /**
     * 2,000 quotes over 40 articles: a quarter carry a conflict flag and are wrong half the time,
     * the rest one time in fifteen; a feature seen on only 5 quotes is always wrong.
     */
    private static List<RadarFit.Example> examples() {
        List<RadarFit.Example> out = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            boolean conflict = i % 4 == 0;
            boolean wrong = conflict ? i % 8 == 0 : i % 20 == 1;
            Map<String, Double> f = new java.util.HashMap<>(Map.of("bias", 1.0));
            if (conflict) {
                f.put("flag:conflict", 1.0);
            }
            if (i < 5) {
                f.put("rule:rare", 1.0);
                wrong = true;
            }
            out.add(new RadarFit.Example("doc" + (i % 40), f, wrong));
        }
        return out;
    }

    @Test
    void theFittedProbabilitiesMatchTheRatesOfEachGroup() {
        RadarModel model = RadarFit.fit(examples(), 0.3);

        // 251 of the 500 flagged are wrong, 102 of the 1,500 others (the rare feature is left out).
        assertThat(model.probability(Map.of("bias", 1.0, "flag:conflict", 1.0))).isCloseTo(0.502, within(0.01));
        assertThat(model.probability(Map.of("bias", 1.0))).isCloseTo(0.068, within(0.005));
    }

    @Test
    void aFeatureSeenOnTooFewQuotesGetsNoWeight() {
        RadarModel model = RadarFit.fit(examples(), 0.3);

        assertThat(model.weights()).containsKeys("bias", "flag:conflict").doesNotContainKey("rule:rare");
    }

    @Test
    void aFlagThatGoesWithFewerMistakesIsLeftOutRatherThanLoweringTheRisk() {
        List<RadarFit.Example> data = new ArrayList<>(examples());
        for (int i = 0; i < 400; i++) {
            // Flagged yet never wrong: an unconstrained fit would give the flag a negative weight.
            data.add(new RadarFit.Example("calm" + (i % 10), Map.of("bias", 1.0, "flag:narration", 1.0), false));
        }

        RadarModel model = RadarFit.fit(data, 0.3);

        assertThat(model.weights()).doesNotContainKey("flag:narration");
        assertThat(model.weights().get("flag:conflict")).isPositive();
    }

    @Test
    void strongerRegularisationPullsWeightsTowardZero() {
        double loose = RadarFit.fit(examples(), 0.3).weights().get("flag:conflict");
        double tight = RadarFit.fit(examples(), 1000).weights().get("flag:conflict");

        assertThat(tight).isPositive().isLessThan(loose);
    }

    @Test
    void crossValidationTriesEveryStrengthAndTheBestPutsTheFlaggedWrongOnesInTheTopFifth() {
        RadarFit fit = new RadarFit(examples());

        List<RadarFit.Trial> trials = fit.crossValidate(5);

        assertThat(trials).extracting(RadarFit.Trial::lambda).containsExactly(0.3, 1.0, 3.0, 10.0, 30.0, 100.0);
        RadarFit.Trial best = RadarFit.best(trials);
        // 251 of the 353 wrong quotes carry the flag and the 500 flagged take the 400 top places:
        // about 200 of 353 caught (0.57), against 0.20 for a random order.
        assertThat(best.topShare()).isGreaterThan(0.5).isLessThan(0.65);
        assertThat(trials).allSatisfy(t -> assertThat(t.topShare()).isLessThanOrEqualTo(best.topShare()));
    }
}
