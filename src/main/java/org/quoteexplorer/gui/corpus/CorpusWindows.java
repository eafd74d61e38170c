package org.quoteexplorer.gui.corpus;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.quoteexplorer.gui.MainViewModel;
import org.quoteexplorer.io.SpeakerRegistryFile;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.review.CrossArticleConflicts.Conflict;
import org.quoteexplorer.review.SpeakerRegistry;
import org.quoteexplorer.review.Workspace;

/** Opens the Corpus window of a folder from the main window and connects the two. */
public final class CorpusWindows {

    private CorpusWindows() {
    }

    /** Asks for a folder of articles and shows its Corpus window. */
    public static void chooseFolderAndShow(Window owner, MainViewModel main) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Corpus of a Folder of Reviewed Articles");
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            show(owner, main, chosen.toPath());
        }
    }

    private record Opened(Workspace workspace, SpeakerRegistry registry) {
    }

    /** Lists the folder (off the FX thread) and shows its Corpus window. */
    public static void show(Window owner, MainViewModel main, Path folder) {
        new FxThreadRunner().run("Opening " + folder, () -> {
            Workspace workspace = Workspace.open(WorkspaceFolder.at(folder));
            SpeakerRegistry registry = SpeakerRegistry.of(SpeakerRegistryFile.loadIfPresent(SpeakerRegistryFile.in(folder)));
            return new Opened(workspace, registry);
        }, opened -> {
            CorpusViewModel corpus = new CorpusViewModel(opened.workspace(), opened.registry(), new FxThreadRunner(),
                    (path, quoteId) -> jump(main, folder.resolve(path), quoteId));
            // The open article's queue gains the conflicts with other articles once they are known.
            corpus.conflicts().addListener((ListChangeListener<Conflict>) c ->
                    main.radar().setOutsideFlags(document -> flagsOf(main, folder, corpus)));
            new CorpusView(corpus, owner, opened.workspace().name()).show();
        }, failure -> new Alert(Alert.AlertType.ERROR, "The folder " + folder + " could not be opened: "
                + (failure instanceof IOException ? failure.getMessage() : failure.toString())).show());
    }

    private static Map<String, List<Flag>> flagsOf(MainViewModel main, Path folder, CorpusViewModel corpus) {
        Path file = main.session().articleFileProperty().get();
        Path base = folder.toAbsolutePath().normalize();
        if (file == null || !file.toAbsolutePath().normalize().startsWith(base)) {
            return Map.of();
        }
        String relative = base.relativize(file.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
        return corpus.flagsFor(relative);
    }

    /** Opens the article (asking about unsaved changes first) and selects the quote once it is shown. */
    private static void jump(MainViewModel main, Path file, String quoteId) {
        Path open = main.session().articleFileProperty().get();
        if (open != null && open.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            if (quoteId != null) {
                main.session().select(quoteId);
            }
            return;
        }
        if (quoteId != null) {
            ChangeListener<AnnotatedArticle> once = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends AnnotatedArticle> o, AnnotatedArticle was,
                        AnnotatedArticle now) {
                    o.removeListener(this);
                    // After the session has also taken the new file's path: a cancelled jump must
                    // not select a quote of the same id in whatever article opens next.
                    javafx.application.Platform.runLater(() -> {
                        Path shown = main.session().articleFileProperty().get();
                        if (now != null && shown != null && shown.toAbsolutePath().normalize()
                                .equals(file.toAbsolutePath().normalize()) && now.quote(quoteId).isPresent()) {
                            main.session().select(quoteId);
                        }
                    });
                }
            };
            main.session().documentProperty().addListener(once);
        }
        main.open(file);
    }
}
