package org.quoteexplorer.launch;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Starts the window, or a batch on all cores, in a second JVM set up for work that is over before
 * the optimising compiler pays back what it costs, when the first one was started from the shaded
 * jar with no tuning of its own.
 *
 * <p>Measured on the 2-core machine the targets are set on: with the default tiered compilers the
 * optimising compiler (C2) spent about 1.4 s of CPU before the first window and kept competing
 * with the FX thread for a core through the first keys and the first attribution. Interactive
 * work is short bursts on a cold JVM, where C2's code never pays back what compiling it costs;
 * with the quick compiler only ({@code -XX:TieredStopAtLevel=1}) the empty window came up in
 * 0.9 s instead of 2.2 s, a 1 MB article was ready in 1.3 s instead of 2.2 s and a 10 MB one in
 * 4.0 s instead of 6.1 s, while the engine's warm speed fell by a fifth (16.5 against 20.8 MB/s
 * of CPU time). The class-data archive the build writes beside the jar ({@code quote-explorer.jsa},
 * a dynamic CDS archive of a headless run of the window) maps the classes of JavaFX, RichTextFX and
 * the app instead of loading and verifying them: another 0.8 s at start-up. A JVM cannot change
 * its compilers or map an archive once running, and a jar's manifest cannot ask for either, hence
 * the second JVM; the first one only waits for it (about 100 ms of start-up and a few tens of MB).
 *
 * <p>A batch on all cores ({@code attribute} over a folder, several files or JSON Lines) is the
 * same case for another reason: C2 compiles on a core the workers need, about 10 CPU-seconds
 * for the engine, and its code is hardly faster than the quick compiler's on short articles. With
 * the quick compiler only: 8,400 PolNeAR articles (38.6 MB) in 5.6 s instead of 8.1–8.5 s, three
 * times as many in 13.6 s instead of 20.3 s, two 8 MB articles in 5.3 s instead of 7.7 s. One
 * article alone stays in the first JVM: C2 then compiles on the core the article leaves idle, and
 * a 16 MB article takes 8.0 s with it against 10.5 s without.
 *
 * <p>The app stays one JVM when it was started outside the jar (a build, an IDE, the tests), when
 * the JVM was given options that a second JVM would change or fight over ({@code -XX:} options such
 * as a flight recording, agents and debuggers, class sharing), and with {@code
 * -Dquoteexplorer.relaunch=false}.
 */
public final class SecondJvm {

    /** Set in the second JVM: the first one's start, in milliseconds since the epoch. */
    public static final String LAUNCHED_AT = "quoteexplorer.launchedAt";
    /** {@code -Dquoteexplorer.relaunch=false} keeps the app in the JVM it was started in. */
    public static final String RELAUNCH = "quoteexplorer.relaunch";
    /** Only the quick compiler: see the class comment for what it saves and costs. */
    static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";
    /**
     * The quick compiler at work after a third of the usual calls: a review key's code runs
     * interpreted until compiled, and on the sample the first ten or so keys took 10-16 ms of
     * compiling each. In alternating pairs on the GUI probe: the sample's keys p95 34 against 39 ms
     * and their FX-thread work 11.8 against 15.1 ms a key (nine pairs, lower in all nine), the 1 MB
     * article's 43.9 against 48.4 ms, the 5 MB search's longest gap 36 against 44 ms, ready and
     * start-up times unchanged; a batch the same (5.0 against 5.3 s, 7.5 user-seconds both).
     */
    static final String EARLIER_COMPILING = "-XX:CompileThresholdScaling=0.3";

    private SecondJvm() {
    }

    /**
     * Runs {@code mainClass} with {@code args} in a second, tuned JVM and exits with its exit code,
     * when {@link #plan} says so; returns otherwise (also when the second JVM cannot be started),
     * and the caller goes on in this JVM. Standard input, output and error are the second JVM's.
     */
    public static void relaunchIfWorthIt(Class<?> mainClass, String[] args) {
        if (System.getProperty(LAUNCHED_AT) != null || "false".equalsIgnoreCase(System.getProperty(RELAUNCH))) {
            return;
        }
        Optional<Path> jar = runningJar(mainClass);
        if (jar.isEmpty()) {
            return;
        }
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Path archive = archiveBeside(jar.get());
        Optional<List<String>> command = plan(new Situation(
                javaExecutable(), jar.get(),
                isFresh(archive, jar.get()) ? archive : null, jvmOptions,
                System.getenv("JAVA_TOOL_OPTIONS"), ManagementFactory.getRuntimeMXBean().getStartTime(),
                mainClass.getName(), Arrays.asList(args)));
        if (command.isEmpty()) {
            return;
        }
        ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
        // the java launcher already put these on the first JVM's command line, which the second repeats
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process child;
        try {
            child = builder.start();
        } catch (IOException | RuntimeException e) {
            return;
        }
        // stopping the first JVM (a terminal's kill, a session ending) stops the second too
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
            }
        }, "stop-second-jvm"));
        int status;
        try {
            status = child.waitFor();
        } catch (InterruptedException e) {
            status = 130;
        }
        System.exit(status);
    }

    /**
     * When the user started the app: the first JVM's start if this is the second one, this JVM's
     * start otherwise. Start-up figures count from here, the relaunch included.
     */
    public static long launchedAtMillis() {
        String launchedAt = System.getProperty(LAUNCHED_AT);
        if (launchedAt != null) {
            try {
                return Long.parseLong(launchedAt);
            } catch (NumberFormatException ignored) {
                // not one of ours: fall back to this JVM's own start
            }
        }
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Everything the decision depends on, so that it can be tested without starting JVMs. */
    record Situation(Path java, Path jar, Path freshArchive, List<String> jvmOptions, String javaToolOptions,
                     long startedAtMillis, String mainClass, List<String> args) {
    }

    /** The second JVM's command line, or empty when the app should stay in this JVM. */
    static Optional<List<String>> plan(Situation s) {
        if (s.jar() == null || s.jvmOptions().stream().anyMatch(SecondJvm::isTuning)
                || (s.javaToolOptions() != null && Arrays.stream(s.javaToolOptions().trim().split("\\s+"))
                        .anyMatch(SecondJvm::isTuning))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(s.java().toString());
        command.add(QUICK_COMPILER_ONLY);
        command.add(EARLIER_COMPILING);
        if (s.freshArchive() != null) {
            command.add("-XX:SharedArchiveFile=" + s.freshArchive());
            // an archive the JVM turns down (another JDK, a moved jar) costs its speed, not a warning on the terminal
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
        }
        command.addAll(s.jvmOptions());
        command.add("-D" + LAUNCHED_AT + "=" + s.startedAtMillis());
        command.add("-cp");
        command.add(s.jar().toString());
        command.add(s.mainClass());
        command.addAll(s.args());
        return Optional.of(command);
    }

    /**
     * Options a second JVM would change or fight over: the compilers and class sharing (ours would
     * override the user's), agents and debuggers (two JVMs on one port), recordings (two JVMs on
     * one file), and the dump of the class-data archive itself, which the build runs.
     */
    private static boolean isTuning(String option) {
        return option.startsWith("-XX:") || option.startsWith("-agentlib") || option.startsWith("-agentpath")
                || option.startsWith("-javaagent") || option.startsWith("-Xshare") || option.startsWith("-Xdebug")
                || option.startsWith("-Xrun") || option.startsWith("-Xint") || option.startsWith("-Xcomp");
    }

    /**
     * The program this JVM was started with ({@code javaw} on Windows keeps the second JVM without a
     * console window too), or the JDK's {@code java}: what any JVM this one starts should run.
     */
    public static Path javaExecutable() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /** The jar this class runs from when the class path is that jar alone; empty otherwise. */
    private static Optional<Path> runningJar(Class<?> mainClass) {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(mainClass.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) && jar.equals(Path.of(classPath).toAbsolutePath().normalize())
                    ? Optional.of(jar) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** {@code quote-explorer.jsa} beside {@code quote-explorer.jar}. */
    static Path archiveBeside(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    }

    /**
     * Whether the archive was written after the jar: the JVM checks it against the jar anyway and
     * turns it down when the jar changed, but a stale archive is then only a slower start.
     */
    private static boolean isFresh(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive)
                    && !Files.getLastModifiedTime(archive).toInstant().isBefore(Files.getLastModifiedTime(jar).toInstant());
        } catch (IOException e) {
            return false;
        }
    }
}
