package org.quoteexplorer.review.edit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

/** An invented article with a few engine suggestions, right and wrong, for the edit tests. */
final class Docs {

    static final Instant NOW = Instant.parse("2026-03-14T09:26:53Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final String TEXT = String.join("\n",
            "Mayor vows “a greener city” as budget talks open",
            "“We will plant ten thousand trees this year,” said Mayor Ana Lopez on Monday.",
            "The city council called the plan “a costly dream” in a statement.",
            "Council member Tom Berg told reporters: “The money is not there.”",
            "Lopez said: “We have found it already.” Nobody answered her.",
            "Parks staff were not asked.");

    static final Speaker LOPEZ = new Speaker("s1", "Ana Lopez", SpeakerKind.PERSON, "Mayor",
            List.of("Lopez", "Mayor Ana Lopez"));
    static final Speaker COUNCIL = new Speaker("s2", "City Council", SpeakerKind.ORGANIZATION, null,
            List.of("the city council"));
    static final Speaker BERG = new Speaker("s3", "Tom Berg", SpeakerKind.PERSON, "Council member",
            List.of("Berg"));
    /** Quoted nowhere: the one speaker that may be deleted. */
    static final Speaker PARKS = new Speaker("s4", "Parks Department", SpeakerKind.ORGANIZATION, null, List.of());

    private Docs() {
    }

    /** q1 headline (Lopez), q2 direct (Lopez, right), q3 partial (Council), q4 direct (Berg), q5 direct (Berg, wrong). */
    static AnnotatedArticle article() {
        Quote q1 = new Quote("q1", span("“a greener city”"), QuoteType.HEADLINE, "s1", null, null,
                0.6, "rule:headline-subject", QuoteStatus.SUGGESTED, null, List.of());
        Quote q2 = new Quote("q2", span("“We will plant ten thousand trees this year,”"), QuoteType.DIRECT, "s1",
                span("Mayor Ana Lopez"), span("said"), 0.95, "rule:quote-verb-speaker", QuoteStatus.SUGGESTED,
                null, List.of());
        Quote q3 = new Quote("q3", span("“a costly dream”"), QuoteType.PARTIAL, "s2",
                span("The city council"), span("called"), 0.8, "rule:sentence-subject", QuoteStatus.ACCEPTED,
                "wording checked", List.of(new HistoryEntry(NOW.minusSeconds(60), "accept", "suggested", "accepted")));
        Quote q4 = new Quote("q4", span("“The money is not there.”"), QuoteType.DIRECT, "s3",
                span("Tom Berg"), span("told reporters"), 0.9, "rule:speaker-colon-quote", QuoteStatus.SUGGESTED,
                null, List.of());
        Quote q5 = new Quote("q5", span("“We have found it already.”"), QuoteType.DIRECT, "s3",
                null, null, 0.5, "rule:previous-speaker", QuoteStatus.SUGGESTED, null, List.of());
        return new AnnotatedArticle(Article.of("budget-talks", TEXT), List.of(LOPEZ, COUNCIL, BERG, PARKS),
                List.of(q1, q2, q3, q4, q5));
    }

    /** The first occurrence of {@code fragment} in the text; fails loudly if the fixture changed. */
    static Span span(String fragment) {
        int start = TEXT.indexOf(fragment);
        if (start < 0) {
            throw new IllegalStateException("not in the fixture text: " + fragment);
        }
        return new Span(start, start + fragment.length());
    }

    static Quote quote(AnnotatedArticle document, String id) {
        return document.quote(id).orElseThrow();
    }

    static Edits edits() {
        return new Edits(CLOCK);
    }
}
