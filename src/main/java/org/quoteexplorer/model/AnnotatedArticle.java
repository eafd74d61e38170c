package org.quoteexplorer.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article with its speakers and quotes: what the engine produces, the analyst reviews and
 * the app exports. Quotes are kept in text order.
 */
public record AnnotatedArticle(Article article, List<Speaker> speakers, List<Quote> quotes) {

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        List<Quote> sorted = new ArrayList<>(quotes == null ? List.of() : quotes);
        sorted.sort(Comparator.comparing(Quote::span));
        quotes = List.copyOf(sorted);
    }

    public String text() {
        return article.text();
    }

    public Optional<Speaker> speaker(String id) {
        return id == null ? Optional.empty() : speakers.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Quote> quote(String id) {
        return quotes.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The text a quote covers, marks included. */
    public String textOf(Quote quote) {
        return quote.span().of(article.text());
    }

    public List<Quote> quotesOf(String speakerId) {
        return quotes.stream().filter(q -> speakerId.equals(q.speakerId())).toList();
    }

    public AnnotatedArticle withArticle(Article newArticle) {
        return new AnnotatedArticle(newArticle, speakers, quotes);
    }

    public AnnotatedArticle withSpeakers(List<Speaker> newSpeakers) {
        return new AnnotatedArticle(article, newSpeakers, quotes);
    }

    public AnnotatedArticle withQuotes(List<Quote> newQuotes) {
        return new AnnotatedArticle(article, speakers, newQuotes);
    }
}
