package org.quoteexplorer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
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
            Map<String, Double> f = new HashMap<>(Map.of("bias", 1.0));
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

    private static boolean splitsOn(RadarModel.Node node, String feature) {
        return node instanceof RadarModel.Split s
                && (s.feature().equals(feature) || splitsOn(s.below(), feature) || splitsOn(s.atOrAbove(), feature));
    }

    @Test
    void theFittedProbabilitiesMatchTheRatesOfEachGroup() {
        RadarModel model = RadarFit.fit(examples(), 2, 200);

        // 251 of the 500 flagged are wrong, 102 of the 1,500 others (the rare feature is left out).
        assertThat(model.probability(Map.of("bias", 1.0, "flag:conflict", 1.0))).isCloseTo(0.502, within(0.02));
        assertThat(model.probability(Map.of("bias", 1.0))).isCloseTo(0.068, within(0.01));
    }

    @Test
    void aFeatureSeenOnTooFewQuotesIsNeverSplitOn() {
        RadarModel model = RadarFit.fit(examples(), 2, 50);

        assertThat(model.trees()).anyMatch(t -> splitsOn(t, "flag:conflict")).noneMatch(t -> splitsOn(t, "rule:rare"));
    }

    @Test
    void twoSignalsThatOnlyTogetherMeanAMistakeRankThatPairFirst() {
        // Wrong on 60% of quotes with both a far mention and a pronoun, 5% with either alone or neither:
        // no weight per feature can single out the pair, a tree of depth 2 can.
        List<RadarFit.Example> data = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            boolean far = i % 2 == 0;
            boolean pronoun = i % 3 == 0;
            boolean wrong = far && pronoun ? i / 6 % 5 < 3 : i / 6 % 20 == 0;
            Map<String, Double> f = new HashMap<>(Map.of("bias", 1.0));
            if (far) {
                f.put("distance", 1.0);
            }
            if (pronoun) {
                f.put("mention:pronoun", 1.0);
            }
            data.add(new RadarFit.Example("doc" + (i % 50), f, wrong));
        }

        RadarModel model = RadarFit.fit(data, 2, 200);

        double both = model.probability(Map.of("distance", 1.0, "mention:pronoun", 1.0));
        assertThat(both).isCloseTo(0.6, within(0.05));
        assertThat(model.probability(Map.of("distance", 1.0))).isLessThan(0.1);
        assertThat(model.probability(Map.of("mention:pronoun", 1.0))).isLessThan(0.1);
    }

    @Test
    void aFlagThatGoesWithFewerMistakesNeverLowersTheRisk() {
        List<RadarFit.Example> data = new ArrayList<>(examples());
        for (int i = 0; i < 400; i++) {
            // Flagged yet never wrong: an unconstrained fit would send flagged quotes down.
            data.add(new RadarFit.Example("calm" + (i % 10), Map.of("bias", 1.0, "flag:narration", 1.0), false));
        }

        RadarModel model = RadarFit.fit(data, 3, 100);

        for (Map<String, Double> context : List.of(Map.<String, Double>of(), Map.of("flag:conflict", 1.0))) {
            Map<String, Double> flagged = new HashMap<>(context);
            flagged.put("flag:narration", 1.0);
            assertThat(model.probability(flagged)).isGreaterThanOrEqualTo(model.probability(context) - 1e-12);
        }
        assertThat(model.probability(Map.of("flag:conflict", 1.0))).isGreaterThan(model.probability(Map.of()));
    }

    @Test
    void crossValidationTriesEveryDepthAndNumberOfTreesAndTheBestPutsTheFlaggedWrongOnesInTheTopFifth() {
        RadarFit fit = new RadarFit(examples());

        List<RadarFit.Trial> trials = fit.crossValidate(5);

        assertThat(trials).hasSize(RadarFit.DEPTHS.length * RadarFit.ROUNDS.length);
        assertThat(trials).extracting(RadarFit.Trial::depth).containsOnly(2, 3);
        RadarFit.Trial best = RadarFit.best(trials);
        // 251 of the 353 wrong quotes carry the flag and the 500 flagged take the 400 top places:
        // about 200 of 353 caught (0.57), against 0.20 for a random order.
        assertThat(best.topShare()).isGreaterThan(0.5).isLessThan(0.65);
        assertThat(trials).allSatisfy(t -> assertThat(t.topShare()).isLessThanOrEqualTo(best.topShare()));
        assertThat(fit.fitAll(best).trees()).hasSize(best.rounds());
    }
}
