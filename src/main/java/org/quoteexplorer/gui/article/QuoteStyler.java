package org.quoteexplorer.gui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.quoteexplorer.gui.document.QuoteIndex;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Span;

/**
 * Turns quotes into the style classes of the article text: {@code quote}, the speaker's colour
 * class, {@code status-<status>}, and {@code selected} for a quote the caller names as selected.
 * The article window names none: it marks its selected quote with a shape over the text, so that
 * moving the selection restyles no paragraph.
 *
 * <p>Works on any range, so an edit restyles only the quotes it touched.
 */
public final class QuoteStyler {

    private final SpeakerPalette palette;
    private final Predicate<String> hidden;
    private final Predicate<String> flagged;

    /** @param hidden tells which quote ids the filters leave out: they are drawn plainly */
    public QuoteStyler(SpeakerPalette palette, Predicate<String> hidden) {
        this(palette, hidden, id -> false);
    }

    /** @param flagged tells which quote ids the radar asks the analyst to look at: they carry a mark */
    public QuoteStyler(SpeakerPalette palette, Predicate<String> hidden, Predicate<String> flagged) {
        this.palette = palette;
        this.hidden = hidden;
        this.flagged = flagged;
    }

    public QuoteStyler(SpeakerPalette palette) {
        this(palette, id -> false);
    }

    public List<String> classesOf(Quote quote, boolean selected) {
        List<String> classes = new ArrayList<>(5);
        classes.add("quote");
        classes.add(palette.styleClassOf(quote.speakerId()));
        classes.add("status-" + quote.status().code());
        if (!quote.type().isSpeech()) {
            classes.add("scare");
        }
        if (selected) {
            classes.add("selected");
        }
        if (hidden.test(quote.id())) {
            classes.add("filtered-out");
        } else if (flagged.test(quote.id())) {
            classes.add("flagged");
        }
        return classes;
    }

    /** Styles of {@code [from, to)}; text outside quotes gets no class. */
    public StyleSpans<Collection<String>> styleRange(AnnotatedArticle document, int from, int to, String selectedQuoteId) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = from;
        Span range = new Span(from, to);
        List<Quote> quotes = document.quotes();
        for (int i = QuoteIndex.of(document).firstReaching(from); i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            if (quote.span().start() >= to) {
                break;
            }
            if (!quote.span().overlaps(range)) {
                continue;
            }
            int start = Math.max(quote.span().start(), at);
            int end = Math.min(quote.span().end(), to);
            if (end <= start) {
                continue;
            }
            if (start > at) {
                builder.add(List.of(), start - at);
            }
            builder.add(classesOf(quote, quote.id().equals(selectedQuoteId)), end - start);
            at = end;
        }
        if (to > at || at == from) {
            builder.add(List.of(), Math.max(0, to - at));
        }
        return builder.create();
    }

    public StyleSpans<Collection<String>> styleAll(AnnotatedArticle document, String selectedQuoteId) {
        return styleRange(document, 0, document.text().length(), selectedQuoteId);
    }
}
