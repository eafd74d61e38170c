package org.quoteexplorer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command line in-process and keeps what it printed, for the CLI tests. */
final class CapturedCommandLine {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine commandLine = QuoteExplorerCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** Everything printed to standard output so far. */
    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
