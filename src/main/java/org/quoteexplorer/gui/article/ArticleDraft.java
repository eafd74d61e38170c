package org.quoteexplorer.gui.article;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;

/**
 * An article's text as the text area will show it, every paragraph's role and every quote's
 * style in it, worked out on the loading thread: on a 1 MB article building it was a fifth of
 * the FX thread's work of showing the article, and it is plain data.
 *
 * <p>It is drawn as the window draws a document just opened: no quote selected, none dimmed by
 * a filter, none flagged yet (the radar's report on a long article comes after it shows). The
 * view takes it only when that still holds and the speakers' colours are the ones it used;
 * otherwise it builds the text itself, as before.
 */
public final class ArticleDraft {

    /** The style class of a display paragraph whose line goes on in the next one (see {@link ArticleLayout}). */
    public static final String CONTINUED_CLASS = "line-continues";

    private final AnnotatedArticle document;
    private final ArticleLayout layout;
    private final StyledDocument<Collection<String>, String, Collection<String>> styled;
    /** The colour class each speaker got here (the null key: no speaker), to compare with the window's palette. */
    private final Map<String, String> colours;

    private ArticleDraft(AnnotatedArticle document, ArticleLayout layout,
                         StyledDocument<Collection<String>, String, Collection<String>> styled, Map<String, String> colours) {
        this.document = document;
        this.layout = layout;
        this.styled = styled;
        this.colours = colours;
    }

    /** Any thread. {@code palette} colours the speakers as the window's will (a fresh one: by their ids). */
    public static ArticleDraft of(AnnotatedArticle document, SpeakerPalette palette) {
        ArticleLayout layout = new ArticleLayout(document.text());
        QuoteStyler styler = new QuoteStyler(palette, id -> false, id -> false);
        StyledDocument<Collection<String>, String, Collection<String>> styled = build(document, layout, styler, null);
        Map<String, String> colours = new HashMap<>();
        for (Quote quote : document.quotes()) {
            colours.computeIfAbsent(quote.speakerId(), palette::styleClassOf);
        }
        return new ArticleDraft(document, layout, styled, java.util.Collections.unmodifiableMap(colours));
    }

    /**
     * The whole text with its styles, in one piece for one replacement of the text area's content:
     * setting styles paragraph by paragraph sent the text area a change each, seconds on a long article.
     */
    static StyledDocument<Collection<String>, String, Collection<String>> build(AnnotatedArticle document,
            ArticleLayout layout, QuoteStyler styler, String selectedQuoteId) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> built =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of("body"), layout.paragraphCount());
        for (int p = 0; p < layout.paragraphCount(); p++) {
            String roleClass = switch (layout.roleOf(p)) {
                case HEADLINE -> "headline";
                case SUBHEADING -> "subheading";
                default -> "body";
            };
            // a piece of a long line followed by the rest of it: no paragraph gap between the two
            Collection<String> role = p + 1 < layout.paragraphCount() && layout.continuesLine(p + 1)
                    ? List.of(roleClass, CONTINUED_CLASS) : List.of(roleClass);
            int from = layout.paragraphStart(p);
            int to = layout.paragraphEnd(p);
            built.addParagraph(List.of(document.text().substring(from, to)),
                    styler.styleRange(document, from, to, selectedQuoteId), role);
        }
        return built.build();
    }

    public AnnotatedArticle document() {
        return document;
    }

    ArticleLayout layout() {
        return layout;
    }

    /**
     * The styled text, if it is what the view would build for {@code shown} now: the same
     * document, nothing selected, dimmed or flagged, and every speaker in the same colour.
     */
    StyledDocument<Collection<String>, String, Collection<String>> styledFor(AnnotatedArticle shown, String selectedQuoteId,
            Set<String> hidden, Set<String> flagged, SpeakerPalette palette) {
        if (shown != document || selectedQuoteId != null || !hidden.isEmpty() || !flagged.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, String> colour : colours.entrySet()) {
            if (!palette.styleClassOf(colour.getKey()).equals(colour.getValue())) {
                return null;
            }
        }
        return styled;
    }
}
