package org.quoteexplorer.io;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date an article file states about itself: HTML metadata or Markdown front
 * matter. Plain text has no place for one. Only the day is kept: a time of day with its offset
 * would put one evening's article on two days depending on where it is read, so the day is the
 * one the publisher wrote.
 */
final class ArticleDates {

    /** Publisher metadata in the order sites fill it in reliably: Open Graph first, then schema.org. */
    private static final List<String> META_SELECTORS = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]",
            "meta[name=pubdate]");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A(?:\uFEFF)?---[ \t]*\n(.*?\n)(?:---|\\.\\.\\.)[ \t]*(?:\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern FRONT_MATTER_TITLE = Pattern.compile("(?m)^title[ \t]*:[ \t]*(['\"]?)(.+?)\\1[ \t]*$");
    private static final Pattern FRONT_MATTER_DATE = Pattern.compile("(?m)^(?:date|published)[ \t]*:[ \t]*['\"]?([^'\"\n#]+?)['\"]?[ \t]*$");
    private static final Pattern LEADING_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    private ArticleDates() {
    }

    /** The date of an HTML page, read before scripts are removed: JSON-LD lives in a script element. */
    static Optional<LocalDate> ofHtml(Document page) {
        for (String selector : META_SELECTORS) {
            for (Element meta : page.select(selector)) {
                Optional<LocalDate> date = parse(meta.attr("content"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            while (m.find()) {
                Optional<LocalDate> date = parse(m.group(1));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        for (Element time : page.select("time[datetime]")) {
            Optional<LocalDate> date = parse(time.attr("datetime"));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The front matter block at the start of a Markdown file, or empty. */
    static Optional<FrontMatter> frontMatter(String markdown) {
        Matcher m = FRONT_MATTER.matcher(markdown);
        if (!m.find()) {
            return Optional.empty();
        }
        Matcher date = FRONT_MATTER_DATE.matcher(m.group(1));
        LocalDate published = date.find() ? parse(date.group(1)).orElse(null) : null;
        Matcher title = FRONT_MATTER_TITLE.matcher(m.group(1));
        String headline = title.find() && !title.group(2).isBlank() ? title.group(2).strip() : null;
        return Optional.of(new FrontMatter(published, headline, markdown.substring(m.end())));
    }

    /**
     * Front matter of a Markdown file.
     *
     * @param published its {@code date:} (or {@code published:}), or {@code null}
     * @param title     its {@code title:}, or {@code null}
     * @param body      the file after the block, which is not article text
     */
    record FrontMatter(LocalDate published, String title, String body) {
    }

    /**
     * A day from the forms publishers write: ISO dates and timestamps (with or without offset),
     * and RFC 1123 dates. The day is the one written, not converted to UTC.
     */
    static Optional<LocalDate> parse(String value) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher day = LEADING_DAY.matcher(s);
        if (day.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(3))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
