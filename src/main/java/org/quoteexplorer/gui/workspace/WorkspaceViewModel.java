package org.quoteexplorer.gui.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quoteexplorer.engine.Attribution;
import org.quoteexplorer.gui.MainViewModel;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.ArticleState;
import org.quoteexplorer.review.AttributionListener;
import org.quoteexplorer.review.AttributionSummary;
import org.quoteexplorer.review.EntryFilter;
import org.quoteexplorer.review.EntryOrder;
import org.quoteexplorer.review.RegistryHistory;
import org.quoteexplorer.review.Workspace;
import org.quoteexplorer.review.WorkspaceEntry;

/**
 * The folder of articles beside the review: its list (sorted and filtered), the article open in
 * the window, stepping to the next or previous one, and the attribution of the articles not yet
 * attributed, in the background. Needs no toolkit: the list is opened through a
 * {@link BackgroundRunner}, attribution runs on an {@link Executor} and hands its results over
 * through another, which the window sets to the FX thread.
 *
 * <p>Everything here is called on one thread (the FX thread in the window), except what the
 * attribution workers hand over.
 */
public final class WorkspaceViewModel {

    /** Hand-overs to the window's thread no closer together than this, however fast articles finish. */
    static final long HAND_OVER_NANOS = 100_000_000L;

    private final MainViewModel host;
    /** The engine for the known-speaker list: the open folder's registry, so its speakers are known in every article. */
    private final Function<List<Speaker>, Function<Article, Attribution>> engine;
    private final BackgroundRunner opener;
    private Executor attributor;
    private Executor ui = Runnable::run;
    private LongSupplier clock = System::nanoTime;
    private int threads = Runtime.getRuntime().availableProcessors();

    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ObservableList<WorkspaceEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<WorkspaceEntry> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    /** The one state shown, or {@code null} for all. */
    private final ObjectProperty<ArticleState> stateFilter = new SimpleObjectProperty<>(this, "stateFilter");
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(this, "flaggedOnly");
    private final ReadOnlyObjectWrapper<EntryOrder> order = new ReadOnlyObjectWrapper<>(this, "order", EntryOrder.DEFAULT);
    private final ReadOnlyObjectWrapper<WorkspaceEntry> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyBooleanWrapper attributing = new ReadOnlyBooleanWrapper(this, "attributing");
    private final ReadOnlyStringWrapper attributionText = new ReadOnlyStringWrapper(this, "attributionText", "");
    private final ReadOnlyDoubleWrapper attributionProgress = new ReadOnlyDoubleWrapper(this, "attributionProgress");
    /** The open workspace's registry changes, to undo: one history for as long as the folder is open. */
    private RegistryHistory registryHistory;
    /** The run going on now; its flag stops it. */
    private AtomicBoolean stopRun;
    /** While the filter properties are set from a reopened workspace, they do not write back. */
    private boolean restoring;

    public WorkspaceViewModel(MainViewModel host, Function<List<Speaker>, Function<Article, Attribution>> engine,
            BackgroundRunner opener) {
        this.host = host;
        this.engine = engine;
        this.opener = opener;
        host.session().articleFileProperty().addListener((obs, old, now) -> follow(now));
        filterText.addListener((obs, old, now) -> applyFilter());
        stateFilter.addListener((obs, old, now) -> applyFilter());
        flaggedOnly.addListener((obs, old, now) -> applyFilter());
    }

    /**
     * Where attribution runs and how its results reach the window's thread; tests pass
     * {@code Runnable::run} for both, the window a worker thread and {@code Platform::runLater}.
     */
    public void runOn(Executor attributionThread, Executor windowThread) {
        this.attributor = attributionThread;
        this.ui = windowThread;
    }

    /** How attribution's results reach the window's thread ({@code Platform::runLater}); it runs on a thread of its own. */
    public void deliverOn(Executor windowThread) {
        this.ui = windowThread;
    }

    /** How many articles are attributed at once; all cores unless a test says otherwise. */
    void useThreads(int count) {
        this.threads = count;
    }

    /** The clock hand-overs are spaced by; a test stops it to count them. */
    void useClock(LongSupplier nanos) {
        this.clock = nanos;
    }

    // --- opening and closing ---

    /** Opens the folder as a workspace, in the background: its list, the place left, then attribution. */
    public void open(Path folder) {
        close();
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        host.say("Opening the folder " + name + "\u2026");
        opener.run("Opening the folder " + name, () -> Workspace.openWithEngine(WorkspaceFolder.at(folder), engine), this::install,
                failure -> {
                    host.say("Could not open the folder " + name);
                    host.dialogs().showError("Could not open the folder", plain(failure, folder));
                });
    }

    private static String plain(Throwable failure, Path folder) {
        if (failure instanceof java.nio.file.NoSuchFileException) {
            return folder + " is not there any more: it was moved or deleted.";
        }
        if (failure instanceof java.nio.file.NotDirectoryException) {
            return folder + " is a file, not a folder of articles. Open it with File \u2192 Open\u2026";
        }
        if (failure instanceof java.nio.file.AccessDeniedException) {
            return folder + " cannot be read: permission denied.";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? folder + " could not be listed." : message;
    }

    private void install(Workspace opened) {
        restoring = true;
        try {
            EntryFilter filter = opened.filter();
            filterText.set(filter.text());
            stateFilter.set(filter.states().size() == 1 ? filter.states().iterator().next() : null);
            flaggedOnly.set(filter.flaggedOnly());
            order.set(opened.order());
        } finally {
            restoring = false;
        }
        registryHistory = new RegistryHistory(opened);
        workspace.set(opened);
        open.set(true);
        refreshRows();
        host.rememberRecent(opened.folder().root());
        int count = opened.entries().size();
        host.say(opened.name() + ": " + counted(count, "article"));
        if (!opened.warnings().isEmpty()) {
            host.dialogs().showWarning("Opened the folder with warnings", String.join("\n", opened.warnings()));
        }
        Optional<String> place = opened.current().or(() -> opened.view().stream().findFirst().map(WorkspaceEntry::path));
        place.ifPresent(this::goTo);
        startAttribution(opened);
    }

    /** Keeps the list's place, order and filter in the folder and lets the folder go. */
    public void close() {
        Workspace closing = workspace.get();
        if (closing == null) {
            return;
        }
        cancelAttribution();
        saveSettings(closing);
        workspace.set(null);
        registryHistory = null;
        open.set(false);
        current.set(null);
        rows.clear();
        countText.set("");
    }

    private void saveSettings(Workspace ws) {
        try {
            ws.saveSettings();
        } catch (IOException | RuntimeException e) {
            // The place is a convenience: the reviews themselves are saved; say so and go on.
            host.say("Could not keep the list's place in " + ws.name() + ": " + e.getMessage());
        }
    }

    // --- the list ---

    private void applyFilter() {
        Workspace ws = workspace.get();
        if (ws == null || restoring) {
            return;
        }
        ArticleState state = stateFilter.get();
        ws.setFilter(new EntryFilter(state == null ? EnumSet.noneOf(ArticleState.class) : EnumSet.of(state),
                filterText.get(), flaggedOnly.get()));
        refreshRows();
    }

    /** Sorts by {@code key}; choosing the key the list is sorted by already reverses it. */
    public void sortBy(EntryOrder.Key key) {
        EntryOrder now = order.get();
        setOrder(now.key() == key ? now.reversed() : new EntryOrder(key, false));
    }

    public void setOrder(EntryOrder newOrder) {
        order.set(newOrder);
        Workspace ws = workspace.get();
        if (ws != null) {
            ws.setOrder(newOrder);
            refreshRows();
        }
    }

    private void refreshRows() {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        List<WorkspaceEntry> view = ws.view();
        rows.setAll(view);
        List<WorkspaceEntry> all = ws.entries();
        long reviewed = all.stream().filter(e -> e.state() == ArticleState.REVIEWED).count();
        String shown = view.size() == all.size() ? counted(all.size(), "article") : view.size() + " of " + counted(all.size(), "article");
        countText.set(shown + " \u00B7 " + reviewed + " reviewed");
        current.set(ws.current().flatMap(ws::entry).orElse(null));
    }

    // --- moving between articles ---

    /** Opens the article chosen in the list (saving the open one first). */
    public void select(WorkspaceEntry entry) {
        if (entry != null) {
            goTo(entry.path());
        }
    }

    public void next() {
        step(true);
    }

    public void previous() {
        step(false);
    }

    private void step(boolean forward) {
        Workspace ws = workspace.get();
        if (ws == null) {
            host.say("No folder is open: File \u2192 Open Folder\u2026");
            return;
        }
        Optional<WorkspaceEntry> to = forward ? ws.next() : ws.previous();
        if (to.isEmpty()) {
            host.say(rows.isEmpty() ? "No article in the list" : forward ? "That was the last article in the list"
                    : "That was the first article in the list");
            return;
        }
        goTo(to.get().path());
    }

    private void goTo(String path) {
        Workspace ws = workspace.get();
        Path file = ws.folder().resolve(path);
        Path open = host.session().articleFileProperty().get();
        if (open != null && file.equals(open.toAbsolutePath().normalize()) && host.reviewsWith(ws)) {
            // already on screen, with whatever is unsaved in it
            ws.setCurrent(path);
            current.set(ws.entry(path).orElse(null));
            return;
        }
        Optional<String> before = ws.current();
        ws.setCurrent(path);
        if (!host.switchArticle(file)) {
            // The open review could not be saved: it stays, and so does the list's place.
            ws.setCurrent(before.orElse(null));
            refreshRows();
            return;
        }
        if (ws.current().filter(path::equals).isEmpty()) {
            // the opening failed already (see openingFailed): the list is back on the article on screen
            return;
        }
        current.set(ws.entry(path).orElse(null));
        saveSettings(ws);
    }

    /**
     * An article of the list could not be opened (deleted, unreadable): the list's place, and the
     * place kept for the next opening of the folder, go back to the article still on screen.
     */
    public void openingFailed() {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        Optional<String> onScreen = relative(ws, host.session().articleFileProperty().get());
        ws.setCurrent(onScreen.orElse(null));
        current.set(onScreen.flatMap(ws::entry).orElse(null));
        saveSettings(ws);
    }

    /** The window opened a file (from the list, Open Recent, File → Open): the list follows when it is one of its articles. */
    private void follow(Path file) {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        Optional<String> path = relative(ws, file);
        if (path.isPresent()) {
            ws.setCurrent(path.get());
            current.set(ws.entry(path.get()).orElse(null));
        } else {
            current.set(null);
        }
    }

    private static Optional<String> relative(Workspace ws, Path file) {
        if (file == null) {
            return Optional.empty();
        }
        Path root = ws.folder().root();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root) || absolute.equals(root)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (Path name : root.relativize(absolute)) {
            names.add(name.toString());
        }
        String path = String.join("/", names);
        return ws.entry(path).isPresent() ? Optional.of(path) : Optional.empty();
    }

    /** The path of {@code file} in the open workspace, when it is one of its articles. */
    public Optional<String> pathOf(Path file) {
        Workspace ws = workspace.get();
        return ws == null ? Optional.empty() : relative(ws, file);
    }

    /** The undo history of the open workspace's registry, or {@code null} with no folder open. */
    public RegistryHistory registryHistory() {
        return registryHistory;
    }

    /** Whether {@code file} is an article of the open workspace. */
    public boolean contains(Path file) {
        Workspace ws = workspace.get();
        return ws != null && relative(ws, file).isPresent();
    }

    /** The window saved the review of {@code articleFile}: its line shows the saved progress. */
    public void saved(Path articleFile, AnnotatedArticle review) {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        relative(ws, articleFile).ifPresent(path -> {
            ws.update(path, review);
            refreshRows();
        });
    }

    // --- background attribution ---

    private void startAttribution(Workspace ws) {
        if (ws.missing().isEmpty()) {
            return;
        }
        if (attributor == null) {
            attributor = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "quote-explorer-workspace");
                thread.setDaemon(true);
                return thread;
            });
        }
        AtomicBoolean stop = new AtomicBoolean();
        stopRun = stop;
        attributing.set(true);
        attributionProgress.set(0);
        HandOver handOver = new HandOver(ws, stop);
        attributor.execute(() -> ws.attributeMissing(threads, handOver, stop::get));
    }

    /** Stops the background attribution: articles done stay done, the others stay unattributed. */
    public void cancelAttribution() {
        AtomicBoolean stop = stopRun;
        if (stop != null) {
            stop.set(true);
            stopRun = null;
            attributing.set(false);
            attributionText.set("");
        }
    }

    /**
     * Collects what the workers report and hands it to the window's thread in batches: one
     * hand-over at a time, and none sooner than {@link #HAND_OVER_NANOS} after the last, so a
     * thousand small articles do not flood the window with a thousand updates.
     */
    private final class HandOver implements AttributionListener {
        private final Workspace ws;
        private final AtomicBoolean stop;
        private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean pending = new AtomicBoolean();
        private volatile long last;
        private volatile int done;
        private volatile int total;

        HandOver(Workspace ws, AtomicBoolean stop) {
            this.ws = ws;
            this.stop = stop;
            // the first article hands over at once
            this.last = clock.getAsLong() - HAND_OVER_NANOS;
        }

        @Override
        public void started(int count) {
            total = count;
            ui.execute(this::show);
        }

        @Override
        public void attributed(WorkspaceEntry entry, int doneSoFar, int count) {
            progress(doneSoFar);
        }

        @Override
        public void skipped(String path, String problem, int doneSoFar, int count) {
            if (problem != null) {
                problems.add(problem);
            }
            progress(doneSoFar);
        }

        private void progress(int doneSoFar) {
            done = doneSoFar;
            long now = clock.getAsLong();
            if (now - last >= HAND_OVER_NANOS && pending.compareAndSet(false, true)) {
                last = now;
                ui.execute(() -> {
                    pending.set(false);
                    show();
                });
            }
        }

        /** On the window's thread: the list shows the entries as the workspace holds them now. */
        private void show() {
            if (workspace.get() != ws || stop.get()) {
                return;
            }
            attributionText.set(attributingText(done, total));
            attributionProgress.set(total == 0 ? 0 : (double) done / total);
            refreshRows();
        }

        @Override
        public void finished(AttributionSummary summary) {
            ui.execute(() -> {
                if (workspace.get() != ws) {
                    return;
                }
                refreshRows();
                if (stopRun == stop) {
                    stopRun = null;
                }
                attributing.set(false);
                attributionText.set("");
                host.say(finishedText(summary));
                if (!summary.problems().isEmpty()) {
                    host.dialogs().showWarning("Some articles could not be attributed", String.join("\n", summary.problems()));
                }
            });
        }
    }

    /** "Attributing 120 of 1,000…". */
    static String attributingText(int done, int total) {
        NumberFormat grouped = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        return "Attributing " + grouped.format(done) + " of " + grouped.format(total) + "\u2026";
    }

    static String finishedText(AttributionSummary summary) {
        String text = (summary.cancelled() ? "Attribution stopped: " : "Attribution done: ")
                + counted(summary.attributed(), "article") + " attributed";
        if (summary.kept() > 0) {
            text += ", " + summary.kept() + " reviewed meanwhile";
        }
        if (!summary.problems().isEmpty()) {
            text += ", " + summary.problems().size() + " could not be read";
        }
        return text;
    }

    // --- how a line of the list reads ---

    /** How the list names a state. */
    public static String stateText(ArticleState state) {
        return switch (state) {
            case NEW -> "not attributed";
            case ATTRIBUTED -> "attributed";
            case IN_REVIEW -> "in review";
            case REVIEWED -> "reviewed";
        };
    }

    /** The line under the title: "2026-03-01 · 12 quotes · 3 flags · in review". */
    public static String details(WorkspaceEntry entry) {
        List<String> parts = new ArrayList<>();
        entry.knownDate().ifPresent(date -> parts.add(date.toString()));
        if (entry.state() != ArticleState.NEW) {
            parts.add(counted(entry.quotes(), "quote"));
        }
        if (entry.flags() > 0) {
            parts.add("\u2691 " + counted(entry.flags(), "flag"));
        }
        parts.add(entry.problem() != null ? "cannot be read" : stateText(entry.state()));
        return String.join(" \u00B7 ", parts);
    }

    /** "5/12", or "" for an article without quotes. */
    public static String fraction(WorkspaceEntry entry) {
        return entry.quotes() == 0 ? "" : entry.reviewed() + "/" + entry.quotes();
    }

    static String counted(int count, String noun) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count) + " " + noun + (count == 1 ? "" : "s");
    }

    // --- properties ---

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** The articles the list shows, filtered and sorted. */
    public ObservableList<WorkspaceEntry> rows() {
        return readOnlyRows;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<ArticleState> stateFilterProperty() {
        return stateFilter;
    }

    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    public ReadOnlyObjectProperty<EntryOrder> orderProperty() {
        return order.getReadOnlyProperty();
    }

    /** The entry of the article open in the window, when it is one of the list's. */
    public ReadOnlyObjectProperty<WorkspaceEntry> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "40 articles · 12 reviewed", "3 of 40 articles · 12 reviewed" while filtered. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty attributingProperty() {
        return attributing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attributionTextProperty() {
        return attributionText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty attributionProgressProperty() {
        return attributionProgress.getReadOnlyProperty();
    }
}
