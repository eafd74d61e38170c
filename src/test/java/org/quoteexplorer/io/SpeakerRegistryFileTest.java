package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.review.SpeakerRegistry;

/** The workspace's quote-explorer-speakers.json: strict reading, schema, and analysts saving at the same time. */
class SpeakerRegistryFileTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir
    Path folder;

    private static Speaker person(String name, String... aliases) {
        return new Speaker("s1", name, SpeakerKind.PERSON, null, List.of(aliases));
    }

    private static JsonSchema schema() throws Exception {
        var node = new ObjectMapper().readTree(Files.readString(Path.of("assets/schema/quote-explorer-registry-1.schema.json")));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(node, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    @Test
    void aRegistrySeededFromTheBundledListIsWrittenToTheSchemaAndReadBackUnchanged() throws Exception {
        List<RegistryEntry> seeded = SpeakerRegistry.seeded(KnownSpeakers.loadDefault(), T0).entries();
        List<RegistryEntry> withExtras = new ArrayList<>(seeded);
        withExtras.set(0, seeded.get(0).withColour("#1f77b4", T0).withExternalId("Q42", T0));

        String json = SpeakerRegistryFile.write(withExtras);

        assertThat(seeded).hasSize(KnownSpeakers.loadDefault().size());
        assertThat(schema().validate(new ObjectMapper().readTree(json))).isEmpty();
        assertThat(SpeakerRegistryFile.read(json)).isEqualTo(withExtras);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelt field     | {"format":"quote-explorer-registry/1","speakers":[{"id":"a","name":"A","updated":"2026-01-01T00:00:00Z","colur":"#000000"}]} | colur
            other format       | {"format":"quote-explorer/1","speakers":[]}                                                                                  | is not a speaker registry
            same id twice      | {"format":"quote-explorer-registry/1","speakers":[{"id":"a","name":"A","updated":"2026-01-01T00:00:00Z"},{"id":"a","name":"B","updated":"2026-01-01T00:00:00Z"}]} | used by two speakers
            bad colour         | {"format":"quote-explorer-registry/1","speakers":[{"id":"a","name":"A","updated":"2026-01-01T00:00:00Z","colour":"red"}]}   | not a colour as #rrggbb
            bad kind           | {"format":"quote-explorer-registry/1","speakers":[{"id":"a","name":"A","updated":"2026-01-01T00:00:00Z","kind":"robot"}]}   | not one of person
            no updated         | {"format":"quote-explorer-registry/1","speakers":[{"id":"a","name":"A"}]}                                                    | updated
            """)
    void aBrokenRegistryIsRefusedNamingTheFileLineAndColumn(String what, String json, String expected) throws Exception {
        Path file = SpeakerRegistryFile.in(folder);
        Files.writeString(file, json);
        assertThatThrownBy(() -> SpeakerRegistryFile.load(file))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 1, column")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("jackson"));
    }

    @Test
    void twoAnalystsReadingTheSameFileAndSavingInTurnKeepEachOthersAdditions() throws Exception {
        Path file = SpeakerRegistryFile.in(folder);
        SpeakerRegistryFile.update(file, disk -> SpeakerRegistry.empty().confirm(person("Jane Smith"), T0).mergeWith(disk)
                .registry().entries());

        SpeakerRegistry first = SpeakerRegistry.of(SpeakerRegistryFile.load(file));
        SpeakerRegistry second = SpeakerRegistry.of(SpeakerRegistryFile.load(file));
        SpeakerRegistry firstEdited = first.confirm(person("Tom Ode"), T0.plusSeconds(1))
                .confirm(person("Jane Smith", "Smith"), T0.plusSeconds(1));
        SpeakerRegistry secondEdited = second.confirm(person("Anna Berg"), T0.plusSeconds(2));
        SpeakerRegistryFile.update(file, disk -> firstEdited.mergeWith(disk).registry().entries());
        SpeakerRegistryFile.update(file, disk -> secondEdited.mergeWith(disk).registry().entries());

        List<RegistryEntry> saved = SpeakerRegistryFile.load(file);
        assertThat(saved).extracting(RegistryEntry::id).containsExactlyInAnyOrder("jane-smith", "tom-ode", "anna-berg");
        assertThat(saved).filteredOn(e -> e.id().equals("jane-smith")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).containsExactly("Smith"));
    }

    @Test
    void manyWritersSavingAtOnceLoseNoAddition() throws Exception {
        Path file = SpeakerRegistryFile.in(folder);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String name = "Speaker Number " + w;
                done.add(pool.submit(() -> {
                    start.await();
                    // Each read its registry before any save, as analysts who opened the folder together.
                    SpeakerRegistry mine = SpeakerRegistry.empty().confirm(person(name), T0);
                    return SpeakerRegistryFile.update(file, disk -> mine.mergeWith(disk).registry().entries());
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(SpeakerRegistryFile.load(file)).hasSize(writers);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void noFileYetReadsAsAnEmptyRegistry() throws Exception {
        assertThat(SpeakerRegistryFile.loadIfPresent(SpeakerRegistryFile.in(folder))).isEmpty();
    }
}
