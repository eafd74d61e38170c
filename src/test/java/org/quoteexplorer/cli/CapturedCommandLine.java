package org.quoteexplorer.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command line in-process and keeps what it printed, for the CLI tests. */
final class CapturedCommandLine {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CommandLine.IFactory factory;

    CapturedCommandLine() {
        this(CommandLine.defaultFactory());
    }

    /** With commands made by {@code factory}: an {@code attribute} whose engine fails, say. */
    CapturedCommandLine(CommandLine.IFactory factory) {
        this.factory = factory;
    }

    int run(String... args) {
        CommandLine commandLine = QuoteExplorerCommand.commandLine(OutputStream.nullOutputStream(),
                OutputStream.nullOutputStream(), factory);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return QuoteExplorerCommand.execute(commandLine, args);
    }

    /** Everything printed to standard output so far. */
    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
