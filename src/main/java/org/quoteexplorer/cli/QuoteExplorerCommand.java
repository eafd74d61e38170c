package org.quoteexplorer.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        // The file descriptor, not System.out: a PrintStream swallows write errors, so a full disk
        // could never reach the commands' checkError() and they would report success.
        return commandLine(new FileOutputStream(FileDescriptor.out), System.err);
    }

    static CommandLine commandLine(OutputStream out, OutputStream err) {
        CommandLine commandLine = new CommandLine(new QuoteExplorerCommand());
        // JSON goes to stdout: under LANG=C the platform encoding would turn curly quotes into '?'.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return commandLine;
    }

    /** True when the arguments ask for the command line rather than the app. */
    public static boolean wantsCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        Set<String> names = commandLine().getSubcommands().keySet();
        return names.contains(first) || first.startsWith("-") || looksLikeMistypedSubcommand(first);
    }

    /**
     * "atribute" is meant for the command line, not a file for the app to open: without this the
     * app would start (and without a display die with a JavaFX stack trace) instead of picocli
     * saying "Unmatched argument … Did you mean: attribute?". A bare word that is no existing file
     * cannot be an article to open anyway.
     */
    private static boolean looksLikeMistypedSubcommand(String argument) {
        return argument.matches("[A-Za-z][A-Za-z-]*") && !Files.exists(Path.of(argument));
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }
}
