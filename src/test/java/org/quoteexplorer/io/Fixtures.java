package org.quoteexplorer.io;

import java.time.Instant;
import java.util.List;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.model.TitleSource;

/** Documents that exercise every field and the awkward corners of Unicode. */
final class Fixtures {

    /**
     * Emoji and a mathematical letter outside the BMP (surrogate pairs in Java), a skin-tone ZWJ
     * sequence, Arabic and Hebrew (right to left) and combining marks (two code points, one glyph).
     */
    static final String MULTILINGUAL_TEXT = String.join("\n",
            "Summit \uD83C\uDF89 ends with hope",
            "\u201CWe will build \uD83C\uDFD7\uFE0F bridges, not walls \uD83E\uDDF1,\u201D said Amina Diallo \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBC.",
            "\u0627\u0644\u0648\u0632\u064A\u0631 \u0642\u0627\u0644: \u00AB\u0627\u0644\u0633\u0644\u0627\u0645 \u0645\u0645\u0643\u0646\u00BB \u0641\u064A \u0627\u0644\u0645\u0624\u062A\u0645\u0631.",
            "\u201C\u05E9\u05DC\u05D5\u05DD \u05E2\u05DB\u05E9\u05D9\u05D5\u201D, the mayor said.",
            "Zoe\u0308 Lindqvist said: \u201CNe\u030Aver again \uD835\uDD4F\u201D on Tuesday.");

    private Fixtures() {
    }

    static Span find(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + needle);
        }
        return new Span(at, at + needle.length());
    }

    static AnnotatedArticle multilingual() {
        String text = MULTILINGUAL_TEXT;
        Article article = new Article("summit", "Summit \uD83C\uDF89 ends with hope", "summit.txt", text,
                Instant.parse("2025-06-23T14:05:00Z"), Instant.parse("2025-06-23T15:30:12.345Z"));
        List<Speaker> speakers = List.of(
                new Speaker("s1", "Amina Diallo", SpeakerKind.PERSON, "Minister", List.of("Diallo", "Amina Diallo \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBC"),
                        TitleSource.ARTICLE),
                new Speaker("s2", "\u0627\u0644\u0648\u0632\u064A\u0631", SpeakerKind.PERSON, null, List.of()),
                new Speaker("s3", "the mayor", SpeakerKind.UNKNOWN, null, List.of()),
                new Speaker("s4", "Zoe\u0308 Lindqvist", SpeakerKind.PERSON, null, List.of("Lindqvist")),
                new Speaker("s5", "Summit Council", SpeakerKind.ORGANIZATION, null, List.of()));
        Span q1 = find(text, "\u201CWe will build \uD83C\uDFD7\uFE0F bridges, not walls \uD83E\uDDF1,\u201D");
        Span q2 = find(text, "\u00AB\u0627\u0644\u0633\u0644\u0627\u0645 \u0645\u0645\u0643\u0646\u00BB");
        Span q3 = find(text, "\u201C\u05E9\u05DC\u05D5\u05DD \u05E2\u05DB\u05E9\u05D9\u05D5\u201D");
        Span q4 = find(text, "\u201CNe\u030Aver again \uD835\uDD4F\u201D");
        List<Quote> quotes = List.of(
                new Quote("q1", q1, QuoteType.DIRECT, "s1", find(text, "Amina Diallo \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBC"),
                        find(text, "said Amina"), 0.95, "rule:quote-verb-speaker", QuoteStatus.ACCEPTED,
                        "emoji in the quote \uD83E\uDDF1 and in the name", List.of(
                                new HistoryEntry(Instant.parse("2025-06-23T15:00:00Z"), "status", "suggested", "accepted"))),
                new Quote("q2", q2, QuoteType.DIRECT, "s2", find(text, "\u0627\u0644\u0648\u0632\u064A\u0631"),
                        find(text, "\u0642\u0627\u0644:"), 0.8, "rule:speaker-colon", QuoteStatus.UNSURE, null, List.of()),
                new Quote("q3", q3, QuoteType.DIRECT, "s3", find(text, "the mayor"), null, 0.7,
                        "rule:quote-speaker-verb", QuoteStatus.CORRECTED, null, List.of(
                                new HistoryEntry(Instant.parse("2025-06-23T15:01:00Z"), "reassign", "Summit Council", "the mayor"),
                                new HistoryEntry(Instant.parse("2025-06-23T15:02:00.5Z"), "note", null, "checked"))),
                new Quote("q4", q4, QuoteType.PARTIAL, "s4", find(text, "Zoe\u0308 Lindqvist"), null, 1.0, "manual",
                        QuoteStatus.SUGGESTED, "combining marks", List.of()),
                Quote.unattributed("q5", find(text, "\uD83C\uDF89"), QuoteType.HEADLINE).withStatus(QuoteStatus.REJECTED));
        return new AnnotatedArticle(article, speakers, quotes);
    }

    /** The code points {@code [start, end)} of text, counted as Python and W3C do. */
    static String codePointSlice(String text, int start, int end) {
        int[] codePoints = text.codePoints().toArray();
        return new String(codePoints, start, end - start);
    }
}
