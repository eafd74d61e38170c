package org.quoteexplorer.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.AtomicFiles;
import org.quoteexplorer.io.JsonLinesExport;
import org.quoteexplorer.io.SpeakerRegistryFile;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.SpeakerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The reviews of a whole folder as one JSON Lines file, with speakers named by the workspace's
 * registry so that one person has one id across articles.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the quotes of many annotation files as ONE JSON Lines file, one quote per line, "
                + "with the fields of `attribute --format jsonl` plus external_id.",
            "With a speaker registry (--registry, or quote-explorer-speakers.json in the folder given), speaker_id "
                + "and speaker are the registry's id and name, the same in every article."})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "FILE.jsonl", description = "the JSON Lines file to write")
    Path corpus;

    @Option(names = "--registry", paramLabel = "FILE",
            description = "the workspace's speaker registry (default: " + SpeakerRegistryFile.FILE_NAME
                    + " in the folder given, if there is one)")
    Path registryFile;

    @Option(names = "--reviewed", description = "only quotes an analyst accepted or corrected")
    boolean reviewedOnly;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "annotation files (.json, .jsonld, e.g. the story.quotes.json saved next to each article) or folders of them")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        Path registryPath = registryFile;
        try {
            for (Path input : inputs) {
                if (Files.isDirectory(input)) {
                    files.addAll(AnnotationFiles.reviewsIn(input));
                    if (registryPath == null && inputs.size() == 1 && Files.isRegularFile(SpeakerRegistryFile.in(input))) {
                        registryPath = SpeakerRegistryFile.in(input);
                    }
                } else if (Files.isRegularFile(input)) {
                    files.add(input);
                } else {
                    err.println("export: " + input + " does not exist");
                    return 2;
                }
            }
        } catch (IOException e) {
            err.println("export: " + QuoteExplorerCommand.plainReason(e));
            return 1;
        }
        SpeakerRegistry registry = null;
        if (registryPath != null) {
            try {
                registry = SpeakerRegistry.of(SpeakerRegistryFile.load(registryPath));
            } catch (IOException | IllegalArgumentException e) {
                err.println("export: " + e.getMessage());
                return 1;
            }
        }
        Counts counts = new Counts();
        Function<Speaker, RegistryEntry> link = registry == null ? null : linker(registry, counts);
        Predicate<Quote> include = reviewedOnly
                ? q -> q.status() == QuoteStatus.ACCEPTED || q.status() == QuoteStatus.CORRECTED
                : q -> true;
        Map<String, Path> seen = new HashMap<>();
        try {
            AtomicFiles.write(corpus, stream -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                for (Path file : files) {
                    // One article at a time: a corpus of thousands never sits in memory at once.
                    AnnotatedArticle doc = AnnotationFiles.load(file);
                    Path before = seen.putIfAbsent(doc.article().id(), file);
                    if (before != null) {
                        throw new IOException(before + " and " + file + " both hold article " + doc.article().id()
                                + "; its quotes would be in the corpus twice");
                    }
                    counts.quotes += doc.quotes().stream().filter(include).count();
                    JsonLinesExport.write(doc, writer, link, include);
                }
                writer.flush();
            });
        } catch (IOException e) {
            err.println("export: " + QuoteExplorerCommand.plainReason(e) + "; " + corpus + " was not written");
            return 1;
        }
        out.println("wrote " + counts.quotes + " quotes of " + files.size() + (files.size() == 1 ? " article" : " articles")
                + " to " + corpus
                + (registry == null ? "" : "; speakers by " + registryPath + ": " + counts.linked + " quotes linked, "
                        + counts.unlinked + " with a speaker not in the registry (speaker_id null)"));
        return 0;
    }

    private static final class Counts {
        long quotes;
        long linked;
        long unlinked;
    }

    /** An article's speaker in the registry: by its name, else by one of its aliases. */
    private static Function<Speaker, RegistryEntry> linker(SpeakerRegistry registry, Counts counts) {
        return speaker -> {
            Optional<RegistryEntry> found = registry.find(speaker.name());
            for (int i = 0; found.isEmpty() && i < speaker.aliases().size(); i++) {
                found = registry.find(speaker.aliases().get(i));
            }
            if (found.isPresent()) {
                counts.linked++;
            } else {
                counts.unlinked++;
            }
            return found.orElse(null);
        };
    }

}
