package org.quoteexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.CorpusWriter;
import org.quoteexplorer.io.SpeakerRegistryFile;
import org.quoteexplorer.review.CorpusExport;
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
        description = {"Write the quotes of many annotation files as ONE file: JSON Lines (one quote per line, "
                + "the fields of `attribute --format jsonl` plus external_id), CSV with the same fields, or one W3C collection.",
            "With a speaker registry (--registry, or quote-explorer-speakers.json in the folder given), speaker_id "
                + "and speaker are the registry's id and name, the same in every article."})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "the corpus file to write (.jsonl, .csv or .jsonld)")
    Path corpus;

    @Option(names = "--registry", paramLabel = "FILE",
            description = "the workspace's speaker registry (default: " + SpeakerRegistryFile.FILE_NAME
                    + " in the folder given, if there is one)")
    Path registryFile;

    @Option(names = "--format", paramLabel = "jsonl|csv|w3c",
            description = "jsonl (one quote per line), csv (the same fields as columns) or w3c (every article's "
                    + "annotations in one W3C collection); default: from the file's extension (.csv, .jsonld), else jsonl")
    String format;

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
        if (corpus.toString().equals("-")) {
            // a corpus is written whole or not at all, which standard output cannot promise
            err.println("export: --corpus takes a file name; \"-\" (standard output) is not supported. "
                    + "Give a file such as corpus.jsonl, or use convert for one file to standard output");
            return 2;
        }
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
                    // An input that cannot be read, as for every command: 1; 2 is for a misused command line.
                    err.println("export: " + input + ": no such file or folder");
                    return 1;
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
        CorpusWriter.Kind kind;
        try {
            kind = format == null ? CorpusWriter.Kind.ofFileName(corpus.getFileName().toString()) : CorpusWriter.Kind.fromCode(format);
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            return 2;
        }
        String name = inputs.size() == 1 && inputs.get(0).getFileName() != null ? inputs.get(0).getFileName().toString() : "corpus";
        CorpusExport.Linker link = registry == null ? null : new CorpusExport.Linker(registry);
        long quotes;
        try {
            quotes = CorpusWriter.write(files, corpus, kind, name, link, reviewedOnly ? CorpusExport::isConfirmed : q -> true);
        } catch (IOException e) {
            err.println("export: " + QuoteExplorerCommand.plainReason(e) + "; " + corpus + " was not written");
            return 1;
        }
        out.println("wrote " + quotes + " quotes of " + files.size() + (files.size() == 1 ? " article" : " articles")
                + " to " + corpus
                + (registry == null ? "" : "; speakers by " + registryPath + ": "
                        + link.linked() + " quotes linked, " + link.unlinked() + " with a speaker not in the registry"
                        + (kind == CorpusWriter.Kind.W3C ? " (no qe:registryId)" : " (speaker_id null)")));
        return 0;
    }

}
