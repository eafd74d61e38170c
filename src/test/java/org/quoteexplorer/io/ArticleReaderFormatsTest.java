package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;

/** HTML and Markdown markup, read as a browser or a Markdown renderer would show it. */
class ArticleReaderFormatsTest {

    @TempDir
    Path folder;

    private String readFile(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        String fromFile = ArticleReader.load(file).article().text();
        assertThat(ArticleReader.read(content, name).article().text()).isEqualTo(fromFile);
        return fromFile;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            reference to a surrogate                 | <p>a&#xD800;b</p>             | a\uFFFDb
            decimal reference to a surrogate         | <p>a&#57343;b</p>             | a\uFFFDb
            two surrogate references are no pair     | <p>a&#xD83D;&#xDE00;b</p>     | a\uFFFD\uFFFDb
            reference to NUL                         | <p>a&#0;b&#x000;c</p>         | a\uFFFDb\uFFFDc
            reference beyond Unicode                 | <p>a&#x110000;b</p>           | a\uFFFDb
            C1 references are Windows-1252           | <p>&#x80;5 &#x93;ok&#x94; &#150; &#x9F;</p> | €5 “ok” – Ÿ
            an ordinary reference                    | <p>&#x201C;Hi&#8221;</p>      | “Hi”
            CDATA inside a paragraph is hidden       | <p>Seen<![CDATA[ hidden]]> too</p> | Seen too
            """)
    void htmlCharacterReferencesAndCdataAreReadAsABrowserShowsThem(String what, String body, String text) throws Exception {
        String html = "<html><head><title>Headline</title></head><body>" + body + "</body></html>";

        assertThat(readFile("page.html", html)).isEqualTo("Headline\n" + text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one paragraph, no headline      | <p>“Yes,” said Ana Lopez.</p>                                    | “Yes,” said Ana Lopez.
            two paragraphs, no headline     | <p>First.</p><p>“Yes,” said Ana Lopez.</p>                       | First.\\n“Yes,” said Ana Lopez.
            a pull quote first, no headline | <blockquote><p>“Yes.”</p><footer>Ana Lopez</footer></blockquote> | “Yes.” — Ana Lopez
            divs only, no headline          | <div>First.</div><div>Second,\\n  wrapped in the source.</div> | First.\\nSecond, wrapped in the source.
            line breaks only                | <div>One<br>Two</div>                                             | One\\nTwo
            """)
    void aFragmentWithoutHeadlineIsReadOnce(String what, String body, String text) throws Exception {
        assertThat(readFile("fragment.html", body.replace("\\n", "\n"))).isEqualTo(text.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            footer after a paragraph     | <blockquote><p>“We will rebuild the port.”</p><footer>— Ana Lopez, minister</footer></blockquote>
            cite after a paragraph       | <blockquote><p>“We will rebuild the port.”</p><cite>— Ana Lopez, minister</cite></blockquote>
            footer without a paragraph   | <blockquote>“We will rebuild the port.”<footer>— Ana Lopez, minister</footer></blockquote>
            paragraph inside the footer  | <blockquote><p>“We will rebuild the port.”</p><footer><p>— Ana Lopez, minister</p></footer></blockquote>
            footer without its dash      | <blockquote><p>“We will rebuild the port.”</p><footer>Ana Lopez, minister</footer></blockquote>
            """)
    void aPullQuoteKeepsItsAttributionAsADashBylineClosingTheQuote(String what, String quote) throws Exception {
        String html = "<html><body><article><h1>Port to be rebuilt</h1><p>The storm destroyed the old quay.</p>"
                + quote + "<p>Work starts in May.</p></article><footer>Copyright Daily News</footer></body></html>";

        String text = readFile("story.html", html);

        assertThat(text).isEqualTo("Port to be rebuilt\nThe storm destroyed the old quay.\n“We will rebuild the port.” "
                + "— Ana Lopez, minister\nWork starts in May.");
    }

    @Test
    void aPullQuoteIsAttributedToThePersonInItsFooter() throws Exception {
        String html = "<html><body><article><h1>Port to be rebuilt</h1>"
                + "<p>The storm destroyed the old quay, officials said on Monday.</p>"
                + "<blockquote><p>“We will rebuild the port before the winter.”</p><footer>— Ana Lopez, minister</footer></blockquote>"
                + "<p>Work starts in May.</p></article></body></html>";
        Article article = ArticleReader.read(html, "story.html").article();

        AnnotatedArticle annotated = new QuoteEngine().attribute(article).annotated();

        Quote quote = annotated.quotes().stream()
                .filter(q -> annotated.textOf(q).contains("rebuild the port")).findFirst().orElseThrow();
        assertThat(annotated.speaker(quote.speakerId()).orElseThrow().name()).isEqualTo("Ana Lopez");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            underscore emphasis of a credit line  | _Reporting by Ana Lopez; editing by Ivo Brandt_ | Reporting by Ana Lopez; editing by Ivo Brandt
            double underscores                    | a __bold__ word                                 | a bold word
            single asterisks                      | an *italic* word                                | an italic word
            double asterisks                      | a **bold** word                                 | a bold word
            triple asterisks                      | a ***bold italic*** word                        | a bold italic word
            triple underscores                    | a ___bold italic___ word                        | a bold italic word
            code                                  | run `quote-explorer` now                        | run quote-explorer now
            snake_case stays                      | the file_name and max_chars setting             | the file_name and max_chars setting
            lone asterisks stay                   | 5 * 3 * 2 and a footnote*                       | 5 * 3 * 2 and a footnote*
            underscores inside a word stay        | the __init__ method of my_module_               | the init method of my_module_
            """)
    void markdownEmphasisGoesButOtherAsterisksAndUnderscoresStay(String what, String line, String text) throws Exception {
        assertThat(readFile("note.md", "# Headline\n\n" + line + "\n")).isEqualTo("Headline\n" + text);
    }
}
