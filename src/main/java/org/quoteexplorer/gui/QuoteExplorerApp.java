package org.quoteexplorer.gui;

import java.nio.file.Path;
import org.quoteexplorer.io.KnownSpeakers;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one window on the file given on the command line, or on the bundled sample. */
public final class QuoteExplorerApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(QuoteExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getUnnamed();
        MainWindow window = openWindow(stage, RecentFiles.inUserPreferences(), null);
        MainViewModel viewModel = window.viewModel();
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
        MainWindow.applyTheme(false);
        FxBackgroundRunner runner = new FxBackgroundRunner();
        DialogService questions = dialogs != null ? dialogs : new FxDialogService(() -> stage);
        MainViewModel viewModel = new MainViewModel(new DocumentLoader(KnownSpeakers.loadDefault()), runner, questions, recentFiles);
        MainWindow window = new MainWindow(viewModel, runner);
        window.show(stage);
        return window;
    }
}
