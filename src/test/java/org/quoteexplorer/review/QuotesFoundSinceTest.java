package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** A saved review completed with the quotes of the text its article gained since. */
class QuotesFoundSinceTest {

    private static final String OLD_PART = "Talks resume\n\u201CWe are ready,\u201D said Ana Lopez.\n\u201CNo comment,\u201D said Ivo Brandt.\n";
    private static final String ADDED = "\u201CWe will sign,\u201D Lopez said.\n\u201CNot yet,\u201D said Bob Stone.\n";
    private static final String TEXT = OLD_PART + ADDED;

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length());
    }

    private static Quote quote(String id, String words, String speakerId, QuoteStatus status) {
        return new Quote(id, span(words), QuoteType.DIRECT, speakerId, null, null, 0.9, "rule:test", status, null, List.of());
    }

    @Test
    void quotesOfTheAddedTextJoinAsSuggestionsWithTheReviewsSpeakersAndNewIds() {
        Speaker lopez = new Speaker("s1", "Ana Lopez", SpeakerKind.PERSON, "minister", List.of("Lopez"));
        // the analyst took "No comment" out and accepted the first quote
        AnnotatedArticle reviewed = new AnnotatedArticle(Article.of("talks", TEXT), List.of(lopez),
                List.of(quote("q1", "\u201CWe are ready,\u201D", "s1", QuoteStatus.ACCEPTED)));
        AnnotatedArticle found = new AnnotatedArticle(Article.of("talks", TEXT), List.of(
                new Speaker("s1", "Ivo Brandt", SpeakerKind.PERSON, null, List.of()),
                new Speaker("s2", "Lopez", SpeakerKind.PERSON, null, List.of()),
                new Speaker("s3", "Bob Stone", SpeakerKind.PERSON, null, List.of())), List.of(
                quote("q1", "\u201CWe are ready,\u201D", "s2", QuoteStatus.SUGGESTED),
                quote("q2", "\u201CNo comment,\u201D", "s1", QuoteStatus.SUGGESTED),
                quote("q3", "\u201CWe will sign,\u201D", "s2", QuoteStatus.SUGGESTED),
                quote("q4", "\u201CNot yet,\u201D", "s3", QuoteStatus.SUGGESTED)));

        QuotesFoundSince.Result result = QuotesFoundSince.merge(reviewed, found, new Span(OLD_PART.length(), TEXT.length()));

        assertThat(result.added()).isEqualTo(2);
        AnnotatedArticle merged = result.document();
        assertThat(merged.quotes()).extracting(Quote::id).containsExactly("q1", "q3", "q4");
        assertThat(merged.quote("q1").orElseThrow()).isEqualTo(reviewed.quotes().get(0));
        assertThat(merged.quote("q3").orElseThrow().speakerId()).as("Lopez is an alias of the review's Ana Lopez").isEqualTo("s1");
        String stone = merged.quote("q4").orElseThrow().speakerId();
        assertThat(merged.speaker(stone).orElseThrow().name()).isEqualTo("Bob Stone");
        assertThat(merged.speakers()).extracting(Speaker::id).doesNotHaveDuplicates().contains("s1");
        assertThat(merged.quotes()).filteredOn(q -> q.id().equals("q3") || q.id().equals("q4"))
                .allSatisfy(q -> assertThat(q.status()).isEqualTo(QuoteStatus.SUGGESTED));
    }

    @Test
    void nothingChangesWhenTheEngineFindsNothingNewInTheChangedText() {
        AnnotatedArticle reviewed = new AnnotatedArticle(Article.of("talks", TEXT), List.of(),
                List.of(quote("q1", "\u201CWe will sign,\u201D", null, QuoteStatus.REJECTED)));
        AnnotatedArticle found = new AnnotatedArticle(Article.of("talks", TEXT), List.of(),
                List.of(quote("q7", "\u201CWe will sign,\u201D", null, QuoteStatus.SUGGESTED)));

        QuotesFoundSince.Result result = QuotesFoundSince.merge(reviewed, found, new Span(OLD_PART.length(), TEXT.length()));

        assertThat(result.added()).isZero();
        assertThat(result.document()).isSameAs(reviewed);
    }
}
