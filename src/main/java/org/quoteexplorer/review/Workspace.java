package org.quoteexplorer.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.quoteexplorer.engine.Attribution;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.io.ArticleFile;
import org.quoteexplorer.io.ArticleReader;
import org.quoteexplorer.io.AtomicFiles;
import org.quoteexplorer.io.LoadedArticle;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.io.ReviewSummary;
import org.quoteexplorer.io.SpeakerRegistryFile;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.io.WorkspaceSettings;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;

/**
 * A folder of articles reviewed together: its list of articles with each one's review progress,
 * the list's order, filter and current article (restored when the folder is opened again), and
 * the attribution of articles not yet attributed, in the background.
 *
 * <p>Only summaries are held, never an article's text: a list of a thousand articles costs a
 * few hundred bytes each. Safe to use from several threads; every entry handed out is immutable,
 * and a changed article gets a new entry.
 */
public final class Workspace {

    /** Sees the saved reviews of a workspace one at a time. */
    @FunctionalInterface
    public interface ReviewVisitor {
        void visit(String path, AnnotatedArticle review);
    }

    private final WorkspaceFolder folder;
    /** The engine for a known-speaker list: the registry's entries as they are when an article is attributed. */
    private final Function<List<Speaker>, Function<Article, Attribution>> engine;
    private final List<String> warnings;
    /** Replaced whole on every change; saved changes go through {@link #changeRegistry}. */
    private volatile SpeakerRegistry registry = SpeakerRegistry.empty();
    /** Apart from the list's monitor: a save of the registry waits on another analyst's lock, the list must not. */
    private final Object registryLock = new Object();
    /** In path order; replaced entry by entry as articles change. */
    private final Map<String, WorkspaceEntry> entries;
    private EntryOrder order = EntryOrder.DEFAULT;
    private EntryFilter filter = EntryFilter.ALL;
    private String current;

    private Workspace(WorkspaceFolder folder, Function<List<Speaker>, Function<Article, Attribution>> engine,
            Map<String, WorkspaceEntry> entries,
            List<String> warnings) {
        this.folder = folder;
        this.engine = engine;
        this.entries = entries;
        this.warnings = warnings;
    }

    /**
     * Opens the workspace in the folder; the engine knows the speakers of the folder's registry
     * (a new registry is seeded from the bundled speaker list), so the speakers it finds are
     * linked to registry entries.
     */
    public static Workspace open(WorkspaceFolder folder) throws IOException {
        return open(folder, known -> new QuoteEngine(known)::attribute, true);
    }

    /**
     * Lists the folder's articles, reads the summary of each saved review and restores where the
     * analyst left off. A damaged review or settings file does not stop the opening: it is named
     * in {@link #warnings()} (and the review on its entry).
     *
     * @param engine attributes an article for {@link #attributeMissing}, e.g. {@code new QuoteEngine(known)::attribute}
     * @throws IOException only when the folder itself cannot be listed
     */
    public static Workspace open(WorkspaceFolder folder, Function<Article, Attribution> engine) throws IOException {
        return open(folder, known -> engine, true);
    }

    /**
     * Opens the workspace with another engine that still learns the registry: {@code engineFor}
     * gets the registry's entries as the known-speaker list whenever they change.
     */
    public static Workspace openWithEngine(WorkspaceFolder folder,
            Function<List<Speaker>, Function<Article, Attribution>> engineFor) throws IOException {
        return open(folder, engineFor, true);
    }

    /**
     * @param engine    the engine for the registry's entries as known-speaker list
     * @param withSeed  whether a folder without a registry starts from the bundled speaker list
     */
    static Workspace open(WorkspaceFolder folder, Function<List<Speaker>, Function<Article, Attribution>> engine,
            boolean withSeed) throws IOException {
        List<String> warnings = new ArrayList<>();
        Map<String, WorkspaceEntry> entries = new LinkedHashMap<>();
        Map<String, String> reviewOwners = new java.util.HashMap<>();
        for (ArticleFile file : folder.articles()) {
            int slash = file.path().lastIndexOf('/');
            String review = file.path().substring(0, slash + 1) + ArticleReader.idOf(file.path().substring(slash + 1));
            String owner = reviewOwners.putIfAbsent(review, file.path());
            WorkspaceEntry entry = summarise(folder, file, warnings);
            if (owner != null) {
                // story.txt and story.html would both be saved to story.quotes.json: one review
                // would pass for the other's, and saving one would replace the other's.
                String problem = file.path() + " and " + owner + " share one review file ("
                        + review.substring(slash + 1) + ".quotes.json); rename one of them to review both";
                warnings.add(problem);
                entry = new WorkspaceEntry(entry.path(), entry.fileName(), 0, 0, 0, entry.state(), entry.size(),
                        entry.modified(), null, problem);
            }
            entries.put(file.path(), entry);
        }
        Workspace workspace = new Workspace(folder, engine, entries, warnings);
        workspace.registry = readRegistry(folder, withSeed, warnings);
        WorkspaceSettings settings;
        try {
            settings = folder.loadSettings();
        } catch (IOException e) {
            warnings.add(e.getMessage() + "; the list starts in its default order");
            settings = WorkspaceSettings.DEFAULT;
        }
        workspace.restore(settings, warnings);
        return workspace;
    }

    private static SpeakerRegistry readRegistry(WorkspaceFolder folder, boolean withSeed, List<String> warnings) {
        try {
            if (SpeakerRegistryFile.exists(folder)) {
                return SpeakerRegistry.of(SpeakerRegistryFile.loadIfPresent(folder));
            }
        } catch (IOException | IllegalArgumentException e) {
            // Saving would fail on the same file, so nothing of it is lost by going on without it.
            warnings.add(e.getMessage() + "; speakers are not linked across articles until it is repaired");
            return SpeakerRegistry.empty();
        }
        // Not written until the analyst changes it: opening a folder leaves no file behind.
        return withSeed ? SpeakerRegistry.seeded(KnownSpeakers.loadDefault(), java.time.Instant.now())
                : SpeakerRegistry.empty();
    }

    /** The folder's speaker registry as this window holds it (seeded, not yet saved, in a new folder). */
    public SpeakerRegistry registry() {
        return registry;
    }

    /** The registry's entries as the engine's and the radar's known-speaker list. */
    public List<Speaker> knownSpeakers() {
        return RegistryLinks.known(registry());
    }

    /**
     * Changes the registry and saves it at once: under the file's lock, the file is re-read, this
     * window's unsaved entries (the seed) are merged into it, then {@code change} is applied, so
     * that another analyst's additions saved meanwhile are kept.
     *
     * @return the registry as saved
     */
    public SpeakerRegistry changeRegistry(java.util.function.UnaryOperator<SpeakerRegistry> change)
            throws IOException {
        synchronized (registryLock) {
            SpeakerRegistry mine = registry;
            List<RegistryEntry> written = SpeakerRegistryFile.update(folder,
                    onDisk -> change.apply(mine.mergeWith(onDisk).registry()).entries());
            registry = SpeakerRegistry.of(written);
            return registry;
        }
    }

    /**
     * What applying a {@link RegistryChange} did.
     *
     * @param written the articles whose saved review now shows the change
     * @param left    one plain-language line per part left as it was, because it changed since
     *                (another analyst's edit of the entry, the analyst's own later edit of an article)
     */
    public record Applied(List<String> written, List<String> left) {

        public Applied {
            written = List.copyOf(written);
            left = List.copyOf(left);
        }
    }

    /**
     * Applies a registry change: the registry file (locked, re-read and merged) and each saved
     * review it touches, each file replaced atomically. An entry or review no longer as the change
     * found it is left and named in {@link Applied#left()}.
     *
     * @param heldInWindow articles whose review the window holds (perhaps unsaved): their part is
     *                     the window's to apply to its document, not written here
     */
    public Applied apply(RegistryChange change, java.util.Set<String> heldInWindow) throws IOException {
        List<String> left = new ArrayList<>();
        if (!change.entries().isEmpty()) {
            List<String> skipped = new ArrayList<>();
            changeRegistry(r -> {
                skipped.clear();
                return change.applyTo(r, skipped);
            });
            for (String id : skipped) {
                left.add("registry speaker " + id + ": changed by someone else since; left as it is");
            }
        }
        List<String> written = new ArrayList<>();
        for (RegistryChange.ArticleChange a : change.articles()) {
            if (heldInWindow.contains(a.path())) {
                continue;
            }
            try {
                if (org.quoteexplorer.io.ReviewFiles.replaceIf(folder, a.path(), a.before(), a.after())
                        == org.quoteexplorer.io.ReviewFiles.Outcome.CHANGED_SINCE) {
                    left.add(a.path() + ": its review changed since; left as it is");
                } else {
                    written.add(a.path());
                    if (entries.containsKey(a.path())) {
                        update(a.path(), a.after());
                    }
                }
            } catch (IOException e) {
                left.add(plain(a.path(), e));
            }
        }
        return new Applied(written, left);
    }

    /**
     * Every saved review of the workspace, with the window's own in place of the saved one: what a
     * registry rename or merge looks through. Reviews that cannot be read are left out.
     */
    public Map<String, AnnotatedArticle> reviews(Map<String, AnnotatedArticle> heldInWindow) {
        Map<String, AnnotatedArticle> all = new LinkedHashMap<>();
        forEachReview((path, review) -> all.put(path, review));
        all.putAll(heldInWindow);
        return all;
    }

    /** An article's review with its speakers linked to the registry as it is now. */
    public AnnotatedArticle link(AnnotatedArticle review) {
        return RegistryLinks.link(review, registry());
    }

    private static WorkspaceEntry summarise(WorkspaceFolder folder, ArticleFile file, List<String> warnings) {
        String fileName = file.path().substring(file.path().lastIndexOf('/') + 1);
        if (!file.hasReview()) {
            return new WorkspaceEntry(file.path(), fileName, 0, 0, 0, ArticleState.NEW, file.size(), file.modified(),
                    null, null);
        }
        try {
            Optional<ReviewSummary> summary = folder.summary(file.path());
            if (summary.isEmpty()) {
                // Deleted between listing and reading.
                return new WorkspaceEntry(file.path(), fileName, 0, 0, 0, ArticleState.NEW, file.size(),
                        file.modified(), null, null);
            }
            ReviewSummary s = summary.get();
            return new WorkspaceEntry(file.path(), s.title().isBlank() ? fileName : s.title(), s.quotes(), s.reviewed(),
                    s.flagged(), stateOf(s.quotes(), s.reviewed(), s.touched()), file.size(), file.modified(),
                    s.published(), null);
        } catch (IOException e) {
            String problem = e.getMessage();
            warnings.add(problem);
            return new WorkspaceEntry(file.path(), fileName, 0, 0, 0, ArticleState.ATTRIBUTED, file.size(),
                    file.modified(), null, problem);
        }
    }

    static ArticleState stateOf(int quotes, int reviewed, int touched) {
        if (quotes > 0 && reviewed == quotes) {
            return ArticleState.REVIEWED;
        }
        return touched > 0 ? ArticleState.IN_REVIEW : ArticleState.ATTRIBUTED;
    }

    private void restore(WorkspaceSettings settings, List<String> warnings) {
        EntryOrder.Key key = EntryOrder.Key.PATH;
        if (settings.sortKey() != null) {
            try {
                key = EntryOrder.Key.fromCode(settings.sortKey());
            } catch (IllegalArgumentException e) {
                warnings.add("unknown sort order \"" + settings.sortKey() + "\" in " + WorkspaceFolder.SETTINGS_FILE
                        + "; sorted by path");
            }
        }
        Set<ArticleState> states = EnumSet.noneOf(ArticleState.class);
        for (String code : settings.states()) {
            try {
                states.add(ArticleState.fromCode(code));
            } catch (IllegalArgumentException e) {
                warnings.add("unknown article state \"" + code + "\" in " + WorkspaceFolder.SETTINGS_FILE + "; ignored");
            }
        }
        synchronized (this) {
            order = new EntryOrder(key, settings.descending());
            filter = new EntryFilter(states, settings.text(), settings.flaggedOnly());
            // An article deleted since is simply no longer current.
            current = settings.current() != null && entries.containsKey(settings.current()) ? settings.current() : null;
        }
    }

    public WorkspaceFolder folder() {
        return folder;
    }

    /** The folder's name, for a window title. */
    public String name() {
        return folder.name();
    }

    /** What went wrong while opening, in plain words: damaged reviews, a damaged settings file. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Every article, by path. */
    public synchronized List<WorkspaceEntry> entries() {
        return List.copyOf(entries.values());
    }

    public synchronized Optional<WorkspaceEntry> entry(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    /** The articles the list shows: filtered and sorted as set. */
    public synchronized List<WorkspaceEntry> view() {
        return WorkspaceEntries.view(List.copyOf(entries.values()), order, filter);
    }

    public synchronized EntryOrder order() {
        return order;
    }

    public synchronized void setOrder(EntryOrder newOrder) {
        order = java.util.Objects.requireNonNull(newOrder, "order");
    }

    public synchronized EntryFilter filter() {
        return filter;
    }

    public synchronized void setFilter(EntryFilter newFilter) {
        filter = java.util.Objects.requireNonNull(newFilter, "filter");
    }

    /** The article open in the window, by path. */
    public synchronized Optional<String> current() {
        return Optional.ofNullable(current);
    }

    /**
     * @param path an article of the workspace, or {@code null} for none
     * @throws IllegalArgumentException for a path that is not an article of the workspace
     */
    public synchronized void setCurrent(String path) {
        if (path != null && !entries.containsKey(path)) {
            throw new IllegalArgumentException(path + " is not an article of the workspace " + name());
        }
        current = path;
    }

    /** The article after the current one in the list as shown; does not move there. */
    public synchronized Optional<WorkspaceEntry> next() {
        return WorkspaceEntries.next(view(), current);
    }

    /** The article before the current one in the list as shown; does not move there. */
    public synchronized Optional<WorkspaceEntry> previous() {
        return WorkspaceEntries.previous(view(), current);
    }

    /** The list's place, order and filter, as {@link #saveSettings()} writes them. */
    public synchronized WorkspaceSettings settings() {
        List<String> states = filter.states().stream().sorted().map(ArticleState::code).toList();
        return new WorkspaceSettings(current, order.key().code(), order.descending(), states, filter.text(),
                filter.flaggedOnly());
    }

    /** Saves the list's place, order and filter in the folder, atomically, for the next opening. */
    public void saveSettings() throws IOException {
        folder.saveSettings(settings());
    }

    /**
     * Reads an article's saved review summary again, after the window saved it; for a review
     * kept in memory, {@link #update(String, AnnotatedArticle)} costs no reading.
     *
     * @return the new entry
     * @throws IllegalArgumentException for a path that is not an article of the workspace
     * @throws IOException              when the article's file cannot be looked at
     */
    public WorkspaceEntry refresh(String path) throws IOException {
        WorkspaceEntry old = require(path);
        Optional<ArticleFile> file = folder.article(path);
        if (file.isEmpty()) {
            // Deleted meanwhile: kept in the list until the folder is opened again, so that the
            // window's place in it does not jump.
            return old;
        }
        WorkspaceEntry fresh = summarise(folder, file.get(), new ArrayList<>());
        return put(fresh.date() != null ? fresh : fresh.withDate(old.date()));
    }

    /**
     * Updates an article's entry from its review as the window holds it (just saved, or attributed).
     *
     * @return the new entry
     */
    public WorkspaceEntry update(String path, AnnotatedArticle review) {
        WorkspaceEntry old = require(path);
        return put(entryOf(old, review));
    }

    private synchronized WorkspaceEntry require(String path) {
        WorkspaceEntry old = entries.get(path);
        if (old == null) {
            throw new IllegalArgumentException(path + " is not an article of the workspace " + name());
        }
        return old;
    }

    private synchronized WorkspaceEntry put(WorkspaceEntry entry) {
        entries.put(entry.path(), entry);
        return entry;
    }

    /** The entry of an article whose review is {@code review}, counting its quotes in memory. */
    static WorkspaceEntry entryOf(WorkspaceEntry old, AnnotatedArticle review) {
        int reviewed = 0;
        int touched = 0;
        int flagged = 0;
        for (Quote q : review.quotes()) {
            boolean decided = q.status().isReviewed();
            reviewed += decided ? 1 : 0;
            touched += q.status() != QuoteStatus.SUGGESTED ? 1 : 0;
            flagged += !decided && q.type().isSpeech() && !review.assessment(q.id()).flags().isEmpty() ? 1 : 0;
        }
        int quotes = review.quotes().size();
        String title = review.article().title() == null || review.article().title().isBlank()
                ? old.fileName() : review.article().title();
        return new WorkspaceEntry(old.path(), title, quotes, reviewed, flagged, stateOf(quotes, reviewed, touched),
                old.size(), old.modified(), review.article().published() != null ? review.article().published() : old.date(),
                null);
    }

    /**
     * The articles not yet attributed, in the list's order (filtered-out ones after the shown
     * ones); an article with a {@link WorkspaceEntry#problem()} is not among them.
     */
    public synchronized List<String> missing() {
        List<WorkspaceEntry> sorted = WorkspaceEntries.view(List.copyOf(entries.values()), order, EntryFilter.ALL);
        Set<String> ordered = new LinkedHashSet<>();
        for (WorkspaceEntry e : sorted) {
            if (e.state() == ArticleState.NEW && e.problem() == null && filter.test(e)) {
                ordered.add(e.path());
            }
        }
        for (WorkspaceEntry e : sorted) {
            if (e.state() == ArticleState.NEW && e.problem() == null) {
                ordered.add(e.path());
            }
        }
        return List.copyOf(ordered);
    }

    /**
     * Attributes every article that has no saved review yet, on {@code threads} threads, and saves
     * each result next to its article as {@code attribute --flags} would (the engine's quotes and
     * speakers, and the radar's flags), updating the entries as it goes. A review saved meanwhile
     * is never replaced. Blocks until done or cancelled: run it on a background thread.
     *
     * @param threads   how many articles at once; {@code Runtime.getRuntime().availableProcessors()} for all cores
     * @param cancelled polled often; once true, articles not started are left and the ones in the
     *                  engine are stopped, and nothing more is written
     */
    public AttributionSummary attributeMissing(int threads, AttributionListener listener, BooleanSupplier cancelled) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        List<String> todo = missing();
        Run run = new Run(todo.size(), listener);
        run.talk(() -> listener.started(run.total));
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, todo.size())),
                daemons("workspace-attribute-"));
        try {
            for (String path : todo) {
                workers.execute(() -> {
                    if (run.stop.get() || cancelled.getAsBoolean()) {
                        run.stop.set(true);
                        return;
                    }
                    attributeOne(path, run);
                });
            }
            workers.shutdown();
            boolean interrupted = false;
            while (!workers.isTerminated()) {
                if (!run.stop.get() && (interrupted || cancelled.getAsBoolean())) {
                    run.stop.set(true);
                    // Interrupts the articles in the engine: it gives up mid-article when asked.
                    workers.shutdownNow();
                }
                try {
                    workers.awaitTermination(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    // The caller wants out; still wait, so that nothing is written after returning.
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        } finally {
            workers.shutdownNow();
        }
        // One sync for the batch, as the command line's attribute does: cheaper than one per file.
        folder.syncReviews(run.written);
        AttributionSummary summary = new AttributionSummary(run.attributed, run.kept, run.problems,
                run.stop.get() && run.done < run.total);
        run.talk(() -> listener.finished(summary));
        return summary;
    }

    /** The shared state of one background attribution; counts change only under {@link #talk}. */
    private static final class Run {
        final int total;
        final AttributionListener listener;
        final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        final List<String> problems = new ArrayList<>();
        final List<String> written = java.util.Collections.synchronizedList(new ArrayList<>());
        int done;
        int attributed;
        int kept;

        Run(int total, AttributionListener listener) {
            this.total = total;
            this.listener = listener;
        }

        synchronized void talk(Runnable call) {
            try {
                call.run();
            } catch (RuntimeException e) {
                // A window's listener that fails must not stop the batch or kill a worker; the
                // counts were taken before it was called.
            }
        }
    }

    /** The engine built for the last known-speaker list: building one per article would cost more than many articles. */
    private volatile Map.Entry<List<Speaker>, Function<Article, Attribution>> lastEngine;

    private Function<Article, Attribution> engineFor(List<Speaker> known) {
        Map.Entry<List<Speaker>, Function<Article, Attribution>> last = lastEngine;
        if (last != null && last.getKey().equals(known)) {
            return last.getValue();
        }
        Function<Article, Attribution> made = engine.apply(known);
        lastEngine = Map.entry(known, made);
        return made;
    }

    private void attributeOne(String path, Run run) {
        String problem = null;
        WorkspaceEntry made = null;
        try {
            LoadedArticle loaded = folder.read(path);
            List<Speaker> known = knownSpeakers();
            AnnotatedArticle document = ArticleAttribution.of(loaded.article(), engineFor(known), known, true, this::link)
                    .document();
            if (run.stop.get()) {
                return;
            }
            if (folder.saveReviewIfAbsent(path, document, AtomicFiles.Durability.LATER)) {
                run.written.add(path);
                made = update(path, document);
            } else {
                refreshQuietly(path);
            }
        } catch (CancellationException e) {
            return;
        } catch (IOException e) {
            if (run.stop.get()) {
                // An interrupted read or write fails; that is the cancel, not a problem of the article.
                return;
            }
            problem = plain(path, e);
        } catch (OutOfMemoryError e) {
            problem = path + ": too large to attribute in the memory Java was given; open it on its own, or run Java with more";
        } catch (StackOverflowError e) {
            problem = path + ": could not be attributed: the text nests too deeply for the engine";
        } catch (RuntimeException e) {
            problem = path + ": could not be attributed: " + (e.getMessage() == null ? "an internal error" : e.getMessage());
        }
        // Outside the try: a listener's own failure must not pass for the article's.
        WorkspaceEntry entry = made;
        String reason = problem;
        run.talk(() -> {
            run.done++;
            if (entry != null) {
                run.attributed++;
                run.listener.attributed(entry, run.done, run.total);
            } else if (reason != null) {
                run.problems.add(reason);
                // the list says so on the article's row, not "not attributed"
                entry(path).ifPresent(old -> put(new WorkspaceEntry(old.path(), old.title(), old.quotes(), old.reviewed(),
                        old.flags(), old.state(), old.size(), old.modified(), old.date(), reason)));
                run.listener.skipped(path, reason, run.done, run.total);
            } else {
                run.kept++;
                run.listener.skipped(path, null, run.done, run.total);
            }
        });
    }

    private static String plain(String path, IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? path + ": could not be read" : e.getMessage();
    }

    private void refreshQuietly(String path) {
        try {
            refresh(path);
        } catch (IOException e) {
            // The list keeps the old entry; the next opening reads the review again.
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            // A window closed mid-run must not be kept alive by its workers.
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Reads the saved reviews one after another, handing each to {@code visitor}; only one is in
     * memory at a time.
     *
     * @return one plain-language line per review that could not be read
     */
    public List<String> forEachReview(ReviewVisitor visitor) {
        List<String> problems = new ArrayList<>();
        for (WorkspaceEntry e : entries()) {
            // an article sharing its review file with another (story.txt beside story.html) has
            // none of its own: that review is the other's, counted once, with it
            if (e.state() == ArticleState.NEW || e.problem() != null) {
                continue;
            }
            AnnotatedArticle review;
            try {
                review = folder.loadReview(e.path());
            } catch (IOException ex) {
                problems.add(ex.getMessage());
                continue;
            }
            visitor.visit(e.path(), review);
        }
        return problems;
    }
}
