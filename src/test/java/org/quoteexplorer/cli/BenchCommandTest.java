package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench command prints its figures; how fast they are is for people to read, not for a test. */
class BenchCommandTest {

    @Test
    void printsStartUpTimeAndThroughputAndSaysWhenPolnearIsMissing() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = QuoteExplorerCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));

        int exit = commandLine.execute("bench", "--mb", "1", "--shared", "no-such-folder");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .containsPattern("engine start-up: [0-9.]+ ms")
                .containsPattern("sample article: [0-9.]+ MB, [0-9.]+ MB/s of CPU time")
                .contains("PolNeAR texts not found");
    }
}
