package org.quoteexplorer.gui;

import java.nio.file.Path;
import org.quoteexplorer.gui.common.DialogService;
import org.quoteexplorer.gui.common.FxBackgroundRunner;
import org.quoteexplorer.gui.common.FxDialogService;
import org.quoteexplorer.gui.document.DocumentLoader;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.io.RecoveryStore;
import org.quoteexplorer.model.Speaker;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one window on the file given on the command line, or on the bundled sample. */
public final class QuoteExplorerApp extends Application {

    /** The bundled speaker list, once {@link #prepare} started reading it. */
    private static volatile CompletableFuture<List<Speaker>> knownSpeakers;

    /**
     * Starts reading the bundled speaker list on its own thread, beside the toolkit's start-up:
     * read on the FX thread before the window was built, it and the JSON library's first use held
     * the first window back by a quarter of a second. Call it before the toolkit starts.
     */
    public static synchronized void prepare() {
        if (knownSpeakers == null) {
            CompletableFuture<List<Speaker>> reading = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    reading.complete(KnownSpeakers.loadDefault());
                } catch (RuntimeException | Error e) {
                    reading.completeExceptionally(e);
                }
            }, "quote-explorer-prepare");
            thread.setDaemon(true);
            thread.start();
            knownSpeakers = reading;
            Thread preloading = new Thread(QuoteExplorerApp::preloadWindowClasses, "quote-explorer-preload");
            preloading.setDaemon(true);
            preloading.start();
        }
    }

    /** The classes the first window needs, in the order it first needed them; see {@link #preloadWindowClasses}. */
    static final String STARTUP_CLASSES = "startup-classes.txt";

    /**
     * Loads, on the second core, the classes that building and showing the first window needs
     * (the toolkit's controls and skins, the text area, the app's views), ahead of the FX
     * thread, then those opening the first article needs (the engine, the radar): loading them
     * one by one as it went was a large part of the FX thread's start-up time, while the other
     * core mostly waited. Loaded only, not initialised, so no class's static set-up runs
     * off the FX thread; a name missing from the class path (the list is taken from a run of
     * the app) is skipped.
     */
    static void preloadWindowClasses() {
        ClassLoader loader = QuoteExplorerApp.class.getClassLoader();
        try (java.io.InputStream in = QuoteExplorerApp.class.getResourceAsStream(STARTUP_CLASSES)) {
            if (in == null) {
                return;
            }
            java.io.BufferedReader names = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                if (!name.isBlank() && !name.startsWith("#")) {
                    try {
                        Class.forName(name.strip(), false, loader);
                    } catch (ClassNotFoundException | LinkageError gone) {
                        // renamed or left out of this jar: the window loads what it needs itself
                    }
                }
            }
        } catch (java.io.IOException unreadable) {
            // only a head start is lost
        }
    }

    private static CompletableFuture<List<Speaker>> knownSpeakers() {
        prepare();
        return knownSpeakers;
    }

    public static void launchWith(String[] args) {
        prepare();
        try {
            Application.launch(QuoteExplorerApp.class, args);
        } catch (UnsupportedOperationException noDisplay) {
            // JavaFX's own words are a stack trace; the analyst needs to know what to do instead
            System.err.println(noDisplayMessage(noDisplay));
            System.exit(1);
        }
    }

    static String noDisplayMessage(UnsupportedOperationException failure) {
        return "quote-explorer: cannot open a window (" + failure.getMessage() + "): the app needs a graphical session."
                + " Without one, use the command line: attribute, convert, eval (see --help).";
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getUnnamed();
        MainWindow window = openWindow(stage, RecentFiles.inUserHome(), null, RecoveryStore.inUserHome());
        window.rememberTheme(ThemeChoice.inUserHome());
        MainViewModel viewModel = window.viewModel();
        if (viewModel.offerRecovery()) {
            return;
        }
        if (args.isEmpty()) {
            viewModel.openSample();
        } else {
            viewModel.open(Path.of(args.get(0)));
        }
    }

    /**
     * Builds and shows the real window; tests call this with their own dialogs and recent-file store.
     *
     * @param dialogs the dialogs to use, or {@code null} for the real ones
     */
    public static MainWindow openWindow(Stage stage, RecentFiles recentFiles, DialogService dialogs) {
        return openWindow(stage, recentFiles, dialogs, null);
    }

    /** @param recovery where autosave keeps unsaved work, or {@code null} for none */
    public static MainWindow openWindow(Stage stage, RecentFiles recentFiles, DialogService dialogs, RecoveryStore recovery) {
        MainWindow.applyTheme(false);
        FxBackgroundRunner runner = new FxBackgroundRunner();
        DialogService questions = dialogs != null ? dialogs : new FxDialogService(() -> stage);
        MainViewModel viewModel = new MainViewModel(new DocumentLoader(knownSpeakers()), runner,
                new FxBackgroundRunner(), questions, recentFiles, recovery);
        if (questions instanceof FxDialogService real) {
            real.startBeside(() -> viewModel.session().articleFileProperty().get());
        }
        MainWindow window = new MainWindow(viewModel, runner);
        window.show(stage);
        return window;
    }
}
