package org.quoteexplorer.gui.article;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.fxmisc.richtext.model.StyledDocument;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.DocumentUpdate;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.document.QuoteIndex;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.gui.speakers.SpeakerShortNames;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.review.edit.QuoteTooltips;
import org.quoteexplorer.review.edit.TextSearch;

/** The article pane: what the text shows, where quotes are, what to redraw after an edit. */
public final class ArticleViewModel {

    /** A speaker label beside a quote; {@code label} is null when the quote has no speaker. */
    public record Chip(String quoteId, String label, String speakerClass, String status) {
    }

    /** What a scare quote is called wherever its speaker would be shown. */
    public static final String SCARE_LABEL = "scare quote";

    private final DocumentSession session;
    private final QuoteStyler styler;
    private final ReadOnlyObjectWrapper<ArticleLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyObjectWrapper<Set<String>> hiddenQuoteIds = new ReadOnlyObjectWrapper<>(this, "hiddenQuoteIds", Set.of());
    private final ReadOnlyObjectWrapper<Set<String>> flaggedQuoteIds = new ReadOnlyObjectWrapper<>(this, "flaggedQuoteIds", Set.of());
    private final ReadOnlyObjectWrapper<Span> revealed = new ReadOnlyObjectWrapper<>(this, "revealed");
    /** Which row positions were hidden at the last look, and the quote ids those positions held then. */
    private BitSet hiddenBits = new BitSet();
    private String[] hiddenRowIds;
    private List<String> hiddenChanged = List.of();

    public ArticleViewModel(DocumentSession session) {
        this(session, null);
    }

    /** @param quoteList whose filters dim the quotes they leave out, or null */
    public ArticleViewModel(DocumentSession session, QuoteListViewModel quoteList) {
        this.session = session;
        this.styler = new QuoteStyler(session.palette(), id -> hiddenQuoteIds.get().contains(id),
                id -> flaggedQuoteIds.get().contains(id));
        if (quoteList != null) {
            quoteList.visibleRows().addListener((javafx.collections.ListChangeListener<QuoteRow>) c -> onVisibleRowsChanged(quoteList));
            // a quote added or split while every quote is filtered out leaves the visible rows
            // unchanged (none before, none after), yet it must be drawn dimmed
            quoteList.rows().addListener((javafx.collections.ListChangeListener<QuoteRow>) c -> onVisibleRowsChanged(quoteList));
        }
        session.lastUpdateProperty().addListener((obs, old, update) -> {
            if (update != null && update.isNewDocument()) {
                ArticleDraft coming = draft;
                layout.set(coming != null && coming.document() == update.document() ? coming.layout()
                        : new ArticleLayout(update.document().text()));
            }
        });
        if (session.getDocument() != null) {
            layout.set(new ArticleLayout(session.getDocument().text()));
        }
    }

    /** The text of a document about to be opened, drawn on the loading thread; see {@link ArticleDraft}. */
    private ArticleDraft draft;

    /** The next document opened shows {@code coming}'s text if it is that draft's document; {@code null} for none. */
    public void expectDraft(ArticleDraft coming) {
        draft = coming;
    }

    /**
     * The drafted text for {@code document} if it is still what the view would draw now, else
     * {@code null}; a draft is used once.
     */
    StyledDocument<Collection<String>, String, Collection<String>> takeDraft(AnnotatedArticle document, String selectedQuoteId) {
        ArticleDraft coming = draft;
        draft = null;
        return coming == null ? null
                : coming.styledFor(document, selectedQuoteId, hiddenQuoteIds.get(), flaggedQuoteIds.get(), session.palette());
    }

    /**
     * Works out which quotes a filter change hid or showed by their positions, and only those:
     * comparing and copying whole id sets after every search result on a long article held the
     * FX thread for milliseconds, while the view needs just the quotes that flipped, in text order.
     */
    private void onVisibleRowsChanged(QuoteListViewModel quoteList) {
        List<QuoteRow> rows = quoteList.rows();
        // without a filter nothing is hidden: no need to look at every row after each edit
        if (!quoteList.isFiltering() && hiddenBits.isEmpty()) {
            hiddenRowIds = null;
            return;
        }
        BitSet now = quoteList.hiddenPositions();
        List<String> changed = new ArrayList<>();
        boolean sameRows = sameRowIds(rows);
        if (sameRows) {
            BitSet flipped = (BitSet) hiddenBits.clone();
            flipped.xor(now);
            for (int i = flipped.nextSetBit(0); i >= 0; i = flipped.nextSetBit(i + 1)) {
                changed.add(hiddenRowIds[i]);
            }
        } else {
            // the quotes changed shape (added, deleted, split): positions mean other quotes now
            Set<String> before = hiddenQuoteIds.get();
            for (int i = 0; i < rows.size(); i++) {
                String id = rows.get(i).quoteId();
                if (now.get(i) != before.contains(id)) {
                    changed.add(id);
                }
            }
        }
        hiddenBits = now;
        if (!sameRows) {
            // once per change of the quotes, not once per slice of a search result
            hiddenRowIds = new String[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                hiddenRowIds[i] = rows.get(i).quoteId();
            }
        }
        if (changed.isEmpty() && now.cardinality() == hiddenQuoteIds.get().size()) {
            return;
        }
        Set<String> ids = new HashSet<>(now.cardinality() * 2);
        for (int i = now.nextSetBit(0); i >= 0; i = now.nextSetBit(i + 1)) {
            ids.add(hiddenRowIds[i]);
        }
        hiddenChanged = List.copyOf(changed);
        hiddenQuoteIds.set(Collections.unmodifiableSet(ids));
    }

    private boolean sameRowIds(List<QuoteRow> rows) {
        if (hiddenRowIds == null || hiddenRowIds.length != rows.size()) {
            return false;
        }
        for (int i = 0; i < hiddenRowIds.length; i++) {
            String id = rows.get(i).quoteId();
            if (id != hiddenRowIds[i] && !id.equals(hiddenRowIds[i])) {
                return false;
            }
        }
        return true;
    }

    /** The quotes the latest change of {@link #hiddenQuoteIdsProperty()} hid or showed, in text order. */
    public List<String> hiddenChanged() {
        return hiddenChanged;
    }

    /** Quotes the radar flags; the view marks them and redraws those that come and go. */
    public ReadOnlyObjectProperty<Set<String>> flaggedQuoteIdsProperty() {
        return flaggedQuoteIds.getReadOnlyProperty();
    }

    public void setFlaggedQuoteIds(Set<String> ids) {
        if (!ids.equals(flaggedQuoteIds.get())) {
            flaggedQuoteIds.set(Set.copyOf(ids));
        }
    }

    /** Quotes the filters leave out; the view redraws those that come and go. */
    public ReadOnlyObjectProperty<Set<String>> hiddenQuoteIdsProperty() {
        return hiddenQuoteIds.getReadOnlyProperty();
    }

    /** The text to select and show: the last search hit, or the place of an engine note. */
    public ReadOnlyObjectProperty<Span> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** Selects and shows {@code span}; asking for the same place again shows it again, wherever the reader scrolled since. */
    public void reveal(Span span) {
        revealed.set(null);
        revealed.set(span);
    }

    /**
     * Finds the next occurrence of {@code needle} (any case) after {@code from}, wrapping around.
     *
     * @return whether it occurs at all
     */
    public boolean findNext(String needle, int from) {
        AnnotatedArticle document = session.getDocument();
        if (document == null || needle == null || needle.isBlank()) {
            return false;
        }
        Optional<TextSearch.Hit> hit = TextSearch.next(document, needle.strip(), from - 1);
        hit.ifPresent(h -> reveal(h.span()));
        return hit.isPresent();
    }

    public QuoteStyler styler() {
        return styler;
    }

    public DocumentSession session() {
        return session;
    }

    public ReadOnlyObjectProperty<ArticleLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public Optional<Quote> quoteAt(int offset) {
        AnnotatedArticle document = session.getDocument();
        if (document == null) {
            return Optional.empty();
        }
        return document.quotes().stream().filter(q -> q.span().contains(offset)).findFirst();
    }

    /** A click in the text: selects the quote there, if any. */
    public void clickAt(int offset) {
        quoteAt(offset).ifPresent(q -> session.select(q.id()));
    }

    public Optional<QuoteDetails> detailsAt(int offset) {
        return quoteAt(offset).map(q -> QuoteDetails.of(session.getDocument(), q));
    }

    /** The hover card: the team's tooltip wording (speaker, rule, confidence, evidence, note) and the review status. */
    public Optional<String> hoverTextAt(int offset) {
        AnnotatedArticle document = session.getDocument();
        // one fact per line reads better in a card than the one-line tooltip
        return quoteAt(offset).map(q -> QuoteTooltips.tooltip(document, q).replace(" \u2014 ", "\n")
                + "\n" + QuoteRow.markOf(q.status()) + " " + q.status().code() + " \u00B7 " + q.type().code());
    }

    /** Chips of the quotes that begin in a paragraph, in text order. */
    public List<Chip> chipsOf(int paragraph) {
        AnnotatedArticle document = session.getDocument();
        ArticleLayout lines = layout.get();
        if (document == null || lines == null || paragraph >= lines.paragraphCount()) {
            return List.of();
        }
        int from = lines.paragraphStart(paragraph);
        int to = lines.paragraphEnd(paragraph);
        List<Chip> chips = new ArrayList<>();
        List<Quote> quotes = document.quotes();
        // from the paragraph's first quote on: a gutter is built for every paragraph shown, and
        // walking all quotes for each made a keystroke on a long article cost milliseconds
        for (int i = QuoteIndex.of(document).firstReaching(from); i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            int start = quote.span().start();
            if (start > to) {
                break;
            }
            // a quote the filters leave out is drawn plainly: a chip would still point at it
            if (start >= from && (start < to || (start == to && from == to)) && !hiddenQuoteIds.get().contains(quote.id())) {
                // a quote made a scare quote keeps its speaker for an undo of the type, but it is nobody's words
                String label = !quote.type().isSpeech() ? SCARE_LABEL
                        : document.speaker(quote.speakerId()).map(s -> s.name()).orElse(null);
                chips.add(new Chip(quote.id(), label, session.palette().styleClassOf(quote.speakerId()), quote.status().code()));
            }
        }
        return chips;
    }

    /** Unambiguous shorter names of a chip's speaker, shortest first, for a chip too narrow for the full name. */
    public List<String> shortNamesOf(String quoteId) {
        AnnotatedArticle document = session.getDocument();
        if (document == null) {
            return List.of();
        }
        if (shortNamesFor != document.speakers()) {
            // an edit that leaves the speakers alone keeps their list, and the names worked out
            shortNames = new SpeakerShortNames.Table(document.speakers());
            shortNamesFor = document.speakers();
        }
        return QuoteIndex.of(document).quote(quoteId).map(q -> shortNames.ofSpeaker(q.speakerId())).orElse(List.of());
    }

    /** The short names of the speakers of {@link #shortNamesFor}, the list they were worked out for. */
    private SpeakerShortNames.Table shortNames;
    private List<org.quoteexplorer.model.Speaker> shortNamesFor;

    /** Text ranges whose styles may differ after the update: old and new places of each touched quote. */
    public List<Span> rangesToRestyle(DocumentUpdate update, Set<String> extraQuoteIds) {
        List<Span> ranges = new ArrayList<>();
        Set<String> ids = new java.util.LinkedHashSet<>(update == null ? Set.of() : update.affectedQuoteIds());
        ids.addAll(extraQuoteIds);
        // the shown document's quotes by its index (a walk of every quote per id on a long article);
        // the version before by a walk: the index keeps the latest document's only
        QuoteIndex shown = session.getDocument() == null ? null : QuoteIndex.of(session.getDocument());
        for (String id : ids) {
            if (update != null && update.previous() != null) {
                update.previous().quote(id).ifPresent(q -> ranges.add(q.span()));
            }
            if (shown != null) {
                shown.quote(id).ifPresent(q -> ranges.add(q.span()));
            }
        }
        return merge(ranges);
    }

    /** Paragraphs whose chips may differ after the update. */
    public Set<Integer> paragraphsToRelabel(DocumentUpdate update) {
        Set<Integer> paragraphs = new TreeSet<>();
        ArticleLayout lines = layout.get();
        if (lines == null || update == null) {
            return paragraphs;
        }
        if (update.speakersChanged()) {
            update.document().quotes().forEach(q -> paragraphs.add(lines.paragraphOf(q.span().start())));
        }
        for (Span span : rangesToRestyle(update, Set.of())) {
            paragraphs.add(lines.paragraphOf(span.start()));
        }
        return paragraphs;
    }

    static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).end() >= span.start()) {
                Span last = merged.remove(merged.size() - 1);
                merged.add(new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
