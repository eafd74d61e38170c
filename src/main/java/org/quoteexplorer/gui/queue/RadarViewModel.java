package org.quoteexplorer.gui.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.document.QuoteIndex;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.Radar;
import org.quoteexplorer.review.RadarReport;
import org.quoteexplorer.review.edit.QuoteSnippets;

/**
 * The misattribution radar in the window: the review queue (flagged quotes, riskiest first, with
 * their reasons), the flag count for the status bar, and the marks of the list and the article.
 * It reassesses the article after every edit, so accepting a quote takes it off the queue.
 */
public final class RadarViewModel {

    /** Above this many quotes the radar runs away from the FX thread, so keys never wait for it. */
    public static final int BACKGROUND_QUOTES = 400;

    /** What the status bar shows instead of the flag count while the first report on an article is coming. */
    public static final String ASSESSING_FLAGS = "Flags: assessing\u2026";

    /** Added to the flag count while the radar works out a long article's edited evidence again. */
    public static final String UPDATING = ", updating\u2026";

    /** What a key that needs the radar's report says while it is not in yet. */
    public static final String STILL_ASSESSING = "The radar is still assessing this article\u2026";

    /** One line of the review queue. */
    public record QueueEntry(String quoteId, double risk, String speakerName, String snippet, List<Flag> flags) {
    }

    private final DocumentSession session;
    private final QuoteListViewModel quoteList;
    private final ArticleViewModel article;
    private final ReadOnlyObjectWrapper<RadarReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyIntegerWrapper flagCount = new ReadOnlyIntegerWrapper(this, "flagCount");
    /** True while the radar has nothing to say about the document shown: see {@link #isAssessing()}. */
    private final ReadOnlyBooleanWrapper assessing = new ReadOnlyBooleanWrapper(this, "assessing");
    private final ObservableList<QueueEntry> queue = FXCollections.observableArrayList();
    private final ObservableList<QueueEntry> readOnlyQueue = FXCollections.unmodifiableObservableList(queue);
    private final StringBinding flagText;
    /** The document the current report assessed. */
    private AnnotatedArticle assessed;
    /** The radar's own report on {@link #assessed}, before flags from other articles were added. */
    private RadarReport assessedOwn;
    /**
     * The latest whole run of the radar (not one that followed from another after decisions) and
     * the document it assessed: it still answers for a quote re-opened since (an undone
     * acceptance), which the latest report, made after that quote was decided, left out.
     */
    private Whole whole;

    private record Whole(AnnotatedArticle document, RadarReport own) {
    }
    private Executor background = DIRECT;
    private Executor fxThread = DIRECT;
    /** Counts reassessments asked for; written on the FX thread, read by the background too. */
    private volatile long generation;
    /**
     * The report on the document about to be opened ({@link How#CAME_WITH_IT} or {@link How#COMING});
     * used once, when that document arrives.
     */
    private ReportState expected;
    /** The report the shown document waits for ({@link How#AWAITED}), until it is applied or a newer one is. */
    private ReportState awaited;
    /** What {@link #current()} worked out ({@link How#WORKED_OUT_NOW}), for this turn of the FX thread only. */
    private ReportState fresh;
    /** The speaker list the engine used: the radar asks about speakers that contradict it. */
    private volatile List<Speaker> speakerList = List.of();
    /**
     * Quotes edited since the last report was applied, or {@code null} when that is not known (a
     * new document, a change of speakers): a report that follows from the last one differs from it
     * in these quotes only, so the list looks at their rows alone.
     */
    private java.util.Set<String> editedSinceApplied;

    public RadarViewModel(DocumentSession session, QuoteListViewModel quoteList, ArticleViewModel article) {
        this.session = session;
        this.quoteList = quoteList;
        this.article = article;
        // after an edit of a long article's evidence the last count stays in sight, marked as the one being redone
        flagText = Bindings.createStringBinding(() -> report.get() == null ? assessing.get() ? ASSESSING_FLAGS : ""
                : (flagCount.get() == 1 ? "1 flag" : flagCount.get() + " flags") + (assessing.get() ? UPDATING : ""),
                report, flagCount, assessing);
        session.lastUpdateProperty().addListener((obs, old, update) -> {
            noteEdited(update);
            reassess();
        });
        reassess();
    }

    /**
     * Assesses big articles on {@code background} and applies the result through {@code fx}; a
     * result an edit overtook is dropped. Without this call (view-model tests) all runs at once.
     */
    /**
     * Flags from outside the article (conflicts with other articles of a workspace), by quote id,
     * added to the radar's on every assessment; the document as argument, the flags as result.
     */
    public void setOutsideFlags(java.util.function.Function<AnnotatedArticle, java.util.Map<String, List<org.quoteexplorer.model.Flag>>> source) {
        outsideFlags = Objects.requireNonNull(source);
        fresh = null;
        expected = null;
        reassess();
    }

    private java.util.function.Function<AnnotatedArticle, java.util.Map<String, List<org.quoteexplorer.model.Flag>>> outsideFlags =
            document -> java.util.Map.of();

    private RadarReport withOutsideFlags(AnnotatedArticle document, RadarReport own) {
        return org.quoteexplorer.review.CrossArticleConflicts.withFlags(own,
                document.quotes().stream().map(Quote::id).toList(), outsideFlags.apply(document));
    }

    public void assessOn(Executor background, Executor fx) {
        this.background = Objects.requireNonNull(background);
        this.fxThread = Objects.requireNonNull(fx);
    }

    /**
     * The report on a document about to be opened, assessed while it was loaded: opening it applies
     * this at once instead of assessing it again, and the quote list's first rows carry it.
     */
    public void expect(AnnotatedArticle document, RadarReport fresh) {
        expected = fresh == null ? null : new ReportState(document, fresh, null, How.CAME_WITH_IT);
        quoteList.expectAssessments(document, fresh);
    }

    /**
     * The report on a document about to be opened, still being worked out: a done one is applied
     * as {@link #expect(AnnotatedArticle, RadarReport)} does; otherwise the article shows without
     * flags or risks and they follow when the report comes, unless an edit came first (then the
     * edited document is assessed as usual). Saves and exports meanwhile wait for it.
     */
    public void expectComing(AnnotatedArticle document, java.util.concurrent.CompletableFuture<RadarReport> coming) {
        if (coming == null || coming.isDone() || fxThread == DIRECT) {
            expect(document, coming == null ? null : coming.join());
            return;
        }
        expect(document, (RadarReport) null);
        expected = new ReportState(document, null, coming, How.COMING);
    }

    /** The default executors: view-model tests run everything at once. */
    private static final Executor DIRECT = Runnable::run;

    /** How a report in hand (or on its way) was obtained, and so what is still to be done with it. */
    private enum How {
        /** Worked out while the document was loaded: applied at once when it opens. */
        CAME_WITH_IT,
        /** Still being worked out for the document about to open: it opens without flags, they follow. */
        COMING,
        /** The document is shown and waits for it: applied when it comes, or by whoever needs it first. */
        AWAITED,
        /** Worked out by {@link #current()} for an edit the background run has not caught up with. */
        WORKED_OUT_NOW
    }

    /**
     * A report about one document, by identity: the document it is about, the report when it is in
     * hand, the future it comes from when it is not, and how it was obtained.
     */
    private record ReportState(AnnotatedArticle document, RadarReport report,
                               java.util.concurrent.CompletableFuture<RadarReport> coming, How how,
                               java.util.concurrent.CompletableFuture<Prepared> prepared) {
        ReportState(AnnotatedArticle document, RadarReport report,
                    java.util.concurrent.CompletableFuture<RadarReport> coming, How how) {
            this(document, report, coming, how, null);
        }

        boolean isAbout(AnnotatedArticle other) {
            return document == other;
        }
    }

    /** The awaited report with what applying it needs, worked out on the radar's thread. */
    private record Prepared(RadarReport own, RadarReport fresh, List<QueueEntry> entries) {
    }

    /** The speaker list the article was attributed with, for the speaker-list-mismatch flag. */
    public void useSpeakerList(List<Speaker> known) {
        speakerList = List.copyOf(known);
        fresh = null;
        assessedOwn = null;
        whole = null;
    }

    private void noteEdited(org.quoteexplorer.gui.document.DocumentUpdate update) {
        if (update == null || update.isNewDocument() || update.speakersChanged()) {
            editedSinceApplied = null;
        } else if (editedSinceApplied != null) {
            editedSinceApplied.addAll(update.affectedQuoteIds());
        }
    }

    private void reassess() {
        AnnotatedArticle document = session.getDocument();
        long asked = ++generation;
        if (document == null) {
            assessed = null;
            report.set(null);
            flagCount.set(0);
            queue.clear();
            noteAssessing();
            return;
        }
        if (expected != null && expected.how() == How.COMING && expected.isAbout(document)) {
            java.util.concurrent.CompletableFuture<RadarReport> coming = expected.coming();
            expected = null;
            // the last article's flags and queue must not stay on this one while the report comes
            assessed = null;
            assessedOwn = null;
            whole = null;
            report.set(null);
            flagCount.set(0);
            queue.clear();
            if (article != null) {
                article.setFlaggedQuoteIds(java.util.Set.of());
            }
            java.util.concurrent.CompletableFuture<Prepared> prepared = coming.thenApplyAsync(own -> {
                RadarReport fresh = withOutsideFlags(document, own);
                return new Prepared(own, fresh, entries(document, fresh));
            }, background);
            ReportState waiting = new ReportState(document, null, coming, How.AWAITED, prepared);
            awaited = waiting;
            prepared.whenComplete((ready, failure) -> fxThread.execute(() -> {
                if (failure == null) {
                    arrived(waiting, ready);
                } else if (awaited == waiting) {
                    // no report is coming: the article is assessed as any other would be
                    awaited = null;
                    reassess();
                }
            }));
            noteAssessing();
            return;
        }
        org.quoteexplorer.gui.document.DocumentUpdate update = session.lastUpdateProperty().get();
        if (update == null || update.isNewDocument()) {
            awaited = null;
            whole = null;
        } else if (awaited != null) {
            // An edit before the opening's report came: assessing the edited article now would be a
            // second whole run beside that one. The report is applied when it comes and the edits
            // made meanwhile follow from it (see arrived).
            noteAssessing();
            return;
        }
        if (expected != null && expected.how() == How.CAME_WITH_IT && expected.isAbout(document)) {
            RadarReport own = expected.report();
            RadarReport fresh = withOutsideFlags(document, own);
            expected = null;
            whole = new Whole(document, own);
            apply(document, own, fresh, entries(document, fresh));
            return;
        }
        // the report this run's follows from, if it does: then only the quotes edited since can differ
        RadarReport base = assessedOwn != null && stillTrue(document) ? assessedOwn : null;
        // then the queue's rows of the quotes still in it stay as they are: their snippets need not be cut again
        List<QueueEntry> shownEntries = base != null ? List.copyOf(queue) : List.of();
        // stillTrue looks at every quote: asked once per key, not once more through ownReport
        java.util.function.Supplier<RadarReport> ownReport = base != null ? () -> base.afterDecisions(document)
                : ownReport(document);
        boolean wholeRun = base == null && !followsFromWhole(document);
        Executor where = document.quotes().size() > BACKGROUND_QUOTES ? background : Runnable::run;
        where.execute(() -> {
            if (where == background && asked != generation) {
                // a newer edit asked again: this report would be dropped, and a run of review keys
                // queued one whole assessment each, seconds of work and garbage on a long article
                return;
            }
            RadarReport own = ownReport.get();
            RadarReport fresh = withOutsideFlags(document, own);
            // the queue's rows are built here too: on a long article they were most of the FX thread's work per key
            List<QueueEntry> entries = entries(document, fresh, shownEntries);
            fxThread(where).execute(() -> {
                if (asked == generation) {
                    if (wholeRun) {
                        whole = new Whole(document, own);
                    }
                    apply(document, own, fresh, entries, base);
                }
            });
        });
        noteAssessing();
    }

    /**
     * The opening's report came: applied to the document it is about. Edits made meanwhile (see
     * reassess) then follow from it: decisions alone through {@link RadarReport#afterDecisions},
     * a changed evidence by a fresh run, on the radar's thread for a long article.
     */
    private void arrived(ReportState waiting, Prepared ready) {
        if (awaited != waiting) {
            return;
        }
        awaited = null;
        AnnotatedArticle then = waiting.document();
        whole = new Whole(then, ready.own());
        apply(then, ready.own(), ready.fresh(), ready.entries());
        if (session.getDocument() != then) {
            // which rows the edits touched was not kept while no report was in: every row is looked at
            editedSinceApplied = null;
            reassess();
        }
    }

    /** Keeps {@link #assessingProperty()} in step; called wherever what the radar knows changes. */
    private void noteAssessing() {
        AnnotatedArticle document = session.getDocument();
        assessing.set(document != null && !knows(document));
    }

    /**
     * Whether the radar can say what it thinks of {@code document} without waiting or assessing a
     * long article on the FX thread: its latest report holds for the quotes open now, or the
     * article is short enough to be assessed at once, as each of its edits is.
     */
    private boolean knows(AnnotatedArticle document) {
        return (fresh != null && fresh.isAbout(document)) || stillTrue(document) || followsFromWhole(document)
                || (awaited == null && document.quotes().size() <= BACKGROUND_QUOTES);
    }

    /** Whether the latest whole run holds for every quote open in {@code document} (see {@link #whole}). */
    private boolean followsFromWhole(AnnotatedArticle document) {
        Whole last = whole;
        return last != null && followsFrom(last.document(), document);
    }

    /**
     * The radar's own report on {@code document}, to be worked out wherever the supplier is called;
     * what it needs is taken now, on the FX thread. After A, R or F it follows from the last report
     * (the decided quotes leave it); only an edit of the evidence needs the radar again: assessing
     * a long article after every review key was seconds of CPU and most of the garbage that
     * stalled a search typed meanwhile.
     */
    private java.util.function.Supplier<RadarReport> ownReport(AnnotatedArticle document) {
        if (assessedOwn != null && stillTrue(document)) {
            RadarReport last = assessedOwn;
            return () -> last.afterDecisions(document);
        }
        if (followsFromWhole(document)) {
            // an undone decision re-opened a quote the latest report left out: the whole run has it
            RadarReport last = whole.own();
            return () -> last.afterDecisions(document);
        }
        List<Speaker> known = speakerList;
        return () -> Radar.assess(document, known);
    }

    private Executor fxThread(Executor where) {
        return where == background ? fxThread : Runnable::run;
    }

    /** The queue's rows; quotes and speakers looked up by id through maps, not a search of the document per row. */
    private static List<QueueEntry> entries(AnnotatedArticle document, RadarReport fresh) {
        return entries(document, fresh, List.of());
    }

    /**
     * @param kept rows of the queue shown for a document that differs from this one in statuses and
     *             notes only (see {@link #stillTrue}): a quote's row there is its row here when its
     *             risk and flags are the same, since its text, span and speaker are; cutting every
     *             snippet again after each key was most of the radar thread's work on a long article
     */
    private static List<QueueEntry> entries(AnnotatedArticle document, RadarReport fresh, List<QueueEntry> kept) {
        java.util.Map<String, QueueEntry> keptById = new java.util.HashMap<>(kept.size() * 2);
        kept.forEach(e -> keptById.put(e.quoteId(), e));
        QuoteIndex quotes = QuoteIndex.of(document);
        java.util.Map<String, String> speakers = new java.util.HashMap<>();
        document.speakers().forEach(s -> speakers.put(s.id(), s.name()));
        List<QueueEntry> entries = new ArrayList<>(fresh.queue().size());
        for (String id : fresh.queue()) {
            Assessment a = fresh.of(id);
            QueueEntry before = keptById.get(id);
            if (before != null && before.risk() == a.risk() && before.flags().equals(a.flags())) {
                entries.add(before);
                continue;
            }
            Quote quote = quotes.quote(id).orElseThrow();
            String speaker = quote.speakerId() == null ? QuoteDetails.UNATTRIBUTED
                    : speakers.getOrDefault(quote.speakerId(), QuoteDetails.UNATTRIBUTED);
            entries.add(new QueueEntry(id, a.risk(), speaker, QuoteSnippets.of(document, quote), a.flags()));
        }
        return entries;
    }

    private void apply(AnnotatedArticle document, RadarReport own, RadarReport fresh, List<QueueEntry> entries) {
        apply(document, own, fresh, entries, null);
    }

    /** @param base the report {@code own} follows from after decisions only, or {@code null} */
    private void apply(AnnotatedArticle document, RadarReport own, RadarReport fresh, List<QueueEntry> entries,
                       RadarReport base) {
        // Flags from other articles are worked out anew each time: only the radar's own report keeps
        // the assessments of the quotes not edited as they were.
        java.util.Set<String> onlyEdited = base != null && base == assessedOwn && report.get() == base
                && fresh == own && editedSinceApplied != null
                ? java.util.Set.copyOf(editedSinceApplied) : null;
        assessed = document;
        assessedOwn = own;
        editedSinceApplied = new java.util.HashSet<>();
        if (!entries.equals(queue)) {
            queue.setAll(entries);
        }
        if (onlyEdited != null) {
            quoteList.applyAssessments(fresh, onlyEdited);
        } else {
            quoteList.applyAssessments(fresh);
        }
        if (article != null) {
            article.setFlaggedQuoteIds(java.util.Set.copyOf(fresh.queue()));
        }
        flagCount.set(fresh.flagCount());
        report.set(fresh);
        noteAssessing();
    }

    /**
     * The radar's view of the document as it is now: the latest report, or one that follows from
     * it if an edit of statuses only overtook it; {@code null} while the radar is still assessing
     * (see {@link #isAssessing()}): a key never waits for the radar.
     */
    public RadarReport current() {
        settleAwaited();
        AnnotatedArticle document = session.getDocument();
        if (document == null) {
            return null;
        }
        if (document == assessed && report.get() != null) {
            return report.get();
        }
        // asked several times in a row (one count per level of the bulk-accept dialog), the
        // radar ran once per question, on the FX thread
        if (fresh == null || !fresh.isAbout(document)) {
            if (!knows(document)) {
                return null;
            }
            RadarReport own = ownReport(document).get();
            RadarReport now = withOutsideFlags(document, own);
            // kept for the rest of this turn of the FX thread only: flags from other articles may change later
            fresh = new ReportState(document, now, null, How.WORKED_OUT_NOW);
            fxThread.execute(() -> fresh = null);
            return now;
        }
        return fresh.report();
    }

    /**
     * Whether the radar has no report yet that holds for the article shown: the opening's report
     * is still coming, or an edit of the evidence of a long article (a speaker, a span, a quote
     * re-opened that the radar never saw open) is being assessed on the radar's thread. Meanwhile flags are not known: F and
     * Shift+F say so instead of moving, an acceptance records no cleared flags (the analyst saw
     * none), and bulk accept, which takes unflagged quotes only, waits to be asked again.
     */
    public boolean isAssessing() {
        settleAwaited();
        AnnotatedArticle document = session.getDocument();
        return document != null && !knows(document);
    }

    /** {@link #isAssessing()} as a property, for what the window shows meanwhile. */
    public ReadOnlyBooleanProperty assessingProperty() {
        return assessing.getReadOnlyProperty();
    }

    /**
     * Asked about the radar after the opening's report came but before its hand-over to the FX
     * thread ran: applies it now rather than answer "still assessing". Never waits: a report not
     * worked out yet stays awaited.
     */
    private void settleAwaited() {
        ReportState waiting = awaited;
        if (waiting == null) {
            return;
        }
        java.util.concurrent.CompletableFuture<Prepared> prepared = waiting.prepared();
        if (prepared.isDone() && !prepared.isCompletedExceptionally()) {
            arrived(waiting, prepared.join());
        }
    }

    /**
     * What the radar says about the quotes still open (not reviewed, no scare quotes), without
     * assessing again when the latest report still holds for them (see {@link #stillTrue});
     * {@code null} while the radar {@linkplain #isAssessing() is still assessing}.
     */
    public RadarReport currentForOpenQuotes() {
        settleAwaited();
        AnnotatedArticle document = session.getDocument();
        if (document != null && stillTrue(document)) {
            return report.get();
        }
        return current();
    }

    /**
     * The report a save or an export writes into the file, so that a saved review carries its flags
     * and risk (a workspace's list reads them from there). The latest report when it is about this
     * document; otherwise what is needed is taken now, on the FX thread, and the assessment itself
     * runs wherever the supplier is called: the writer's background thread.
     */
    public java.util.function.Supplier<RadarReport> reportFor(AnnotatedArticle document) {
        RadarReport latest = document == assessed ? report.get() : null;
        if (latest != null) {
            return () -> latest;
        }
        java.util.Map<String, List<org.quoteexplorer.model.Flag>> outside = outsideFlags.apply(document);
        List<String> ids = document.quotes().stream().map(Quote::id).toList();
        // saved before the opening's report came: the writer waits for that one rather than assess
        // again, and takes the decisions made meanwhile into account as the window will
        ReportState waiting = awaited;
        java.util.function.Supplier<RadarReport> ownReport;
        if (waiting != null && waiting.isAbout(document)) {
            ownReport = waiting.coming()::join;
        } else if (waiting != null && followsFrom(waiting.document(), document)) {
            ownReport = () -> waiting.coming().join().afterDecisions(document);
        } else {
            ownReport = ownReport(document);
        }
        return () -> org.quoteexplorer.review.CrossArticleConflicts.withFlags(ownReport.get(), ids, outside);
    }

    /**
     * The flags of a quote as the document is now; empty when none, and while the radar
     * {@linkplain #isAssessing() is still assessing}: an acceptance then records only what the
     * analyst was shown, which is no flag.
     */
    public List<Flag> flagsOf(String quoteId) {
        settleAwaited();
        AnnotatedArticle document = session.getDocument();
        if (document != null && stillTrue(document)) {
            Quote quote = QuoteIndex.of(document).quote(quoteId).orElse(null);
            return quote == null || !open(quote) ? List.of() : report.get().of(quoteId).flags();
        }
        RadarReport now = current();
        return now == null ? List.of() : now.of(quoteId).flags();
    }

    /**
     * Whether the latest report still says, for every quote open now, what a fresh one would: the
     * document changed at most in statuses and notes, and no quote re-opened. A quote's flags and
     * risk come from the text, the speakers and every quote's span, type, speaker, cues and
     * confidence, and from its own status only: deciding on one quote never changes another's.
     * Then A and F need not wait for the radar's next run, which on a long article took a second
     * of the FX thread at each key.
     */
    private boolean stillTrue(AnnotatedArticle now) {
        return assessed != null && report.get() != null && followsFrom(assessed, now);
    }

    /** Whether a report on {@code then} holds for every quote open in {@code now} (see {@link #stillTrue}). */
    private static boolean followsFrom(AnnotatedArticle then, AnnotatedArticle now) {
        if (then == now) {
            return true;
        }
        if (!now.text().equals(then.text()) || !now.speakers().equals(then.speakers())
                || now.quotes().size() != then.quotes().size()) {
            return false;
        }
        for (int i = 0; i < now.quotes().size(); i++) {
            Quote a = then.quotes().get(i);
            Quote b = now.quotes().get(i);
            if (a == b) {
                continue;
            }
            if (!sameEvidence(a, b) || (open(b) && !open(a))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameEvidence(Quote a, Quote b) {
        return a.id().equals(b.id()) && a.span().equals(b.span()) && a.type() == b.type()
                && Objects.equals(a.speakerId(), b.speakerId()) && Objects.equals(a.mention(), b.mention())
                && Objects.equals(a.cue(), b.cue()) && a.confidence() == b.confidence()
                && Objects.equals(a.origin(), b.origin());
    }

    /** What the radar looks at: speech the analyst has not decided on yet (as {@code Radar} has it). */
    private static boolean open(Quote q) {
        return q.type() != org.quoteexplorer.model.QuoteType.SCARE && !q.status().isReviewed();
    }

    /**
     * The queue's next quote after the selected one, or its first (riskiest) when the selection
     * is not in it (e.g. it was just accepted and left the queue).
     */
    public Optional<String> next(String selectedId) {
        List<String> ids = queueIds();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        int at = ids.indexOf(selectedId);
        return at < 0 ? Optional.of(ids.get(0)) : at + 1 < ids.size() ? Optional.of(ids.get(at + 1)) : Optional.empty();
    }

    /** The queue's quote before the selected one, or its last when the selection is not in it. */
    public Optional<String> previous(String selectedId) {
        List<String> ids = queueIds();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        int at = ids.indexOf(selectedId);
        return at < 0 ? Optional.of(ids.get(ids.size() - 1)) : at > 0 ? Optional.of(ids.get(at - 1)) : Optional.empty();
    }

    private List<String> queueIds() {
        settleAwaited();
        AnnotatedArticle document = session.getDocument();
        if (document != null && document != assessed && stillTrue(document)) {
            // the quotes decided on since leave the queue; the others keep their risk and place
            QuoteIndex index = QuoteIndex.of(document);
            return report.get().queue().stream()
                    .filter(id -> index.quote(id).map(RadarViewModel::open).orElse(false)).toList();
        }
        RadarReport now = current();
        return now == null ? List.of() : now.queue();
    }

    public ObservableList<QueueEntry> queue() {
        return readOnlyQueue;
    }

    public ReadOnlyObjectProperty<RadarReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty flagCountProperty() {
        return flagCount.getReadOnlyProperty();
    }

    /** "3 flags" for the status bar; empty when no article is open. */
    public StringBinding flagTextBinding() {
        return flagText;
    }
}
