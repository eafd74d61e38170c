package org.quoteexplorer.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Pattern;
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
 * <p>How bytes become text is {@link ArticleDecoding}'s rule: UTF-8 or UTF-16 by byte order mark,
 * UTF-8 with U+FFFD for a few bad bytes, Windows-1252 only for bytes that look like it;
 * {@link LoadedArticle#warnings()} says when either happened. Binary files, empty files and files
 * beyond {@link Limits} are refused with an {@link ArticleReadException}, each limit checked before
 * the work it guards.
 */
public final class ArticleReader {

    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\u00A0]*\n");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+|\\s+#+\\s*$");
    private static final Pattern MARKDOWN_QUOTE_OR_LIST = Pattern.compile("^(>\\s?)*(([-*+]|\\d+[.)])\\s+)?");
    private static final Pattern MARKDOWN_ITEM_OR_HEADING = Pattern.compile("^(#{1,6}|[-*+]|\\d+[.)])\\s+");
    /** A link's URL may hold one level of parentheses, as Wikipedia's do: (https://…/Ana_Lopez_(politician)). */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\((?:[^()]|\\([^()]*\\))*\\)");
    private static final Pattern MARKDOWN_AUTOLINK = Pattern.compile("<((?:https?|mailto|ftp):[^<>\\s]+)>");
    private static final Pattern MARKDOWN_FENCE = Pattern.compile("(```|~~~)[^`]*");
    private static final Pattern MARKDOWN_HEADING_LINE = Pattern.compile("^#{1,6}(\\s|$)");
    /** An HTML tag: a letter right after the "<", so "a < b" and "<3" stay text. */
    private static final Pattern INLINE_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern MARKDOWN_STARS = Pattern.compile("(\\*{1,3})(?![\\s*])(.+?)(?<![\\s*])\\1(?!\\*)");
    /** Underscores emphasise only at word edges: snake_case and file_names_like_this stay. */
    private static final Pattern MARKDOWN_UNDERSCORES =
            Pattern.compile("(?<![\\p{L}\\p{N}_])(_{1,3})(?![\\s_])(.+?)(?<![\\s_])\\1(?![\\p{L}\\p{N}_])");
    private static final Pattern MARKDOWN_CODE = Pattern.compile("`([^`]+)`");
    /** "[1]: https://example.com "Title"": where a reference link points, never shown. */
    private static final Pattern MARKDOWN_LINK_DEFINITION = Pattern.compile("\\[[^\\]]+\\]:\\s*\\S+(\\s+.*)?");
    /** "[the report][1]", "[the report][]": a reference link shows its text. */
    private static final Pattern MARKDOWN_REFERENCE_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\[[^\\]]*\\]");
    private static final Pattern MARKDOWN_STRIKE = Pattern.compile("~~(?!\\s)(.+?)(?<!\\s)~~");
    /** "|---|:---:|", a table's rule under its header row. */
    private static final Pattern MARKDOWN_TABLE_RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?");
    /** The bars between a table row's cells, not an escaped "\|" inside one. */
    private static final Pattern MARKDOWN_CELL_BORDER = Pattern.compile("(?<!\\\\)\\|");

    private ArticleReader() {
    }

    public static Article read(Path file) throws IOException {
        return load(file).article();
    }

    /** Like {@link #read(Path)}, also telling how the file was decoded and anything worth a warning. */
    public static LoadedArticle load(Path file) throws IOException {
        String name = file.getFileName().toString();
        // One stat answers "there?", "folder?" and "how big?": a batch reads thousands of files.
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (attributes.isDirectory()) {
            throw new ArticleReadException(file + " is a folder, not an article");
        }
        long size = attributes.size();
        if (size > Limits.MAX_ARTICLE_FILE_BYTES) {
            throw new ArticleReadException(file + " is " + Limits.size(size) + "; articles larger than "
                    + Limits.limit(Limits.MAX_ARTICLE_FILE_BYTES) + " are refused");
        }
        if (size == 0) {
            throw new ArticleReadException(file + " is empty");
        }
        List<String> warnings = new ArrayList<>();
        boolean html = isHtmlName(extension(name));
        ArticleDecoding.Decoded decoded = ArticleDecoding.decode(file, size, rawCharLimit(html), () -> rawLimitNote(html), warnings, html);
        return fromText(decoded.text(), name, file.toString(), decoded.encoding(), warnings, decoded.wellFormed());
    }

    /**
     * Reads an article that is already text, as if it were a file called {@code fileName}: the
     * same format rules and limits as {@link #load(Path)}, so that a gold corpus scored from
     * strings is read exactly as the analyst's files are.
     */
    public static LoadedArticle read(String content, String fileName) throws ArticleReadException {
        boolean html = isHtmlName(extension(fileName));
        if (content.length() > rawCharLimit(html)) {
            throw new ArticleReadException(fileName + " has " + Limits.chars(content.length()) + " characters; "
                    + rawLimitNote(html));
        }
        if (content.indexOf('\u0000') >= 0) {
            throw new ArticleReadException(fileName + " looks like binary data (it contains NUL characters), not a text article");
        }
        return fromText(content, fileName, fileName, "UTF-16", new ArrayList<>(), false);
    }

    private static int rawCharLimit(boolean html) {
        return html ? Limits.MAX_HTML_CHARS : Limits.MAX_PLAIN_TEXT_CHARS;
    }

    private static String rawLimitNote(boolean html) {
        return html
                ? "HTML articles of more than " + Limits.chars(Limits.MAX_HTML_CHARS) + " characters are refused"
                : "text articles of more than " + Limits.chars(Limits.MAX_PLAIN_TEXT_CHARS) + " characters are refused";
    }

    private static boolean isHtmlName(String extension) {
        return extension.equals("html") || extension.equals("htm") || extension.equals("xhtml");
    }

    /** @param knownWellFormed {@code raw} holds no NUL and no lone surrogate ({@link ArticleDecoding.Decoded#wellFormed}) */
    private static LoadedArticle fromText(String raw, String name, String where, String encoding, List<String> warnings,
            boolean knownWellFormed) throws ArticleReadException {
        String content = normaliseLineEnds(raw);
        String extension = extension(name);
        String text;
        boolean checked = false;
        String title = null;
        java.time.LocalDate published = null;
        if (isHtmlName(extension) || looksLikeHtml(extension, content)) {
            HtmlArticle html = HtmlArticle.read(content);
            text = html.text();
            title = html.headline();
            published = html.published();
        } else if (extension.equals("md") || extension.equals("markdown")) {
            Optional<ArticleDates.FrontMatter> front = ArticleDates.frontMatter(content);
            published = front.map(ArticleDates.FrontMatter::published).orElse(null);
            String body = front.map(ArticleDates.FrontMatter::body).orElse(content);
            String frontTitle = front.map(ArticleDates.FrontMatter::title).orElse(null);
            // A static-site post keeps its headline in the front matter, and its body starts with
            // the first paragraph: that must not be taken for the headline.
            if (frontTitle != null && !MARKDOWN_HEADING_LINE.matcher(body.stripLeading()).find()) {
                body = "# " + frontTitle + "\n\n" + body;
            }
            text = fromMarkdown(body);
        } else {
            if (content.startsWith("{\\rtf")) {
                // its control words would be read as the article's words
                throw new ArticleReadException(where + " is an RTF document, not plain text; save it as plain text (.txt) "
                        + "or as a web page (.html) and open that");
            }
            text = fromPlainText(content);
            // Plain text only moves line breaks and spaces, so a text without NUL or half pairs stays
            // without; HTML and Markdown may make characters of their own (character references).
            checked = knownWellFormed;
        }
        if (!checked) {
            text = wellFormed(text);
        }
        if (text.isBlank()) {
            throw new ArticleReadException(where + " contains no text");
        }
        if (text.length() > Limits.MAX_ARTICLE_CHARS) {
            throw new ArticleReadException(where + " has " + Limits.chars(text.length()) + " characters of text; at most "
                    + Limits.chars(Limits.MAX_ARTICLE_CHARS) + " are accepted");
        }
        Article article = new Article(idOf(name), title, name, text, null, null, published);
        return new LoadedArticle(article, encoding, warnings);
    }

    /**
     * NUL and lone surrogates (from a string handed in, or from HTML character references) become
     * U+FFFD, as a decoder makes of bytes it cannot read: no later step has to cope with them.
     */
    static String wellFormed(String text) {
        StringBuilder out = null;
        // A copy of the chars, not charAt: see CodePointIndex.
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= cs.length || !Character.isLowSurrogate(cs[i + 1]);
                if (!bad) {
                    if (out != null) {
                        out.append(c).append(cs[i + 1]);
                    }
                    i++;
                    continue;
                }
            } else {
                bad = c == 0 || Character.isLowSurrogate(c);
            }
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
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

    /**
     * CRLF (Windows) and lone CR (old Mac) become LF, so that one line end is one char everywhere;
     * so do the other line breaks Unicode and Java know (line and paragraph separators, next line,
     * vertical tab, form feed), which would otherwise run two paragraphs together.
     */
    static String normaliseLineEnds(String text) {
        // taking CRs out neither makes nor removes another line break: looked for once
        boolean others = hasOtherLineBreak(text);
        if (text.indexOf('\r') < 0 && !others) {
            // The usual case, found by the JDK's vectorised search instead of replace's own loop,
            // which a batch would otherwise have compiled, for every kind of string, only to find nothing.
            return text;
        }
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!others) {
            return lf;
        }
        char[] chars = lf.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\f') {
                chars[i] = '\n';
            }
        }
        return new String(chars);
    }

    private static boolean hasOtherLineBreak(String text) {
        return text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0 || text.indexOf('\u0085') >= 0
                || text.indexOf('\u000B') >= 0 || text.indexOf('\f') >= 0;
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
                if (stripped.matches("[-=*_]{3,}") || MARKDOWN_FENCE.matcher(stripped).matches()
                        || MARKDOWN_LINK_DEFINITION.matcher(stripped).matches() || MARKDOWN_TABLE_RULE.matcher(stripped).matches()) {
                    continue; // rules, fences, "[1]: https://…" and a table's "|---|---|" show nothing
                }
                String unquoted = stripped.replaceFirst("^(>\\s?)+", "");
                if (unquoted.isBlank()) {
                    // a ">" alone is the blank line between two paragraphs of one block quote
                    addParagraph(paragraphs, lines);
                    continue;
                }
                // A list item or heading starts a paragraph of its own even without a blank line
                // before it: joined, two quotes of different items would read as one sentence.
                if (MARKDOWN_ITEM_OR_HEADING.matcher(unquoted).find()) {
                    addParagraph(paragraphs, lines);
                }
                stripped = MARKDOWN_HEADING.matcher(stripped).replaceAll("");
                stripped = MARKDOWN_QUOTE_OR_LIST.matcher(stripped).replaceAll("");
                boolean tableRow = stripped.startsWith("|") && stripped.indexOf('|', 1) > 0;
                stripped = MARKDOWN_LINK.matcher(stripped).replaceAll("$1");
                stripped = MARKDOWN_REFERENCE_LINK.matcher(stripped).replaceAll("$1");
                stripped = MARKDOWN_STRIKE.matcher(stripped).replaceAll("$1");
                stripped = MARKDOWN_AUTOLINK.matcher(stripped).replaceAll("$1");
                stripped = MARKDOWN_CODE.matcher(stripped).replaceAll("$1");
                // Markdown passes inline HTML through: a renderer shows its text, entities decoded
                stripped = INLINE_TAG.matcher(stripped).replaceAll("");
                if (stripped.indexOf('&') >= 0) {
                    stripped = org.jsoup.parser.Parser.unescapeEntities(stripped, false);
                }
                stripped = MARKDOWN_STARS.matcher(stripped).replaceAll("$2");
                stripped = MARKDOWN_UNDERSCORES.matcher(stripped).replaceAll("$2");
                if (tableRow) {
                    // Each cell a paragraph, as the HTML reader reads a table's cells.
                    addParagraph(paragraphs, lines);
                    for (String cell : MARKDOWN_CELL_BORDER.split(stripped)) {
                        lines.add(cell.replace("\\|", "|"));
                        addParagraph(paragraphs, lines);
                    }
                    continue;
                }
                lines.add(stripped);
                if (MARKDOWN_HEADING_LINE.matcher(unquoted).find()) {
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

    private static boolean looksLikeHtml(String extension, String content) {
        if (extension.equals("txt") || extension.equals("md") || extension.equals("markdown")) {
            return false;
        }
        String start = content.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }
}
