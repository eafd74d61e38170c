package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.model.TitleSource;

/** The title shown beside a speaker comes from the article, and is a clean role phrase. */
class TitlesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Harbour Authority spokesman        | Harbour Authority spokesman
            Breitbart News security editor Dr. | Breitbart News security editor
            Republican presidential candidate  | Republican presidential candidate
            Democratic strategist              | Democratic strategist
            Hungary's                          | -
            release of Mr.                     | -
            caucus for                         | -
            Former                             | -
            Mr.                                | -
            intellectual foundation for        | -
            Trump Makes Campaign               | -
            Minister for Foreign Affairs       | Minister for Foreign Affairs
            U.N. Special Envoy for Syria       | U.N. Special Envoy for Syria
            Chinese Ambassador to Kestria      | Chinese Ambassador to Kestria
            pastor of the church               | -
            supporters of Trump                | -
            vice president of the              | -
            director of the Federal Bureau of  | -
            """)
    void keepsOnlyPhrasesThatEndInARole(String raw, String shown) {
        assertThat(Titles.clean(raw)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Port news¶“The gates stay shut,” said Ivo Brandt, the harbour spokesman, on Monday.                   | Ivo Brandt | harbour spokesman
            Port news¶“The gates stay shut,” said Ivo Brandt, 44, a docker from Port Ellery.                     | Ivo Brandt | docker from Port Ellery
            Port news¶“The gates stay shut,” said Nora Veld, an expert at Varna University.                       | Nora Veld  | expert at Varna University
            Port news¶“The gates stay shut,” Harbour Authority spokesman Ivo Brandt said.                         | Ivo Brandt | Harbour Authority spokesman
            Port news¶“The gates stay shut,” said Ivo Brandt, who runs the harbour.                               | Ivo Brandt | -
            Port news¶“The gates stay shut,” said the bank’s chief economist, Ivo Brandt.                         | Ivo Brandt | bank’s chief economist
            Port news¶“The gates stay shut,” said her spokesman, Ivo Brandt, on Monday.                           | Ivo Brandt | spokesman
            Port news¶“The gates stay shut,” said one docker, Ivo Brandt.                                         | Ivo Brandt | -
            Port news¶Dockers, Ivo Brandt and Nora Veld met. “The gates stay shut,” Ivo Brandt said.               | Ivo Brandt | -
            """)
    void takesTheTitleFromTheArticlesOwnWords(String article, String name, String title) {
        Speaker speaker = speakerNamed(new QuoteEngine(), article, name);
        assertThat(speaker.title()).isEqualTo(title);
        assertThat(speaker.titleSource()).isEqualTo(title == null ? null : TitleSource.ARTICLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Port news¶“The gates stay shut,” said Ivo Brandt.                                        | Harbour Master of Varna | SPEAKER_LIST
            Port news¶“The gates stay shut,” said Ivo Brandt, the former harbour master.             | former harbour master   | ARTICLE
            Port news¶“The gates stay shut,” said retired docker Ivo Brandt.                         | retired docker          | ARTICLE
            """)
    void usesTheSpeakerListsTitleOnlyWhenTheArticleGivesNone(String article, String title, TitleSource source) {
        QuoteEngine engine = new QuoteEngine(List.of(new Speaker("k1", "Ivo Brandt", SpeakerKind.PERSON,
                "Harbour Master of Varna", List.of("Brandt"))));
        Speaker speaker = speakerNamed(engine, article, "Ivo Brandt");
        assertThat(speaker.title()).isEqualTo(title);
        assertThat(speaker.titleSource()).isEqualTo(source);
    }

    private static Speaker speakerNamed(QuoteEngine engine, String article, String name) {
        return engine.attribute(Article.of("t", article.replace("¶", "\n"))).annotated().speakers().stream()
                .filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no speaker " + name));
    }
}
