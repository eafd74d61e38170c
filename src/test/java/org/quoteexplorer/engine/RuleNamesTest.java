package org.quoteexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.eval.GoldCorpus;
import org.quoteexplorer.eval.GoldDocument;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;

/** Every rule the engine names in a quote's origin has a measured confidence, and every measured rule is used. */
class RuleNamesTest {

    private static final String UNATTRIBUTED = "unattributed";

    @Test
    void anUnknownRuleNameIsRefusedRatherThanGuessedAt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Confidence.of("quote-speaker-cue-typo", null));
        assertTrue(e.getMessage().contains("quote-speaker-cue-typo"), e.getMessage());
    }

    @Test
    void theRareRulesAreRulesWithAPrecision() {
        assertTrue(Confidence.ruleNames().containsAll(Confidence.RARE), Confidence.RARE.toString());
    }

    @ParameterizedTest(name = "{1} for: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            “We will not give up the harbour,” Ana Kiril said.                                          | quote-speaker-cue
            “We will not give up the harbour,” said Ana Kiril, the mayor of Varna.                      | quote-cue-speaker
            Ana Kiril said, “We will not give up the harbour.”                                           | speaker-cue-quote
            “We will not give up the harbour,” according to Ana Kiril.                                   | according-to
            Ana Kiril said the plan was “a betrayal of the city.”                                        | sentence-cue
            Ana Kiril, the mayor, spoke to reporters on Monday and said:¶“We will not give up the harbour.” | colon-next-paragraph
            """)
    void eachCueShapeIsDecidedByItsNamedRule(String sentence, String rule) {
        EngineFixture fixture = EngineFixture.of(sentence);
        Set<String> rules = rulesIn(fixture.annotated);
        assertKnown(rules, sentence);
        assertTrue(rules.contains(rule), "expected " + rule + " among " + rules + " for: " + sentence);
    }

    @Test
    void everyRuleNamedOnTheSampleAndOnPolnearHasAPrecisionAndEveryCommonRuleIsUsed() throws IOException {
        Set<String> rules = new TreeSet<>();
        for (GoldDocument doc : corpus("corpus/seed/kremlin-iran.gold.json")) {
            rules.addAll(rulesIn(new QuoteEngine().attribute(Article.of(doc.id(), doc.text())).annotated()));
        }
        assertKnown(rules, "the sample article");
        Path dev = shared().resolve("corpus/polnear/dev.json");
        assumeTrue(Files.isRegularFile(dev), "no PolNeAR dev at " + dev);
        for (GoldDocument doc : GoldCorpus.read(dev)) {
            rules.addAll(rulesIn(new QuoteEngine().attribute(Article.of(doc.id(), doc.text())).annotated()));
        }
        assertKnown(rules, "PolNeAR dev");
        Path train = shared().resolve("corpus/polnear/train.json");
        if (Files.isRegularFile(train)) {
            for (GoldDocument doc : GoldCorpus.read(train)) {
                rules.addAll(rulesIn(new QuoteEngine().attribute(Article.of(doc.id(), doc.text())).annotated()));
            }
            assertKnown(rules, "PolNeAR train");
        }
        Set<String> unused = new TreeSet<>(Confidence.ruleNames());
        unused.removeAll(rules);
        unused.removeAll(Confidence.RARE);
        assertEquals(Set.of(), unused, "rules with a precision that neither the sample nor PolNeAR uses, and not documented as rare");
    }

    private static Set<String> rulesIn(AnnotatedArticle annotated) {
        Set<String> rules = new TreeSet<>();
        for (Quote q : annotated.quotes()) {
            assertTrue(q.origin().startsWith("rule:"), q.origin());
            rules.add(q.origin().substring("rule:".length()));
        }
        return rules;
    }

    private static void assertKnown(Set<String> rules, String where) {
        Set<String> unknown = new TreeSet<>(rules);
        unknown.removeAll(Confidence.ruleNames());
        unknown.remove(UNATTRIBUTED);
        unknown.remove(ScareQuotes.RULE); // a scare quote names no speaker, so it claims no confidence
        assertEquals(Set.of(), unknown, "rule names without a precision on " + where);
    }

    private static java.util.List<GoldDocument> corpus(String relative) throws IOException {
        Path file = shared().resolve(relative);
        assumeTrue(Files.isRegularFile(file), "no " + file);
        return GoldCorpus.read(file);
    }

    private static Path shared() {
        return Path.of(System.getProperty("qe.shared", "../shared"));
    }

}
