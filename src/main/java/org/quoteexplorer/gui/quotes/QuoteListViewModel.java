package org.quoteexplorer.gui.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.DocumentUpdate;
import org.quoteexplorer.gui.document.QuoteIndex;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.review.edit.QuoteFilter;
import org.quoteexplorer.review.edit.TextSearch;

/**
 * The quote list beside the article: one row per quote, in text order, narrowed by the filters
 * (speaker, status, type, text). Navigation visits the rows it shows.
 */
public final class QuoteListViewModel {

    private final DocumentSession session;
    private final ObservableList<QuoteRow> rows = FXCollections.observableArrayList();
    private final ObservableList<QuoteRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final RetestableList<QuoteRow> retestableRows = new RetestableList<>(readOnlyRows);
    private final FilteredList<QuoteRow> filteredRows = new FilteredList<>(retestableRows);
    private final OrderedList<QuoteRow> visibleRows = new OrderedList<>(filteredRows);
    private final ObservableList<QuoteRow> readOnlyVisibleRows = FXCollections.unmodifiableObservableList(visibleRows);
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(this, "flaggedOnly");
    /** Show only quotes whose confidence is below this; null for no limit. */
    private final ObjectProperty<Double> confidenceBelow = new SimpleObjectProperty<>(this, "confidenceBelow");
    private final ObjectProperty<QuoteOrder> order = new SimpleObjectProperty<>(this, "order", QuoteOrder.TEXT);
    /** The radar's latest view of the quotes; rows carry their risk and flags from it. */
    private org.quoteexplorer.review.RadarReport assessments;
    /** The radar's report on a document about to be opened, for its first rows; see {@link #expectAssessments}. */
    private org.quoteexplorer.review.RadarReport expected;
    private AnnotatedArticle expectedFor;
    /** Rows of a document about to be opened, built on the loading thread; see {@link #expectRows}. */
    private List<QuoteRow> drafted;
    private AnnotatedArticle draftedFor;
    private final ObjectProperty<String> speakerFilter = new SimpleObjectProperty<>(this, "speakerFilter");
    private final ObjectProperty<QuoteStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final BooleanProperty hideRejected = new SimpleBooleanProperty(this, "hideRejected");
    private final ObjectProperty<QuoteType> typeFilter = new SimpleObjectProperty<>(this, "typeFilter");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectBinding<QuoteFilter> filter;
    private final ObjectBinding<java.util.function.Predicate<QuoteRow>> rowFilter;
    /** Every filter but the search; {@link #EVERY_ROW} when none narrows the list. */
    private final ObjectBinding<java.util.function.Predicate<QuoteRow>> otherFilters;
    private static final java.util.function.Predicate<QuoteRow> EVERY_ROW = row -> true;
    /** The rows the latest finished search found; null while the search text is blank. */
    private final ObjectProperty<SearchResult> searchResult = new SimpleObjectProperty<>(this, "searchResult");
    /** Where matching runs, and how its result comes back to the FX thread; both in place until told otherwise. */
    private Executor searcher = Runnable::run;
    private Executor fxThread = Runnable::run;
    /** Counts searches asked for: a result that is not the latest one's is dropped. Written on the FX thread only. */
    private volatile long searchGeneration;
    /** The search as the list shows it now, row by row: a result is applied to it a slice at a time. */
    private final ShownSearch shown = new ShownSearch();

    /** How many rows one slice of a search result shows or hides at most before the window may draw again. */
    private int slice = 400;
    /**
     * How many the next slice shows or hides: fewer after a slice that took the FX thread longer
     * than {@link #SLICE_NANOS}. On a long article 400 rows took from a few to tens of
     * milliseconds, depending on what else the rows' listeners had to do.
     */
    private int rowsNextSlice = slice;
    private static final long SLICE_NANOS = 4_000_000;
    private static final int MIN_ROWS_PER_SLICE = 100;

    /**
     * What a search reads of a row, and all it reads: a result keeps its verdicts by it, so a row
     * the radar or a status change replaced keeps its verdict, and one whose text, speaker or note
     * an edit changed is matched on its own. Kept by row identity instead, every row the radar's
     * first report replaced had to be searched again.
     */
    private record Searched(String text, String speakerName, String note) {
        static Searched of(QuoteRow row) {
            return new Searched(row.text(), row.speakerName(), row.note());
        }

        /**
         * By the quote's text, its speaker's name or its note, in any case, and with the keyboard's
         * ' and " finding the article's typographic marks, as the article search does.
         */
        boolean matches(String lowerCaseText) {
            return TextSearch.contains(text, lowerCaseText) || TextSearch.contains(speakerName, lowerCaseText)
                    || TextSearch.contains(note, lowerCaseText);
        }

        // Written out: a record's own equals and hashCode go through a chain of method handles that
        // the quick compiler the window runs with (launch.SecondJvm) does not inline. Every row of a
        // 5 MB article is looked up twice per search result on the FX thread: 6-13 ms of it per key.
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Searched that && java.util.Objects.equals(text, that.text)
                    && java.util.Objects.equals(speakerName, that.speakerName) && java.util.Objects.equals(note, that.note);
        }

        @Override
        public int hashCode() {
            return (java.util.Objects.hashCode(text) * 31 + java.util.Objects.hashCode(speakerName)) * 31
                    + java.util.Objects.hashCode(note);
        }
    }

    /**
     * Whether the search lets a row through in the list as it stands. The list is on its way to
     * {@code target}'s verdicts; the rows the slices of it have not reached yet are {@code pending},
     * and show the opposite. Pending is kept by row identity, not by what the search reads, so
     * two rows alike to the search (the same words, speaker and note) flip each at its own turn,
     * and a row an edit or the radar puts in the list while slices are under way is simply judged
     * by the target, as the filtered list tests it then.
     */
    private static final class ShownSearch {
        /** The result the list shows or is on its way to; null for no search. */
        SearchResult target;
        final java.util.Set<QuoteRow> pending = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        /** Whether the list shows a search, or the slices of one are on their way in or out. */
        boolean narrows() {
            return target != null || !pending.isEmpty();
        }

        boolean test(QuoteRow row) {
            return !narrows() || test(row, Searched.of(row));
        }

        boolean test(QuoteRow row, Searched searched) {
            boolean wanted = target == null || target.test(searched);
            return pending.isEmpty() || !pending.contains(row) ? wanted : !wanted;
        }
    }

    /** What one search text matched. */
    private record SearchResult(String text, java.util.Map<Searched, Boolean> matched) {
        boolean test(QuoteRow row) {
            return test(Searched.of(row));
        }

        boolean test(Searched searched) {
            Boolean known = matched.get(searched);
            return known != null ? known : searched.matches(text);
        }
    }

    public QuoteListViewModel(DocumentSession session) {
        this.session = session;
        filter = Bindings.createObjectBinding(() -> QuoteFilter.all()
                        .withSpeakers(speakerFilter.get() == null ? Set.of() : Set.of(speakerFilter.get()))
                        .withStatuses(statusFilter.get() == null ? Set.of() : Set.of(statusFilter.get()))
                        .withTypes(typeFilter.get() == null ? Set.of() : Set.of(typeFilter.get()))
                        .hidingRejected(hideRejected.get()),
                speakerFilter, statusFilter, hideRejected, typeFilter);
        // The filtered list tests the other filters and the search as shown; a new search result
        // makes it test only the rows that result shows or hides (see applySearch), because a new
        // predicate makes it replace every row at once.
        otherFilters = Bindings.createObjectBinding(() -> {
            QuoteFilter quotes = filter.get();
            boolean flagged = flaggedOnly.get();
            Double below = confidenceBelow.get();
            if (!quotes.isActive() && !flagged && below == null) {
                return EVERY_ROW;
            }
            return row -> {
                AnnotatedArticle document = session.getDocument();
                return document != null && QuoteIndex.of(document).quote(row.quoteId()).map(quotes::test).orElse(false)
                        && (!flagged || row.flagged())
                        && (below == null || row.confidence() < below);
            };
        }, filter, flaggedOnly, confidenceBelow);
        filteredRows.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            java.util.function.Predicate<QuoteRow> others = otherFilters.get();
            return row -> shown.test(row) && others.test(row);
        }, otherFilters));
        // made after the list's own predicate, so whoever listens to it finds the list already filtered
        rowFilter = Bindings.createObjectBinding(() -> {
            QuoteFilter quotes = filter.get();
            SearchResult search = searchResult.get();
            boolean flagged = flaggedOnly.get();
            Double below = confidenceBelow.get();
            if (!quotes.isActive() && search == null && !flagged && below == null) {
                return null;
            }
            return row -> {
                AnnotatedArticle document = session.getDocument();
                return document != null && QuoteIndex.of(document).quote(row.quoteId()).map(quotes::test).orElse(false)
                        && (search == null || search.test(row))
                        && (!flagged || row.flagged())
                        && (below == null || row.confidence() < below);
            };
            // Not invalidated by edits: a row carries what the filters look at (status, type, speaker,
            // text), and an edit replaces the rows it changes, which the filtered list tests again.
            // Re-testing every row after each keystroke made review keys slow on long articles.
        }, filter, searchResult, flaggedOnly, confidenceBelow);
        visibleRows.comparatorProperty().bind(Bindings.createObjectBinding(
                () -> order.get() == null ? null : order.get().comparator(), order));
        searchText.addListener((obs, old, text) -> search(text));
        session.lastUpdateProperty().addListener((obs, old, update) -> refresh(update));
        if (session.getDocument() != null) {
            refresh(DocumentUpdate.opened(session.getDocument()));
        }
    }

    /**
     * Matches search texts on {@code background} and applies each result through {@code fx}, so
     * typing never waits for thousands of rows to be searched; a result that a newer text
     * overtook is dropped. Without this call (view-model tests) a search is done at once.
     */
    public void searchOn(Executor background, Executor fx) {
        this.searcher = java.util.Objects.requireNonNull(background);
        this.fxThread = java.util.Objects.requireNonNull(fx);
    }

    /** As {@link #searchOn(Executor, Executor)}, showing or hiding at most {@code rowsPerSlice} rows per turn of {@code fx}. */
    public void searchOn(Executor background, Executor fx, int rowsPerSlice) {
        if (rowsPerSlice < 1) {
            throw new IllegalArgumentException("rowsPerSlice must be at least 1");
        }
        searchOn(background, fx);
        this.slice = rowsPerSlice;
        this.rowsNextSlice = rowsPerSlice;
    }

    /** The search text the list shows the result of: "" when none, the typed text once its search finished. */
    public String appliedSearch() {
        SearchResult result = searchResult.get();
        return result == null ? "" : result.text();
    }

    private void search(String typed) {
        long generation = ++searchGeneration;
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            applySearch(generation, null);
            return;
        }
        List<QuoteRow> snapshot = List.copyOf(rows);
        searcher.execute(() -> {
            java.util.Map<Searched, Boolean> matched = new java.util.HashMap<>(snapshot.size() * 2);
            for (QuoteRow row : snapshot) {
                if (generation != searchGeneration) {
                    // a newer text is on its way: this result would be dropped anyway
                    return;
                }
                Searched searched = Searched.of(row);
                matched.put(searched, searched.matches(text));
            }
            SearchResult result = new SearchResult(text, matched);
            fxThread.execute(() -> {
                if (generation == searchGeneration) {
                    applySearch(generation, result);
                }
            });
        });
    }

    /**
     * Shows {@code result} (null: no search) in the list: only the rows whose verdict changes are
     * tested again, a slice at a time, each later slice on its own turn of the FX thread so
     * the window draws between them; a newer search stops the slices of this one, and starts from
     * the list as those left it.
     */
    private void applySearch(long generation, SearchResult result) {
        Flips flips = new Flips(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            QuoteRow row = rows.get(i);
            Searched searched = Searched.of(row);
            boolean want = result == null || result.test(searched);
            if (shown.test(row, searched) != want) {
                flips.add(i, row);
            }
        }
        // Every row shows what it showed: the ones the new target would flip are pending until their slice.
        shown.target = result;
        shown.pending.clear();
        for (int k = 0; k < flips.count; k++) {
            shown.pending.add(flips.rows[k]);
        }
        applySlice(generation, result, flips, 0);
    }

    /** The rows whose verdict a search result changes, in text order. */
    private static final class Flips {
        final int[] at;
        final QuoteRow[] rows;
        int count;

        Flips(int capacity) {
            at = new int[capacity];
            rows = new QuoteRow[capacity];
        }

        void add(int position, QuoteRow row) {
            at[count] = position;
            rows[count++] = row;
        }
    }

    private void applySlice(long generation, SearchResult result, Flips flips, int from) {
        if (generation != searchGeneration) {
            return;
        }
        int to = Math.min(flips.count, from + Math.min(slice, rowsNextSlice));
        int[] positions = new int[to - from];
        int n = 0;
        for (int k = from; k < to; k++) {
            int at = flips.at[k];
            QuoteRow row = flips.rows[k];
            shown.pending.remove(row);
            // a row an edit replaced since was tested by the filtered list on its own, against the target
            if (at < rows.size() && rows.get(at) == row) {
                positions[n++] = at;
            }
        }
        if (to < flips.count) {
            long started = System.nanoTime();
            retestableRows.retest(positions, n);
            sizeNextSlice(n, System.nanoTime() - started);
            nextTurn(() -> applySlice(generation, result, flips, to));
            return;
        }
        retestableRows.retest(positions, n);
        searchResult.set(result);
    }

    /**
     * Sizes the next slice so that it takes about {@link #SLICE_NANOS}, growing at most twofold per
     * slice, and never below {@link #MIN_ROWS_PER_SLICE}: each slice also costs its listeners a
     * look at every row, and a result in slices of a few rows took seconds to show.
     */
    private void sizeNextSlice(int rows, long nanos) {
        if (rows == 0) {
            return;
        }
        long fitting = nanos <= 0 ? slice : rows * SLICE_NANOS / nanos;
        long next = Math.max(MIN_ROWS_PER_SLICE, Math.min(2L * rows, fitting));
        rowsNextSlice = (int) Math.min(slice, next);
    }

    /** Runs {@code work} on the next pulse when on the FX thread (see {@link org.quoteexplorer.gui.common.NextPulse}), through {@code fxThread} otherwise. */
    private void nextTurn(Runnable work) {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            fxThread.execute(work);
            return;
        }
        org.quoteexplorer.gui.common.NextPulse.run(work);
    }

    /**
     * Whether the visible rows are telling their listeners of a change just now: a list view whose
     * selection moves then moved it because its row left the list, not because the analyst did.
     */
    public boolean visibleRowsChanging() {
        return visibleRows.isTelling();
    }

    /** Every quote, filtered or not. */
    public ObservableList<QuoteRow> rows() {
        return readOnlyRows;
    }

    /** The quotes the filters let through: what the list shows. */
    public ObservableList<QuoteRow> visibleRows() {
        return readOnlyVisibleRows;
    }

    /** The speaker, status and type criteria (the search text comes on top). */
    public ObjectBinding<QuoteFilter> filterBinding() {
        return filter;
    }

    /** Whether any filter or search narrows the list. */
    public boolean isFiltering() {
        // read from what the list is filtered by, which listeners of the filters may see before rowFilter
        return otherFilters.get() != EVERY_ROW || shown.narrows();
    }

    public ObjectBinding<java.util.function.Predicate<QuoteRow>> rowFilterBinding() {
        return rowFilter;
    }

    /** Speaker id to show only, {@link QuoteFilter#UNATTRIBUTED} for quotes without one, or null for everyone. */
    public ObjectProperty<String> speakerFilterProperty() {
        return speakerFilter;
    }

    public ObjectProperty<QuoteStatus> statusFilterProperty() {
        return statusFilter;
    }

    public BooleanProperty hideRejectedProperty() {
        return hideRejected;
    }

    public ObjectProperty<QuoteType> typeFilterProperty() {
        return typeFilter;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** Only the quotes the radar flags. */
    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    /** Only the quotes whose confidence is below this value; null for every confidence. */
    public ObjectProperty<Double> confidenceBelowProperty() {
        return confidenceBelow;
    }

    /** The order of the list: text order (the default), riskiest first, or least confident first. */
    public ObjectProperty<QuoteOrder> orderProperty() {
        return order;
    }

    /**
     * Takes the radar's newest assessments: the rows whose risk or flags changed are replaced, the
     * others kept, so the list keeps its selection and scroll position.
     */
    public void applyAssessments(org.quoteexplorer.review.RadarReport report) {
        org.quoteexplorer.review.RadarReport before = assessments;
        assessments = report;
        List<QuoteRow> next = new java.util.ArrayList<>(rows.size());
        List<Integer> changed = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            QuoteRow row = rows.get(i);
            org.quoteexplorer.model.Assessment assessment = report.of(row.quoteId());
            // Every row shows what the last report says of its quote (rows are built and replaced
            // with it), and a report that follows from the last one after a review key keeps its
            // assessments as they were: those rows stand. Rebuilding all of them after each key
            // was most of the list's work on a long article.
            QuoteRow now = before != null && before.of(row.quoteId()) == assessment ? row : row.assessed(assessment);
            next.add(now);
            if (now != row && !now.equals(row)) {
                changed.add(i);
            }
        }
        // A few rows (an edit) change one by one, so the list redraws only them; the first report
        // of a long article changes thousands, and one replacement is one pass of the filters.
        if (changed.size() > 64) {
            rows.setAll(next);
        } else {
            for (int i : changed) {
                rows.set(i, next.get(i));
            }
        }
    }

    /**
     * As {@link #applyAssessments(org.quoteexplorer.review.RadarReport)}, for a report that differs
     * from the last one applied in the quotes {@code edited} alone (it follows from it after review
     * keys): only their rows are looked at, rather than every row of a long article after each key.
     */
    public void applyAssessments(org.quoteexplorer.review.RadarReport report, Set<String> edited) {
        AnnotatedArticle document = session.getDocument();
        if (assessments == null || document == null || document.quotes().size() != rows.size()) {
            applyAssessments(report);
            return;
        }
        QuoteIndex index = QuoteIndex.of(document);
        java.util.Map<Integer, QuoteRow> changed = new java.util.TreeMap<>();
        for (String id : edited) {
            int at = index.positionOf(id);
            if (at < 0 || !rows.get(at).quoteId().equals(id)) {
                applyAssessments(report);
                return;
            }
            QuoteRow row = rows.get(at);
            QuoteRow now = row.assessed(report.of(id));
            if (!now.equals(row)) {
                changed.put(at, now);
            }
        }
        assessments = report;
        changed.forEach(rows::set);
    }

    /** The radar's report on {@code document}, worked out before it opens: its rows are built with it. */
    public void expectAssessments(AnnotatedArticle document, org.quoteexplorer.review.RadarReport report) {
        expected = report;
        expectedFor = report == null ? null : document;
    }

    /**
     * Rows for {@code document}, about to be opened, built off the FX thread without the radar's
     * report (see {@link #rowsOf}): opening it takes them instead of building them when it opens
     * without a report and the speakers' colours are still the ones they name.
     */
    public void expectRows(AnnotatedArticle document, List<QuoteRow> rows) {
        drafted = rows;
        draftedFor = rows == null ? null : document;
    }

    /** A document's rows before the radar's report on it; any thread, with a palette that colours as the window's will. */
    public static List<QuoteRow> rowsOf(AnnotatedArticle document, org.quoteexplorer.gui.document.SpeakerPalette palette) {
        return QuoteRow.allOf(document, palette, id -> Assessment.NONE);
    }

    private List<QuoteRow> takeDrafted(AnnotatedArticle document) {
        List<QuoteRow> rows = drafted;
        boolean usable = rows != null && draftedFor == document && assessments == null;
        drafted = null;
        draftedFor = null;
        if (!usable) {
            return null;
        }
        for (QuoteRow row : rows) {
            if (!row.speakerClass().equals(session.palette().styleClassOf(row.speakerId()))) {
                return null;
            }
        }
        return rows;
    }

    private org.quoteexplorer.model.Assessment assessmentOf(String quoteId) {
        return assessments == null ? org.quoteexplorer.model.Assessment.NONE : assessments.of(quoteId);
    }

    public void clearFilters() {
        flaggedOnly.set(false);
        confidenceBelow.set(null);
        speakerFilter.set(null);
        statusFilter.set(null);
        hideRejected.set(false);
        typeFilter.set(null);
        searchText.set("");
    }

    /** Ids of the quotes shown, in text order. */
    public List<String> visibleQuoteIds() {
        return visibleRows.stream().map(QuoteRow::quoteId).toList();
    }

    /**
     * Whether the list shows the quote's row now, as the filters, and the search as far as its
     * slices came, let it through: asked of the row itself, without a walk over the visible rows.
     */
    public boolean shows(String quoteId) {
        AnnotatedArticle document = session.getDocument();
        int at = document == null ? -1 : QuoteIndex.of(document).positionOf(quoteId);
        if (at < 0 || at >= rows.size() || !rows.get(at).quoteId().equals(quoteId)) {
            return visibleRows.stream().anyMatch(row -> row.quoteId().equals(quoteId));
        }
        java.util.function.Predicate<? super QuoteRow> predicate = filteredRows.getPredicate();
        return predicate == null || predicate.test(rows.get(at));
    }

    public Set<String> hiddenQuoteIds() {
        java.util.BitSet hidden = hiddenPositions();
        Set<String> ids = new java.util.HashSet<>(hidden.cardinality() * 2);
        for (int i = hidden.nextSetBit(0); i >= 0; i = hidden.nextSetBit(i + 1)) {
            ids.add(rows.get(i).quoteId());
        }
        return ids;
    }

    /**
     * Positions in {@link #rows()} (text order) of the rows the filters leave out. Read from the
     * filtered list's own index, without testing or hashing any row: after each search result on a
     * long article, collecting and comparing id sets cost the FX thread several milliseconds.
     */
    public java.util.BitSet hiddenPositions() {
        java.util.BitSet hidden = new java.util.BitSet(rows.size());
        if (!isFiltering()) {
            return hidden;
        }
        hidden.set(0, rows.size());
        for (int i = 0; i < filteredRows.size(); i++) {
            hidden.clear(filteredRows.getSourceIndex(i));
        }
        return hidden;
    }

    public void select(QuoteRow row) {
        session.select(row == null ? null : row.quoteId());
    }

    /** Index of the selected quote among the visible rows, or -1. */
    public int selectedIndex() {
        String id = session.getSelectedQuoteId();
        for (int i = 0; i < visibleRows.size(); i++) {
            if (visibleRows.get(i).quoteId().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Replaces just the rows of the quotes an edit touched, when the quotes are still the same ones
     * in the same places: rebuilding every row after each key cost more than the key itself.
     *
     * @return false when the quote list changed shape, so every row must be rebuilt
     */
    private boolean refreshOnly(AnnotatedArticle document, Set<String> affected) {
        if (document.quotes().size() != rows.size()) {
            return false;
        }
        QuoteIndex index = QuoteIndex.of(document);
        java.util.Map<Integer, QuoteRow> changed = new java.util.TreeMap<>();
        for (String id : affected) {
            int at = index.positionOf(id);
            if (at < 0 || !rows.get(at).quoteId().equals(id)) {
                return false;
            }
            changed.put(at, QuoteRow.of(document, document.quotes().get(at), session.palette(),
                    assessmentOf(id)));
        }
        changed.forEach((at, row) -> {
            if (!row.equals(rows.get(at))) {
                rows.set(at, row);
            }
        });
        return true;
    }

    private void refresh(DocumentUpdate update) {
        if (update == null) {
            return;
        }
        if (update.isNewDocument()) {
            clearFilters();
            // rows built without the report were all replaced again when it came
            assessments = update.document() == expectedFor ? expected : null;
            expected = null;
            expectedFor = null;
        }
        AnnotatedArticle document = update.document();
        if (!update.isNewDocument() && !update.speakersChanged() && refreshOnly(document, update.affectedQuoteIds())) {
            return;
        }
        List<QuoteRow> fresh = update.isNewDocument() ? takeDrafted(document) : null;
        if (fresh == null) {
            fresh = QuoteRow.allOf(document, session.palette(), this::assessmentOf);
        }
        boolean sameQuotes = fresh.size() == rows.size();
        for (int i = 0; sameQuotes && i < fresh.size(); i++) {
            sameQuotes = fresh.get(i).quoteId().equals(rows.get(i).quoteId());
        }
        if (!sameQuotes) {
            rows.setAll(fresh);
            return;
        }
        // replacing only the rows that differ keeps the list's selection and scroll position
        for (int i = 0; i < fresh.size(); i++) {
            if (!fresh.get(i).equals(rows.get(i))) {
                rows.set(i, fresh.get(i));
            }
        }
    }
}
