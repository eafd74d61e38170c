package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.Diagnostic;

/** Which marks make a quotation, and which are apostrophes. Invented sentences. */
class QuoteMarksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # text                                                                | quotes found, # between
            Mayor Lina Ostrova said “We will rebuild the bridge.”                 | “We will rebuild the bridge.”
            "We will rebuild," Ostrova said on Monday.                            | "We will rebuild,"
            « Nous resterons ici », a déclaré le maire.                           | « Nous resterons ici »
            „Wir bleiben hier“, sagte Ostrova.                                    | „Wir bleiben hier“
            Sie sagte: ‚Wir bleiben hier‘ und ging.                               | ‚Wir bleiben hier‘
            Elle a dit ‹ nous restons › hier.                                     | ‹ nous restons ›
            Harbour Chief Calls Plan ‘Reckless’, Vows Review                      | ‘Reckless’
            Ostrova told them 'we stay' and left.                                 | 'we stay'
            ''We will rebuild,'' Ostrova said.                                    | ''We will rebuild,''
            ``We will rebuild,'' Ostrova said.                                    | ``We will rebuild,''
            “Yes,” she said, “and soon.”                                          | “Yes,”#“and soon.”
            “The mayor told me ‘never again’ and left,” Vell said.                | “The mayor told me ‘never again’ and left,”
            ‘The mayor said “never again” and left,’ Vell said.                   | ‘The mayor said “never again” and left,’
            “I’d rather stay in what he calls “hell” than leave,” Vell said.      | “I’d rather stay in what he calls “hell” than leave,”
            “We stay,” Vell said. “They call it “exile” now.”                     | “We stay,”#“They call it “exile” now.”
            “Unclosed at first.”” she said                                        | “Unclosed at first.”
            """)
    void findsQuotationsInEveryMarkStyle(String text, String expected) {
        assertThat(EngineFixture.of(text).quoteTexts()).containsExactlyElementsOf(Arrays.asList(expected.split("#")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Ostrova’s office said Iran’s port reopened.
            In the ’90s the port was busier, and rock ’n’ roll played all night.
            The players' union met the owners' group on Monday.
            He is 5'10" tall and weighs 80 kilos.
            It's the mayor's call, isn't it?
            """)
    void takesApostrophesForNoQuote(String text) {
        assertThat(EngineFixture.of(text).quoteTexts()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            <post author="@harbourdesk" id="12">Fine day at the port</post>       | -
            <post author="@harbourdesk">“We are open,” said Vell.</post>          | “We are open,”
            """)
    void ignoresMarkupAttributeValuesButNotTheQuotesBetweenTags(String text, String expected) {
        List<String> quotes = EngineFixture.of(text).quoteTexts();
        if (expected.equals("-")) {
            assertThat(quotes).isEmpty();
        } else {
            assertThat(quotes).containsExactly(expected);
        }
    }

    @Test
    void joinsAQuoteThatReopensEachParagraphIntoOneMultiParagraphQuote() {
        EngineFixture f = EngineFixture.of(
                "Headline¶Vell read the statement:¶“The first part of it.¶“The second part.¶“The end,” it concluded.");
        assertThat(f.quoteTexts()).containsExactly("“The first part of it.\n“The second part.\n“The end,”");
    }

    @Test
    void reportsAnUnclosedMarkAndCutsTheQuoteAtItsParagraphEnd() {
        EngineFixture f = EngineFixture.of("Headline¶Vell said “we will never.¶The talks went on, and “nothing” changed.");
        assertThat(f.quoteTexts()).containsExactly("“we will never.", "“nothing”");
        List<Diagnostic> diagnostics = f.attribution.diagnostics();
        assertThat(diagnostics).hasSize(1);
        assertThat(diagnostics.get(0).message()).contains("unclosed");
        assertThat(diagnostics.get(0).span().start()).isEqualTo(f.annotated.text().indexOf('“'));
        assertThat(new QuoteEngine().notesOn(f.annotated.text())).as("the notes alone, without attributing")
                .isEqualTo(diagnostics);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article                                                                                      | warned
            Headline¶“We need more time, said the chair.¶“This is a stalling tactic,” said Tomas Brandt.    | true
            Headline¶“We need more time, Brandt said.¶“This is a stalling tactic,” said Tomas Vell.         | true
            Headline¶Vell read the statement:¶“The first part, and the rest.¶“The end,” it concluded.       | false
            Headline¶Vell read the statement:¶“The first part of it.¶“The end,” it concluded.               | false
            Headline¶“We need more time, said the chair. “This is a stalling tactic,” said Tomas Brandt.    | true
            Headline¶“We need more time, and then a vote “soon,” said Tomas Brandt.                         | false
            """)
    void warnsWhenAQuoteRunsOnPastWhatEndsLikeAnAttribution(String article, boolean warned) {
        EngineFixture f = EngineFixture.of(article);
        assertThat(f.annotated.quotes()).isNotEmpty();
        assertThat(f.attribution.diagnostics()).extracting(Diagnostic::message)
                .filteredOn(message -> message.contains("check for a missing closing mark"))
                .hasSize(warned ? 1 : 0);
    }

    @Test
    void quoteSpansIncludeTheirMarksInUtf16Offsets() {
        EngineFixture f = EngineFixture.of("Emoji 😀 first, then Vell said “ok now” and left.");
        var quote = f.annotated.quotes().get(0);
        assertThat(f.annotated.text().substring(quote.span().start(), quote.span().end())).isEqualTo("“ok now”");
    }
}
