package org.quoteexplorer.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.quoteexplorer.model.Article;

/**
 * Reads an article file into the text format of the app: the headline on the first line, then
 * one paragraph per line, LF line ends.
 *
 * <ul>
 *   <li>{@code .html}, {@code .htm}, {@code .xhtml}: the headline ({@code h1}, else {@code title}) and
 *       the paragraphs of the main content, via jsoup; scripts, navigation and footers are dropped.</li>
 *   <li>{@code .md}: headings lose their {@code #}, links keep their text, emphasis markers go.</li>
 *   <li>anything else is plain text: every non-blank line is a paragraph, stripped of surrounding
 *       white space, unless the file is clearly hard-wrapped (see {@link PlainTextParagraphs}); then
 *       lines broken by the wrap are joined.</li>
 * </ul>
 *
 * <p>Bytes are UTF-8 (a BOM is dropped) or UTF-16 with a BOM. Bytes that are not valid UTF-8 are read
 * as Windows-1252, the usual encoding of such files, and {@link LoadedArticle#warnings()} says so.
 * Binary files, empty files and files beyond {@link Limits} are refused with an
 * {@link ArticleReadException}.
 */
public final class ArticleReader {

    /** Bytes Windows-1252 leaves undefined: text containing them is in some other encoding. */
    private static final int[] UNDEFINED_IN_WINDOWS_1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D};

    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\u00A0]*\n");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+|\\s+#+\\s*$");
    private static final Pattern MARKDOWN_QUOTE_OR_LIST = Pattern.compile("^(>\\s?)*(([-*+]|\\d+[.)])\\s+)?");
    private static final Pattern MARKDOWN_ITEM_OR_HEADING = Pattern.compile("^(#{1,6}|[-*+]|\\d+[.)])\\s+");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)(\\S(?:.*?\\S)?)\\1");

    private ArticleReader() {
    }

    public static Article read(Path file) throws IOException {
        return load(file).article();
    }

    /** Like {@link #read(Path)}, also telling how the file was decoded and anything worth a warning. */
    public static LoadedArticle load(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = TextFiles.readBytes(file, Limits.MAX_ARTICLE_FILE_BYTES, "an article");
        if (bytes.length == 0) {
            throw new ArticleReadException(file + " is empty");
        }
        List<String> warnings = new ArrayList<>();
        Decoded decoded = decode(bytes, file, warnings);
        return fromText(decoded.text(), name, file.toString(), decoded.encoding(), warnings);
    }

    /**
     * Reads an article that is already text, as if it were a file called {@code fileName}: the
     * same format rules and limits as {@link #load(Path)}, so that a gold corpus scored from
     * strings is read exactly as the analyst's files are.
     */
    public static LoadedArticle read(String content, String fileName) throws ArticleReadException {
        return fromText(content, fileName, fileName, "UTF-16", new ArrayList<>());
    }

    private static LoadedArticle fromText(String raw, String name, String where, String encoding, List<String> warnings)
            throws ArticleReadException {
        String content = normaliseLineEnds(raw);
        String extension = extension(name);
        String text;
        String title = null;
        if (extension.equals("html") || extension.equals("htm") || extension.equals("xhtml") || looksLikeHtml(extension, content)) {
            HtmlArticle html = fromHtml(content);
            text = html.text();
            title = html.headline();
        } else if (extension.equals("md") || extension.equals("markdown")) {
            text = fromMarkdown(content);
        } else {
            text = fromPlainText(content);
        }
        if (text.isBlank()) {
            throw new ArticleReadException(where + " contains no text");
        }
        if (text.length() > Limits.MAX_ARTICLE_CHARS) {
            throw new ArticleReadException(where + " has " + text.length() + " characters of text; articles longer than "
                    + Limits.MAX_ARTICLE_CHARS + " are refused");
        }
        Article article = new Article(idOf(name), title, name, text, null, null);
        return new LoadedArticle(article, encoding, warnings);
    }

    /** The document id of an article file: its name without the last extension. */
    public static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    // ------------------------------------------------------------------ decoding

    private record Decoded(String text, String encoding) {
    }

    private static Decoded decode(byte[] bytes, Path file, List<String> warnings) throws ArticleReadException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, file), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, file), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, file), "UTF-16BE");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ArticleReadException(file + " looks like a binary file (it contains NUL bytes at byte " + i
                        + "), not a text article; if it is UTF-16 text, save it as UTF-8");
            }
        }
        try {
            return new Decoded(TextFiles.strictUtf8(bytes), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            for (byte b : bytes) {
                for (int undefined : UNDEFINED_IN_WINDOWS_1252) {
                    if ((b & 0xFF) == undefined) {
                        throw new ArticleReadException(file + " is neither UTF-8 nor Windows-1252 text; save it as UTF-8", notUtf8);
                    }
                }
            }
            warnings.add(file.getFileName() + " is not valid UTF-8; it was read as Windows-1252. Check accented letters and quotation marks.");
            return new Decoded(new String(bytes, Charset.forName("windows-1252")), "windows-1252");
        }
    }

    private static String strict(byte[] bytes, int skip, Charset charset, Path file) throws ArticleReadException {
        try {
            byte[] body = Arrays.copyOfRange(bytes, skip, bytes.length);
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleReadException(file + " starts with a " + charset.name() + " byte order mark but is not valid "
                    + charset.name() + " text", e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** CRLF (Windows) and lone CR (old Mac) become LF, so that one line end is one char everywhere. */
    static String normaliseLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    // ------------------------------------------------------------------ plain text and Markdown

    static String fromPlainText(String content) {
        return PlainTextParagraphs.paragraphs(content);
    }

    static String fromMarkdown(String content) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINE.split(trimEnds(content))) {
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\n")) {
                String stripped = line.strip();
                if (stripped.matches("[-=*_]{3,}")) {
                    continue;
                }
                // A list item or heading starts a paragraph of its own even without a blank line
                // before it: joined, two quotes of different items would read as one sentence.
                String unquoted = stripped.replaceFirst("^(>\\s?)+", "");
                if (MARKDOWN_ITEM_OR_HEADING.matcher(unquoted).find()) {
                    addParagraph(paragraphs, lines);
                }
                stripped = MARKDOWN_HEADING.matcher(stripped).replaceAll("");
                stripped = MARKDOWN_QUOTE_OR_LIST.matcher(stripped).replaceAll("");
                stripped = MARKDOWN_LINK.matcher(stripped).replaceAll("$1");
                stripped = MARKDOWN_EMPHASIS.matcher(stripped).replaceAll("$2");
                lines.add(stripped);
                if (unquoted.startsWith("#")) {
                    addParagraph(paragraphs, lines);
                }
            }
            addParagraph(paragraphs, lines);
        }
        return String.join("\n", paragraphs);
    }

    private static void addParagraph(List<String> paragraphs, List<String> lines) {
        String paragraph = joinLines(String.join("\n", lines));
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        lines.clear();
    }

    /** Leading blank lines and trailing white space carry nothing; inner text stays untouched. */
    private static String trimEnds(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == TextFiles.BOM)) {
            start++;
        }
        return text.substring(start).stripTrailing();
    }

    private static String joinLines(String block) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : block.split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(stripped);
            }
        }
        return paragraph.toString();
    }

    // ------------------------------------------------------------------ HTML

    private record HtmlArticle(String headline, String text) {
    }

    private static boolean looksLikeHtml(String extension, String content) {
        if (extension.equals("txt") || extension.equals("md") || extension.equals("markdown")) {
            return false;
        }
        String start = content.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    private static HtmlArticle fromHtml(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, noscript, template, nav, header:not(article header), footer, aside, form, "
                + "figure figcaption, button, iframe, svg").remove();
        Element main = document.selectFirst("article");
        if (main == null) {
            main = document.selectFirst("main");
        }
        if (main == null) {
            main = document.body();
        }
        Element h1 = main.selectFirst("h1");
        if (h1 == null) {
            h1 = document.selectFirst("h1");
        }
        String headline = h1 != null ? h1.text().strip() : document.title().strip();

        List<String> lines = new ArrayList<>();
        if (!headline.isEmpty()) {
            lines.add(headline);
        }
        // Blocks in document order; a paragraph inside a blockquote or list item is taken once, as itself.
        for (Element block : main.select("p, h2, h3, h4, h5, h6, li:not(:has(p)), blockquote:not(:has(p)), pre")) {
            String line = block.text().strip();
            if (!line.isEmpty() && !(lines.size() == 1 && line.equals(headline))) {
                lines.add(line);
            }
        }
        if (lines.size() <= 1) {
            // No paragraph markup (a fragment or a page built from divs): take the visible text line by line.
            lines.addAll(List.of(fromPlainText(main.wholeText()).split("\n")));
        }
        List<String> nonEmpty = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new HtmlArticle(headline.isEmpty() ? null : headline, String.join("\n", nonEmpty));
    }
}
