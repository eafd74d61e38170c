package org.quoteexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Map;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.io.SpeakerRegistryFile;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.SpeakerRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Creates or extends a workspace's speaker registry from the command line. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = {"Create the speaker registry of a workspace folder (" + SpeakerRegistryFile.FILE_NAME
                + "), seeded from the bundled speaker list, or add to it.",
            "With --confirm, the speakers of every accepted or corrected quote in the folder's annotation files are "
                + "added (a speaker already there by name or alias gains the new aliases). Another analyst's "
                + "changes saved meanwhile are merged, not overwritten."})
public final class RegistryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--confirm", description = "add the speakers of accepted and corrected quotes in the folder")
    boolean confirm;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "the workspace folder")
    Path folder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(folder)) {
            // An input that cannot be read, as for every command: 1; a file given for a folder is a misuse: 2.
            err.println("registry: " + folder + ": no such folder");
            return 1;
        }
        if (!Files.isDirectory(folder)) {
            err.println("registry: " + folder + " is not a folder");
            return 2;
        }
        Path file = SpeakerRegistryFile.in(folder);
        Instant now = Instant.now();
        try {
            boolean exists = Files.exists(file);
            SpeakerRegistry read = exists ? SpeakerRegistry.of(SpeakerRegistryFile.load(file))
                    : SpeakerRegistry.seeded(KnownSpeakers.loadDefault(), now);
            SpeakerRegistry mine = read;
            if (confirm) {
                for (Path f : AnnotationFiles.reviewsIn(folder)) {
                    // One article at a time: a workspace of thousands never sits in memory at once.
                    AnnotatedArticle doc = AnnotationFiles.load(f);
                    Map<String, Speaker> speakers = doc.speakersById();
                    for (Quote q : doc.quotes()) {
                        if (q.status() == QuoteStatus.ACCEPTED || q.status() == QuoteStatus.CORRECTED) {
                            Speaker s = speakers.get(q.speakerId());
                            if (s != null) {
                                mine = mine.confirm(s, now);
                            }
                        }
                    }
                }
            }
            SpeakerRegistry toSave = mine;
            SpeakerRegistry.Merge[] merge = new SpeakerRegistry.Merge[1];
            List<?> written = SpeakerRegistryFile.update(file, disk -> {
                merge[0] = toSave.mergeWith(disk);
                return merge[0].registry().entries();
            });
            merge[0].conflicts().forEach(c -> err.println("registry: " + c.describe()));
            out.println((exists ? "updated " : "created ") + file + ": " + written.size() + " speakers");
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("registry: " + (e instanceof IOException io ? QuoteExplorerCommand.plainReason(io) : e.getMessage()));
            return 1;
        }
    }

}
