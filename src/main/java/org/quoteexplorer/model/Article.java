package org.quoteexplorer.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The article as read: plain text, headline on the first line, one paragraph per line.
 *
 * @param id       the file name without extension
 * @param title    the headline, or the first line
 * @param source   where it came from (file name), or {@code null}
 * @param text     the whole article
 * @param created  when the annotations were first made, or {@code null}
 * @param modified  when they were last changed, or {@code null}
 * @param published the day the article was published, from the file's metadata, or {@code null}
 *                  when the file does not say (plain text never does)
 * @param publisher who published it (a feed's "publisher"), or {@code null}: files never say, feeds may
 * @param url       where it was published, as the feed gives it (not checked), or {@code null}
 */
public record Article(String id, String title, String source, String text, Instant created, Instant modified,
        LocalDate published, String publisher, String url) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        title = title == null ? firstLine(text) : title;
    }

    /** An article without a publisher or an address, as every article file is. */
    public Article(String id, String title, String source, String text, Instant created, Instant modified,
            LocalDate published) {
        this(id, title, source, text, created, modified, published, null, null);
    }

    /** An article whose publication date is not known. */
    public Article(String id, String title, String source, String text, Instant created, Instant modified) {
        this(id, title, source, text, created, modified, null);
    }

    public static Article of(String id, String text) {
        return new Article(id, null, null, text, null, null);
    }

    public Article withTimes(Instant newCreated, Instant newModified) {
        return new Article(id, title, source, text, newCreated, newModified, published, publisher, url);
    }

    public Article withPublished(LocalDate newPublished) {
        return new Article(id, title, source, text, created, modified, newPublished, publisher, url);
    }

    public Article withPublisherAndUrl(String newPublisher, String newUrl) {
        return new Article(id, title, source, text, created, modified, published, newPublisher, newUrl);
    }

    /** Hex SHA-256 of the UTF-8 text: tells whether annotations still fit the article. */
    public String sha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The first non-blank line; cut out of the text without copying the rest of the article. */
    private static String firstLine(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int newline = text.indexOf('\n', start);
        return text.substring(start, newline < 0 ? text.length() : newline).strip();
    }
}
