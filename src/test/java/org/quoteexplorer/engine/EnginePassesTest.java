package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.engine.EnginePasses.Pass;

/**
 * The benchmark's passes do the engine's own work: quotes, tokens, and every speech cue of the
 * analysis (one with no quote of its own too), none for a text the engine would not analyse.
 */
class EnginePassesTest {

    @ParameterizedTest(name = "{0} of \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            QUOTES   | “We pay,” Lee said. “Soon.”       | 2
            QUOTES   | No quotation here.                | 0
            TOKENS   | “We pay,” Lee said.               | 8
            TOKENS   | Lee’s plan.                       | 4
            ANALYSIS | “We pay,” Lee said.               | 1
            ANALYSIS | “We pay,” Lee said. Ray said no.  | 2
            ANALYSIS | Lee said the city would pay.      | 0
            """)
    void eachPassCountsWhatItFinds(Pass pass, String text, int count) {
        assertThat(EnginePasses.run(pass, text)).isEqualTo(count);
    }
}
