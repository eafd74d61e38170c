package org.quoteexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.ExportFormat;
import org.quoteexplorer.model.AnnotatedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Converts an annotation file between the formats. */
@Command(name = "convert",
        description = {"Convert an annotation file (quote-explorer/1 or 1.1, or W3C Web Annotation, recognised by content) "
                + "to another format.",
            "OUT '-' writes to standard output. Exit code: 0 done, 1 unreadable input or unwritable output, 2 usage error."})
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = {"-t", "--to"}, required = true, paramLabel = "FORMAT", description = "native, w3c, jsonl or csv.")
    private String to;

    @Parameters(index = "0", paramLabel = "IN", description = "Annotation file to read (.json or .jsonld).")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "File to write (replaced atomically), or - for standard output.")
    private String out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat format;
        try {
            format = ExportFormat.fromCode(to);
        } catch (IllegalArgumentException e) {
            err.println("convert: " + e.getMessage());
            return 2;
        }
        if (out.isBlank()) {
            err.println("convert: the output name is empty; give a file name, or - for standard output");
            return 2;
        }
        AnnotatedArticle document;
        try {
            document = AnnotationFiles.load(in);
        } catch (IOException e) {
            err.println("convert: " + AttributeCommand.about(in, e));
            return 1;
        }
        try {
            if (out.equals("-")) {
                PrintWriter stdout = spec.commandLine().getOut();
                format.write(document, stdout); // streamed, not built as one String
                stdout.flush();
                if (stdout.checkError()) {
                    // PrintWriter swallows the IOException: without this a full disk reports success.
                    err.println("convert: cannot write to standard output (disk full or pipe closed?)");
                    return 1;
                }
            } else {
                format.save(document, Path.of(out));
            }
        } catch (IOException | RuntimeException e) {
            err.println("convert: " + AttributeCommand.about(Path.of(out), e));
            return 1;
        }
        return 0;
    }
}
