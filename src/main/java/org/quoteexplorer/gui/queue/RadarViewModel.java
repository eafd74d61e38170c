package org.quoteexplorer.gui.queue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.quoteexplorer.gui.document.DocumentUpdate;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.document.QuoteIndex;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.CrossArticleConflicts;
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

    // --- what the radar holds for the article shown: one of three states, in the field `held` ---

    /** One field rather than several nullable ones: a report cannot be both awaited and applied. */
    private sealed interface Held permits Nothing, Awaited, Applied {
    }

    /**
     * No report: no article is open yet, or the article open lost the report it awaited (it never
     * came, or another article opened first) and is assessed as any other would be.
     */
    private record Nothing() implements Held {
    }

    private static final Held NOTHING = new Nothing();

    /**
     * The article opened before its report came: it shows without flags, and edits made meanwhile
     * wait for that report rather than start a second whole run beside it (see {@link #arrived}).
     *
     * @param prepared the report with what applying it needs, worked out on the radar's thread
     */
    private record Awaited(AnnotatedArticle document, CompletableFuture<RadarReport> coming,
                           CompletableFuture<Prepared> prepared) implements Held {
    }

    /**
     * A report is shown: {@code shown}, about {@code document}, with the flags from other articles.
     * While a long article's next run is on the radar's thread this stays, and the window says it
     * is being updated.
     *
     * @param own         the radar's part of {@code shown}: a run after decisions only follows from it;
     *                    {@code null} once the speaker list changed, since the next run cannot
     * @param whole       the latest whole run (not one that followed from another after decisions) and
     *                    the document it assessed: it still answers for a quote re-opened since (an undone
     *                    acceptance), which a report made after that quote was decided left out;
     *                    {@code null} when there is none for this article and speaker list
     * @param editedSince quotes edited since, or {@code null} when that is not known (a new document,
     *                    a change of speakers): a report that follows from this one differs from it in
     *                    these quotes only, so the list looks at their rows alone; filled as edits come
     */
    private record Applied(AnnotatedArticle document, RadarReport shown, RadarReport own, Whole whole,
                           Set<String> editedSince) implements Held {

        Applied editsUnknown() {
            return new Applied(document, shown, own, whole, null);
        }

        Applied withoutWhole() {
            return new Applied(document, shown, own, null, editedSince);
        }

        Applied withOtherSpeakers() {
            return new Applied(document, shown, null, null, editedSince);
        }

        /** Whether the whole run holds for every quote open in {@code now} (see {@link #followsFrom}). */
        boolean wholeHoldsFor(AnnotatedArticle now) {
            return whole != null && followsFrom(whole.document(), now);
        }
    }

    private record Whole(AnnotatedArticle document, RadarReport own) {
    }

    // --- what came with the article about to open; used once, when it does ---

    private sealed interface Expected permits CameWithIt, Coming {
        AnnotatedArticle document();
    }

    /** Worked out while the article was read: applied at once when it opens. */
    private record CameWithIt(AnnotatedArticle document, RadarReport report) implements Expected {
    }

    /** Still being worked out: the article opens without flags and {@link Awaited awaits} it. */
    private record Coming(AnnotatedArticle document, CompletableFuture<RadarReport> report) implements Expected {
    }

    /** A report {@link #current()} worked out for an edit the background run has not caught up with. */
    private record WorkedOut(AnnotatedArticle document, RadarReport report) {
    }

    /** An awaited report with what applying it needs, worked out on the radar's thread. */
    private record Prepared(RadarReport own, RadarReport shown, List<QueueEntry> entries) {
    }

    /** The default executors: view-model tests run everything at once. */
    private static final Executor DIRECT = Runnable::run;

    private final DocumentSession session;
    private final QuoteListViewModel quoteList;
    private final ArticleViewModel article;
    /** In step with {@link #held}: {@link Applied#shown} while a report is applied, else {@code null}. */
    private final ReadOnlyObjectWrapper<RadarReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyIntegerWrapper flagCount = new ReadOnlyIntegerWrapper(this, "flagCount");
    /** True while the radar has nothing to say about the document shown: see {@link #isAssessing()}. */
    private final ReadOnlyBooleanWrapper assessing = new ReadOnlyBooleanWrapper(this, "assessing");
    private final ObservableList<QueueEntry> queue = FXCollections.observableArrayList();
    private final ObservableList<QueueEntry> readOnlyQueue = FXCollections.unmodifiableObservableList(queue);
    private final StringBinding flagText;
    private Held held = NOTHING;
    private Expected expected;
    /**
     * Kept for the rest of one turn of the FX thread only: asked several times in a row (one count
     * per level of the bulk-accept dialog), the radar ran once per question; flags from other
     * articles may change later.
     */
    private WorkedOut workedOutNow;
    private Executor background = DIRECT;
    private Executor fxThread = DIRECT;
    /** Counts reassessments asked for; written on the FX thread, read by the background too. */
    private volatile long generation;
    /** The speaker list the engine used: the radar asks about speakers that contradict it. */
    private volatile List<Speaker> speakerList = List.of();
    private Function<AnnotatedArticle, Map<String, List<Flag>>> outsideFlags = document -> Map.of();

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
     * Flags from outside the article (conflicts with other articles of a workspace), by quote id,
     * added to the radar's on every assessment; the document as argument, the flags as result.
     */
    public void setOutsideFlags(Function<AnnotatedArticle, Map<String, List<Flag>>> source) {
        outsideFlags = Objects.requireNonNull(source);
        workedOutNow = null;
        expected = null;
        reassess();
    }

    private RadarReport withOutsideFlags(AnnotatedArticle document, RadarReport own) {
        return CrossArticleConflicts.withFlags(own, document.quotes().stream().map(Quote::id).toList(),
                outsideFlags.apply(document));
    }

    /**
     * Assesses big articles on {@code background} and applies the result through {@code fx}; a
     * result an edit overtook is dropped. Without this call (view-model tests) all runs at once.
     */
    public void assessOn(Executor background, Executor fx) {
        this.background = Objects.requireNonNull(background);
        this.fxThread = Objects.requireNonNull(fx);
    }

    /**
     * The report on a document about to be opened, assessed while it was loaded: opening it applies
     * this at once instead of assessing it again, and the quote list's first rows carry it.
     */
    public void expect(AnnotatedArticle document, RadarReport report) {
        expected = report == null ? null : new CameWithIt(document, report);
        quoteList.expectAssessments(document, report);
    }

    /**
     * The report on a document about to be opened, still being worked out: a done one is applied
     * as {@link #expect(AnnotatedArticle, RadarReport)} does; otherwise the article shows without
     * flags or risks and they follow when the report comes, unless an edit came first (then the
     * edited document is assessed as usual). Saves and exports meanwhile wait for it.
     */
    public void expectComing(AnnotatedArticle document, CompletableFuture<RadarReport> coming) {
        if (coming == null || coming.isDone() || fxThread == DIRECT) {
            expect(document, coming == null ? null : coming.join());
            return;
        }
        expect(document, (RadarReport) null);
        expected = new Coming(document, coming);
    }

    /** The speaker list the article was attributed with, for the speaker-list-mismatch flag. */
    public void useSpeakerList(List<Speaker> known) {
        speakerList = List.copyOf(known);
        workedOutNow = null;
        if (held instanceof Applied shown) {
            held = shown.withOtherSpeakers();
        }
    }

    private void noteEdited(DocumentUpdate update) {
        if (!(held instanceof Applied shown) || shown.editedSince() == null) {
            return;
        }
        if (update == null || update.isNewDocument() || update.speakersChanged()) {
            held = shown.editsUnknown();
        } else {
            shown.editedSince().addAll(update.affectedQuoteIds());
        }
    }

    private void reassess() {
        AnnotatedArticle document = session.getDocument();
        long asked = ++generation;
        if (document == null) {
            showNothing();
            noteAssessing();
            return;
        }
        if (expected instanceof Coming coming && coming.document() == document) {
            expected = null;
            await(document, coming.report());
            return;
        }
        DocumentUpdate update = session.lastUpdateProperty().get();
        if (update == null || update.isNewDocument()) {
            held = held instanceof Applied shown ? shown.withoutWhole() : NOTHING;
        } else if (held instanceof Awaited) {
            // An edit before the opening's report came: assessing the edited article now would be a
            // second whole run beside that one. The report is applied when it comes and the edits
            // made meanwhile follow from it (see arrived).
            noteAssessing();
            return;
        }
        if (expected instanceof CameWithIt came && came.document() == document) {
            expected = null;
            RadarReport shown = withOutsideFlags(document, came.report());
            apply(document, came.report(), shown, entries(document, shown, List.of()), null, true);
            return;
        }
        Applied last = appliedFor(document);
        // the report this run's follows from, if it does: then only the quotes edited since can differ
        RadarReport base = last != null ? last.own() : null;
        // then the queue's rows of the quotes still in it stay as they are: their snippets need not be cut again
        List<QueueEntry> shownEntries = base != null ? List.copyOf(queue) : List.of();
        // appliedFor looks at every quote: asked once per key, not once more through ownReport
        Supplier<RadarReport> ownReport = base != null ? () -> base.afterDecisions(document) : ownReport(document);
        boolean wholeRun = base == null && !followsFromWhole(document);
        boolean away = document.quotes().size() > BACKGROUND_QUOTES;
        (away ? background : DIRECT).execute(() -> {
            if (away && asked != generation) {
                // a newer edit asked again: this report would be dropped, and a run of review keys
                // queued one whole assessment each, seconds of work and garbage on a long article
                return;
            }
            RadarReport own = ownReport.get();
            RadarReport shown = withOutsideFlags(document, own);
            // the queue's rows are built here too: on a long article they were most of the FX thread's work per key
            List<QueueEntry> entries = entries(document, shown, shownEntries);
            (away ? fxThread : DIRECT).execute(() -> {
                if (asked == generation) {
                    apply(document, own, shown, entries, base, wholeRun);
                }
            });
        });
        noteAssessing();
    }

    /** The opening's report is still coming: {@link Awaited}. */
    private void await(AnnotatedArticle document, CompletableFuture<RadarReport> coming) {
        // the last article's flags and queue must not stay on this one while the report comes
        showNothing();
        if (article != null) {
            article.setFlaggedQuoteIds(Set.of());
        }
        CompletableFuture<Prepared> prepared = coming.thenApplyAsync(own -> {
            RadarReport shown = withOutsideFlags(document, own);
            return new Prepared(own, shown, entries(document, shown, List.of()));
        }, background);
        Awaited waiting = new Awaited(document, coming, prepared);
        held = waiting;
        prepared.whenComplete((ready, failure) -> fxThread.execute(() -> {
            if (failure == null) {
                arrived(waiting, ready);
            } else if (held == waiting) {
                // no report is coming: the article is assessed as any other would be
                held = NOTHING;
                reassess();
            }
        }));
        noteAssessing();
    }

    /**
     * The opening's report came: applied to the document it is about. Edits made meanwhile (see
     * reassess) then follow from it: decisions alone through {@link RadarReport#afterDecisions},
     * a changed evidence by a fresh run, on the radar's thread for a long article.
     */
    private void arrived(Awaited waiting, Prepared ready) {
        if (held != waiting) {
            return;
        }
        AnnotatedArticle then = waiting.document();
        apply(then, ready.own(), ready.shown(), ready.entries(), null, true);
        if (session.getDocument() != then) {
            // which rows the edits touched was not kept while no report was in: every row is looked at
            held = ((Applied) held).editsUnknown();
            reassess();
        }
    }

    /** The way to {@link Nothing}: no flags, no queue. */
    private void showNothing() {
        held = NOTHING;
        report.set(null);
        flagCount.set(0);
        queue.clear();
    }

    /**
     * The way to {@link Applied}.
     *
     * @param base     the report {@code own} follows from after decisions only, or {@code null}
     * @param wholeRun whether {@code own} is a whole run rather than one that followed from another
     */
    private void apply(AnnotatedArticle document, RadarReport own, RadarReport shown, List<QueueEntry> entries,
                       RadarReport base, boolean wholeRun) {
        Applied last = held instanceof Applied applied ? applied : null;
        // Flags from other articles are worked out anew each time: only the radar's own report keeps
        // the assessments of the quotes not edited as they were.
        Set<String> onlyEdited = base != null && last != null && base == last.own() && last.shown() == base
                && shown == own && last.editedSince() != null ? Set.copyOf(last.editedSince()) : null;
        Whole whole = wholeRun ? new Whole(document, own) : last != null ? last.whole() : null;
        held = new Applied(document, shown, own, whole, new HashSet<>());
        if (!entries.equals(queue)) {
            queue.setAll(entries);
        }
        if (onlyEdited != null) {
            quoteList.applyAssessments(shown, onlyEdited);
        } else {
            quoteList.applyAssessments(shown);
        }
        if (article != null) {
            article.setFlaggedQuoteIds(Set.copyOf(shown.queue()));
        }
        flagCount.set(shown.flagCount());
        report.set(shown);
        noteAssessing();
    }

    /**
     * @param kept rows of the queue shown for a document that differs from this one in statuses and
     *             notes only (see {@link #appliedFor}): a quote's row there is its row here when its
     *             risk and flags are the same, since its text, span and speaker are; cutting every
     *             snippet again after each key was most of the radar thread's work on a long article
     */
    private static List<QueueEntry> entries(AnnotatedArticle document, RadarReport shown, List<QueueEntry> kept) {
        Map<String, QueueEntry> keptById = new HashMap<>(kept.size() * 2);
        kept.forEach(e -> keptById.put(e.quoteId(), e));
        // quotes and speakers looked up by id through maps, not a search of the document per row
        QuoteIndex quotes = QuoteIndex.of(document);
        Map<String, Speaker> speakers = document.speakersById();
        List<QueueEntry> entries = new ArrayList<>(shown.queue().size());
        for (String id : shown.queue()) {
            Assessment a = shown.of(id);
            QueueEntry before = keptById.get(id);
            if (before != null && before.risk() == a.risk() && before.flags().equals(a.flags())) {
                entries.add(before);
                continue;
            }
            Quote quote = quotes.quote(id).orElseThrow();
            entries.add(new QueueEntry(id, a.risk(), QuoteDetails.nameIn(speakers, quote.speakerId()),
                    QuoteSnippets.of(document, quote), a.flags()));
        }
        return entries;
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
        return (workedOutNow != null && workedOutNow.document() == document) || appliedFor(document) != null
                || followsFromWhole(document)
                || (!(held instanceof Awaited) && document.quotes().size() <= BACKGROUND_QUOTES);
    }

    /**
     * The report shown, when it still says for every quote open in {@code now} what a fresh one
     * would (the document changed at most in statuses and notes, and no quote re-opened), else
     * {@code null}. A quote's flags and risk come from the text, the speakers and every quote's
     * span, type, speaker, cues and confidence, and from its own status only: deciding on one
     * quote never changes another's. Then A and F need not wait for the radar's next run, which on
     * a long article took a second of the FX thread at each key.
     */
    private Applied appliedFor(AnnotatedArticle now) {
        return held instanceof Applied shown && followsFrom(shown.document(), now) ? shown : null;
    }

    private boolean followsFromWhole(AnnotatedArticle document) {
        return held instanceof Applied shown && shown.wholeHoldsFor(document);
    }

    /**
     * The radar's own report on {@code document}, to be worked out wherever the supplier is called;
     * what it needs is taken now, on the FX thread. After A, R or F it follows from the last report
     * (the decided quotes leave it); only an edit of the evidence needs the radar again: assessing
     * a long article after every review key was seconds of CPU and most of the garbage that
     * stalled a search typed meanwhile. While the opening's report is {@link Awaited} (only a save
     * asks then: keys see {@link #isAssessing()}), it is that report.
     */
    private Supplier<RadarReport> ownReport(AnnotatedArticle document) {
        if (held instanceof Awaited waiting) {
            // asked by a save before the opening's report came: its writer waits for that one rather
            // than assess again, and takes the decisions made meanwhile into account as the window will
            if (waiting.document() == document) {
                return waiting.coming()::join;
            }
            if (followsFrom(waiting.document(), document)) {
                return () -> waiting.coming().join().afterDecisions(document);
            }
        } else if (held instanceof Applied shown) {
            if (shown.own() != null && followsFrom(shown.document(), document)) {
                RadarReport last = shown.own();
                return () -> last.afterDecisions(document);
            }
            if (shown.wholeHoldsFor(document)) {
                // an undone decision re-opened a quote the latest report left out: the whole run has it
                RadarReport last = shown.whole().own();
                return () -> last.afterDecisions(document);
            }
        }
        List<Speaker> known = speakerList;
        return () -> Radar.assess(document, known);
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
        if (held instanceof Applied shown && shown.document() == document) {
            return shown.shown();
        }
        if (workedOutNow == null || workedOutNow.document() != document) {
            if (!knows(document)) {
                return null;
            }
            RadarReport now = withOutsideFlags(document, ownReport(document).get());
            workedOutNow = new WorkedOut(document, now);
            fxThread.execute(() -> workedOutNow = null);
            return now;
        }
        return workedOutNow.report();
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
        if (held instanceof Awaited waiting && waiting.prepared().isDone()
                && !waiting.prepared().isCompletedExceptionally()) {
            arrived(waiting, waiting.prepared().join());
        }
    }

    /**
     * What the radar says about the quotes still open (not reviewed, no scare quotes), without
     * assessing again when the latest report still holds for them (see {@link #appliedFor});
     * {@code null} while the radar {@linkplain #isAssessing() is still assessing}.
     */
    public RadarReport currentForOpenQuotes() {
        settleAwaited();
        AnnotatedArticle document = session.getDocument();
        Applied shown = document == null ? null : appliedFor(document);
        return shown != null ? shown.shown() : current();
    }

    /**
     * The report a save or an export writes into the file, so that a saved review carries its flags
     * and risk (a workspace's list reads them from there). The latest report when it is about this
     * document; otherwise what is needed is taken now, on the FX thread, and the assessment itself
     * runs wherever the supplier is called: the writer's background thread.
     */
    public Supplier<RadarReport> reportFor(AnnotatedArticle document) {
        if (held instanceof Applied shown && shown.document() == document) {
            RadarReport latest = shown.shown();
            return () -> latest;
        }
        Map<String, List<Flag>> outside = outsideFlags.apply(document);
        List<String> ids = document.quotes().stream().map(Quote::id).toList();
        Supplier<RadarReport> own = ownReport(document);
        return () -> CrossArticleConflicts.withFlags(own.get(), ids, outside);
    }

    /**
     * The flags of a quote as the document is now; empty when none, and while the radar
     * {@linkplain #isAssessing() is still assessing}: an acceptance then records only what the
     * analyst was shown, which is no flag.
     */
    public List<Flag> flagsOf(String quoteId) {
        settleAwaited();
        AnnotatedArticle document = session.getDocument();
        Applied shown = document == null ? null : appliedFor(document);
        if (shown != null) {
            Quote quote = QuoteIndex.of(document).quote(quoteId).orElse(null);
            return quote == null || !open(quote) ? List.of() : shown.shown().of(quoteId).flags();
        }
        RadarReport now = current();
        return now == null ? List.of() : now.of(quoteId).flags();
    }

    /** Whether a report on {@code then} holds for every quote open in {@code now} (see {@link #appliedFor}). */
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
        return q.type() != QuoteType.SCARE && !q.status().isReviewed();
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
        Applied shown = document == null ? null : appliedFor(document);
        if (shown != null && shown.document() != document) {
            // the quotes decided on since leave the queue; the others keep their risk and place
            QuoteIndex index = QuoteIndex.of(document);
            return shown.shown().queue().stream()
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
