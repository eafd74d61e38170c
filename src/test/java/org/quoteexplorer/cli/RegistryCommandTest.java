package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.io.SpeakerRegistryFile;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** {@code registry FOLDER}: creating and extending a workspace's speaker registry. */
class RegistryCommandTest {

    @TempDir
    Path folder;

    private final CapturedCommandLine cli = new CapturedCommandLine();

    private static AnnotatedArticle reviewed(String id, String name, QuoteStatus status) {
        String text = "Headline\n\u201CYes,\u201D said " + name + ".";
        int start = text.indexOf('\u201C');
        return new AnnotatedArticle(Article.of(id, text),
                List.of(new Speaker("s1", name, SpeakerKind.PERSON, null, List.of())),
                List.of(new Quote("q1", new Span(start, start + 6), QuoteType.DIRECT, "s1", null, null, 0.9, "manual",
                        status, null, List.of())));
    }

    @Test
    void aNewRegistryIsSeededFromTheBundledList() throws Exception {
        int exit = cli.run("registry", folder.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(SpeakerRegistryFile.load(SpeakerRegistryFile.in(folder))).hasSize(KnownSpeakers.loadDefault().size());
        assertThat(cli.out()).contains("created");
    }

    @Test
    void confirmAddsTheSpeakersOfReviewedQuotesAndKeepsWhatIsThere() throws Exception {
        Path file = SpeakerRegistryFile.in(folder);
        Files.writeString(file, SpeakerRegistryFile.write(List.of(new RegistryEntry("ann-lee", "Ann Lee", List.of(),
                SpeakerKind.PERSON, null, "#ff0000", "Q1", Instant.parse("2026-01-01T00:00:00Z")))));
        AnnotationJson.save(reviewed("one", "Tom Ode", QuoteStatus.ACCEPTED), folder.resolve("one.quotes.json"));
        AnnotationJson.save(reviewed("two", "Rita Dunn", QuoteStatus.SUGGESTED), folder.resolve("two.quotes.json"));

        int exit = cli.run("registry", "--confirm", folder.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(SpeakerRegistryFile.load(file)).extracting(RegistryEntry::id).containsExactly("ann-lee", "tom-ode");
        assertThat(cli.out()).contains("updated").contains("2 speakers");
    }
}
