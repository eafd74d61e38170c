package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.eval.GoldCorpus;
import org.quoteexplorer.eval.GoldDocument;
import org.quoteexplorer.eval.Score;
import org.quoteexplorer.eval.Scorer;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** The engine on the hand-annotated sample article in ../shared (skipped when it is absent). */
class SampleArticleTest {

    private static GoldDocument gold;
    private static AnnotatedArticle annotated;

    @BeforeAll
    static void attributeTheSample() throws Exception {
        String shared = System.getProperty("qe.shared");
        assumeTrue(shared != null, "system property qe.shared not set");
        Path goldFile = Path.of(shared, "corpus", "seed", "kremlin-iran.gold.json");
        assumeTrue(Files.isRegularFile(goldFile), "no sample gold at " + goldFile);
        gold = GoldCorpus.read(goldFile).get(0);
        annotated = new QuoteEngine().attribute(Article.of(gold.id(), gold.text())).annotated();
    }

    @Test
    void findsAllFourteenGoldQuotesAndNothingElse() {
        Score score = score();
        assertThat(score.gold()).isEqualTo(14);
        assertThat(score.matched()).isEqualTo(14);
        assertThat(score.predicted()).isEqualTo(14);
    }

    @Test
    void attributesEveryGoldQuoteToItsSpeaker() {
        Score score = score();
        assertThat(score.errors()).isEmpty();
        assertThat(score.speakerOk()).isEqualTo(14);
        assertThat(score.lines()).last().isEqualTo("attribution F1 1.000 (extraction F1 1.000, speaker accuracy 1.000)");
    }

    @Test
    void mergesEveryMentionOfAPersonIntoOneSpeakerWithTitleApart() {
        Speaker putin = speakerNamed("Vladimir Putin");
        assertThat(putin.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(putin.title()).isEqualTo("Russian President");
        assertThat(putin.aliases()).contains("Putin", "President Putin");
        Speaker peskov = speakerNamed("Dmitry Peskov");
        assertThat(peskov.title()).isEqualTo("Kremlin spokesperson");
        assertThat(annotated.quotesOf(peskov.id())).hasSize(4);
        assertThat(annotated.quotesOf(putin.id())).hasSize(3);
    }

    @Test
    void recognisesOrganisationsAndGroups() {
        assertThat(speakerNamed("Kremlin").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(speakerNamed("Russian Foreign Ministry").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(speakerNamed("Iranian officials").kind()).isEqualTo(SpeakerKind.GROUP);
        assertThat(annotated.speakers()).extracting(Speaker::id).containsExactly("s1", "s2", "s3", "s4", "s5", "s6");
    }

    @Test
    void givesEachAttributionItsEvidenceSieveAndConfidence() {
        String text = annotated.text();
        Quote added = quoteStartingWith("“We support dialogue");
        assertThat(added.mention().of(text)).isEqualTo("he");
        assertThat(added.cue().of(text)).isEqualTo("added");
        Quote told = quoteStartingWith("“We, of course");
        assertThat(told.cue().of(text)).isEqualTo("told reporters");
        assertThat(told.mention().of(text)).isEqualTo("Kremlin spokesperson Dmitry Peskov");
        assertThat(told.origin()).isEqualTo("rule:quote-speaker-cue");
        for (Quote q : annotated.quotes()) {
            assertThat(q.origin()).startsWith("rule:");
            assertThat(q.status()).isEqualTo(QuoteStatus.SUGGESTED);
            assertThat(q.confidence()).isBetween(0.3, 1.0);
            assertThat(q.span().of(text)).matches("(?s)^[“‘].*[”’]$");
        }
    }

    @Test
    void typesHeadlinePartialAndDirectQuotes() {
        Map<QuoteType, Long> counts = annotated.quotes().stream()
                .collect(java.util.stream.Collectors.groupingBy(Quote::type, java.util.stream.Collectors.counting()));
        assertThat(counts).containsEntry(QuoteType.HEADLINE, 3L).containsEntry(QuoteType.PARTIAL, 5L)
                .containsEntry(QuoteType.DIRECT, 6L);
    }

    private static Score score() {
        return Scorer.score(List.of(gold), Map.of(gold.id(), annotated), Set.of("direct", "partial", "headline", "mixed"));
    }

    private static Speaker speakerNamed(String name) {
        return annotated.speakers().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no speaker " + name + " in " + annotated.speakers()));
    }

    private static Quote quoteStartingWith(String prefix) {
        return annotated.quotes().stream().filter(q -> annotated.textOf(q).startsWith(prefix)).findFirst().orElseThrow();
    }
}
