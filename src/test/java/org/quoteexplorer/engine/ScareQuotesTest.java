package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;

/** Scare quotes and quoted titles are classified, not attributed; quoted speech stays speech. */
class ScareQuotesTest {

    private static Quote quoteAt(String text, String quoted) {
        AnnotatedArticle document = new QuoteEngine().attribute(Article.of("t", "Harbour news\n" + text)).annotated();
        return document.quotes().stream().filter(q -> document.textOf(q).contains(quoted)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            so-called term           | Last year the money went to the so-called “rainy day fund” instead.           | rainy day fund
            so called, no hyphen     | In May there was a rise in the so called “harbour levy” again.                 | harbour levy
            known as                 | The old quay, known as the “Iron Steps,” was closed in 1990.                   | Iron Steps
            the nickname             | In 1950 a new boat came with the nickname “Old Grey” painted on it.           | Old Grey
            a film title             | The town appears in the documentary “Salt and Tide” from 2019.                 | Salt and Tide
            a show title             | The port was featured on the cooking show “Harbour Kitchen,” which ended.      | Harbour Kitchen
            """)
    void aTermOrTitleNoSpeakerClaimsIsAScareQuoteWithoutSpeaker(String what, String text, String quoted) {
        Quote quote = quoteAt(text, quoted);

        assertThat(quote.type()).isEqualTo(QuoteType.SCARE);
        assertThat(quote.speakerId()).isNull();
        assertThat(quote.origin()).isEqualTo("rule:scare");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            called it, with a cue      | Mayor Ann Lee called it “a disgrace,” her aides said on Monday.                     | a disgrace
            what she calls             | Mayor Ann Lee said the fund pays for what she calls “real repairs” at the quay.     | real repairs
            so-called, said by someone | Mayor Ann Lee said the so-called “rainy day fund” was empty.                         | rainy day fund
            a whole sentence           | The so-called plan was simple, Ann Lee said: “We sell the ferry. Then we rebuild.”  | We sell the ferry
            lower-case after show      | Ann Lee went on the show “to explain the fund” on Monday.                           | to explain the fund
            a title in the speaker's sentence | Ann Lee, who hosts the show “Harbour Hour,” said it would end.               | Harbour Hour
            """)
    void quotedSpeechOrATermClaimedBySomeoneStaysSpeech(String what, String text, String quoted) {
        Quote quote = quoteAt(text, quoted);

        assertThat(quote.type()).isNotEqualTo(QuoteType.SCARE);
    }
}
