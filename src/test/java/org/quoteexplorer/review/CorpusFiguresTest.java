package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quoteexplorer.model.QuoteStatus.ACCEPTED;
import static org.quoteexplorer.model.QuoteStatus.CORRECTED;
import static org.quoteexplorer.model.QuoteStatus.REJECTED;
import static org.quoteexplorer.model.QuoteStatus.SUGGESTED;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.review.CorpusFigures.QuoteRef;
import org.quoteexplorer.review.CorpusFigures.SpeakerFigures;
import org.quoteexplorer.review.WorkspaceFixtures.Q;

class CorpusFiguresTest {

    private static final SpeakerRegistry REGISTRY = SpeakerRegistry.of(List.of(new RegistryEntry("ann-field", "Ann Field",
            List.of("Mayor Field"), SpeakerKind.PERSON, null, null, "Q1", Instant.EPOCH)));

    @Test
    void aRegistrySpeakerIsOnePersonAcrossArticlesWhicheverNameTheArticleUses() {
        CorpusFigures figures = CorpusFigures.builder(REGISTRY)
                .add("a.txt", WorkspaceFixtures.review("a", "A", Q.of("one two", "Ann Field", ACCEPTED),
                        Q.of("three four", "Ann Field", SUGGESTED), Q.of("five six", "Tom Brook", ACCEPTED)))
                .add("b.txt", WorkspaceFixtures.review("b", "B", Q.of("seven eight", "Mayor Field", CORRECTED),
                        Q.of("nine ten", "tom  BROOK", REJECTED)))
                .build();

        SpeakerFigures ann = figures.speaker("ann-field").orElseThrow();
        assertThat(ann.name()).isEqualTo("Ann Field");
        assertThat(ann.registryId()).isEqualTo("ann-field");
        assertThat(List.of(ann.quotes(), ann.articles(), ann.confirmed())).containsExactly(3, 2, 2);
        assertThat(ann.acceptedShare()).isCloseTo(2 / 3.0, within(1e-9));
        SpeakerFigures tom = figures.speaker("name:tom brook").orElseThrow();
        assertThat(tom.registryId()).isNull();
        assertThat(List.of(tom.quotes(), tom.articles(), tom.confirmed())).containsExactly(2, 2, 1);
        assertThat(figures.speakers()).extracting(SpeakerFigures::key).containsExactly("ann-field", "name:tom brook");
        assertThat(figures.quotesPerSpeaker()).containsExactly(Map.entry("Ann Field", 3), Map.entry("Tom Brook", 2));
        assertThat(figures.articles()).isEqualTo(2);
        assertThat(figures.quotes()).isEqualTo(5);
    }

    @Test
    void aSpeakerLinkedToTheRegistryCountsAsItsEntryUnderANameTheRegistryDoesNotKnow() {
        AnnotatedArticle linked = WorkspaceFixtures.review("c", "C", Q.of("eleven twelve", "A. Field", ACCEPTED));
        linked = linked.withSpeakers(linked.speakers().stream()
                .map(s -> s.name().equals("A. Field") ? s.withRegistryId("ann-field") : s).toList());
        AnnotatedArticle unlinked = WorkspaceFixtures.review("d", "D", Q.of("thirteen fourteen", "A. Field", ACCEPTED));

        CorpusFigures figures = CorpusFigures.builder(REGISTRY)
                .add("a.txt", WorkspaceFixtures.review("a", "A", Q.of("one two", "Ann Field", ACCEPTED)))
                .add("c.txt", linked).add("d.txt", unlinked).build();

        assertThat(figures.speaker("ann-field").orElseThrow().quotes()).isEqualTo(2);
        assertThat(figures.speaker("name:a. field").orElseThrow().quotes()).isEqualTo(1);
    }

    @Test
    void aSpeakersQuotesAreListedWithTheirArticleAndIdToJumpTo() {
        CorpusFigures figures = CorpusFigures.builder(REGISTRY)
                .add("z.txt", WorkspaceFixtures.review("z", "Z", Q.of("last article", "Ann Field", SUGGESTED)))
                .add("a.txt", WorkspaceFixtures.review("a", "A", Q.of("first words", "Ann Field", ACCEPTED),
                        Q.of("other person", "Tom Brook", ACCEPTED), Q.of("second words", "Mayor Field", SUGGESTED)))
                .build();

        assertThat(figures.quotesOf("ann-field")).containsExactly(
                new QuoteRef("a.txt", "q1", "first words", ACCEPTED),
                new QuoteRef("a.txt", "q3", "second words", SUGGESTED),
                new QuoteRef("z.txt", "q1", "last article", SUGGESTED));
        assertThat(figures.quotesOf("nobody")).isEmpty();
    }

    @Test
    void unattributedAndScareQuotesAreNotCounted() {
        AnnotatedArticle review = WorkspaceFixtures.review("a", "A", Q.of("said by nobody", null, SUGGESTED),
                Q.of("so called", "Ann Field", SUGGESTED), Q.of("real words", "Ann Field", SUGGESTED));
        List<Quote> quotes = review.quotes();
        review = review.withQuotes(List.of(quotes.get(0), quotes.get(1).withType(QuoteType.SCARE), quotes.get(2)));

        CorpusFigures figures = CorpusFigures.builder(REGISTRY).add("a.txt", review).build();

        assertThat(figures.quotes()).isEqualTo(1);
        assertThat(figures.quotesOf("ann-field")).extracting(QuoteRef::quoteId).containsExactly("q3");
    }

    @Test
    void datesGiveEachSpeakerAFirstAndLastDayAndACountPerDay() {
        CorpusFigures figures = CorpusFigures.builder(REGISTRY)
                .add("a.txt", WorkspaceFixtures.review("a", "A", Q.of("one two", "Ann Field", ACCEPTED)), LocalDate.of(2026, 3, 5))
                .add("b.txt", WorkspaceFixtures.review("b", "B", Q.of("three four", "Ann Field", ACCEPTED),
                        Q.of("five six", "Tom Brook", ACCEPTED)), LocalDate.of(2026, 1, 9))
                .add("c.txt", WorkspaceFixtures.review("c", "C", Q.of("seven eight", "Ann Field", ACCEPTED)))
                .build();

        SpeakerFigures ann = figures.speaker("ann-field").orElseThrow();
        assertThat(ann.first()).contains(LocalDate.of(2026, 1, 9));
        assertThat(ann.last()).contains(LocalDate.of(2026, 3, 5));
        assertThat(figures.quotesPerDate()).containsExactly(Map.entry(LocalDate.of(2026, 1, 9), 2),
                Map.entry(LocalDate.of(2026, 3, 5), 1));
    }

    @Test
    void withoutDatesTheFiguresSayNothingAboutTime() {
        CorpusFigures figures = CorpusFigures.builder(REGISTRY)
                .add("a.txt", WorkspaceFixtures.review("a", "A", Q.of("one two", "Ann Field", ACCEPTED))).build();

        assertThat(figures.speaker("ann-field").orElseThrow().first()).isEmpty();
        assertThat(figures.quotesPerDate()).isEmpty();
    }

    @Test
    void aWorkspacesFiguresComeFromItsSavedReviewsOnly(@TempDir Path folder) throws IOException {
        WorkspaceFixtures.reviewed(folder.resolve("a.txt"), "A", Q.of("one two", "Ann Field", ACCEPTED));
        WorkspaceFixtures.reviewed(folder.resolve("sub/b.md"), "B", Q.of("three four", "Mayor Field", SUGGESTED));
        WorkspaceFixtures.write(folder.resolve("new.txt"), "New\n“Not counted,” said Ann Field.");
        WorkspaceFixtures.write(folder.resolve("broken.txt"), "Broken");
        WorkspaceFixtures.write(folder.resolve("broken.quotes.json"), "{\"format\": \"quote-explorer/1.1\"}");

        CorpusFigures figures = CorpusFigures.of(Workspace.open(WorkspaceFolder.at(folder)), REGISTRY);

        assertThat(figures.articles()).isEqualTo(2);
        assertThat(figures.speaker("ann-field").orElseThrow().quotes()).isEqualTo(2);
        assertThat(figures.problems()).singleElement().asString().contains("broken.quotes.json");
    }
}
