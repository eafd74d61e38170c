package org.quoteexplorer.review.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.Speaker;

class SpeakerNamesTest {

    private static final Speaker LOPEZ = new Speaker("s1", "Ana Lopez", null, null, List.of("the mayor"));

    @ParameterizedTest(name = "\"{0}\" names Ana Lopez: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ana Lopez                 | true
            ana  LOPEZ                | true
            Lopez                     | true
            Mayor Ana Lopez           | true
            The Mayor                 | true
            Deputy mayor              | false
            Lopezz                    | false
            he                        | false
            Carlos Lopez              | false
            ''                        | false
            """)
    void aMentionNamesASpeakerByNameAliasTitledNameOrLastWords(String mention, boolean expected) {
        assertThat(SpeakerNames.names(LOPEZ, mention)).isEqualTo(expected);
    }
}
