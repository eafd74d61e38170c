package org.quoteexplorer.gui.article;

import java.util.Collection;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.util.Duration;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.DocumentUpdate;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.document.QuoteIndex;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.gui.quotes.QuoteEditingViewModel;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Span;

/**
 * The article, read-only, every quote in its speaker's colour with a speaker chip in the gutter
 * of its paragraph. Only binds to {@link ArticleViewModel}; after an edit it restyles the touched
 * quotes' ranges and relabels their paragraphs, never the whole text.
 */
public final class ArticleView extends StackPane {

    /** The gutter fits the article's longest chip within these bounds, so short names leave the text more room. */
    static final double GUTTER_MIN_WIDTH = 96;
    public static final double GUTTER_MAX_WIDTH = 240;
    /** The gutter's right padding and the chip's border room beside the chip's own width. */
    private static final double GUTTER_CHROME = 22;
    public static final String UNATTRIBUTED_CHIP = QuoteDetails.UNATTRIBUTED;
    /** The style class of the shape that marks the selected quote in the article. */
    public static final String SELECTED_QUOTE_CLASS = "selected-quote";
    /** Quotes restyled at once, without a look at the clock, after a filter change. */
    private static final int RESTYLE_SLICE = 16;
    /** Quotes, and the length of text, restyled in one change of the text area at most. */
    private static final int RESTYLE_CHUNK_QUOTES = 32;
    /** One chunk of 32,000 characters alone took tens of milliseconds on a long article. */
    private static final int RESTYLE_CHUNK_CHARS = 6_000;
    /** FX-thread time one slice of restyling may take before the next pulse gets its turn. */
    private static final long RESTYLE_SLICE_NANOS = 6_000_000;
    /**
     * Paragraphs on screen one slice of restyling rebuilds at most: the text area makes each one
     * again at the next layout, about a millisecond apiece on the FX thread, and a search that
     * dimmed a whole screen at once took that pulse's layout to 20-30 ms on a 5 MB article.
     */
    private static final int ON_SCREEN_PARAGRAPHS_PER_PULSE = 8;
    /** Quotes a filter change dimmed or undimmed, next first; an id not in {@link #restyleDue} is passed over. */
    private final java.util.ArrayDeque<String> restyleQueue = new java.util.ArrayDeque<>();
    /** The queued quotes still drawn the old way. */
    private final Set<String> restyleDue = new HashSet<>();
    /** Paragraphs longer than this are not centred as a whole: the quote itself is brought into view. */
    private static final int LONG_PARAGRAPH = 2000;
    /** More quotes than this flagged or unflagged at once are restyled by stretches of the whole text. */
    private static final int FLAGS_AT_ONCE = 200;
    /** The length of text restyled in one change by {@link #restyleAllLater}: some milliseconds' work. */
    private static final int RESTYLE_STRETCH_CHARS = 50_000;

    private final ArticleViewModel viewModel;
    private final StyleClassedTextArea area = new StyleClassedTextArea() {
        @Override
        public void copy() {
            // a very long line is shown cut into paragraphs (see ArticleLayout): the copy is the
            // document's text, without the breaks the text area shows at the cuts
            ArticleLayout layout = viewModel.layoutProperty().get();
            javafx.scene.control.IndexRange selected = getSelection();
            if (layout == null || !layout.hasCuts() || selected.getLength() == 0 || selected.getEnd() > getLength()) {
                super.copy();
                return;
            }
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(layout.documentText(selected.getStart(), selected.getEnd()));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        }
    };
    private final Popup hoverCard = new Popup();
    private final Label hoverText = new Label();
    /**
     * The quote under review, drawn as a shape over its text (under the letters) rather than as a
     * style of the text: restyling the old and the new quote at each J or K rebuilt both
     * paragraphs, gutters and all, most of a key's work on the FX thread. Moving the shape only
     * lays out the paragraphs it leaves and enters.
     */
    private final SelectionImpl<Collection<String>, String, Collection<String>> selectedQuote =
            new SelectionImpl<>("selected-quote", area, path -> path.getStyleClass().add(SELECTED_QUOTE_CLASS));
    /** Measures chip texts with the chips' own style; never shown. */
    private final Label chipProbe = new Label();
    private double gutterWidth = -1;

    public ArticleView(ArticleViewModel viewModel, QuoteEditingViewModel editing, Supplier<List<MenuItem>> contextItems) {
        this.viewModel = viewModel;
        getStyleClass().add("article-pane");
        area.setId("articleView");
        area.getStyleClass().add("article");
        area.setEditable(false);
        // The text area's own undo history kept every restyle it was given (dimming on each search
        // key, each review key), old and new styled text both, with no limit: memory that grew with
        // every key for an undo nobody can use. Undo belongs to the session; nobody types in the area.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        // read-only text needs no blinking caret, and each blink is a change the window must paint
        // (selecting and copying with the keyboard and mouse still work)
        area.setShowCaret(org.fxmisc.richtext.Caret.CaretVisibility.OFF);
        area.setWrapText(true);
        area.setPadding(new Insets(24, 40, 40, 8));
        area.setParagraphGraphicFactory(this::gutterOf);
        area.setAccessibleText("Article text with highlighted quotations");
        area.addSelection(selectedQuote);

        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.getStyleClass().add("article-scroll");
        getChildren().add(scroll);
        chipProbe.getStyleClass().addAll("speaker-chip", SpeakerPalette.UNATTRIBUTED_CLASS, "status-accepted");
        chipProbe.setManaged(false);
        chipProbe.setVisible(false);
        getChildren().add(chipProbe);
        // the chips' stylesheet may arrive after the first chips were measured (before the window shows)
        chipProbe.fontProperty().addListener((obs, old, now) -> {
            chipWidths.clear();
            if (gutterWidth >= 0) {
                gutterWidth = -1;
                area.setParagraphGraphicFactory(this::gutterOf);
            }
        });

        hoverText.getStyleClass().add("hover-card");
        hoverText.setWrapText(true);
        hoverText.setMaxWidth(420);
        hoverCard.getContent().add(hoverText);
        hoverCard.setAutoHide(true);
        // One hover timer for the whole area rather than RichTextFX's mouse-over-text events: those
        // run a timer per paragraph, and a paragraph rebuilt under a resting pointer (J/K restyle
        // it) then asks its detached box where the pointer is, an exception on the FX thread.
        hoverDelay.setOnFinished(e -> area.hit(hoverAt.getX(), hoverAt.getY()).getCharacterIndex()
                .ifPresent(index -> showHoverCard(index, area.localToScreen(hoverAt))));
        area.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            hoverCard.hide();
            hoverAt = new Point2D(e.getX(), e.getY());
            hoverDelay.playFromStart();
        });
        area.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverDelay.stop();
            hoverCard.hide();
        });
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> hoverDelay.stop());
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e ->
                area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(viewModel::clickAt));
        ContextMenu menu = new ContextMenu();
        menu.setId("articleContextMenu");
        // a context menu without items never shows, so it starts filled and refills as it opens
        menu.getItems().setAll(contextItems.get());
        menu.setOnShowing(e -> menu.getItems().setAll(contextItems.get()));
        area.setContextMenu(menu);

        // the analyst's text selection and caret feed "add quote", "set extent", "split", "mention"
        area.selectionProperty().addListener((obs, old, range) ->
                editing.textSelectionProperty().set(range.getLength() == 0 ? null : new Span(range.getStart(), range.getEnd())));
        area.caretPositionProperty().addListener((obs, old, at) -> editing.caretProperty().set(at));
        viewModel.revealedProperty().addListener((obs, old, hit) -> {
            if (hit != null) {
                area.selectRange(hit.start(), hit.end());
                // the hit itself, not its paragraph: a paragraph can be taller than the window
                ArticleLayout layout = viewModel.layoutProperty().get();
                if (layout != null && !area.getVisibleParagraphs().isEmpty() && hit.start() <= layout.paragraphEnd(layout.paragraphCount() - 1)) {
                    followCaretInto(layout.paragraphOf(hit.start()));
                } else {
                    area.requestFollowCaret();
                }
            }
        });
        // the view model names the quotes that flipped: comparing two sets of thousands of ids per
        // search result was FX-thread time the window needed for drawing
        viewModel.hiddenQuoteIdsProperty().addListener((obs, old, now) -> restyleLater(viewModel.hiddenChanged()));
        viewModel.flaggedQuoteIdsProperty().addListener((obs, old, now) -> {
            AnnotatedArticle shown = viewModel.session().getDocument();
            if (shown == null || area.getLength() != shown.text().length()) {
                // the radar saw a new article before the text area got its text; showing it styles every quote
                return;
            }
            Set<String> changed = new HashSet<>(old);
            changed.addAll(now);
            changed.removeIf(id -> old.contains(id) && now.contains(id));
            if (changed.size() > FLAGS_AT_ONCE) {
                // The radar's first report on a long article comes after the article shows: restyled
                // quote by quote, its hundreds of flags kept the FX thread busy for a second of slices
                // while the analyst started reviewing. Stretches of whole paragraphs cost a fraction.
                restyleAllLater(shown);
                return;
            }
            restyleLater(inTextOrder(shown, changed));
        });

        Runnable afterLayout = this::afterLayout;
        area.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        if (area.getScene() != null) {
            area.getScene().addPostLayoutPulseListener(afterLayout);
        }

        DocumentSession session = viewModel.session();
        session.lastUpdateProperty().addListener((obs, old, update) -> onUpdate(update));
        session.selectedQuoteIdProperty().addListener((obs, old, now) -> onSelectionChanged(old, now));
        if (session.getDocument() != null) {
            onUpdate(DocumentUpdate.opened(session.getDocument()));
        }
    }

    public StyleClassedTextArea textArea() {
        return area;
    }

    /** Where the selected quote's mark lies in the text; empty when no quote is selected. */
    public javafx.scene.control.IndexRange selectedQuoteRange() {
        return selectedQuote.getRange();
    }

    private void onUpdate(DocumentUpdate update) {
        if (update == null) {
            return;
        }
        if (update.isNewDocument()) {
            showNewDocument(update.document());
            markSelected(update.document());
            return;
        }
        AnnotatedArticle document = update.document();
        // an edit may have moved the selected quote's ends, or removed it
        markSelected(document);
        List<Span> ranges = viewModel.rangesToRestyle(update, Set.of());
        boolean keepCaret = restylesTallCaretParagraph(ranges) && !outOfView(area.getCaretBounds());
        for (Span range : ranges) {
            restyle(document, range.start(), range.end());
        }
        if (keepCaret) {
            // followed in this pulse's layout, after the paragraph is rebuilt; looked at again after it
            area.requestFollowCaret();
            followCaretAfterLayout = true;
        }
        // the radar's listener may have restyled them already, in this same turn of the FX thread
        Set<Integer> rebuilt = restyledThisTurn;
        if (update.speakersChanged() && gutterWidth >= 0) {
            // a speaker's name may be on any chip: new gutters for the paragraphs that have a cell.
            // Asking for each quoted paragraph's gutter built cells for off-screen paragraphs too,
            // a second on a long article, while a closed dialog left a white hole in the window.
            if (gutterWidth != widestChipGutter(document)) {
                gutterWidth = -1;
            }
            area.setParagraphGraphicFactory(this::gutterOf);
            return;
        }
        for (int paragraph : viewModel.paragraphsToRelabel(update)) {
            // a restyled paragraph is drawn anew, its gutter with it: building that twice per key
            // was a third of an edit's work on the FX thread
            if (!rebuilt.contains(paragraph)) {
                area.recreateParagraphGraphic(paragraph);
            }
        }
    }

    /**
     * Gives {@code [from, to)} its quotes' current styles.
     *
     * @return whether any style changed, so the text area rebuilds the paragraphs of the range
     */
    private boolean restyle(AnnotatedArticle document, int from, int to) {
        StyleSpans<Collection<String>> now = viewModel.styler().styleRange(document, from, to, null);
        ArticleLayout layout = viewModel.layoutProperty().get();
        int paragraph = layout == null ? -1 : layout.paragraphOf(from);
        if (paragraph >= 0 && paragraph < area.getParagraphs().size() && to <= layout.paragraphEnd(paragraph)) {
            // Within one paragraph, by offsets in it: finding a document offset walks the whole
            // text's tree, and that walk was most of a search's FX-thread time on a long article.
            int start = layout.paragraphStart(paragraph);
            if (sameStyles(area.getStyleSpans(paragraph, from - start, to - start), now)) {
                return false;
            }
            area.setStyleSpans(paragraph, from - start, now);
            rebuilt(paragraph, paragraph);
            return true;
        }
        if (sameStyles(area.getStyleSpans(from, to), now)) {
            return false;
        }
        area.setStyleSpans(from, now);
        if (layout != null) {
            rebuilt(paragraph, layout.paragraphOf(to));
        }
        return true;
    }

    /**
     * Paragraphs restyled since this turn of the FX thread began: the text area draws them anew,
     * gutter and all, so they need no new gutter on top.
     */
    private final Set<Integer> restyledThisTurn = new HashSet<>();

    private void rebuilt(int fromParagraph, int toParagraph) {
        if (restyledThisTurn.isEmpty()) {
            javafx.application.Platform.runLater(restyledThisTurn::clear);
        }
        for (int p = fromParagraph; p <= toParagraph; p++) {
            restyledThisTurn.add(p);
        }
    }

    private static boolean sameStyles(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        if (a.getSpanCount() != b.getSpanCount()) {
            return false;
        }
        for (int i = 0; i < a.getSpanCount(); i++) {
            StyleSpan<Collection<String>> x = a.getStyleSpan(i);
            StyleSpan<Collection<String>> y = b.getStyleSpan(i);
            if (x.getLength() != y.getLength() || !sameStyle(x.getStyle(), y.getStyle())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameStyle(Collection<String> a, Collection<String> b) {
        if (a instanceof List<String> x && b instanceof List<String> y) {
            return x.equals(y);
        }
        return List.copyOf(a).equals(List.copyOf(b));
    }

    private void showNewDocument(AnnotatedArticle document) {
        hoverCard.hide();
        tooltips.clear();
        restyleQueue.clear();
        stretchesToRestyle.clear();
        // a new text starts at its top: nothing of the old one's to follow
        followCaretAfterLayout = false;
        firstShownParagraph = 0;
        lastShownParagraph = -1;
        gutterWidth = -1;
        ArticleLayout layout = viewModel.layoutProperty().get();
        if (document.text().isEmpty()) {
            area.replaceText("");
            area.setParagraphStyle(0, List.of("headline"));
        } else {
            // drawn while the article was read, when it is still what would be drawn here
            StyledDocument<Collection<String>, String, Collection<String>> styled = viewModel.takeDraft(document, null);
            if (styled == null) {
                styled = ArticleDraft.build(document, layout, viewModel.styler(), null);
            }
            area.replace(0, area.getLength(), styled);
        }
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    private void onSelectionChanged(String old, String now) {
        AnnotatedArticle document = viewModel.session().getDocument();
        if (document == null) {
            return;
        }
        // Scrolled first, while the laid-out paragraphs are still the ones on screen: after the
        // mark moved, finding out what is on screen laid the text area out in the key's handler,
        // and the pulse laid the new paragraphs out again.
        if (now != null) {
            QuoteIndex.of(document).quote(now).ifPresent(this::reveal);
        }
        markSelected(document);
    }

    /** Puts the selected quote's mark on its current extent, or takes it away when none is selected. */
    private void markSelected(AnnotatedArticle document) {
        String id = viewModel.session().getSelectedQuoteId();
        java.util.Optional<Quote> quote = id == null || document == null ? java.util.Optional.empty() : QuoteIndex.of(document).quote(id);
        if (quote.isPresent() && quote.get().span().end() <= area.getLength()) {
            Span span = quote.get().span();
            if (selectedQuote.getStartPosition() != span.start() || selectedQuote.getEndPosition() != span.end()) {
                selectedQuote.selectRange(span.start(), span.end());
            }
        } else if (selectedQuote.getLength() > 0) {
            selectedQuote.selectRange(0, 0);
        }
    }

    /**
     * Dims or undims the quotes a filter change touched, a slice per turn of the FX thread, those
     * on screen first: typing a search over thousands of quotes restyled the whole article at
     * every key, freezing the window for seconds. Styles are worked out when a slice runs, so a
     * quote that changed again meanwhile gets its latest look.
     */
    private void restyleLater(List<String> inTextOrder) {
        AnnotatedArticle document = viewModel.session().getDocument();
        if (document == null || inTextOrder.isEmpty()) {
            return;
        }
        if (inTextOrder.size() <= RESTYLE_SLICE) {
            restyleQuotes(inTextOrder);
            return;
        }
        QuoteIndex index = QuoteIndex.of(document);
        ArticleLayout layout = viewModel.layoutProperty().get();
        int onScreen = layout == null || layout.paragraphCount() == 0 ? 0
                : layout.paragraphStart(Math.min(firstShownParagraph, layout.paragraphCount() - 1));
        int first = index.firstReaching(onScreen);
        // from the first quote on screen on, then the ones above it: the ids come in text order,
        // so one binary search finds where to cut, where sorting them cost milliseconds per result
        int low = 0;
        int high = inTextOrder.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (index.positionOf(inTextOrder.get(mid)) < first) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        boolean idle = restyleQueue.isEmpty();
        if (idle) {
            // left over from a queue another document's opening cleared
            restyleDue.clear();
        }
        // In front of what is still queued, in the order they are to run. Ids queued before stay
        // where they are and are passed over once done: merging the new ids into the queue by
        // hand went through the whole queue, for each slice of every search result.
        for (int i = low - 1; i >= 0; i--) {
            restyleQueue.addFirst(inTextOrder.get(i));
        }
        for (int i = inTextOrder.size() - 1; i >= low; i--) {
            restyleQueue.addFirst(inTextOrder.get(i));
        }
        restyleDue.addAll(inTextOrder);
        if (idle) {
            javafx.application.Platform.runLater(this::restyleSlice);
        }
    }

    /**
     * Gives the whole text its current styles, a stretch of paragraphs per change, those on screen
     * first, the next stretches on later turns of the FX thread. One change of the whole text
     * held the window for 60 ms on a 1 MB article and 95 ms on a 4 MB one, while the analyst may
     * be typing: the text area compares the text before and after every change, to tell a change
     * of styles from one of text, and that comparison costs as much as the text is long.
     */
    private void restyleAllLater(AnnotatedArticle document) {
        ArticleLayout layout = viewModel.layoutProperty().get();
        int paragraphs = area.getParagraphs().size();
        if (layout == null || layout.paragraphCount() != paragraphs) {
            area.setStyleSpans(0, viewModel.styler().styleAll(document, null));
            return;
        }
        boolean idle = stretchesToRestyle.isEmpty();
        stretchesToRestyle.clear();
        int first = firstShownParagraph;
        List<int[]> below = new java.util.ArrayList<>();
        List<int[]> above = new java.util.ArrayList<>();
        for (int from = 0; from < paragraphs; ) {
            int to = from;
            // whole paragraphs up to a stretch's length; a longer paragraph is a stretch of its own
            while (to + 1 < paragraphs && layout.paragraphEnd(to + 1) - layout.paragraphStart(from) <= RESTYLE_STRETCH_CHARS) {
                to++;
            }
            // up to the next paragraph's start: a quote may run on over a paragraph break
            int[] stretch = {layout.paragraphStart(from), to + 1 < paragraphs ? layout.paragraphStart(to + 1) : area.getLength()};
            (to < first ? above : below).add(stretch);
            from = to + 1;
        }
        stretchesToRestyle.addAll(below);
        java.util.Collections.reverse(above);
        stretchesToRestyle.addAll(above);
        if (idle) {
            javafx.application.Platform.runLater(this::restyleStretches);
        }
    }

    /** Stretches of text {@link #restyleAllLater} has still to restyle, next first. */
    private final java.util.ArrayDeque<int[]> stretchesToRestyle = new java.util.ArrayDeque<>();

    private void restyleStretches() {
        long end = System.nanoTime() + RESTYLE_SLICE_NANOS;
        AnnotatedArticle document = viewModel.session().getDocument();
        while (!stretchesToRestyle.isEmpty() && System.nanoTime() < end) {
            int[] stretch = stretchesToRestyle.poll();
            if (document == null || stretch[1] > area.getLength()) {
                stretchesToRestyle.clear();
                return;
            }
            restyle(document, stretch[0], stretch[1]);
        }
        if (!stretchesToRestyle.isEmpty()) {
            javafx.application.Platform.runLater(this::restyleStretches);
        }
    }

    /** {@code ids} in the order of the document's quotes, each position looked up once. */
    private static List<String> inTextOrder(AnnotatedArticle document, Collection<String> ids) {
        QuoteIndex index = QuoteIndex.of(document);
        int[] positions = ids.stream().mapToInt(index::positionOf).filter(at -> at >= 0).sorted().toArray();
        List<String> ordered = new java.util.ArrayList<>(positions.length);
        for (int at : positions) {
            ordered.add(index.quotes().get(at).id());
        }
        return ordered;
    }

    /** The next queued quote still to restyle, left in the queue; null when none is. */
    private String nextDue() {
        while (!restyleQueue.isEmpty() && !restyleDue.contains(restyleQueue.peekFirst())) {
            restyleQueue.pollFirst();
        }
        return restyleQueue.peekFirst();
    }

    private String takeDue() {
        String id = nextDue();
        if (id != null) {
            restyleQueue.pollFirst();
            restyleDue.remove(id);
        }
        return id;
    }

    private void restyleSlice() {
        // A slice ends by time, not count: on a long article a hundred restyles took a few hundred
        // milliseconds, and the window stood still while the search was being typed.
        long end = System.nanoTime() + RESTYLE_SLICE_NANOS;
        AnnotatedArticle document = viewModel.session().getDocument();
        if (document == null) {
            restyleQueue.clear();
            restyleDue.clear();
            return;
        }
        QuoteIndex index = QuoteIndex.of(document);
        int shownRebuilt = 0;
        while (System.nanoTime() < end) {
            String id = takeDue();
            if (id == null) {
                break;
            }
            int at = index.positionOf(id);
            if (at < 0) {
                continue;
            }
            // Neighbours in the queue are restyled with one change of the text area: each change
            // sets off its whole chain of notifications, and one per quote was most of a search's
            // FX-thread time on a long article. A chunk is not cut by the clock, so it stays small.
            int from = index.quotes().get(at).span().start();
            int to = index.quotes().get(at).span().end();
            int taken = 1;
            for (String peeked = nextDue(); peeked != null && taken < RESTYLE_CHUNK_QUOTES; peeked = nextDue()) {
                int next = index.positionOf(peeked);
                if (next < at || index.quotes().get(next).span().end() - from > RESTYLE_CHUNK_CHARS) {
                    break;
                }
                takeDue();
                to = Math.max(to, index.quotes().get(next).span().end());
                at = next;
                taken++;
            }
            if (restyle(document, from, to)) {
                shownRebuilt += paragraphsOnScreen(from, to);
                if (shownRebuilt >= ON_SCREEN_PARAGRAPHS_PER_PULSE && nextDue() != null) {
                    // the rest after the window drew these: see ON_SCREEN_PARAGRAPHS_PER_PULSE
                    org.quoteexplorer.gui.common.NextPulse.run(this::restyleSlice);
                    return;
                }
            }
        }
        if (nextDue() != null) {
            javafx.application.Platform.runLater(this::restyleSlice);
        } else {
            restyleDue.clear();
        }
    }

    /** How many of the paragraphs on screen at the last layout {@code [from, to)} reaches into. */
    private int paragraphsOnScreen(int from, int to) {
        ArticleLayout layout = viewModel.layoutProperty().get();
        if (layout == null || lastShownParagraph < 0 || layout.paragraphCount() == 0) {
            return 0;
        }
        int first = Math.max(firstShownParagraph, layout.paragraphOf(from));
        int last = Math.min(lastShownParagraph, layout.paragraphOf(Math.max(from, to - 1)));
        return Math.max(0, last - first + 1);
    }

    private void restyleQuotes(Collection<String> ids) {
        AnnotatedArticle document = viewModel.session().getDocument();
        if (document == null || ids.isEmpty()) {
            return;
        }
        QuoteIndex index = QuoteIndex.of(document);
        for (String id : ids) {
            index.quote(id).ifPresent(q -> restyle(document, q.span().start(), q.span().end()));
        }
    }

    /**
     * Brings the quote's first line into sight only when it is out of sight, so stepping through a
     * screenful stays calm. A paragraph off screen is centred; inside a paragraph taller than the
     * window (or before the first layout) the text area follows the caret, which sits on the quote.
     */
    private void reveal(Quote quote) {
        int start = quote.span().start();
        // What is on screen is asked before the caret moves: a moved caret marks its paragraphs for
        // layout, and every question about the visible paragraphs then laid the text area out in
        // the key's handler, once more than the pulse does anyway.
        if (area.getVisibleParagraphs().isEmpty()) {
            // just filled: lay it out now, or following the caret would scroll a visible quote to the top
            area.moveTo(start);
            area.layout();
        }
        if (area.getLayoutBounds().getHeight() <= 0 || area.getVisibleParagraphs().isEmpty()) {
            area.moveTo(start);
            area.requestFollowCaret();
            return;
        }
        ArticleLayout layout = viewModel.layoutProperty().get();
        int from = layout.paragraphOf(start);
        int first = area.visibleParToAllParIndex(0);
        int last = area.visibleParToAllParIndex(area.getVisibleParagraphs().size() - 1);
        if (from < first || from > last) {
            area.moveTo(start);
            // a piece of a cut line may be as tall as the window: centring it could leave the quote out of sight
            if (!isTall(layout, from)) {
                area.showParagraphAtCenter(from);
                // its top goes to the middle of the window: see afterLayout
                followCaretAfterLayout = true;
            } else {
                followCaretInto(from);
            }
            return;
        }
        boolean outOfView = outOfView(area.getCharacterBoundsOnScreen(start, Math.min(start + 1, area.getLength())));
        area.moveTo(start);
        if (outOfView) {
            area.requestFollowCaret();
        }
    }

    /**
     * Whether the caret is to be followed after the pulse's layout if it is out of sight: set by
     * {@link #reveal} when it centred a paragraph, and by an edit that restyled the caret's tall
     * paragraph while the caret was in sight (see {@link #afterLayout}).
     */
    private boolean followCaretAfterLayout;

    /**
     * The first paragraph on screen as the last pulse laid the text out: restyling puts the quotes
     * on screen first. Asking the text area instead laid it out in the middle of a search result's
     * slices (its cells are measured again after a restyle), a fifth of the FX thread's time while
     * a search was typed on a 5 MB article; a pulse old, the answer is as good for an order.
     */
    private int firstShownParagraph;
    /** The last paragraph on screen as the last pulse laid the text out; -1 when none was. */
    private int lastShownParagraph = -1;

    /** A paragraph the window may not hold whole: a long one, or a piece of a cut line (see {@link ArticleLayout}). */
    private static boolean isTall(ArticleLayout layout, int paragraph) {
        return layout.paragraphEnd(paragraph) - layout.paragraphStart(paragraph) > LONG_PARAGRAPH
                || layout.isPieceOfCutLine(paragraph);
    }

    /**
     * Whether {@code ranges} touch the caret's paragraph and it is taller than a screen may be (a
     * long paragraph or a piece of a cut line). Such a paragraph, restyled, is laid out anew and may
     * come back scrolled to its first line, taking the quote under review out of sight.
     */
    private boolean restylesTallCaretParagraph(List<Span> ranges) {
        ArticleLayout layout = viewModel.layoutProperty().get();
        if (layout == null || ranges.isEmpty() || area.getVisibleParagraphs().isEmpty()) {
            return false;
        }
        int paragraph = layout.paragraphOf(area.getCaretPosition());
        if (!isTall(layout, paragraph)) {
            return false;
        }
        int start = layout.paragraphStart(paragraph);
        int end = layout.paragraphEnd(paragraph);
        for (Span range : ranges) {
            if (range.start() <= end && range.end() >= start) {
                return true;
            }
        }
        return false;
    }

    /**
     * After the pulse's layout, for a paragraph {@link #reveal} centred: centring puts the
     * paragraph's top at the middle of the window, so a quote in the lower part of a paragraph
     * taller than half the window stayed out of sight for good (on a long article about one Tab in
     * seventy showed nothing). Laid out now, the caret, which sits on the quote, says where the
     * quote is, and following it scrolls the right way, one pulse later. Asked here rather than by
     * laying the text area out in the key's handler, which every centring key would have paid.
     * The same look follows an edit that restyled the caret's tall paragraph:
     * on a 10 MB article of one line, accepting a quote scrolled it below the window.
     */
    private void afterLayout() {
        int shown = area.getVisibleParagraphs().size();
        firstShownParagraph = shown == 0 ? 0 : area.visibleParToAllParIndex(0);
        lastShownParagraph = shown == 0 ? -1 : area.visibleParToAllParIndex(shown - 1);
        boolean follow = followCaretAfterLayout;
        followCaretAfterLayout = false;
        if (follow && outOfView(area.getCaretBounds())) {
            area.requestFollowCaret();
        }
    }

    /** Whether text at {@code onScreen} (screen bounds, empty when not laid out) is not wholly within the article's height. */
    private boolean outOfView(java.util.Optional<javafx.geometry.Bounds> onScreen) {
        javafx.geometry.Bounds view = area.localToScreen(area.getLayoutBounds());
        return onScreen.isEmpty() || view == null || onScreen.get().getMinY() < view.getMinY()
                || onScreen.get().getMaxY() > view.getMaxY();
    }

    /**
     * Scrolls to the caret in {@code paragraph}. Following the caret into a paragraph off screen
     * measured the caret in a cell not laid out yet and scrolled elsewhere: the paragraph is
     * brought to the top and laid out first, then the caret is followed within it.
     */
    private void followCaretInto(int paragraph) {
        int first = area.visibleParToAllParIndex(0);
        int last = area.visibleParToAllParIndex(area.getVisibleParagraphs().size() - 1);
        if (paragraph < first || paragraph > last) {
            area.showParagraphAtTop(paragraph);
            area.layout();
        }
        area.requestFollowCaret();
    }

    private void onClick(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || event.getClickCount() != 1 || area.getSelection().getLength() > 0) {
            return;
        }
        area.hit(event.getX(), event.getY()).getCharacterIndex().ifPresent(viewModel::clickAt);
    }

    private final PauseTransition hoverDelay = new PauseTransition(Duration.millis(350));
    private Point2D hoverAt = Point2D.ZERO;

    private void showHoverCard(int characterIndex, Point2D screen) {
        if (screen == null) {
            return;
        }
        viewModel.hoverTextAt(characterIndex).ifPresentOrElse(text -> {
            hoverText.setText(text);
            hoverCard.show(area, screen.getX() + 12, screen.getY() + 16);
        }, hoverCard::hide);
    }

    private Node gutterOf(int paragraph) {
        ArticleLayout layout = viewModel.layoutProperty().get();
        ChipGutter gutter = new ChipGutter(layout == null || !layout.isPieceOfCutLine(paragraph));
        gutter.getStyleClass().add("quote-gutter");
        if (gutterWidth < 0) {
            gutterWidth = widestChipGutter(viewModel.session().getDocument());
        }
        gutter.setMinWidth(gutterWidth);
        gutter.setPrefWidth(gutterWidth);
        gutter.setMaxWidth(gutterWidth);
        for (ArticleViewModel.Chip chip : viewModel.chipsOf(paragraph)) {
            String mark = QuoteRow.markOf(QuoteStatus.fromCode(chip.status())) + " ";
            String name = chip.label() == null ? UNATTRIBUTED_CHIP : chip.label();
            List<String> shorter = chipWidth(mark + name) > gutterWidth - GUTTER_CHROME ? viewModel.shortNamesOf(chip.quoteId()) : List.of();
            Label label = new Label(mark + (shorter.isEmpty() ? name : shorter.get(0)));
            if (chip.label() != null) {
                label.setTooltip(tooltips.computeIfAbsent(chip.label(), javafx.scene.control.Tooltip::new));
            }
            label.getStyleClass().addAll("speaker-chip", chip.speakerClass(), "status-" + chip.status());
            label.setMaxWidth(gutterWidth - GUTTER_CHROME);
            label.setUserData(chip.quoteId());
            label.setOnMouseClicked(e -> viewModel.session().select(chip.quoteId()));
            gutter.add(label, QuoteIndex.of(viewModel.session().getDocument()).quote(chip.quoteId())
                    .map(q -> q.span().start() - viewModel.layoutProperty().get().paragraphStart(paragraph)).orElse(0));
        }
        return gutter;
    }

    /** A gutter as wide as the article's widest full-name chip, within the bounds. */
    private double widestChipGutter(AnnotatedArticle document) {
        double widest = 0;
        if (document != null) {
            // names by id once: looking each quote's speaker up in the list was a tenth of the FX
            // thread's work of showing a long article with many speakers
            java.util.Map<String, org.quoteexplorer.model.Speaker> names = document.speakersById();
            for (Quote quote : document.quotes()) {
                String name = QuoteDetails.nameIn(names, quote.speakerId());
                widest = Math.max(widest, chipWidth(QuoteRow.markOf(quote.status()) + " " + name));
            }
        }
        return Math.ceil(Math.max(GUTTER_MIN_WIDTH, Math.min(GUTTER_MAX_WIDTH, widest + GUTTER_CHROME)));
    }

    /**
     * One tooltip per speaker name, shared by all of that speaker's chips: a tooltip is a popup
     * window with a scene of its own, and building one per chip was a tenth of the FX thread's
     * work per J or K, since every restyled paragraph gets new chips.
     */
    private final java.util.Map<String, javafx.scene.control.Tooltip> tooltips = new java.util.HashMap<>();

    /** Widths of chip texts measured so far, for the chips' current font. */
    private final java.util.Map<String, Double> chipWidths = new java.util.HashMap<>();

    private double chipWidth(String text) {
        // measuring means a CSS pass on the probe label; gutters are rebuilt at every edit and scroll
        Double known = chipWidths.get(text);
        if (known != null) {
            return known;
        }
        // not inside computeIfAbsent: the CSS pass may bring the chips' font, whose listener
        // clears this cache and rebuilds gutters, measuring again
        chipProbe.setText(text);
        chipProbe.applyCss();
        double width = chipProbe.prefWidth(-1);
        chipWidths.put(text, width);
        return width;
    }

    /**
     * A paragraph's chips, each beside the line its quote starts on, pushed down when two quotes
     * share a line. The text area sizes a paragraph by its text alone, so when the chips need more
     * height than the text has, the gutter gives the text that much bottom padding: the chips never
     * spill into the next paragraph's gutter.
     */
    private static final class ChipGutter extends javafx.scene.layout.Region {
        private static final double CHIP_GAP = 4;
        private final List<Integer> offsets = new java.util.ArrayList<>();
        private double grownBy;
        /**
         * False for a piece of a cut line (see {@link ArticleLayout}): such lines hold quote after
         * quote, and their chips stacked twice as tall as the text, a window of blank text between
         * two pieces. There a chip that does not fit beside the text is left out; the quote list
         * and the hover card still name the speaker.
         */
        private final boolean grows;

        ChipGutter(boolean grows) {
            this.grows = grows;
        }

        void add(Node chip, int offsetInParagraph) {
            getChildren().add(chip);
            offsets.add(offsetInParagraph);
        }

        @Override
        protected void layoutChildren() {
            javafx.scene.text.TextFlow text = getParent() == null ? null : getParent().getChildrenUnmodifiable().stream()
                    .filter(javafx.scene.text.TextFlow.class::isInstance).map(javafx.scene.text.TextFlow.class::cast)
                    .findFirst().orElse(null);
            double right = getWidth() - snappedRightInset();
            double chipsBottom = 0;
            double previousBottom = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < getChildren().size(); i++) {
                Node chip = getChildren().get(i);
                double width = Math.min(chip.prefWidth(-1), chip.maxWidth(-1));
                double height = chip.prefHeight(width);
                double y = snappedTopInset();
                if (text != null) {
                    javafx.scene.shape.PathElement[] caret = text.caretShape(offsets.get(i), true);
                    if (caret.length > 1 && caret[0] instanceof javafx.scene.shape.MoveTo top
                            && caret[1] instanceof javafx.scene.shape.LineTo foot) {
                        double lineTop = Math.min(top.getY(), foot.getY()) + text.getLayoutY() - getLayoutY();
                        y = lineTop + (Math.abs(foot.getY() - top.getY()) - height) / 2;
                    }
                }
                y = Math.max(y, previousBottom + CHIP_GAP);
                boolean fits = grows || y + height <= getHeight();
                chip.setVisible(fits);
                if (!fits) {
                    continue;
                }
                chip.resizeRelocate(snapPositionX(right - width), snapPositionY(y), width, height);
                previousBottom = y + height;
                chipsBottom = Math.max(chipsBottom, previousBottom);
            }
            if (text != null && grows) {
                double needed = Math.max(0, Math.ceil(chipsBottom - (getHeight() - grownBy)));
                if (needed != grownBy) {
                    Insets padding = text.getPadding();
                    text.setPadding(new Insets(padding.getTop(), padding.getRight(), padding.getBottom() - grownBy + needed, padding.getLeft()));
                    grownBy = needed;
                }
            }
        }
    }
}
