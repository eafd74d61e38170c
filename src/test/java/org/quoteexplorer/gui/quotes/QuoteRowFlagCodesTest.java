package org.quoteexplorer.gui.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.FlagCode;

/** A row names each of its quote's flag kinds once, in the order the radar gave them. */
class QuoteRowFlagCodesTest {

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            ''                                          | ''
            CONFLICT                                    | conflict
            CONFLICT NARRATION                          | conflict, narration
            NARRATION CONFLICT NARRATION                | narration, conflict
            FAR_SPEAKER FAR_SPEAKER FAR_SPEAKER         | far-speaker
            WEAK_EVIDENCE CONFLICT WEAK_EVIDENCE CONFLICT HEADLINE_CONFLICT | weak-evidence, conflict, headline-conflict
            """)
    void namesEachKindOnceInTheRadarsOrder(String codes, String expected) {
        List<Flag> flags = codes.isBlank() ? List.of()
                : Arrays.stream(codes.trim().split("\\s+")).map(c -> new Flag(FlagCode.valueOf(c), "why")).toList();

        assertThat(QuoteRow.flagCodes(flags)).isEqualTo(expected);
    }
}
