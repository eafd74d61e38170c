package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The bench command prints its figures; how fast they are is for people to read, not for a test. */
class BenchCommandTest {

    /** Small enough for a test: the figures mean nothing, their presence and form do. */
    private static final List<String> TINY = List.of("--no-gui", "--mb", "0.2", "--shape-mb", "0.05",
            "--heap-article-mb", "0.2", "--batch-articles", "40", "--shared", "no-such-folder");

    private static int bench(StringWriter out, StringWriter err, List<String> options) {
        CommandLine commandLine = QuoteExplorerCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] args = new String[options.size() + 1];
        args[0] = "bench";
        for (int i = 0; i < options.size(); i++) {
            args[i + 1] = options.get(i);
        }
        return commandLine.execute(args);
    }

    @Test
    void printsStartUpTimeThroughputAndATableAndSaysWhenPolnearIsMissing() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = bench(out, err, TINY);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .containsPattern("engine start-up: [0-9.]+ ms")
                .containsPattern("sample article: [0-9.]+ MB, [0-9.]+ MB/s of CPU time")
                .contains("PolNeAR texts not found")
                .containsPattern("\nengine_mb_s +[0-9.]+\n")
                .containsPattern("radar on a [0-9.]+ MB article \\([0-9]+ quotes, [0-9]+ flagged\\): [0-9.]+ MB/s of CPU time")
                .containsPattern("\ngui_ready_ms\\.1mb +null\n")
                .containsPattern("\nworst_case_shape +[a-z_]+\n");
    }

    @Test
    void jsonIsOneObjectWithEveryFigureAndNullsForTheSkippedWindow() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> options = new java.util.ArrayList<>(TINY);
        options.add("--json");

        int exit = bench(out, err, options);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("figures are null");
        JsonNode figures = new ObjectMapper().readTree(out.toString());
        assertThat(figures.isObject()).isTrue();
        for (String key : List.of("engine_mb_s", "scan_mb_s", "engine_scan_ratio", "worst_case_mb_s", "heap_mb_16mb",
                "batch_mb_s", "batch_floor_mb_s", "batch_files_ms", "jsonl_mb_s", "engine_startup_ms", "radar_mb_s")) {
            assertThat(figures.get(key)).as(key).isNotNull();
            assertThat(figures.get(key).isNumber()).as(key + " = " + figures.get(key)).isTrue();
            assertThat(figures.get(key).asDouble()).as(key).isPositive();
        }
        assertThat(figures.get("texts").asText()).as("--shared names no folder with PolNeAR").isEqualTo("generated");
        assertThat(figures.get("worst_case_shape").asText()).isIn("news", "long_paragraph", "one_line", "many_quotes",
                "many_speakers", "unbalanced_marks", "short_paragraphs");
        assertThat(figures.get("worst_case_mb_s").asDouble())
                .isEqualTo(figures.get("shapes_mb_s").get(figures.get("worst_case_shape").asText()).asDouble());
        assertThat(figures.get("engine_scan_ratio").asDouble()).isCloseTo(
                figures.get("scan_mb_s").asDouble() / figures.get("engine_mb_s").asDouble(),
                org.assertj.core.data.Percentage.withPercentage(2));
        assertThat(figures.get("engine_passes_mb_s").properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("quotes", "tokens", "analysis");
        figures.get("engine_passes_mb_s").forEach(rate -> assertThat(rate.asDouble()).isPositive());
        assertThat(figures.get("gui_ready_ms").properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("sample", "1mb", "5mb");
        assertThat(figures.get("gui_key_p95_ms").properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("sample", "1mb");
        figures.get("gui_ready_ms").forEach(v -> assertThat(v.isNull()).isTrue());
        figures.get("gui_key_p95_ms").forEach(v -> assertThat(v.isNull()).isTrue());
        for (String key : List.of("search_key_p95_ms_5mb", "heap_mb_1mb_gui", "gui_startup_ms")) {
            assertThat(figures.has(key)).as(key).isTrue();
            assertThat(figures.get(key).isNull()).as(key).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            plain text, no marks                       | 0
            "a" and 'b'                                | 4
            \u201Cone,\u201D \u00ABtwo\u00BB \u201Ethree\u201C | 6
            \u300Cfour\u300D \uFF02five\uFF02 \u2039six\u203A  | 6
            """)
    void theScanCountsEveryKindOfQuotationMark(String text, long marks) {
        assertThat(BenchCommand.countQuotationMarks(text)).isEqualTo(marks);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            plain text, no marks                 | plain text, no marks
            "a" and 'b' don’t                 | a and b dont
            “one,” «two» 「three」 | one, two three
            """)
    void theBatchFloorsArticlesLoseEveryMarkTheScanCounts(String text, String without) {
        assertThat(BenchChildren.withoutQuotationMarks(text)).isEqualTo(without);
        assertThat(BenchCommand.countQuotationMarks(BenchChildren.withoutQuotationMarks(text))).isZero();
    }

    @Test
    void aChildsFlatJsonIsReadByKeyWithNulls() {
        assertThat(BenchChildren.flatJson("{\"ready_ms\": 812.5, \"key_p95_ms\": null, \"heap_mb\": 2.1e2}\n"))
                .containsEntry("ready_ms", 812.5).containsEntry("key_p95_ms", null).containsEntry("heap_mb", 210.0);
    }
}
