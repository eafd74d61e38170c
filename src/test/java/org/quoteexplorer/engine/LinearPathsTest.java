package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;

/**
 * The behaviour of the paths rewritten to cost time linear in the article: word indexes built
 * once per article and hand-written scans give the answers the per-quote searches gave.
 */
class LinearPathsTest {

    private static final Pattern CLAUSE_SEPARATOR = Pattern.compile("[^\\p{L}'’]+");

    @Property(tries = 2000)
    void clauseWordsAreCutAsTheRegularExpressionCutsThem(@ForAll("clauses") String clause) {
        assertThat(QuoteScanner.clauseWords(clause)).containsExactly(CLAUSE_SEPARATOR.split(clause));
    }

    @Provide
    Arbitrary<String> clauses() {
        // Letters, apostrophes, separators, a letter outside the BMP and a lone surrogate.
        return Arbitraries.strings().withChars("ab ,.'’-\t\u00e9\u4e2d\ud835").withChars("\ud835\udc00")
                .ofMaxLength(30);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # article                                                                                                                                                             | headline quote         | speaker
            Will the Port Reopen? “Depends on the Weather”¶“Everything depends on the weather,” said Tomas Vell.¶“The weather depends on nothing,” said Ana Kiril.                 | Depends on the Weather | Tomas Vell
            Will the Port Reopen? “Depends on the Weather”¶“The weather depends on nothing,” said Ana Kiril.¶“Everything depends on the weather,” said Tomas Vell.                 | Depends on the Weather | Ana Kiril
            Will the Port Reopen? “Harbour Strike Talks”¶“The harbour is quiet,” said Tomas Vell.¶“The strike talks went well,” said Ana Kiril.¶“Another strike,” said Ivo Brandt.¶“More talks,” said Lena Novak. | Harbour Strike Talks | Ana Kiril
            """, delimiter = '|')
    void aHeadlineQuoteTakesTheFirstBodyQuoteSharingMostOfItsWordsEvenWithoutItsRarestWord(String article,
            String headline, String speaker) {
        EngineFixture f = EngineFixture.of(article);
        Quote quote = f.quote(headline);
        assertThat(quote.origin()).isEqualTo("rule:headline-words");
        assertThat(f.speakerOf(quote).name()).isEqualTo(speaker);
    }

    @Test
    void aHeadlineQuoteSharingLessThanThreeFifthsOfItsWordsWithAnyBodyQuoteStaysUnattributed() {
        EngineFixture f = EngineFixture.of("Will the Port Reopen? “Depends on the Weather Tomorrow Morning”"
                + "¶“Everything depends on the weather,” said Tomas Vell.");
        assertThat(f.quote("Tomorrow Morning").speakerId()).isNull();
    }

    @Test
    void manyHeadlineQuotesEachTakeTheSpeakerOfTheBodyQuoteSharingAllTheirWordsNotTheFirstSharingMost() {
        String[] names = {"Tomas Vell", "Ana Kiril", "Ivo Brandt", "Lena Novak", "Marek Dvorak"};
        String[] topics = {"harbour", "bridge", "railway", "market", "school"};
        StringBuilder article = new StringBuilder("Town Meeting Notes");
        for (int i = 0; i < names.length; i++) {
            String topic = topics[i].substring(0, 1).toUpperCase() + topics[i].substring(1);
            article.append("¶Will the ").append(topic).append(" Reopen? “").append(topic).append(" Repairs Begin”");
        }
        for (int i = 0; i < names.length; i++) {
            article.append("¶“The ").append(topics[i]).append(" repairs begin next week,” said ").append(names[i])
                    .append('.');
        }
        EngineFixture f = EngineFixture.of(article.toString());
        for (int i = 0; i < names.length; i++) {
            String topic = topics[i].substring(0, 1).toUpperCase() + topics[i].substring(1);
            assertThat(f.speakerOf(f.quote(topic + " Repairs")).name()).as(topic).isEqualTo(names[i]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # article                                                              | speaker of the quote (empty: none)
            Headline¶Rivers said “we will open the port soon.”¶The water rose.       | Rivers
            Headline¶Rivers said “we will open the port soon.”¶The rivers rose.      |
            Headline¶The rivers rose.¶Rivers said “we will open the port soon.”      |
            Headline¶Rivers said “we will open the port soon.”¶The rivers rose, said Jeff Rivers. | Jeff Rivers
            """, delimiter = '|')
    void aCapitalisedSentenceOpenerIsNoNameIfTheArticleAlsoUsesItInLowerCaseAnywhere(String article, String speaker) {
        EngineFixture f = EngineFixture.of(article);
        Quote quote = f.quote("open the port");
        assertThat(quote.speakerId() == null ? null : f.speakerOf(quote).name()).isEqualTo(speaker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # article                                                                                                                        | speaker
            Port news¶Minister Ana Kiril spoke first. Minister Ivo Brandt spoke next. “One,” the minister said.                                            | Ivo Brandt
            Port news¶Minister Ana Kiril spoke first. Minister Ivo Brandt spoke next. Kiril left early. “One,” the minister said.                          | Ana Kiril
            Port news¶Minister Ana Kiril spoke first. Minister Ivo Brandt spoke next. Kiril left early. Brandt stayed. “One,” the minister said.            | Ivo Brandt
            Port news¶Minister Ana Kiril spoke first. Minister Ivo Brandt spoke next. Kiril left early. Brandt stayed. Minister Kiril came back. “One,” the minister said. | Ana Kiril
            """, delimiter = '|')
    void theRoleMeansTheHolderMentionedMostTheLatestToTakeTheTitleOnATie(String article, String speaker) {
        EngineFixture f = EngineFixture.of(article);
        assertThat(f.speakerOf(f.quote("One")).name()).isEqualTo(speaker);
    }

    @Test
    void quotesOfAOneLineArticleAreTheSameAsWhenItIsSplitIntoParagraphs() {
        String[] given = {"Ana", "Ivo", "Lena", "Marek", "Vera"};
        String[] family = {"Kiril", "Brandt", "Novak", "Vell", "Dvorak", "Horvat", "Zoric"};
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Port Talks Resume After Strike.");
        for (int i = 0; i < 300; i++) {
            String name = given[i % given.length] + " " + family[i % family.length];
            paragraphs.add(switch (i % 4) {
                case 0 -> "“We will look at statement " + i + ",” said " + name + ", a minister.";
                case 1 -> name + " said “the port stays open” after talk " + i + ".";
                case 2 -> "“Talk " + i + " went well. We go on,” " + name + " told reporters.";
                default -> "The union called it ‘a step’ and the board “a start, at best.”";
            });
        }
        AnnotatedArticle split = attribute(String.join("\n", paragraphs));
        AnnotatedArticle oneLine = attribute(String.join(" ", paragraphs));

        assertThat(oneLine.quotes()).hasSize(split.quotes().size()).hasSizeGreaterThan(300);
        for (int i = 0; i < split.quotes().size(); i++) {
            Quote a = split.quotes().get(i);
            Quote b = oneLine.quotes().get(i);
            assertThat(b.span()).as("quote %d", i).isEqualTo(a.span());
            assertThat(speakerName(oneLine, b)).as("speaker of %s", split.textOf(a)).isEqualTo(speakerName(split, a));
        }
    }

    @ParameterizedTest(name = "{0} clauses of {1} words")
    @CsvSource(textBlock = """
            # clauses | words per clause | sentences
            10        | 20               | 1
            40        | 20               | 3
            3         | 700              | 4
            """, delimiter = '|')
    void aSentenceFarLongerThanAnyWrittenOneIsCutAtItsNextCommaOrAnywhereAtTwiceTheLength(int clauses, int words,
            int expected) {
        String clause = "word ".repeat(words).strip();
        String text = "Headline\n" + String.join(", ", java.util.Collections.nCopies(clauses, clause)) + ".";
        Tokens tokens = new Tokens(text);
        Sentences sentences = new Sentences(text, new Paragraphs(text), tokens, List.of());

        List<org.quoteexplorer.model.Span> body = sentences.all().subList(1, sentences.all().size());
        assertThat(body).hasSize(expected);
        assertThat(body.get(0).start()).isEqualTo(text.indexOf('\n') + 1);
        assertThat(body.get(body.size() - 1).end()).isEqualTo(text.length());
        for (int i = 1; i < body.size(); i++) {
            assertThat(body.get(i).start()).isGreaterThan(body.get(i - 1).end());
            assertThat(text.substring(body.get(i - 1).end(), body.get(i).start())).isBlank();
        }
    }

    @Test
    void quotesInATextWithoutFullStopsKeepTheirAdjacentSpeakers() {
        StringBuilder text = new StringBuilder("Port Talks\n");
        String[] names = {"Ana Kiril", "Ivo Brandt", "Lena Novak"};
        for (int i = 0; i < 600; i++) {
            text.append("“we go on with part ").append(i).append(",” said ").append(names[i % 3]).append(", and ");
        }
        AnnotatedArticle article = attribute(text.append("so on").toString());
        assertThat(article.quotes()).hasSize(600);
        for (int i = 0; i < 600; i++) {
            assertThat(speakerName(article, article.quotes().get(i))).as("quote %d", i).isEqualTo(names[i % 3]);
        }
    }

    private static AnnotatedArticle attribute(String text) {
        return new QuoteEngine().attribute(Article.of("shape", text)).annotated();
    }

    private static String speakerName(AnnotatedArticle article, Quote quote) {
        return quote.speakerId() == null ? null : article.speaker(quote.speakerId()).orElseThrow().name();
    }
}
