package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.gui.document.DocumentLoader;
import org.quoteexplorer.io.KnownSpeakers;

/** Cancel while a file opens, without a toolkit: the runner holds the work until the test lets it finish. */
class CancelLoadingTest {

    /** Runs work only when told; a cancelled piece of work never reports back, as the real runner does. */
    private static final class HeldRunner implements BackgroundRunner {
        private final List<Runnable> held = new ArrayList<>();
        private boolean cancelled;

        @Override
        public <T> void run(String message, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            cancelled = false;
            held.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    if (!cancelled) {
                        onFailure.accept(e);
                    }
                    return;
                }
                if (!cancelled) {
                    onSuccess.accept(result);
                }
            });
        }

        @Override
        public boolean cancel() {
            boolean running = !held.isEmpty() && !cancelled;
            cancelled = true;
            return running;
        }

        void finishAll() {
            List<Runnable> now = new ArrayList<>(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    @TempDir
    Path folder;

    private final HeldRunner runner = new HeldRunner();
    private final MainViewModel viewModel = new MainViewModel(new DocumentLoader(KnownSpeakers.loadDefault()), runner,
            new StubDialogs(), RecentFiles.inMemory());

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void cancellingWhileAFileOpensLeavesThePreviousArticleOnScreen() throws Exception {
        Path first = write("harbour.txt", Fixtures.TEXT);
        viewModel.open(first);
        runner.finishAll();
        var before = viewModel.session().getDocument();
        String selected = viewModel.session().getSelectedQuoteId();

        Path second = write("other.txt", "Other News\n\u201CA different story,\u201D said Bo Chen.");
        viewModel.open(second);
        assertThat(viewModel.busyProperty().get()).isTrue();
        viewModel.cancelLoading();
        assertThat(viewModel.busyProperty().get()).as("busy after cancel").isFalse();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Opening cancelled");

        runner.finishAll();
        assertThat(viewModel.session().getDocument()).isSameAs(before);
        assertThat(viewModel.session().getSelectedQuoteId()).isEqualTo(selected);
        assertThat(viewModel.session().articleFileProperty().get()).isEqualTo(first);
        assertThat(viewModel.recentFiles()).doesNotContain(second.toAbsolutePath());
    }

    @Test
    void cancelDoesNothingWhenNothingIsOpening() throws Exception {
        viewModel.open(write("harbour.txt", Fixtures.TEXT));
        runner.finishAll();
        String status = viewModel.statusProperty().get();
        viewModel.cancelLoading();
        assertThat(viewModel.statusProperty().get()).isEqualTo(status);
        assertThat(viewModel.session().getDocument()).isNotNull();
    }
}
