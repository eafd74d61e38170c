package org.quoteexplorer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quoteexplorer.eval.SharedCorpora.Reading;

/**
 * Reading an article the way the app does must not cost accuracy: the reader reflows and trims
 * paragraphs, and the engine's cues depend on paragraphs, so a reader that misjudges them shows
 * up here and not in a score taken on the raw gold strings.
 */
class ReaderPathAccuracyTest {

    private static final double TOLERANCE = 0.002;

    @Test
    void attributionThroughTheReaderIsAsGoodAsOnTheRawGoldTextOnPolnearDev() {
        Score raw = SharedCorpora.polnear("dev", Reading.RAW_GOLD_TEXT);
        Score read = SharedCorpora.polnear("dev", Reading.THROUGH_THE_READER);

        assertThat(read.attributionF1())
                .as("attribution F1 through the reader (%s) vs on the raw gold text (%s)",
                        read.lines().get(5), raw.lines().get(5))
                .isGreaterThanOrEqualTo(raw.attributionF1() - TOLERANCE);
    }
}
