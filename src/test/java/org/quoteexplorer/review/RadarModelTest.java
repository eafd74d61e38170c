package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RadarModelTest {

    private static InputStream table(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBundledWeightsLoadAndSayHowTheyWereFitted() throws IOException {
        RadarModel model = RadarModel.bundled();

        assertThat(model.weights()).containsKey("bias").containsKey("flag:unattributed").containsKey("doubt");
        try (InputStream in = RadarModel.class.getClassLoader().getResourceAsStream(RadarModel.RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("# Misattribution radar").contains("train.json").contains("cross-validation");
        }
    }

    @Test
    void theBundledWeightsRankAnUnattributedQuoteAboveAPlainlyCuedOne() {
        RadarModel model = RadarModel.bundled();
        double cued = model.probability(Map.of("bias", 1.0, "rule:quote-speaker-cue", 1.0, "kind:person", 1.0,
                "mention:name", 1.0, "doubt", 0.02));
        double nobody = model.probability(Map.of("bias", 1.0, "flag:unattributed", 1.0, "cue:none", 1.0));

        assertThat(nobody).isGreaterThan(0.5).isGreaterThan(cued);
        assertThat(cued).isLessThan(0.1);
    }

    @Test
    void aFeatureTheTableDoesNotNameWeighsNothing() {
        RadarModel model = new RadarModel(Map.of("bias", -1.0, "flag:conflict", 2.0));

        double plain = model.probability(Map.of("bias", 1.0));
        assertThat(model.probability(Map.of("bias", 1.0, "rule:never-seen", 1.0))).isEqualTo(plain);
        assertThat(model.probability(Map.of("bias", 1.0, "flag:conflict", 1.0))).isGreaterThan(plain);
        assertThat(plain).isCloseTo(1 / (1 + Math.exp(1)), org.assertj.core.data.Offset.offset(1e-12));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a weight that is no number  | bias 0.1\\nflag:conflict high    | line 2
            a feature of no family      | bias 0.1\\nmood:angry 0.3        | line 2
            a feature given twice       | bias 0.1\\ndoubt 1\\ndoubt 2     | given twice
            an infinite weight          | bias 0.1\\ndoubt Infinity        | line 2
            no bias line                | # only a comment\\ndoubt 0.5     | no "bias" line
            """)
    void aMalformedTableIsRefusedWithTheLineNamed(String label, String text, String message) {
        assertThatThrownBy(() -> RadarModel.parse("test.txt", table(text.replace("\\n", "\n"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.txt").hasMessageContaining(message);
    }

    @Test
    void theResourceTextReadsBackToTheSameWeights() throws IOException {
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        weights.put("bias", -2.5);
        weights.put("flag:far-speaker", 1.25);
        weights.put("rule:sentence-cue", -0.5);

        String text = String.join("\n", RadarModel.resource(weights, java.util.List.of("made by a test"))) + "\n";

        assertThat(text).contains("# made by a test");
        assertThat(RadarModel.parse("round-trip", table(text)).weights()).isEqualTo(weights);
    }
}
