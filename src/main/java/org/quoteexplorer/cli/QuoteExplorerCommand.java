package org.quoteexplorer.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; the subcommands do the work. */
@Command(
        name = "quote-explorer",
        mixinStandardHelpOptions = true,
        version = "Quote Explorer 0.1",
        description = "Find, attribute, review and export quotations in news articles.%n"
                + "Without a subcommand, opens the app (on FILE if given).",
        subcommands = {AttributeCommand.class, EvalCommand.class, ConvertCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class QuoteExplorerCommand implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new QuoteExplorerCommand());
        // JSON goes to stdout: under LANG=C the platform encoding would turn curly quotes into '?'.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return commandLine;
    }

    /** True when the arguments ask for the command line rather than the app. */
    public static boolean wantsCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        Set<String> names = commandLine().getSubcommands().keySet();
        return names.contains(first) || first.startsWith("-");
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }
}
