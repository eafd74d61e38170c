package org.quoteexplorer.gui.probe;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.quoteexplorer.gui.MainViewModel;
import org.quoteexplorer.gui.MainWindow;
import org.quoteexplorer.gui.QuoteExplorerApp;
import org.quoteexplorer.gui.RecentFiles;
import org.quoteexplorer.gui.article.ArticleView;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.launch.SecondJvm;
import org.quoteexplorer.model.QuoteStatus;

/**
 * Measures the real window, headless, as an analyst would feel it. Run it in a fresh JVM:
 *
 * <pre>
 * java -Dtestfx.robot=glass -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -Dprism.text=t2k -Djava.awt.headless=true \
 *      -cp target/quote-explorer.jar org.quoteexplorer.gui.probe.GuiProbe [--article FILE] [--keys N] [--search] [--scroll]
 *      [--expect-second-jvm]
 * </pre>
 *
 * With {@code -Dprobe.dirty=true} it prints, on stderr, for the pulses around each key: the
 * nodes handed to the renderer, each change that asked for CSS during the pulse (with the frames
 * that made it), and when a pulse repaints the whole window.
 *
 * Without {@code --article} it opens the bundled sample, as the app does with no argument. It
 * prints ONE JSON object on stdout (anything else goes to stderr). Times are wall-clock
 * milliseconds unless named cpu; heap is in MiB.
 *
 * <ul>
 *   <li>{@code startup_ms}: from the JVM's start ({@code RuntimeMXBean.getStartTime()}) to the
 *       window's WINDOW_SHOWN event, before any article opens. Bench key {@code gui_startup_ms}.
 *       Started from the jar, the probe runs in the second JVM the app's launcher would start
 *       ({@code SecondJvm}), and the figure counts from the first JVM's start.
 *       {@code startup_cpu_ms}: the CPU time of the two threads that take turns on that path, the
 *       main thread until the toolkit started and the FX thread until the window showed; unlike the
 *       wall clock, it does not grow when other programs share the cores.
 *       {@code startup_process_cpu_ms}: the whole process's CPU time until the window showed (the
 *       JIT compilers, the class preloading, GC too): near twice {@code startup_ms} on two cores,
 *       the window waited for a core, not for another thread. {@code startup_main_at_ms}: the JVM's
 *       own start (the first JVM's, when relaunched), until the probe's first line ran;
 *       {@code startup_relaunch_ms}, when relaunched: from the first JVM's start to the second's.
 *       {@code -Dprobe.threads=true} prints each
 *       native thread's CPU time at that moment (Linux).
 *   <li>{@code ready_ms}: from the call that opens the article (its bytes were read once just
 *       before, so reading costs only the copy out of the OS cache) to the end of the first pulse
 *       after which the window shows it: the loading indicator is off, the article pane holds the
 *       whole text, the first and the last quote carry their quote style, and the quote list holds
 *       a row per quote. Engine time is included: the analyst waits for it.
 *       Bench keys {@code gui_ready_ms.sample/1mb/5mb}. {@code ready_fx_cpu_ms} is the FX
 *       thread's CPU time in that interval: the part that freezes the window. {@code loaded_ms} and
 *       {@code loaded_fx_cpu_ms} end when the loading indicator goes off (the FX thread meanwhile
 *       only animates it); {@code shown_after_loaded_ms} and {@code shown_fx_cpu_ms} are the rest:
 *       showing the loaded article, which the machine's other work does not stretch as much.
 *   <li>{@code heap_mb}: heap in use after the article is ready and two {@code System.gc()}.
 *       Bench key {@code heap_mb_1mb_gui} (on the 1 MB article).
 *   <li>{@code key_p95_ms}: for each review key (J, K, Tab move the selection; A, R, U change
 *       the selected quote's status), from the KEY_PRESSED event as a filter on the window sees
 *       it to the end of the first pulse ({@code Scene.addPostLayoutPulseListener}) whose scene
 *       shows the change: the quote list's cell of the quote is selected, in view and marked
 *       with the new status, and the article shows the quote's first character in view, styled
 *       with the new status and under the selected-quote mark (a shown shape that covers it). The 95th percentile over {@code --keys} keys
 *       (default 60, one at a time). Bench keys {@code gui_key_p95_ms.sample/1mb}.
 *       {@code nav_key_p95_ms} and {@code edit_key_p95_ms} split it; {@code keys_not_shown}
 *       counts keys whose change did not show within {@value #KEY_TIMEOUT_MS} ms (counted at that).
 *   <li>{@code fx_work_per_key_ms}: mean FX-thread CPU time over the same interval (handler,
 *       CSS, layout); {@code fx_work_p95_ms} its 95th percentile; {@code nav_fx_work_p50_ms} and
 *       {@code edit_fx_work_p50_ms} the medians for J/K/Tab and for A/R/U.
 *       {@code key_parts} takes the keys apart, p50/p95 of each part in ms: the key's handlers
 *       (wall and cpu), the wait from the handlers to the next pulse, earlier pulses that did not
 *       show the change yet, CSS and layout of the pulse that did (wall and cpu), GC, the
 *       renderer's CPU inside the key, the CPU time of this JVM's other threads and of its JIT
 *       compilers inside the key (they take a core from the FX thread), and after it: the hand-over of the key's frame to the
 *       renderer ("sync+render wait after") and the renderer's CPU for that frame.
 *   <li>{@code search_gap_max_ms} ({@code --search}): the longest gap between two pulses, as an
 *       {@link AnimationTimer} sees them, while ten characters are typed into the search field
 *       (one every {@value #TYPING_INTERVAL_MS} ms) and Escape clears it, until the list settles.
 *       Bench key {@code search_key_p95_ms_5mb}: a frozen window shows as one long gap.
 *       {@code search_gap_max_fx_cpu_ms} is the most FX-thread CPU time spent between two pulses
 *       and {@code search_fx_cpu_ms} the FX thread's CPU time over the whole typing: unlike the
 *       gap, neither grows when other programs share the cores. The typing waits for the search
 *       result to show in the list before Escape, so a search that never got applied is not timed.
 *       {@code search_gap_max_parts} takes the longest gap apart: CSS and layout of the pulse
 *       that opened it (wall and CPU), handing the scene to the renderer (which first waits for
 *       the previous frame), GC pauses, and the work queued between pulses.
 *   <li>{@code scroll_gap_max_ms} ({@code --scroll}): the same while the article pages down
 *       twenty times, one page every {@value #TYPING_INTERVAL_MS} ms.
 * </ul>
 */
public final class GuiProbe {

    static final long KEY_TIMEOUT_MS = 3000;
    static final long TYPING_INTERVAL_MS = 120;
    private static final boolean DEBUG = Boolean.getBoolean("probe.debug");
    /** Traces the nodes each pulse around a key repaints. */
    private static final boolean DIRTY = Boolean.getBoolean("probe.dirty");
    private static final String SEARCH_WORD = "government";

    private final Path article;
    private final int keys;
    private final boolean search;
    private final boolean scroll;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Object> out = new LinkedHashMap<>();
    private final QuietDialogs dialogs = new QuietDialogs();

    private Stage stage;
    private MainWindow window;
    private StyleClassedTextArea area;
    private ListView<QuoteRow> list;
    /** What the next pulse must show; touched on the FX thread only. */
    private Pending pending;

    private GuiProbe(Path article, int keys, boolean search, boolean scroll) {
        this.article = article;
        this.keys = keys;
        this.search = search;
        this.scroll = scroll;
    }

    public static void main(String[] args) throws Exception {
        Path article = null;
        int keys = 60;
        boolean search = false;
        boolean scroll = false;
        boolean secondJvm = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--article" -> article = Path.of(args[++i]);
                case "--keys" -> keys = Integer.parseInt(args[++i]);
                case "--search" -> search = true;
                case "--scroll" -> scroll = true;
                case "--expect-second-jvm" -> secondJvm = true;
                default -> {
                    System.err.println("usage: GuiProbe [--article FILE] [--keys N] [--search] [--scroll]"
                            + " [--expect-second-jvm]");
                    System.exit(2);
                }
            }
        }
        // measured as the app starts: in the second JVM the launcher would start (see SecondJvm)
        SecondJvm.relaunchIfWorthIt(GuiProbe.class, args);
        if (secondJvm && System.getProperty(SecondJvm.LAUNCHED_AT) == null) {
            // the build's check that the jar's window starts where the launcher means it to
            System.err.println("GuiProbe: expected to run in the launcher's second JVM, but runs in the first");
            System.exit(3);
        }
        // the flags must be set before the toolkit starts; a run without them still measures headless
        defaultProperty("glass.platform", "Monocle");
        defaultProperty("monocle.platform", "Headless");
        defaultProperty("prism.order", "sw");
        defaultProperty("prism.text", "t2k");
        defaultProperty("java.awt.headless", "true");
        int status = 0;
        try {
            GuiProbe probe = new GuiProbe(article, keys, search, scroll);
            System.out.println(probe.run());
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        Platform.exit();
        System.exit(status);
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private String run() throws Exception {
        // the first JVM's start when the launcher started a second one: the analyst waits for both
        long jvmStart = SecondJvm.launchedAtMillis();
        // how much of start-up passes before any of the app's code runs (JVM boot, class path, a relaunch)
        long mainAt = System.currentTimeMillis() - jvmStart;
        // as the app's launcher does before the toolkit starts
        QuoteExplorerApp.prepare();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        long mainCpu = threads.getCurrentThreadCpuTime();
        CompletableFuture<Long> shown = new CompletableFuture<>();
        long[] fxCpuAtShown = {0};
        long[] processCpuAtShown = {0};
        onFx(() -> {
            stage = new Stage();
            stage.setOnShown(e -> {
                fxCpuAtShown[0] = threads.getCurrentThreadCpuTime();
                processCpuAtShown[0] = processCpu();
                if (Boolean.getBoolean("probe.threads")) {
                    printThreadCpu();
                }
                shown.complete(System.currentTimeMillis());
            });
            window = QuoteExplorerApp.openWindow(stage, RecentFiles.inMemory(), dialogs, null);
            stage.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (pending != null && pending.keyAt == 0) {
                    pending.keyAt = System.nanoTime();
                    pending.cpuAt = threads.getCurrentThreadCpuTime();
                    pending.allocAt = allocated();
                    pending.gcAt = KeyParts.gcMillis();
                    pending.renderCpuAt = renderCpu();
                    pending.processCpuAt = processCpu();
                    pending.jitAt = jitMillis();
                }
            });
            return null;
        });
        out.put("article", article == null ? "sample" : article.toString());
        out.put("startup_ms", shown.get(60, TimeUnit.SECONDS) - jvmStart);
        out.put("startup_cpu_ms", Math.round((mainCpu + onFx(() -> fxCpuAtShown[0])) / 1e6));
        // all threads (class preloading, JIT compilers, GC): on two cores, more than twice the
        // window's wait means the threads queue for a core rather than for each other
        out.put("startup_process_cpu_ms", Math.round(onFx(() -> processCpuAtShown[0]) / 1e6));
        out.put("startup_main_at_ms", mainAt);
        if (System.getProperty(SecondJvm.LAUNCHED_AT) != null) {
            // the first JVM's share: its own start-up and starting this one
            out.put("startup_relaunch_ms", ManagementFactory.getRuntimeMXBean().getStartTime() - jvmStart);
        }
        // a pulse every frame, as on a screen, so a change that needs no new layout still shows
        onFx(() -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                }
            }.start();
            stage.getScene().addPostLayoutPulseListener(this::onPulse);
            stage.getScene().addPreLayoutPulseListener(this::beforePulse);
            if (DIRTY) {
                lateCss.watchScene(stage.getScene());
            }
            area = (StyleClassedTextArea) stage.getScene().lookup("#articleView");
            @SuppressWarnings("unchecked")
            ListView<QuoteRow> quotes = (ListView<QuoteRow>) stage.getScene().lookup("#quoteList");
            list = quotes;
            return null;
        });

        measureReady();
        AnnotatedArticle document = onFx(() -> session().getDocument());
        if (DEBUG) {
            onFx(() -> {
                System.err.println("paragraph boxes in the scene: " + area.lookupAll(".paragraph-box").size()
                        + ", list cells: " + list.lookupAll(".list-cell").size() + ", nodes: " + count(stage.getScene().getRoot()) + ", area paragraphs: " + area.getParagraphs().size()
                        + ", newlines: " + session().getDocument().text().chars().filter(c -> c == '\n').count()
                        + ", visible: " + area.getVisibleParagraphs().size() + ", widest: " + area.getWidth());
                return null;
            });
        }
        out.put("bytes", document.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        out.put("quotes", document.quotes().size());
        System.gc();
        System.gc();
        out.put("heap_mb", Math.round((double) ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1 << 20)));
        if (keys > 0 && document.quotes().size() >= 3) {
            measureKeys();
        }
        String snapshot = System.getProperty("probe.snapshot");
        if (snapshot != null) {
            // to look at what the keys left on screen
            byte[] png = onFx(() -> {
                javafx.scene.image.WritableImage image = stage.getScene().snapshot(null);
                int w = (int) image.getWidth();
                int h = (int) image.getHeight();
                int[] argb = new int[w * h];
                image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
                return org.quoteexplorer.gui.corpus.PngEncoder.encode(w, h, argb);
            });
            Files.write(Path.of(snapshot), png);
        }
        if (search) {
            out.put("search_gap_max_ms", round(measureGaps(this::typeSearch, "search")));
        }
        if (scroll) {
            out.put("scroll_gap_max_ms", round(measureGaps(this::pageDown, "scroll")));
        }
        if (!dialogs.shown.isEmpty()) {
            out.put("dialogs", String.join(" | ", dialogs.shown));
        }
        return json(out);
    }

    /** Every native thread's CPU time so far (Linux), JIT compilers and GC included, to stderr. */
    private static void printThreadCpu() {
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.map(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime + stime in clock ticks, 100 a second on Linux
                    return new Object[] {name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10};
                } catch (java.io.IOException | RuntimeException gone) {
                    return new Object[] {"?", 0L};
                }
            }).sorted((a, b) -> Long.compare((Long) b[1], (Long) a[1])).limit(20)
                    .forEach(t -> System.err.printf("thread cpu %6d ms %s%n", (Long) t[1], t[0]));
        } catch (java.io.IOException noProc) {
            System.err.println("thread cpu: " + noProc.getMessage());
        }
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private MainViewModel viewModel() {
        return window.viewModel();
    }

    private DocumentSession session() {
        return viewModel().session();
    }

    // ---- ready -------------------------------------------------------------------------------

    private void measureReady() throws Exception {
        if (article != null) {
            Files.readAllBytes(article);
        }
        CountDownLatch ready = new CountDownLatch(1);
        long[] loadedAt = {0, 0};
        onFx(() -> {
            viewModel().busyProperty().addListener((obs, was, busy) -> {
                if (!busy && loadedAt[0] == 0) {
                    loadedAt[0] = System.nanoTime();
                    loadedAt[1] = threads.getCurrentThreadCpuTime();
                }
            });
            pending = new Pending(this::showsWholeDocument, ready);
            pending.keyAt = System.nanoTime();
            pending.cpuAt = threads.getCurrentThreadCpuTime();
            if (article == null) {
                viewModel().openSample();
            } else {
                viewModel().open(article);
            }
            return null;
        });
        if (!ready.await(900, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the article did not show within 15 minutes");
        }
        Pending done = onFx(() -> {
            Pending p = pending;
            pending = null;
            return p;
        });
        out.put("ready_ms", round(done.latencyMs()));
        if (loadedAt[0] != 0) {
            out.put("loaded_ms", round((loadedAt[0] - done.keyAt) / 1e6));
            out.put("loaded_fx_cpu_ms", round((loadedAt[1] - done.cpuAt) / 1e6));
            out.put("shown_after_loaded_ms", round((done.shownAt - loadedAt[0]) / 1e6));
            out.put("shown_fx_cpu_ms", round((done.cpuShown - loadedAt[1]) / 1e6));
        }
        out.put("ready_fx_cpu_ms", round(done.cpuMs()));
    }

    private boolean showsWholeDocument() {
        AnnotatedArticle document = session().getDocument();
        if (DEBUG && document != null) {
            List<Quote> qs = document.quotes();
            System.err.printf("ready? +%.0f ms busy %s area %d/%d list %d/%d first %s last %s%n", (System.nanoTime() - pending.keyAt) / 1e6,
                    viewModel().busyProperty().get(), area.getLength(), document.text().length(), list.getItems().size(), qs.size(),
                    qs.isEmpty() ? "" : area.getStyleOfChar(qs.get(0).span().start()), qs.isEmpty() ? "" : area.getStyleOfChar(qs.get(qs.size() - 1).span().start()));
        }
        if (document == null || viewModel().busyProperty().get() || area.getLength() != document.text().length()) {
            return false;
        }
        if (list.getItems().size() != document.quotes().size() && !viewModel().quoteList().isFiltering()) {
            return false;
        }
        List<Quote> quotes = document.quotes();
        return quotes.isEmpty() || (area.getStyleOfChar(quotes.get(0).span().start()).contains("quote")
                && area.getStyleOfChar(quotes.get(quotes.size() - 1).span().start()).contains("quote"));
    }

    // ---- keys --------------------------------------------------------------------------------

    /** J, A, K, R, Tab, U: every key moves the selection or changes the selected quote's status. */
    private static final KeyCode[] CYCLE = {KeyCode.J, KeyCode.A, KeyCode.K, KeyCode.R, KeyCode.TAB, KeyCode.U};

    private void measureKeys() throws Exception {
        onFx(() -> {
            area.requestFocus();
            return null;
        });
        List<Double> all = new ArrayList<>();
        List<Double> nav = new ArrayList<>();
        List<Double> edit = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> alloc = new ArrayList<>();
        List<Double> navCpu = new ArrayList<>();
        List<Double> editCpu = new ArrayList<>();
        int notShown = 0;
        int skipped = 0;
        KeyParts parts = new KeyParts();
        Pending previous = null;
        for (int i = 0; i < keys; i++) {
            KeyCode code = CYCLE[i % CYCLE.length];
            CountDownLatch done = new CountDownLatch(1);
            Pending p = onFx(() -> {
                String before = session().getSelectedQuoteId();
                QuoteStatus statusBefore = session().selectedQuote().map(Quote::status).orElse(null);
                pending = new Pending(expectation(code, before), done);
                fireKey(code);
                pending.handlerDoneAt = System.nanoTime();
                pending.handlerCpu = threads.getCurrentThreadCpuTime();
                // the session changes inside the key's handler; a key that changed nothing shows nothing
                pending.expectedNothing = isNavigation(code)
                        ? java.util.Objects.equals(before, session().getSelectedQuoteId())
                        : session().selectedQuote().map(Quote::status).orElse(null) == statusBefore;
                return pending;
            });
            boolean shownInTime = !p.expectedNothing && done.await(KEY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            onFx(() -> {
                pending = null;
                return null;
            });
            if (p.expectedNothing) {
                skipped++;
                continue;
            }
            double latency = shownInTime ? p.latencyMs() : KEY_TIMEOUT_MS;
            if (!shownInTime) {
                notShown++;
            }
            all.add(latency);
            (isNavigation(code) ? nav : edit).add(latency);
            cpu.add(shownInTime ? p.cpuMs() : Double.NaN);
            if (shownInTime) {
                (isNavigation(code) ? navCpu : editCpu).add(p.cpuMs());
            }
            if (shownInTime) {
                alloc.add((p.allocShown - p.allocAt) / 1024.0);
                parts.add(p, previous);
                previous = p;
            }
            // the next key comes after the window settled, as a reader's next keystroke does
            Thread.sleep(50);
        }
        out.put("keys", all.size());
        out.put("key_p95_ms", round(percentile(all, 95)));
        out.put("key_max_ms", round(percentile(all, 100)));
        out.put("nav_key_p95_ms", round(percentile(nav, 95)));
        out.put("edit_key_p95_ms", round(percentile(edit, 95)));
        List<Double> measuredCpu = cpu.stream().filter(d -> !d.isNaN()).toList();
        out.put("fx_work_per_key_ms", round(measuredCpu.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        out.put("fx_work_p95_ms", round(percentile(measuredCpu, 95)));
        // the median is steadier than the mean while other programs share the cores and the JIT warms up
        out.put("fx_work_p50_ms", round(percentile(measuredCpu, 50)));
        out.put("nav_fx_work_p50_ms", round(percentile(navCpu, 50)));
        out.put("edit_fx_work_p50_ms", round(percentile(editCpu, 50)));
        // bytes the FX thread allocated per key (the probe's own looking included): a measure of
        // the work that does not move when other programs share the cores
        out.put("fx_alloc_per_key_kb", round(alloc.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        out.put("keys_not_shown", notShown);
        out.put("key_parts", parts.summary());
        if (skipped > 0) {
            out.put("keys_without_change", skipped);
        }
    }

    private static boolean isNavigation(KeyCode code) {
        return code == KeyCode.J || code == KeyCode.K || code == KeyCode.TAB;
    }

    /**
     * What the window must show once the key took effect. Read after the key's handler ran, from
     * the session, which the handler changes at once; the view then has to catch up.
     */
    private BooleanSupplier expectation(KeyCode code, String selectedBefore) {
        QuoteStatus status = switch (code) {
            case A -> QuoteStatus.ACCEPTED;
            case R -> QuoteStatus.REJECTED;
            case U -> QuoteStatus.UNSURE;
            default -> null;
        };
        return () -> {
            Optional<Quote> selected = session().selectedQuote();
            if (selected.isEmpty()) {
                return false;
            }
            Quote quote = selected.get();
            if (status == null ? quote.id().equals(selectedBefore) : quote.status() != status) {
                return false;
            }
            boolean inList = listShows(quote);
            boolean inArticle = articleShows(quote);
            if (DEBUG) {
                System.err.printf("%s pulse +%.1f ms: list %s article %s%n", code, (System.nanoTime() - pending.keyAt) / 1e6, inList, inArticle);
            }
            return inList && inArticle;
        };
    }

    private boolean listShows(Quote quote) {
        Bounds view = list.localToScene(list.getLayoutBounds());
        for (Node node : list.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && node.isVisible() && cell.getItem() instanceof QuoteRow row
                    && row.quoteId().equals(quote.id())) {
                Bounds bounds = cell.localToScene(cell.getLayoutBounds());
                return cell.isSelected() && bounds.getMinY() < view.getMaxY() && bounds.getMaxY() > view.getMinY()
                        && cell.getStyleClass().contains("status-" + quote.status().code());
            }
        }
        return false;
    }

    private boolean articleShows(Quote quote) {
        int at = quote.span().start();
        if (!area.getStyleOfChar(at).contains("status-" + quote.status().code())) {
            return false;
        }
        Optional<Bounds> character = characterOnScreen(area, at);
        Bounds view = area.localToScreen(area.getLayoutBounds());
        return character.isPresent() && view != null && character.get().getMinY() >= view.getMinY() - 1
                && character.get().getMaxY() <= view.getMaxY() + 1 && markedSelected(character.get());
    }

    /**
     * Where the character at {@code at} is drawn, on screen, if its paragraph has a cell. Read
     * from the paragraph's text flow without touching the scene: the text area's own
     * {@code getCharacterBoundsOnScreen} adds a shape to the paragraph and takes it away, and that
     * asks for CSS after the pulse's CSS pass, which made the next pulse repaint the whole window:
     * the probe's looking must not change what it measures.
     */
    public static Optional<Bounds> characterOnScreen(StyleClassedTextArea area, int at) {
        var position = area.offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        int paragraph = position.getMajor();
        int offset = position.getMinor();
        for (Node box : area.lookupAll(".paragraph-box")) {
            if (!box.isVisible() || indexOf(box) != paragraph || !(box instanceof javafx.scene.Parent parent)) {
                continue;
            }
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.text.TextFlow text) {
                    javafx.scene.shape.PathElement[] shape = text.rangeShape(offset, offset + 1);
                    if (shape.length == 0) {
                        return Optional.empty();
                    }
                    Bounds local = new javafx.scene.shape.Path(shape).getBoundsInLocal();
                    return Optional.ofNullable(text.localToScreen(local));
                }
            }
        }
        return Optional.empty();
    }

    /** The paragraph a cell of the text area shows; its class is not public. */
    private static int indexOf(Node paragraphBox) {
        try {
            java.lang.reflect.Method getIndex = paragraphBox.getClass().getMethod("getIndex");
            getIndex.setAccessible(true);
            return (Integer) getIndex.invoke(paragraphBox);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    private boolean markedSelected(Bounds character) {
        return markCovers(area, character);
    }

    /**
     * Whether the selected quote's mark is drawn over the character at {@code character} (screen
     * bounds): a shown shape of the mark's class whose outline, as laid out for this pulse, covers
     * the character's middle. The window tests ask it too, so both check the same thing.
     */
    public static boolean markCovers(StyleClassedTextArea area, Bounds character) {
        double x = (character.getMinX() + character.getMaxX()) / 2;
        double y = (character.getMinY() + character.getMaxY()) / 2;
        for (Node node : area.lookupAll("." + ArticleView.SELECTED_QUOTE_CLASS)) {
            if (node instanceof javafx.scene.shape.Path path && !path.getElements().isEmpty() && shown(path)) {
                javafx.geometry.Point2D local = path.screenToLocal(x, y);
                // the outline itself, not its bounding box, which spans every line of a long quote
                if (local != null && path.contains(local)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible() || at.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    private void fireKey(KeyCode code) {
        Scene scene = stage.getScene();
        Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : area;
        String character = code == KeyCode.TAB ? "\t" : code.getChar().toLowerCase(Locale.ROOT);
        fire(target, code, character);
    }

    private static void fire(Node target, KeyCode code, String character) {
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        if (!character.isEmpty()) {
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false));
        }
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
    }

    private long lastPulse;
    private final LateCssTracer lateCss = new LateCssTracer();

    private void onPulse() {
        if (DIRTY && (pending != null || System.nanoTime() - lastKeyShown < 300_000_000L)) {
            printDirtyNodes();
            lateCss.printAndClear();
            // JavaFX marks the root at the end of a pulse whose layout left CSS to do; the next
            // pulse's CSS pass clears the mark but leaves the root in the list, a changed node
            // without a changed region, and the software pipeline paints the whole window
            if (rootToSync() && rootDirtyBitsEmpty()) {
                System.err.println("  this pulse repaints the whole window: the root is to sync with nothing changed");
            }
        } else if (DIRTY) {
            lateCss.clear();
        }
        if (DEBUG) {
            long t = System.nanoTime();
            if (lastPulse != 0 && t - lastPulse > 100_000_000L) {
                System.err.printf("pulse gap %.0f ms%n", (t - lastPulse) / 1e6);
            }
            lastPulse = t;
        }
        Pending p = pending;
        if (p == null || p.keyAt == 0 || p.shownAt != 0) {
            return;
        }
        long now = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        boolean shows = p.shows.getAsBoolean();
        // the probe's own looking is no work of the window's
        p.probeCpu += threads.getCurrentThreadCpuTime() - cpu;
        if (shows) {
            lastKeyShown = now;
            p.shownAt = now;
            p.cpuShown = cpu;
            p.allocShown = allocated();
            p.gcShown = KeyParts.gcMillis();
            p.renderCpuShown = renderCpu();
            p.processCpuShown = processCpu();
            p.jitShown = jitMillis();
            p.cssLayoutCpu = cpu - p.pulseCpu;
            // queued in the pulse, so it runs once the pulse, its hand-over to the renderer included, is over
            Platform.runLater(() -> p.pulseEndAt = System.nanoTime());
            p.done.countDown();
        }
    }

    /** Pulse start for the key being measured: after the animations, before the scene's CSS pass. */
    private void beforePulse() {
        Pending p = pending;
        if (p == null || p.keyAt == 0 || p.shownAt != 0 || p.handlerDoneAt == 0) {
            return;
        }
        p.pulseAt = System.nanoTime();
        p.pulseCpu = threads.getCurrentThreadCpuTime();
        if (p.firstPulseAt == 0) {
            p.firstPulseAt = p.pulseAt;
        }
        p.pulses++;
    }

    private long rendererId = -1;

    /** Time the JIT compilers spent so far, summed over their threads. */
    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /**
     * CPU time of the thread that paints the frames (Prism's "QuantumRenderer"): the next pulse
     * hands its scene over only once the previous frame is painted.
     */
    private long renderCpu() {
        if (rendererId == -1) {
            rendererId = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("QuantumRenderer")) {
                    rendererId = t.getId();
                }
            }
        }
        return rendererId == 0 ? 0 : Math.max(0, threads.getThreadCpuTime(rendererId));
    }

    /**
     * Where a key's latency goes, p50/p95 of each part over the keys: the key's handlers, the wait
     * for the next pulse (the pulse timer, work queued before it, and the renderer if it still
     * paints the frame before), pulses that came and went before the one that showed the change,
     * that pulse's CSS and layout (the window's post-layout work included), and GC pauses and
     * the renderer's CPU time inside the key. The hand-over of the key's own frame to the renderer
     * and the renderer's CPU time for it come after the latency ends; the next key may wait for them.
     */
    private static final class KeyParts {
        private static final List<java.lang.management.GarbageCollectorMXBean> COLLECTORS = ManagementFactory.getGarbageCollectorMXBeans();
        final Map<String, List<Double>> values = new LinkedHashMap<>();

        void add(Pending p, Pending previous) {
            put("handler", (p.handlerDoneAt - p.keyAt) / 1e6);
            put("handler cpu", (p.handlerCpu - p.cpuAt) / 1e6);
            put("to pulse", (p.firstPulseAt - p.handlerDoneAt) / 1e6);
            put("earlier pulses", (p.pulseAt - p.firstPulseAt) / 1e6);
            put("pulses", p.pulses);
            put("css+layout", (p.shownAt - p.pulseAt) / 1e6);
            put("css+layout cpu", p.cssLayoutCpu / 1e6);
            put("gc", p.gcShown - p.gcAt);
            put("render cpu in key", (p.renderCpuShown - p.renderCpuAt) / 1e6);
            // what else of this JVM ran meanwhile (JIT compilers, GC threads, background work) and
            // took a core from the FX thread on a machine with few
            double fxCpu = (p.cpuShown - p.cpuAt) / 1e6;
            put("other threads cpu in key", (p.processCpuShown - p.processCpuAt) / 1e6 - fxCpu - (p.renderCpuShown - p.renderCpuAt) / 1e6);
            put("jit in key", p.jitShown - p.jitAt);
            if (p.pulseEndAt > p.shownAt) {
                put("sync+render wait after", (p.pulseEndAt - p.shownAt) / 1e6);
            }
            if (previous != null) {
                // the renderer's work between the previous key's change showing and this key: that frame's painting
                put("render cpu of frame", (p.renderCpuAt - previous.renderCpuShown) / 1e6);
            }
            if (DEBUG) {
                StringBuilder line = new StringBuilder("  parts:");
                values.forEach((name, list) -> line.append(String.format(Locale.ROOT, " %s=%.1f", name, list.get(list.size() - 1))));
                System.err.println(line);
            }
        }

        private void put(String name, double value) {
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }

        String summary() {
            StringBuilder text = new StringBuilder();
            values.forEach((name, list) -> {
                if (text.length() > 0) {
                    text.append(", ");
                }
                text.append(String.format(Locale.ROOT, "%s %.1f/%.1f", name, percentile(list, 50), percentile(list, 95)));
            });
            return text.toString();
        }

        static long gcMillis() {
            long total = 0;
            for (var gc : COLLECTORS) {
                total += Math.max(0, gc.getCollectionTime());
            }
            return total;
        }
    }

    /** When the last key's change showed, so the pulses just after it are traced too ({@code -Dprobe.dirty=true}). */
    private long lastKeyShown;

    /**
     * Names the nodes this pulse hands to the renderer as changed, with their bounds in the scene:
     * the software pipeline repaints what they cover, so a node high in the tree that changes
     * repaints much of the window. Reads the nodes' private dirty bits (the toolkit comes off the
     * class path here, so reflection reaches them).
     */
    private void printDirtyNodes() {
        List<String> lines = new ArrayList<>();
        collectDirty(stage.getScene().getRoot(), lines, 0, null);
        System.err.printf("dirty at +%.1f ms (%d nodes):%n", (System.nanoTime() - (pending != null && pending.keyAt != 0 ? pending.keyAt : lastKeyShown)) / 1e6, lines.size());
        lines.stream().limit(25).forEach(l -> System.err.println("  " + l));
        printSceneDirtyList();
        printCssDirtyLeaves();
    }

    /**
     * The nodes this pulse will hand to the renderer. A node under a hidden parent keeps its dirty
     * bits (it is never synced) and so never joins this list again: the listing above shows it at
     * every pulse although it costs nothing. A list holding only the root with no dirty bits is a
     * pulse whose only change was a node asking for CSS after this pulse's CSS pass; the
     * software pipeline then repaints the whole window.
     */
    private void printSceneDirtyList() {
        try {
            List<Node> nodes = sceneDirtyNodes();
            StringBuilder line = new StringBuilder("  to sync (" + nodes.size() + "):");
            for (Node node : nodes.subList(0, Math.min(nodes.size(), 12))) {
                line.append(' ').append(node.getClass().getSimpleName()).append(node.getStyleClass());
            }
            System.err.println(line);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("  cannot read the scene's dirty list: " + e);
        }
    }

    /** The scene's list of nodes the next pulse hands to the renderer (toolkit internals). */
    private List<Node> sceneDirtyNodes() throws ReflectiveOperationException {
        java.lang.reflect.Field nodesField = javafx.scene.Scene.class.getDeclaredField("dirtyNodes");
        java.lang.reflect.Field sizeField = javafx.scene.Scene.class.getDeclaredField("dirtyNodesSize");
        nodesField.setAccessible(true);
        sizeField.setAccessible(true);
        Node[] nodes = (Node[]) nodesField.get(stage.getScene());
        return nodes == null ? List.of() : Arrays.asList(nodes).subList(0, sizeField.getInt(stage.getScene()));
    }

    private boolean rootDirtyBitsEmpty() {
        try {
            if (dirtyBitsField == null) {
                dirtyBitsField = Node.class.getDeclaredField("dirtyBits");
                dirtyBitsField.setAccessible(true);
            }
            return dirtyBitsField.get(stage.getScene().getRoot()) instanceof java.util.Set<?> set && set.isEmpty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the scene's root waits in the list of nodes the next pulse hands to the renderer. */
    private boolean rootToSync() {
        try {
            return sceneDirtyNodes().contains(stage.getScene().getRoot());
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** The nodes that asked for CSS after this pulse's CSS pass: each marks the root dirty for the next pulse. */
    private void printCssDirtyLeaves() {
        try {
            java.lang.reflect.Field flagField = Node.class.getDeclaredField("cssFlag");
            flagField.setAccessible(true);
            List<String> leaves = new ArrayList<>();
            java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(stage.getScene().getRoot()));
            while (!todo.isEmpty()) {
                Node node = todo.pop();
                if ("CLEAN".equals(String.valueOf(flagField.get(node)))) {
                    continue;
                }
                boolean deeper = false;
                if (node instanceof javafx.scene.Parent parent) {
                    for (Node child : parent.getChildrenUnmodifiable()) {
                        if (!"CLEAN".equals(String.valueOf(flagField.get(child)))) {
                            todo.push(child);
                            deeper = true;
                        }
                    }
                }
                if (!deeper) {
                    Node parent = node.getParent();
                    leaves.add(flagField.get(node) + " " + node.getClass().getSimpleName() + node.getStyleClass() + " in "
                            + (parent == null ? "-" : parent.getClass().getSimpleName() + parent.getStyleClass()));
                }
            }
            if (!leaves.isEmpty()) {
                System.err.println("  css asked after the css pass: " + String.join("; ", leaves.subList(0, Math.min(8, leaves.size()))));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("  cannot read css flags: " + e);
        }
    }

    private static java.lang.reflect.Field dirtyBitsField;

    private static void collectDirty(Node node, List<String> lines, int depth, String hiddenBy) {
        try {
            if (dirtyBitsField == null) {
                dirtyBitsField = Node.class.getDeclaredField("dirtyBits");
                dirtyBitsField.setAccessible(true);
            }
            Object bits = dirtyBitsField.get(node);
            if (bits instanceof java.util.Set<?> set && !set.isEmpty() && node.isVisible()) {
                String names = set.toString();
                Bounds b = node.localToScene(node.getBoundsInLocal());
                Node parent = node.getParent();
                lines.add(String.format("d%d %s#%s %s [%s] %.0fx%.0f at %.0f,%.0f in %s%s", depth, node.getClass().getSimpleName(), node.getId(),
                        node.getStyleClass(), names, b.getWidth(), b.getHeight(), b.getMinX(), b.getMinY(),
                        parent == null ? "-" : parent.getClass().getSimpleName() + parent.getStyleClass(),
                        hiddenBy == null ? "" : " (hidden: " + hiddenBy + ")"));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            lines.add("cannot read dirty bits: " + e);
            return;
        }
        if (node instanceof javafx.scene.Parent parent) {
            // a node under a hidden one paints nothing, yet its change still costs the window a repaint
            String hidden = hiddenBy != null ? hiddenBy
                    : node.isVisible() ? null : node.getClass().getSimpleName() + "#" + node.getId() + node.getStyleClass();
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectDirty(child, lines, depth + 1, hidden);
            }
        }
    }

    // ---- search and scrolling ------------------------------------------------------------------

    /**
     * Runs {@code work} from this thread while an AnimationTimer records the gaps between pulses.
     * The longest gap is taken apart ({@code <name>_gap_max_parts}): the scene's CSS and layout
     * in the pulse that opened it (the window's own post-layout listeners included), handing the
     * scene to the renderer (which first waits for the previous frame to be drawn), garbage
     * collection pauses, and the rest: the work queued between pulses (search results, restyling).
     */
    private double measureGaps(Callable<Void> work, String name) throws Exception {
        long[] gap = {0, 0, 0, 0, 0};
        GapParts parts = new GapParts();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long cpu = threads.getCurrentThreadCpuTime();
                long at = System.nanoTime();
                if (gap[1] != 0) {
                    parts.close(at, cpu - gap[3]);
                    gap[0] = Math.max(gap[0], now - gap[1]);
                    gap[2] = Math.max(gap[2], cpu - gap[3]);
                    if (DEBUG && cpu - gap[3] > 15_000_000L) {
                        System.err.printf("%s: at %d, %.0f ms of FX work between pulses, %.0f ms after the last key (%s)%n", name, System.currentTimeMillis(),
                                (cpu - gap[3]) / 1e6, (System.nanoTime() - lastTyped) / 1e6, parts.last);
                    }
                }
                parts.open(at);
                gap[1] = now;
                gap[3] = cpu;
            }
        };
        Runnable beforeCss = () -> {
            parts.cssAt = System.nanoTime();
            parts.cssCpu = threads.getCurrentThreadCpuTime();
        };
        Runnable afterLayout = () -> {
            parts.layoutEndAt = System.nanoTime();
            parts.layoutCpu = threads.getCurrentThreadCpuTime() - parts.cssCpu;
            // queued during the pulse, so it runs once the pulse, its hand-over to the renderer included, is over
            Platform.runLater(() -> parts.pulseEndAt = System.nanoTime());
        };
        onFx(() -> {
            stage.getScene().addPreLayoutPulseListener(beforeCss);
            stage.getScene().addPostLayoutPulseListener(afterLayout);
            timer.start();
            return null;
        });
        Thread.sleep(300);
        onFx(() -> {
            gap[0] = 0;
            gap[2] = 0;
            gap[4] = threads.getCurrentThreadCpuTime();
            parts.longest = 0;
            parts.longestParts = "";
            return null;
        });
        work.call();
        onFx(() -> {
            timer.stop();
            stage.getScene().removePreLayoutPulseListener(beforeCss);
            stage.getScene().removePostLayoutPulseListener(afterLayout);
            return null;
        });
        out.put(name + "_gap_max_fx_cpu_ms", round(onFx(() -> gap[2] / 1e6)));
        out.put(name + "_fx_cpu_ms", round(onFx(() -> (threads.getCurrentThreadCpuTime() - gap[4]) / 1e6)));
        out.put(name + "_gap_max_parts", onFx(() -> parts.longestParts));
        return onFx(() -> gap[0] / 1e6);
    }

    /** What one gap between two pulses was spent on; touched on the FX thread only. */
    private static final class GapParts {
        private static final List<java.lang.management.GarbageCollectorMXBean> COLLECTORS = ManagementFactory.getGarbageCollectorMXBeans();
        long openedAt;
        long cssCpu;
        long layoutCpu;
        long gcAtOpen;
        long cssAt;
        long layoutEndAt;
        long pulseEndAt;
        long longest;
        String longestParts = "";
        String last = "";

        void open(long at) {
            openedAt = at;
            gcAtOpen = gcMillis();
            cssAt = 0;
            layoutEndAt = 0;
            pulseEndAt = 0;
            layoutCpu = 0;
        }

        void close(long at, long fxCpu) {
            long length = at - openedAt;
            double cssLayout = cssAt >= openedAt && layoutEndAt >= cssAt ? (layoutEndAt - cssAt) / 1e6 : 0;
            double handOver = layoutEndAt >= openedAt && pulseEndAt >= layoutEndAt ? (pulseEndAt - layoutEndAt) / 1e6 : 0;
            long gc = gcMillis() - gcAtOpen;
            double rest = length / 1e6 - cssLayout - handOver;
            last = String.format(Locale.ROOT, "%.0f ms: css+layout %.0f (cpu %.0f), sync+render wait %.0f, gc %d, queued work %.0f, fx cpu %.0f",
                    length / 1e6, cssLayout, cssLayout > 0 ? layoutCpu / 1e6 : 0, handOver, gc, rest - gc, fxCpu / 1e6);
            if (length > longest) {
                longest = length;
                longestParts = last;
            }
        }

        private static long gcMillis() {
            long total = 0;
            for (var gc : COLLECTORS) {
                total += Math.max(0, gc.getCollectionTime());
            }
            return total;
        }
    }

    /** When the probe last typed into the search field, for the debug output. */
    private volatile long lastTyped;

    private Void typeSearch() throws Exception {
        TextField field = onFx(() -> {
            TextField f = (TextField) stage.getScene().lookup("#searchField");
            f.requestFocus();
            return f;
        });
        for (char c : SEARCH_WORD.toCharArray()) {
            lastTyped = System.nanoTime();
            onFxLater(() -> fire(field, KeyCode.getKeyCode(String.valueOf(c).toUpperCase(Locale.ROOT)), String.valueOf(c)));
            Thread.sleep(TYPING_INTERVAL_MS);
        }
        waitUntil(() -> SEARCH_WORD.equals(viewModel().quoteList().searchTextProperty().get()), 60_000);
        // the result itself, not only the typed text: otherwise Escape may come before any result was applied
        waitUntil(() -> SEARCH_WORD.equals(viewModel().quoteList().appliedSearch())
                && list.getItems().size() < viewModel().quoteList().rows().size(), 120_000);
        Thread.sleep(1000);
        lastTyped = System.nanoTime();
        if (DEBUG) {
            System.err.println("Escape");
        }
        onFxLater(() -> fire(field, KeyCode.ESCAPE, ""));
        waitUntil(() -> viewModel().quoteList().searchTextProperty().get().isEmpty()
                && list.getItems().size() == viewModel().quoteList().rows().size(), 60_000);
        Thread.sleep(1000);
        return null;
    }

    private Void pageDown() throws Exception {
        onFx(() -> {
            area.requestFocus();
            area.moveTo(0);
            area.showParagraphAtTop(0);
            return null;
        });
        Thread.sleep(200);
        for (int i = 0; i < 20; i++) {
            onFxLater(() -> area.scrollYBy(area.getHeight() * 0.9));
            Thread.sleep(TYPING_INTERVAL_MS);
        }
        Thread.sleep(500);
        return null;
    }

    private void waitUntil(Callable<Boolean> condition, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!onFx(condition)) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("the window did not settle within " + timeoutMs + " ms");
            }
            Thread.sleep(20);
        }
    }

    // ---- plumbing ------------------------------------------------------------------------------

    /** A change the next pulses should show, with the key's time and the FX thread's CPU clock then. */
    private static final class Pending {
        final BooleanSupplier shows;
        final CountDownLatch done;
        volatile long keyAt;
        volatile long cpuAt;
        volatile long shownAt;
        volatile long cpuShown;
        volatile boolean expectedNothing;
        /** FX-thread time the probe spent checking earlier pulses, taken off the window's work. */
        volatile long probeCpu;
        volatile long allocAt;
        volatile long allocShown;
        // the parts of a key's latency (key_parts)
        volatile long handlerDoneAt;
        volatile long handlerCpu;
        volatile long firstPulseAt;
        volatile long pulseAt;
        volatile long pulseCpu;
        volatile int pulses;
        volatile long cssLayoutCpu;
        volatile long gcAt;
        volatile long gcShown;
        volatile long renderCpuAt;
        volatile long renderCpuShown;
        volatile long pulseEndAt;
        volatile long processCpuAt;
        volatile long processCpuShown;
        volatile long jitAt;
        volatile long jitShown;

        Pending(BooleanSupplier shows, CountDownLatch done) {
            this.shows = shows;
            this.done = done;
        }

        double latencyMs() {
            return (shownAt - keyAt) / 1e6;
        }

        double cpuMs() {
            return (cpuShown - cpuAt - probeCpu) / 1e6;
        }
    }

    private static long allocated() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                ? t.getCurrentThreadAllocatedBytes() : 0;
    }

    private static int count(javafx.scene.Parent parent) {
        int n = 1;
        for (Node child : parent.getChildrenUnmodifiable()) {
            n += child instanceof javafx.scene.Parent p ? count(p) : 1;
        }
        return n;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(900, TimeUnit.SECONDS);
    }

    private static void onFxLater(Runnable work) {
        Platform.runLater(work);
    }

    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static String json(Map<String, Object> values) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append('"').append(entry.getKey()).append("\": ");
            Object value = entry.getValue();
            if (value instanceof Number) {
                json.append(value);
            } else {
                json.append('"');
                for (char c : String.valueOf(value).toCharArray()) {
                    switch (c) {
                        case '"' -> json.append("\\\"");
                        case '\\' -> json.append("\\\\");
                        case '\n' -> json.append("\\n");
                        default -> {
                            if (c < 0x20) {
                                json.append(String.format("\\u%04x", (int) c));
                            } else {
                                json.append(c);
                            }
                        }
                    }
                }
                json.append('"');
            }
        }
        return json.append('}').toString();
    }
}
