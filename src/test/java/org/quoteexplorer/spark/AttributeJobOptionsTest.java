package org.quoteexplorer.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The job's command line and the decisions it makes before Spark is involved. */
class AttributeJobOptionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            in.jsonl out                                  | in.jsonl     | out | -       | false | -        | false
            lake out --format PARQUET                     | lake         | out | parquet | false | -        | false
            --flags in.json out --speakers s.json         | in.json      | out | -       | true  | s.json   | false
            hdfs:///feeds/2025 s3a://b/out --no-speakers  | hdfs:///feeds/2025 | s3a://b/out | - | false | - | true
            """)
    void optionsMayComeInAnyOrder(String line, String in, String out, String format, boolean flags, String speakers,
            boolean noSpeakers) {
        AttributeJob.Options options = AttributeJob.Options.parse(line.split(" "));

        assertThat(options).isEqualTo(new AttributeJob.Options(in, out, format, flags, speakers, noSpeakers));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in.jsonl                                | expected IN and OUT, got 1 paths
            in.jsonl out extra                      | expected IN and OUT, got 3 paths
            in.jsonl out --format                   | --format needs a value
            in.jsonl out --threads 4                | unknown option --threads
            in.jsonl out --speakers s --no-speakers | --speakers and --no-speakers exclude each other
            """)
    void aWrongCommandLineIsExplained(String line, String message) {
        assertThatThrownBy(() -> AttributeJob.Options.parse(line.split(" ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", textBlock = """
            articles.jsonl,          json
            ARTICLES.JSONL,          json
            feed.ndjson.gz,          json
            dump.json.bz2,           json
            part-0.snappy.parquet,   parquet
            lake.parquet,            parquet
            articles.csv,            -
            articles,                -
            jsonl,                   -
            """)
    void theFormatIsToldByTheExtensionCompressedOrNot(String name, String format) {
        assertThat(AttributeJob.formatOf(name)).isEqualTo(format);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            line 7: no "text"                                       | no "text"
            line 12, column 30: "text" must be a string             | column 30: "text" must be a string
            line 1: empty line, expected an article                 | empty line, expected an article
            the row is not an article                               | the row is not an article
            """)
    void messagesLoseTheLineNumberARowDoesNotHave(String message, String expected) {
        assertThat(AttributePartition.withoutLine(message)).isEqualTo(expected);
    }
}
