package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.Article;

class ArticleReaderTest {

    @TempDir
    Path folder;

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainTextWithOneParagraphPerLineIsKeptVerbatim() throws Exception {
        String text = "Headline here\n\u201CFirst,\u201D she said.\nSecond paragraph.";

        Article article = ArticleReader.read(write("story.txt", text));

        assertThat(article.text()).isEqualTo(text);
        assertThat(article.id()).isEqualTo("story");
        assertThat(article.source()).isEqualTo("story.txt");
        assertThat(article.title()).isEqualTo("Headline here");
    }

    @Test
    void bundledSampleReadsExactlyAsTheSharedCopy() throws Exception {
        Path sample = Path.of("assets/articles/kremlin-iran.txt");

        Article article = ArticleReader.read(sample);

        assertThat(article.text()).isEqualTo(Files.readString(sample, StandardCharsets.UTF_8));
        assertThat(article.id()).isEqualTo("kremlin-iran");
    }

    @Test
    void windowsLineEndsAndByteOrderMarkAreNormalised() throws Exception {
        byte[] body = "Title\r\nLine one.\r\nLine two.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        LoadedArticle loaded = ArticleReader.load(write("crlf.txt", withBom));

        assertThat(loaded.article().text()).isEqualTo("Title\nLine one.\nLine two.");
        assertThat(loaded.encoding()).isEqualTo("UTF-8");
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void invalidUtf8FallsBackToWindows1252AndSaysSo() throws Exception {
        byte[] bytes = "Caf\u00e9 talks\n\u201CYes,\u201D he said.".getBytes(Charset.forName("windows-1252"));

        LoadedArticle loaded = ArticleReader.load(write("old.txt", bytes));

        assertThat(loaded.article().text()).isEqualTo("Caf\u00e9 talks\n\u201CYes,\u201D he said.");
        assertThat(loaded.encoding()).isEqualTo("windows-1252");
        assertThat(loaded.warnings()).singleElement().asString().contains("not UTF-8", "Windows-1252");
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        byte[] body = "Title\n\u201CHi,\u201D she said.".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        LoadedArticle loaded = ArticleReader.load(write("wide.txt", bytes));

        assertThat(loaded.article().text()).isEqualTo("Title\n\u201CHi,\u201D she said.");
        assertThat(loaded.encoding()).isEqualTo("UTF-16LE");
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        Path file = write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertThatThrownBy(() -> ArticleReader.read(file))
                .isInstanceOf(ArticleReadException.class)
                .hasMessageContaining("binary");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            empty file,         '',          is empty
            only white space,   '  \n\t\n',  contains no text
            """)
    void fileWithoutTextIsRefused(String what, String content, String message) throws Exception {
        Path file = write("blank.txt", content.replace("\\n", "\n").replace("\\t", "\t"));

        assertThatThrownBy(() -> ArticleReader.read(file))
                .isInstanceOf(ArticleReadException.class)
                .hasMessageContaining(message);
    }

    @Test
    void missingFileAndFolderGetClearMessages() throws Exception {
        assertThatThrownBy(() -> ArticleReader.read(folder.resolve("nope.txt"))).hasMessageContaining("no such file");
        assertThatThrownBy(() -> ArticleReader.read(folder)).hasMessageContaining("is a folder");
    }

    @Test
    void htmlGivesHeadlineAndParagraphsAsLines() throws Exception {
        String html = """
                <!DOCTYPE html><html><head><title>Site | Story</title><script>var x = "not text";</script></head>
                <body><header>Site banner</header><nav><a href="/">Home</a></nav>
                <article><header><h1>Talks &amp; <em>hope</em></h1></header>
                <p>The minister
                   arrived.</p>
                <p>&ldquo;We are close,&rdquo; she said.</p>
                <blockquote><p>&ldquo;Quoted block,&rdquo; he added.</p></blockquote>
                <ul><li>Point one</li></ul>
                </article><footer>Copyright</footer></body></html>
                """;

        Article article = ArticleReader.read(write("story.html", html));

        assertThat(article.text()).isEqualTo("Talks & hope\nThe minister arrived.\n\u201CWe are close,\u201D she said.\n"
                + "\u201CQuoted block,\u201D he added.\nPoint one");
        assertThat(article.title()).isEqualTo("Talks & hope");
        assertThat(article.id()).isEqualTo("story");
    }

    @Test
    void htmlWithoutH1TakesTheTitleAsHeadline() throws Exception {
        Article article = ArticleReader.read(write("page.htm", "<html><head><title>The Title</title></head><body><p>Body.</p></body></html>"));

        assertThat(article.text()).isEqualTo("The Title\nBody.");
    }

    @Test
    void markdownLosesItsMarkupAndKeepsItsParagraphs() throws Exception {
        String markdown = "# The headline\n\nThe **minister** said\n[the talks](https://example.org) went well.\n\n> \u201CClose,\u201D she said.\n";

        Article article = ArticleReader.read(write("note.md", markdown));

        assertThat(article.text()).isEqualTo("The headline\nThe minister said the talks went well.\n\u201CClose,\u201D she said.");
    }

    @Test
    void markdownListItemsAndHeadingsWithoutBlankLinesBecomeParagraphsOfTheirOwn() throws Exception {
        String markdown = "# Library opens late\nThe library will open on Sundays.\n\n"
                + "- \u201CStudents asked for this,\u201D said Noor Haddad.\n"
                + "- \u201CIt is a small change,\u201D Haddad\n  added.\n"
                + "1. Costs are covered\n> - \u201CWe listened,\u201D she said.\n";

        Article article = ArticleReader.read(write("library.md", markdown));

        assertThat(article.text()).isEqualTo("Library opens late\nThe library will open on Sundays.\n"
                + "\u201CStudents asked for this,\u201D said Noor Haddad.\n"
                + "\u201CIt is a small change,\u201D Haddad added.\n"
                + "Costs are covered\n\u201CWe listened,\u201D she said.");
    }
}
