package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quoteexplorer.review.WorkspaceFixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.io.SpeakerRegistryFile;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** The engine links the speakers it finds to the workspace's registry, the same id in every article. */
class RegistryLinkingTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @TempDir
    Path folder;

    private static RegistryEntry entry(String id, String name, String... aliases) {
        return new RegistryEntry(id, name, List.of(aliases), SpeakerKind.PERSON, "Harbour Master", "#e15759", null, T0);
    }

    private static SpeakerRegistry registry() {
        return SpeakerRegistry.of(List.of(entry("nadia-okafor", "Nadia Okafor", "Okafor"),
                entry("piet-van-der-berg", "Piet van der Berg")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            full name                  | “The dock reopens on Monday,” said Nadia Okafor.                                        | nadia-okafor
            surname only               | “The dock reopens on Monday,” Okafor said.                                              | nadia-okafor
            full name, then pronoun    | Nadia Okafor spoke first. “The dock reopens on Monday,” she said.                       | nadia-okafor
            someone not in registry    | “The dock reopens on Monday,” said Lena Marsh.                                          |
            """)
    void engineGivenTheRegistryLinksTheSpeakerItFinds(String what, String body, String expectedId) {
        QuoteEngine engine = new QuoteEngine(RegistryLinks.known(registry()));

        AnnotatedArticle doc = engine.attribute(Article.of("port", "Port news\n" + body + "\n")).annotated();

        assertThat(doc.quotes()).hasSize(1);
        Speaker speaker = doc.speaker(doc.quotes().get(0).speakerId()).orElseThrow();
        assertThat(speaker.registryId()).isEqualTo(expectedId);
    }

    @Test
    void linkingRelinksByNameOrAliasAndDropsLinksToEntriesTheRegistryNoLongerHas() {
        AnnotatedArticle doc = new AnnotatedArticle(Article.of("a", "x"), List.of(
                new Speaker("s1", "N. Okafor", SpeakerKind.PERSON, null, List.of("Okafor")),
                new Speaker("s2", "Lena Marsh", SpeakerKind.PERSON, null, List.of(), null, "gone-entry"),
                new Speaker("s3", "Someone", SpeakerKind.PERSON, null, List.of(), null, "piet-van-der-berg")),
                List.of());

        AnnotatedArticle linked = RegistryLinks.link(doc, registry());

        assertThat(linked.speakers()).extracting(Speaker::registryId)
                .containsExactly("nadia-okafor", null, "piet-van-der-berg");
        assertThat(RegistryLinks.link(linked, registry())).isSameAs(linked);
    }

    private static String story(String who) {
        return "Harbour news\n“The dock reopens on Monday,” said " + who + ".\n";
    }

    @Test
    void backgroundAttributionLinksEveryArticleToOneRegistryIdAndUsesTheRegistryAsTheRadarsList() throws IOException {
        SpeakerRegistryFile.update(SpeakerRegistryFile.in(folder), disk -> registry().entries());
        write(folder.resolve("monday.txt"), story("Nadia Okafor"));
        write(folder.resolve("week/tuesday.txt"), story("Okafor"));
        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));

        ws.attributeMissing(2, new AttributionListener() { }, () -> false);

        for (String path : List.of("monday.txt", "week/tuesday.txt")) {
            AnnotatedArticle review = ws.folder().loadReview(path);
            assertThat(review.speakers()).extracting(Speaker::registryId).as(path).containsExactly("nadia-okafor");
        }
        assertThat(ws.knownSpeakers()).extracting(Speaker::registryId)
                .containsExactly("nadia-okafor", "piet-van-der-berg");
    }

    @Test
    void newFolderIsSeededFromTheBundledListWithoutWritingAFileUntilAChange() throws IOException {
        write(folder.resolve("monday.txt"), story("Lena Marsh"));

        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));

        List<Speaker> bundled = KnownSpeakers.loadDefault();
        assertThat(bundled).isNotEmpty();
        assertThat(ws.registry().entries()).extracting(RegistryEntry::name)
                .containsExactlyElementsOf(bundled.stream().map(Speaker::name).toList());
        assertThat(Files.exists(SpeakerRegistryFile.in(folder))).isFalse();

        ws.changeRegistry(r -> r.put(entry("lena-marsh", "Lena Marsh")));

        List<RegistryEntry> saved = SpeakerRegistryFile.load(SpeakerRegistryFile.in(folder));
        assertThat(saved).hasSize(bundled.size() + 1);
        assertThat(saved).extracting(RegistryEntry::id).contains("lena-marsh");
    }

    @Test
    void damagedRegistryIsNamedAndNothingIsLinkedOrOverwritten() throws IOException {
        write(folder.resolve(SpeakerRegistryFile.FILE_NAME), "{\"format\": \"quote-explorer-registry/1\", \"speakers\": [");
        write(folder.resolve("monday.txt"), story("Nadia Okafor"));

        Workspace ws = Workspace.open(WorkspaceFolder.at(folder));

        assertThat(ws.warnings()).singleElement().asString()
                .contains(SpeakerRegistryFile.FILE_NAME).contains("not linked").doesNotContain("Exception");
        assertThat(ws.registry().size()).isZero();
    }
}
