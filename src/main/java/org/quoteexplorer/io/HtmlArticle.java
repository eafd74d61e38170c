package org.quoteexplorer.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page read as a browser shows its story: the headline, then one line per block of
 * visible text.
 *
 * <p>Every text node of the story is read once, in document order, whatever element holds it: a
 * paragraph may be a {@code <p>}, a {@code <div>}, loose text between {@code <br>}s (as blog
 * platforms write posts), a table cell or a list item, and nested lists and quotes are not read
 * twice. A block element or a {@code <br>} ends a line, so {@code <br><br>} inside a paragraph
 * parts it as the browser does. {@code <q>} shows its quotation marks, as browsers draw them.
 *
 * <p>The story is the page's longest {@code <article>} (a teaser card in a banner is an article
 * too), else its {@code <main>}, else its body. Scripts, navigation, site headers and footers,
 * asides, forms, photo captions and hidden elements are not text.
 *
 * @param headline the story's {@code h1}, else the page's first {@code h1} with text, else its title; null if none
 */
record HtmlArticle(String headline, String text, LocalDate published) {

    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?");
    /** HTML's inter-element white space: space, tab, line feed, form feed, carriage return. */
    private static final Pattern HTML_WHITE_SPACE = Pattern.compile("[ \t\n\f\r]+");
    private static final String DASHES = "―—–-";

    static HtmlArticle read(String html) {
        Document document = Jsoup.parse(replaceForbiddenReferences(html));
        LocalDate published = ArticleDates.ofHtml(document).orElse(null);
        document.select("[hidden], [style~=(?i)display\\s*:\\s*none], script, style, noscript, template, nav, "
                + "header:not(article header):not(main header), footer:not(blockquote footer), aside, form, button, "
                + "iframe, svg").remove();
        // Browsers read <![CDATA[…]]> in an HTML document as a comment: not shown, so not text.
        List<CDataNode> cdata = new ArrayList<>();
        document.traverse((node, depth) -> {
            if (node instanceof CDataNode c) {
                cdata.add(c);
            }
        });
        cdata.forEach(CDataNode::remove);
        attachPullQuoteAttributions(document);
        document.select("figcaption").remove();

        Element story = story(document);
        Element h1 = firstWithText(story.select("h1"));
        if (h1 == null) {
            h1 = firstWithText(document.select("h1"));
        }
        String headline = h1 != null ? h1.text().strip() : document.title().strip();
        if (h1 != null && isInside(h1, story)) {
            h1.remove();
        }
        List<String> lines = new ArrayList<>();
        if (!headline.isEmpty()) {
            lines.add(headline);
        }
        for (String line : visibleLines(story)) {
            // a page may repeat its headline at the top of the story (an h1 outside the article)
            if (!(lines.size() == 1 && !headline.isEmpty() && line.equals(headline))) {
                lines.add(line);
            }
        }
        return new HtmlArticle(headline.isEmpty() ? null : headline, String.join("\n", lines), published);
    }

    /** The longest article, so that a teaser card before the story is not taken for it; else main; else the body. */
    private static Element story(Document document) {
        Elements articles = document.select("article");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(a -> a.text().length())).orElseThrow();
        }
        Element main = document.selectFirst("main");
        return main != null ? main : document.body();
    }

    private static Element firstWithText(Elements elements) {
        for (Element element : elements) {
            if (!element.text().isBlank()) {
                return element;
            }
        }
        return null;
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * A pull quote's attribution ({@code <blockquote>}'s own {@code <footer>} or {@code <cite>}, or
     * the {@code <figcaption>} of a {@code <figure>} holding a blockquote, the HTML standard's
     * pattern) closes the quote's last line as a dash byline, "“…” — Ana Lopez, minister", the way
     * print sets it and the engine reads it: on a line of its own it would be a fragment, and the
     * quote would go to whoever spoke before.
     */
    private static void attachPullQuoteAttributions(Document document) {
        for (Element quote : document.select("blockquote")) {
            Elements credits = quote.select("> footer, > cite");
            if (!credits.isEmpty()) {
                String credit = credits.text().strip();
                credits.remove();
                attach(quote, credit);
            }
        }
        for (Element figure : document.select("figure:has(> blockquote)")) {
            Element caption = figure.selectFirst("> figcaption");
            if (caption != null) {
                String credit = caption.text().strip();
                caption.remove();
                attach(figure.selectFirst("> blockquote"), credit);
            }
        }
    }

    private static void attach(Element quote, String credit) {
        if (credit.isEmpty()) {
            return;
        }
        Element last = quote;
        for (Element block = lastBlockWithText(last); block != null; block = lastBlockWithText(last)) {
            last = block;
        }
        String dash = DASHES.indexOf(credit.charAt(0)) >= 0 ? "" : "— ";
        last.appendText(" " + dash + credit);
    }

    private static Element lastBlockWithText(Element parent) {
        Element last = null;
        for (Element child : parent.children()) {
            if (child.isBlock() && !child.text().isBlank()) {
                last = child;
            }
        }
        return last;
    }

    /**
     * The text under {@code root} as lines: white space in the markup, line breaks included, is one
     * space, as a browser renders it, except inside {@code <pre>}.
     */
    private static List<String> visibleLines(Element root) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Runnable endLine = () -> {
            String done = line.toString().strip();
            if (!done.isEmpty()) {
                lines.add(done);
            }
            line.setLength(0);
        };
        NodeTraversor.traverse(new NodeVisitor() {
            private int preformatted;
            private int quoteDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (preformatted > 0) {
                        String[] parts = text.getWholeText().split("\n", -1);
                        for (int i = 0; i < parts.length; i++) {
                            if (i > 0) {
                                endLine.run();
                            }
                            line.append(parts[i]);
                        }
                    } else {
                        line.append(HTML_WHITE_SPACE.matcher(text.getWholeText()).replaceAll(" "));
                    }
                } else if (node instanceof Element element) {
                    if (element.isBlock() || element.nameIs("br")) {
                        endLine.run();
                    }
                    if (element.nameIs("pre")) {
                        preformatted++;
                    } else if (element.nameIs("q")) {
                        // as browsers draw them for English: double marks outside, single inside
                        line.append(quoteDepth++ % 2 == 0 ? '\u201C' : '\u2018');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element.nameIs("q")) {
                        line.append(--quoteDepth % 2 == 0 ? '\u201D' : '\u2019');
                    } else if (element.nameIs("pre")) {
                        preformatted--;
                    }
                    if (element.isBlock()) {
                        endLine.run();
                    }
                }
            }
        }, root);
        endLine.run();
        return lines;
    }

    /**
     * HTML5 turns a reference to NUL or to a surrogate into U+FFFD; jsoup passes them through, and
     * a NUL or half a surrogate pair would then be article text.
     */
    private static String replaceForbiddenReferences(String html) {
        if (html.indexOf("&#") < 0) {
            return html;
        }
        Matcher reference = NUMERIC_REFERENCE.matcher(html);
        return reference.replaceAll(match -> {
            String digits = match.group(1) != null ? match.group(1) : match.group(2);
            int radix = match.group(1) != null ? 16 : 10;
            String significant = digits.replaceFirst("^0+(?=.)", "");
            if (significant.length() > 7) {
                return Matcher.quoteReplacement(match.group());
            }
            int value = Integer.parseInt(significant, radix);
            boolean forbidden = value == 0 || value >= 0xD800 && value <= 0xDFFF;
            return Matcher.quoteReplacement(forbidden ? "\uFFFD" : match.group());
        });
    }
}
