package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quoteexplorer.model.QuoteStatus.ACCEPTED;
import static org.quoteexplorer.model.QuoteStatus.REJECTED;
import static org.quoteexplorer.model.QuoteStatus.SUGGESTED;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.review.CrossArticleConflicts.Conflict;
import org.quoteexplorer.review.WorkspaceFixtures.Q;

class CrossArticleConflictsTest {

    private static final SpeakerRegistry REGISTRY = SpeakerRegistry.of(List.of(new RegistryEntry("ann-field", "Ann Field",
            List.of("Mayor Field"), SpeakerKind.PERSON, null, null, null, Instant.EPOCH)));

    private static final String WORDS = "We will not raise taxes this year whatever the council decides";

    private static List<Conflict> between(String wordsA, String speakerA, String wordsB, String speakerB) {
        return CrossArticleConflicts.finder(REGISTRY)
                .add("a.txt", WorkspaceFixtures.review("a", "A", Q.of(wordsA, speakerA, SUGGESTED)))
                .add("b.txt", WorkspaceFixtures.review("b", "B", Q.of(wordsB, speakerB, SUGGESTED)))
                .conflicts();
    }

    @ParameterizedTest(name = "\"{0}\" by {1} vs \"{2}\" by {3}: {4}")
    @CsvSource(textBlock = """
            'We will not raise taxes this year whatever the council decides', Ann Field, 'We will not raise taxes this year whatever the council decides', Tom Brook, SAME
            'We will not raise taxes this year whatever the council decides', Ann Field, 'we WILL not raise taxes this year, whatever the council decided', Tom Brook, SAME
            'We will not raise taxes this year whatever the council decides', Ann Field, 'We will not raise taxes this year', Tom Brook, NEARLY
            'We will not raise taxes this year whatever the council decides', Ann Field, 'The port will reopen next week as planned by the ministry', Tom Brook, NONE
            'We will not raise taxes this year whatever the council decides', Ann Field, 'We will not raise taxes this year whatever the council decides', Mayor Field, NONE
            'We will not raise taxes this year whatever the council decides', Tom Brook, 'We will not raise taxes this year whatever the council decides', TOM BROOK, NONE
            'Budget cuts', Ann Field, 'budget cuts', Tom Brook, SAME
            'of course', Ann Field, 'of course', Tom Brook, NONE
            """)
    void theSameOrNearlyTheSameWordsByTwoSpeakersInTwoArticlesConflict(String wordsA, String speakerA, String wordsB,
            String speakerB, String expected) {
        List<Conflict> conflicts = between(wordsA, speakerA, wordsB, speakerB);

        if (expected.equals("NONE")) {
            assertThat(conflicts).isEmpty();
        } else {
            assertThat(conflicts).singleElement().satisfies(c -> {
                assertThat(c.sameWords()).isEqualTo(expected.equals("SAME"));
                assertThat(c.first().path()).isEqualTo("a.txt");
                assertThat(c.second().path()).isEqualTo("b.txt");
            });
        }
    }

    @Test
    void twoSpeakersOfOneArticleAreTheRadarsBusinessNotThisOne() {
        List<Conflict> conflicts = CrossArticleConflicts.finder(REGISTRY)
                .add("a.txt", WorkspaceFixtures.review("a", "A", Q.of(WORDS, "Ann Field", SUGGESTED), Q.of(WORDS, "Tom Brook", SUGGESTED)))
                .conflicts();

        assertThat(conflicts).isEmpty();
    }

    @Test
    void aRejectedQuoteConflictsWithNothing() {
        List<Conflict> conflicts = CrossArticleConflicts.finder(REGISTRY)
                .add("a.txt", WorkspaceFixtures.review("a", "A", Q.of(WORDS, "Ann Field", REJECTED)))
                .add("b.txt", WorkspaceFixtures.review("b", "B", Q.of(WORDS, "Tom Brook", ACCEPTED)))
                .conflicts();

        assertThat(conflicts).isEmpty();
    }

    @Test
    void aConflictIsFlaggedInBothArticlesNamingTheOther() {
        List<Conflict> conflicts = CrossArticleConflicts.finder(REGISTRY)
                .add("a.txt", WorkspaceFixtures.review("a", "A", Q.of("unrelated words in this one", "Ann Field", SUGGESTED),
                        Q.of(WORDS, "Ann Field", SUGGESTED)))
                .add("sub/b.txt", WorkspaceFixtures.review("b", "B", Q.of(WORDS, "Tom Brook", SUGGESTED)))
                .conflicts();

        Map<String, List<Flag>> inA = CrossArticleConflicts.flagsFor("a.txt", conflicts);
        Map<String, List<Flag>> inB = CrossArticleConflicts.flagsFor("sub/b.txt", conflicts);

        assertThat(inA).containsOnlyKeys("q2");
        assertThat(inA.get("q2")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FlagCode.CONFLICT);
            assertThat(f.reason()).contains("sub/b.txt").contains("Tom Brook").contains("not Ann Field");
        });
        assertThat(inB.get("q1")).singleElement().satisfies(f ->
                assertThat(f.reason()).contains("a.txt").contains("Ann Field").contains("not Tom Brook"));
    }

    @Test
    void wordsRepeatedInVeryManyArticlesSayNothingAboutWho() {
        CrossArticleConflicts.Finder finder = CrossArticleConflicts.finder(REGISTRY);
        for (int i = 0; i < 60; i++) {
            finder.add("a" + i + ".txt", WorkspaceFixtures.review("a" + i, "A",
                    Q.of("Contact our newsroom for more details today", "Speaker " + i, SUGGESTED)));
        }

        assertThat(finder.conflicts()).isEmpty();
    }

    @Test
    void findsConflictsAmongAWorkspacesSavedReviews(@TempDir Path folder) throws IOException {
        WorkspaceFixtures.reviewed(folder.resolve("a.txt"), "A", Q.of(WORDS, "Ann Field", ACCEPTED));
        WorkspaceFixtures.reviewed(folder.resolve("b.txt"), "B", Q.of(WORDS, "Ann Field", SUGGESTED));
        WorkspaceFixtures.reviewed(folder.resolve("c/c.txt"), "C", Q.of(WORDS, "Tom Brook", SUGGESTED));

        List<Conflict> conflicts = CrossArticleConflicts.find(Workspace.open(WorkspaceFolder.at(folder)), REGISTRY);

        assertThat(conflicts).extracting(c -> c.first().path() + " " + c.second().path())
                .containsExactly("a.txt c/c.txt", "b.txt c/c.txt");
    }
}
