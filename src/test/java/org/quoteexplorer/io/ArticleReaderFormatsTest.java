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
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a teaser article before the story     | <div><article><h2>Storm hits coast</h2><p>Thousands left.</p></article></div><main><article><h1>Talks collapse</h1><p>“We are leaving,” said Ana Lopez.</p><p>“They lied,” said Bob Stone.</p></article></main> | Talks collapse\\n“We are leaving,” said Ana Lopez.\\n“They lied,” said Bob Stone.
            a blog post of text and line breaks   | <h1>Talks collapse</h1><div class="post">“We are leaving,” said Ana Lopez.<br><br>“They lied,” said Bob Stone.</div><div><p>No comments</p></div> | Talks collapse\\n“We are leaving,” said Ana Lopez.\\n“They lied,” said Bob Stone.\\nNo comments
            divs beside paragraphs                | <h1>Talks</h1><p>One.</p><div>“We will veto it,” said Ana Lopez.</div>Loose text.<p>Two.</p> | Talks\\nOne.\\n“We will veto it,” said Ana Lopez.\\nLoose text.\\nTwo.
            table cells and definitions           | <h1>Talks</h1><p>One.</p><table><tr><td>Cell one</td><td>Cell two</td></tr></table><dl><dt>Term</dt><dd>Meaning</dd></dl> | Talks\\nOne.\\nCell one\\nCell two\\nTerm\\nMeaning
            a nested list is read once            | <h1>Talks</h1><ul><li>“We walked out,” said Ana Lopez.<ul><li>“They lied,” said Bob Stone.</li></ul></li></ul> | Talks\\n“We walked out,” said Ana Lopez.\\n“They lied,” said Bob Stone.
            a nested blockquote is read once      | <h1>Talks</h1><blockquote><p>Outer.</p><blockquote><p>Inner.</p></blockquote></blockquote> | Talks\\nOuter.\\nInner.
            two line breaks part a paragraph      | <h1>Talks</h1><p>Para A<br><br>“Second,” said Carl Ruiz.</p> | Talks\\nPara A\\n“Second,” said Carl Ruiz.
            q shows its quotation marks           | <h1>Talks</h1><p><q>We will not <q>back</q> down,</q> said Ana Lopez.</p> | Talks\\n“We will not ‘back’ down,” said Ana Lopez.
            hidden elements are no text           | <h1>Talks</h1><p>Seen.</p><p hidden>“Hidden,” said X.</p><div style="display: none">Gone.</div> | Talks\\nSeen.
            a header inside main keeps its h1     | <header>Site banner</header><main><header><h1>Talks collapse</h1><p>The dek.</p></header><p>Body.</p></main> | Talks collapse\\nThe dek.\\nBody.
            an empty h1 (a logo) is no headline   | <h1><img src="logo.png"></h1><main><h1>Talks collapse</h1><p>Body.</p></main> | Talks collapse\\nBody.
            preformatted text keeps its lines     | <h1>Talks</h1><pre>line one\\nline two</pre> | Talks\\nline one\\nline two
            """)
    void htmlTextIsReadOnceWhateverElementHoldsIt(String what, String body, String text) throws Exception {
        String html = "<html><head><title>Site | Page</title></head><body>" + body.replace("\\n", "\n") + "</body></html>";

        assertThat(readFile("page.html", html)).isEqualTo(text.replace("\\n", "\n"));
    }

    @Test
    void aFigureCaptionAttributesItsPullQuoteAndAPhotoCaptionIsNoText() throws Exception {
        String html = "<html><body><article><h1>Port to be rebuilt</h1><p>The storm destroyed the old quay.</p>"
                + "<figure><img src=\"quay.jpg\"><figcaption>The quay on Monday. Photo: Ivo Brandt</figcaption></figure>"
                + "<figure><blockquote><p>“We will rebuild the port.”</p></blockquote><figcaption>Ana Lopez, minister</figcaption></figure>"
                + "<p>Work starts in May.</p></article></body></html>";

        assertThat(readFile("story.html", html)).isEqualTo("Port to be rebuilt\nThe storm destroyed the old quay.\n"
                + "“We will rebuild the port.” — Ana Lopez, minister\nWork starts in May.");
    }

    @Test
    void aFrontMatterTitleIsTheHeadlineOfAPostWithoutAHeading() throws Exception {
        String post = "---\ntitle: \"Talks collapse in Geneva\"\ndate: 2025-06-23\n---\n\n\u201CWe are leaving,\u201D said Ana Lopez.\n";
        String withHeading = "---\ntitle: Site title\n---\n# Talks collapse\n\n\u201CWe are leaving,\u201D said Ana Lopez.\n";

        assertThat(readFile("post.md", post)).isEqualTo("Talks collapse in Geneva\n\u201CWe are leaving,\u201D said Ana Lopez.");
        assertThat(readFile("post2.md", withHeading)).isEqualTo("Talks collapse\n\u201CWe are leaving,\u201D said Ana Lopez.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            two paragraphs of one block quote   | > “One,” said Bob Stone.\\n>\\n> “Two,” he added.                | “One,” said Bob Stone.\\n“Two,” he added.
            a link whose URL has parentheses    | said [Ana Lopez](https://en.wikipedia.org/wiki/Ana_Lopez_(politician)), the minister. | said Ana Lopez, the minister.
            an autolink                         | see <https://example.org/report> for more                         | see https://example.org/report for more
            entities and inline HTML            | Some <em>inline</em> html and &ldquo;entity quote&rdquo; said Carl Ruiz.<br> | Some inline html and “entity quote” said Carl Ruiz.
            a less-than sign is text            | a < b and <3 stay                                                  | a < b and <3 stay
            code fences leave their text        | ```\\ncode line\\n```                                          | code line
            a hashtag is no heading             | #MeToo marches went on,\\nsaid the organisers.                    | #MeToo marches went on, said the organisers.
            """)
    void markdownReadsAsARendererShowsIt(String what, String body, String text) throws Exception {
        assertThat(readFile("note.md", "# Headline\n\n" + body.replace("\\n", "\n") + "\n"))
                .isEqualTo("Headline\n" + text.replace("\\n", "\n"));
    }

    @Test
    void markdownReferenceLinksStrikethroughAndTablesReadAsARendererShowsThem() throws Exception {
        String post = """
                # Port talks stall

                The mayor called the plan ~~final~~ \u201Ca first step,\u201D according to [the council's report][1].

                | Speaker | Said |
                |---|:---:|
                | Ana Vell | \u201CWe stay,\u201D she said. |
                | Ivo Brandt | \u201CA \\| B,\u201D he said. |

                See [the minutes][].

                [1]: https://example.com/report "The report"
                [the minutes]: https://example.com/minutes
                """;

        assertThat(readFile("post.md", post)).isEqualTo(String.join("\n", "Port talks stall",
                "The mayor called the plan final \u201Ca first step,\u201D according to the council's report.",
                "Speaker", "Said", "Ana Vell", "\u201CWe stay,\u201D she said.", "Ivo Brandt", "\u201CA | B,\u201D he said.",
                "See the minutes."));
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
