package org.quoteexplorer.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bench's figures that need a fresh JVM: the window (through the GUI probe, headless), the
 * batches (the app's own {@code attribute}, start-up included), peak heap and start-up. Each child
 * prints its figures as one flat JSON object; a child that fails or hangs leaves its figures null
 * and says so on standard error.
 */
final class BenchChildren {

    static final String GUI_PROBE = "org.quoteexplorer.gui.probe.GuiProbe";
    private static final List<String> HEADLESS_FX = List.of("-Dtestfx.robot=glass", "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern JSON_NUMBER = Pattern.compile(
            "\"(\\w+)\"\\s*:\\s*(null|-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)");

    private final PrintWriter log;
    private final PrintWriter err;
    private final int batchArticles;

    /** {@code log} takes what happens, {@code err} the children that failed. */
    BenchChildren(PrintWriter log, PrintWriter err, int batchArticles) {
        this.log = log;
        this.err = err;
        this.batchArticles = batchArticles;
    }

    /** The GUI probe's figures of the window on {@code article}; with {@code search}, typing a search too. */
    Map<String, Double> gui(String label, Path article, boolean search) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--article", article.toString()));
        if (search) {
            args.add("--search");
        }
        Map<String, Double> result = child(HEADLESS_FX, GUI_PROBE, args, "window, " + label);
        log.println("window, " + label + ": " + result);
        return result;
    }

    /** Wall-clock rate of {@code attribute --out} on a folder of articles, in a fresh JVM, start-up included. */
    Double batch(List<String> news, Path temp) throws IOException, InterruptedException {
        return batch(news, temp, "batch", text -> text, "");
    }

    /**
     * The same batch with every quotation mark taken out of the articles: the engine then finds no
     * quote and stops after its scan, so what remains is reading, hashing and writing the files
     * and starting the JVMs. No attribution makes a batch faster than this on this machine.
     */
    Double batchFloor(List<String> news, Path temp) throws IOException, InterruptedException {
        return batch(news, temp, "batch-floor", BenchChildren::withoutQuotationMarks,
                ", the articles without quotation marks: no attribution");
    }

    private Double batch(List<String> news, Path temp, String name, java.util.function.UnaryOperator<String> edit,
            String note) throws IOException, InterruptedException {
        Path in = Files.createDirectories(temp.resolve(name + "-in"));
        long bytes = 0;
        int files = 0;
        while (files < batchArticles) {
            byte[] text = edit.apply(news.get(files % news.size())).getBytes(StandardCharsets.UTF_8);
            Files.write(in.resolve(String.format(Locale.ROOT, "article-%06d.txt", files)), text);
            bytes += text.length;
            files++;
        }
        List<String> command = javaCommand(List.of(), "org.quoteexplorer.Launcher",
                List.of("attribute", "--out", temp.resolve(name + "-out").toString(), in.toString()));
        long t0 = System.nanoTime();
        String output = runChild(command, name);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (output == null) {
            return null;
        }
        double rate = bytes / 1e6 / seconds;
        log.printf("%s: %d articles, %.1f MB in %.2f s wall clock, %.1f MB/s (attribute --out, fresh JVM%s)%n",
                name, files, bytes / 1e6, seconds, rate, note);
        return rate;
    }

    /**
     * Milliseconds to write the batch's output files again, on one thread of this JVM, as the batch
     * writes them: a temporary file renamed into place, one sync at the end. On this project's
     * machine (ext4 without a journal) creating a file costs more the more files were deleted in
     * its folder's block group in the last minutes, since the allocator passes over every
     * recently freed inode; this figure tells a slow file system from a slow batch. Null if the
     * batch wrote nothing.
     */
    Double batchFiles(Path temp) throws IOException {
        Path written = temp.resolve("batch-out");
        if (!Files.isDirectory(written)) {
            return null;
        }
        List<byte[]> contents = new ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.list(written)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                contents.add(Files.readAllBytes(file));
            }
        }
        if (contents.isEmpty()) {
            return null;
        }
        Path again = Files.createDirectories(temp.resolve("batch-files"));
        List<Path> targets = new ArrayList<>(contents.size());
        long bytes = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < contents.size(); i++) {
            byte[] content = contents.get(i);
            Path target = again.resolve(String.format(Locale.ROOT, "article-%06d.quotes.json", i));
            org.quoteexplorer.io.AtomicFiles.write(target, out -> out.write(content),
                    org.quoteexplorer.io.AtomicFiles.Durability.LATER);
            targets.add(target);
            bytes += content.length;
        }
        org.quoteexplorer.io.AtomicFiles.syncAll(targets);
        double millis = (System.nanoTime() - t0) / 1e6;
        log.printf("batch files: the batch's %d output files (%.1f MB) written again in %.0f ms, one thread, "
                + "temporary file and rename each, one sync%n", contents.size(), bytes / 1e6, millis);
        return millis;
    }

    /** {@code text} without the characters the scan counts. */
    static String withoutQuotationMarks(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!BenchCommand.isQuotationMark(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * Wall-clock rate of {@code attribute --jsonl} on the same articles as {@link #batch}, one per
     * line, in a fresh JVM, start-up included; MB of article text, as the batch counts them.
     */
    Double jsonLines(List<String> news, Path temp) throws IOException, InterruptedException {
        Path in = temp.resolve("articles.jsonl");
        long bytes = 0;
        int lines = 0;
        JsonStringEncoder json = JsonStringEncoder.getInstance();
        try (Writer out = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            while (lines < batchArticles) {
                String text = news.get(lines % news.size());
                out.write("{\"id\": \"article-" + lines + "\", \"text\": \"");
                out.write(json.quoteAsString(text));
                out.write("\"}\n");
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                lines++;
            }
        }
        List<String> command = javaCommand(List.of(), "org.quoteexplorer.Launcher",
                List.of("attribute", "--jsonl", in.toString(), "--output", temp.resolve("articles-out.jsonl").toString()));
        long t0 = System.nanoTime();
        String output = runChild(command, "jsonl");
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (output == null) {
            return null;
        }
        double rate = bytes / 1e6 / seconds;
        log.printf("jsonl: %d articles, %.1f MB in %.2f s wall clock, %.1f MB/s (attribute --jsonl, fresh JVM)%n",
                lines, bytes / 1e6, seconds, rate);
        return rate;
    }

    /** Runs a main class in a fresh JVM and reads the flat JSON object it prints; empty if it fails. */
    Map<String, Double> child(List<String> jvmOptions, String mainClass, List<String> args, String what)
            throws IOException, InterruptedException {
        String output = runChild(javaCommand(jvmOptions, mainClass, args), what);
        return output == null ? Map.of() : flatJson(output);
    }

    private static List<String> javaCommand(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(org.quoteexplorer.launch.SecondJvm.javaExecutable().toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        // The jar itself under java -jar; the build's classes and libraries under a test or an IDE.
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** Standard output of the child, or null (and a note on standard error) if it failed or took too long. */
    private String runChild(List<String> command, String what) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("qe-bench", ".out");
        Path stderr = Files.createTempFile("qe-bench", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                // the window's probe runs in a second JVM the first one started (launch.SecondJvm)
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                note(what + ": no result within " + CHILD_TIMEOUT.toMinutes() + " minutes");
                return null;
            }
            if (process.exitValue() != 0) {
                List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
                note(what + ": failed (exit code " + process.exitValue() + ")"
                        + (lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1).strip()));
                return null;
            }
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private void note(String message) {
        err.println("bench: " + message + "; its figures are null");
        err.flush();
    }

    /** The numbers (and nulls) of a flat JSON object, by key: enough for what the children print. */
    static Map<String, Double> flatJson(String text) {
        Map<String, Double> values = new LinkedHashMap<>();
        Matcher m = JSON_NUMBER.matcher(text);
        while (m.find()) {
            values.put(m.group(1), m.group(2).equals("null") ? null : Double.valueOf(m.group(2)));
        }
        return values;
    }

}
