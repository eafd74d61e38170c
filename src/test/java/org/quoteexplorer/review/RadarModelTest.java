package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.quoteexplorer.model.FlagCode;

class RadarModelTest {

    private static InputStream table(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** base -1; one tree: conflict flag -> +2, else doubt >= 0.5 -> +1, else 0. */
    private static RadarModel small() {
        return new RadarModel(-1, List.of(new RadarModel.Split("flag:conflict", 0.5,
                new RadarModel.Split("doubt", 0.5, new RadarModel.Leaf(0), new RadarModel.Leaf(1)),
                new RadarModel.Leaf(2))));
    }

    @Test
    void theBundledModelLoadsAndSaysHowItWasFitted() throws IOException {
        RadarModel model = RadarModel.bundled();

        assertThat(model.trees()).hasSizeGreaterThan(10);
        try (InputStream in = RadarModel.class.getClassLoader().getResourceAsStream(RadarModel.RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("# Misattribution radar").contains("train.json").contains("cross-validation");
        }
    }

    @Test
    void theBundledModelRanksAnUnattributedQuoteAboveAPlainlyCuedOne() {
        String text = "Port talks stall\n"
                + "\"We will reopen the harbour next week,\" said Ana Kiril, the mayor of Varna.\n"
                + "Dock workers gathered at dawn. \"Nobody has told us anything.\"\n";
        org.quoteexplorer.model.AnnotatedArticle doc = new org.quoteexplorer.engine.QuoteEngine()
                .attribute(org.quoteexplorer.model.Article.of("port", text)).annotated();
        Map<String, Map<String, Double>> features = Radar.features(doc, List.of());
        org.quoteexplorer.model.Quote cued = doc.quotes().get(0);
        org.quoteexplorer.model.Quote nobody = doc.quotes().get(1);
        assertThat(cued.isAttributed()).isTrue();
        assertThat(nobody.isAttributed()).isFalse();

        RadarModel model = RadarModel.bundled();
        assertThat(model.probability(features.get(nobody.id()))).isGreaterThan(0.5);
        assertThat(model.probability(features.get(cued.id()))).isLessThan(0.1);
    }

    /** Every feature the bundled trees split on, to build quotes of any description from. */
    private static List<String> splitFeatures(RadarModel model) {
        Set<String> names = new TreeSet<>();
        List<RadarModel.Node> todo = new ArrayList<>(model.trees());
        while (!todo.isEmpty()) {
            if (todo.remove(todo.size() - 1) instanceof RadarModel.Split s) {
                names.add(s.feature());
                todo.add(s.below());
                todo.add(s.atOrAbove());
            }
        }
        return new ArrayList<>(names);
    }

    @ParameterizedTest
    @EnumSource(FlagCode.class)
    void raisingAFlagNeverLowersTheBundledRisk(FlagCode code) {
        RadarModel model = RadarModel.bundled();
        List<String> features = splitFeatures(model);
        Random random = new Random(code.ordinal());
        for (int n = 0; n < 300; n++) {
            Map<String, Double> f = new HashMap<>();
            for (String name : features) {
                if (!name.startsWith("flag:") && random.nextInt(4) == 0) {
                    f.put(name, random.nextBoolean() ? 1.0 : random.nextDouble() * 2);
                }
            }
            double before = model.probability(f);
            f.put("flag:" + code.code(), 1.0);

            assertThat(model.probability(f)).as("flag %s on %s", code.code(), f).isGreaterThanOrEqualTo(before - 1e-12);
        }
    }

    @Test
    void aQuoteFollowsEachSplitByItsFeatureAndAMissingFeatureCountsAsZero() {
        RadarModel model = small();

        assertThat(model.probability(Map.of("bias", 1.0))).isCloseTo(1 / (1 + Math.exp(1)), Offset.offset(1e-12));
        assertThat(model.probability(Map.of("doubt", 0.7))).isCloseTo(0.5, Offset.offset(1e-12));
        assertThat(model.probability(Map.of("doubt", 0.7, "flag:conflict", 1.0)))
                .isCloseTo(1 / (1 + Math.exp(-1)), Offset.offset(1e-12));
        assertThat(model.probability(Map.of("rule:never-seen", 1.0))).isEqualTo(model.probability(Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no base line                  | tree\\n  leaf 0.1                                         | no "base" line
            a base that is no number      | base low\\ntree\\n  leaf 0.1                             | line 1
            a leaf that is no number      | base 0\\ntree\\n  leaf high                              | line 3
            a split on no known family    | base 0\\ntree\\n  split mood:angry 0.5\\n    leaf 0\\n    leaf 1 | line 3
            an infinite threshold         | base 0\\ntree\\n  split doubt Infinity\\n    leaf 0\\n    leaf 1 | line 3
            a tree cut short              | base 0\\ntree\\n  split doubt 0.5\\n    leaf 0            | ends inside a tree
            a node at the wrong depth     | base 0\\ntree\\n  split doubt 0.5\\n  leaf 0\\n    leaf 1 | line 4
            a line where a tree starts    | base 0\\ntree\\n  leaf 0\\n  leaf 1                      | line 4
            """)
    void aMalformedModelIsRefusedWithTheLineNamed(String label, String text, String message) {
        assertThatThrownBy(() -> RadarModel.parse("test.txt", table(text.strip().replace("\\n", "\n"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.txt").hasMessageContaining(message);
    }

    @Test
    void theResourceTextReadsBackToTheSameModel() throws IOException {
        RadarModel model = small();

        String text = String.join("\n", model.resource(List.of("made by a test"))) + "\n";

        assertThat(text).contains("# made by a test").contains("\n  split flag:conflict 0.500000\n    split doubt");
        RadarModel back = RadarModel.parse("round-trip", table(text));
        assertThat(back.base()).isEqualTo(model.base());
        assertThat(back.trees()).isEqualTo(model.trees());
    }
}
