package org.quoteexplorer.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** The top-level command; the subcommands do the work. */
@Command(
        name = "quote-explorer",
        mixinStandardHelpOptions = true,
        version = "Quote Explorer 0.1",
        description = "Find, attribute, review and export quotations in news articles.%n"
                + "Without a subcommand, opens the app (on FILE if given).",
        subcommands = {AttributeCommand.class, EvalCommand.class, ConvertCommand.class, BenchCommand.class, CompareCommand.class,
            ExportCommand.class, RegistryCommand.class,
            CommandLine.HelpCommand.class})
public final class QuoteExplorerCommand implements Runnable {

    private static final String DEBUG = "--debug";

    @Option(names = DEBUG, scope = ScopeType.INHERIT,
            description = "On a failure, also print the program's stack trace (for a bug report).")
    private boolean debug;

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
        return commandLine(out, err, CommandLine.defaultFactory());
    }

    /** With another factory for the commands, so tests can give {@code attribute} an engine that fails. */
    static CommandLine commandLine(OutputStream out, OutputStream err, CommandLine.IFactory factory) {
        CommandLine commandLine = new CommandLine(new QuoteExplorerCommand(), factory);
        commandLine.setExecutionExceptionHandler(QuoteExplorerCommand::unexpected);
        CommandLine.IParameterExceptionHandler standard = commandLine.getParameterExceptionHandler();
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            String file = fileTakenForAnOption(problem);
            if (file == null) {
                return standard.handleParseException(problem, arguments);
            }
            CommandLine failed = problem.getCommandLine();
            failed.getErr().println(problem.getMessage());
            failed.getErr().println(file + " is a file: to name a file whose name starts with \"-\", write ./" + file
                    + " or put -- before it");
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        // JSON goes to stdout: under LANG=C the platform encoding would turn curly quotes into '?'.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return commandLine;
    }

    /** "-story.txt": an argument picocli took for an unknown option that names an existing file, or null. */
    private static String fileTakenForAnOption(CommandLine.ParameterException problem) {
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched) {
            for (String argument : unmatched.getUnmatched()) {
                try {
                    if (argument.startsWith("-") && argument.length() > 1 && Files.exists(Path.of(argument))) {
                        return argument;
                    }
                } catch (java.nio.file.InvalidPathException e) {
                    // not a path at all
                }
            }
        }
        return null;
    }

    /**
     * True when the arguments run {@code attribute} as a batch that keeps several cores busy, which
     * the jar's launcher runs in a JVM with the quick compiler only ({@code launch.SecondJvm}).
     */
    public static boolean runsBatchOnSeveralCores(String[] args) {
        return args.length > 0 && AttributeCommand.class.getAnnotation(Command.class).name().equals(args[0])
                && AttributeCommand.isBatchOnSeveralCores(List.of(args).subList(1, args.length),
                        Runtime.getRuntime().availableProcessors());
    }

    /** True when the arguments ask for the command line rather than the app. */
    public static boolean wantsCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return subcommandNames().contains(first) || first.startsWith("-") || looksLikeMistypedSubcommand(first);
    }

    /**
     * Read from the annotations: building the whole command line here, only to build it again to
     * run the command, was a fifth of a second at the start of every command.
     */
    static Set<String> subcommandNames() {
        Set<String> names = new java.util.HashSet<>();
        for (Class<?> subcommand : QuoteExplorerCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = subcommand.getAnnotation(Command.class);
            names.add(command.name());
            names.addAll(List.of(command.aliases()));
        }
        return names;
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
        return execute(commandLine(), args);
    }

    /**
     * Runs the command line; picocli hands exceptions to {@link #unexpected} but lets errors
     * (out of memory, stack overflow) through, and those too must be one line, not a trace.
     */
    static int execute(CommandLine commandLine, String... args) {
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            return unexpectedError(commandLine, e, "ran out of memory; run Java with more, e.g. java -Xmx"
                    + twiceTheHeapInGigabytes() + "g -jar quote-explorer.jar …");
        } catch (StackOverflowError e) {
            return unexpectedError(commandLine, e, "the input nests too deeply (stack overflow)");
        }
    }

    private static long twiceTheHeapInGigabytes() {
        long gib = 1L << 30;
        return Math.max(1, (2 * Runtime.getRuntime().maxMemory() + gib - 1) / gib);
    }

    private static int unexpectedError(CommandLine commandLine, Error e, String reason) {
        PrintWriter err = commandLine.getErr();
        ParseResult parsed = commandLine.getParseResult();
        boolean debug = parsed != null && debugRequested(parsed);
        String name = commandLine.getCommandName();
        for (ParseResult p = parsed == null ? null : parsed.subcommand(); p != null; p = p.subcommand()) {
            name = p.commandSpec().name();
        }
        err.println(name + ": failed: " + reason);
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /**
     * Whatever a command did not foresee is one line naming the command, not a stack trace; the
     * trace comes with --debug, for a bug report.
     */
    private static int unexpected(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        boolean debug = debugRequested(parseResult);
        err.println(command.getCommandName() + ": failed: " + plainReason(e) + (debug ? "" : " (--debug shows where)"));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /** True when --debug was given anywhere on the command line: before the subcommand or after it. */
    static boolean debugRequested(CommandSpec spec) {
        return debugRequested(spec.root().commandLine().getParseResult());
    }

    private static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(DEBUG)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An exception as a reason a user can read. Input and output problems carry a message meant
     * for the user; anything else is a fault in the program, whose message (an index, a class
     * name) would mean nothing to an analyst.
     */
    static String plainReason(Throwable e) {
        Throwable io = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (io instanceof FileSystemException fileProblem && fileProblem.getFile() != null) {
            // Its message alone is the bare path; about() adds what went wrong.
            return AttributeCommand.about(Path.of(fileProblem.getFile()), fileProblem);
        }
        if (io instanceof IOException && io.getMessage() != null && !io.getMessage().isBlank()) {
            return io.getMessage().strip().lines().findFirst().orElse("");
        }
        return "an internal error; please report it";
    }
}
