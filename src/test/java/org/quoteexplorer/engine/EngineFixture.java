package org.quoteexplorer.engine;

import java.util.List;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Speaker;

/** Runs the engine on a made-up article written on one line, "¶" marking paragraph breaks. */
final class EngineFixture {

    private static final QuoteEngine ENGINE = new QuoteEngine();

    final Attribution attribution;
    final AnnotatedArticle annotated;

    private EngineFixture(String oneLine) {
        attribution = ENGINE.attribute(Article.of("test", oneLine.replace("¶", "\n")));
        annotated = attribution.annotated();
    }

    static EngineFixture of(String oneLine) {
        return new EngineFixture(oneLine);
    }

    List<String> quoteTexts() {
        return annotated.quotes().stream().map(annotated::textOf).toList();
    }

    /** The quote whose text (marks included) contains {@code words}. */
    Quote quote(String words) {
        return annotated.quotes().stream().filter(q -> annotated.textOf(q).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with \"" + words + "\" in " + quoteTexts()));
    }

    Speaker speakerOf(Quote quote) {
        return annotated.speaker(quote.speakerId())
                .orElseThrow(() -> new AssertionError("quote " + annotated.textOf(quote) + " is unattributed ("
                        + quote.origin() + ")"));
    }

    /** The name of whoever the quote containing {@code words} is given to, in the one-line article. */
    static String speakerNameOf(String article, String words) {
        EngineFixture f = of(article);
        return f.speakerOf(f.quote(words)).name();
    }

    String textOf(org.quoteexplorer.model.Span span) {
        return span == null ? null : span.of(annotated.text());
    }
}
