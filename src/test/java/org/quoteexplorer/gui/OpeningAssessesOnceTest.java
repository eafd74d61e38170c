package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.gui.document.DocumentLoader;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.gui.queue.RadarViewModel;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.gui.speakers.LegendEntry;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.review.Radar;
import org.quoteexplorer.review.RadarReport;
import org.quoteexplorer.review.edit.Legend;

/**
 * Opening an article: the loader, off the FX thread, hands over the radar's report with the
 * document, and the window applies it as it shows the article instead of assessing it again
 * and replacing every row of the quote list a second time.
 */
class OpeningAssessesOnceTest {

    @TempDir
    Path folder;

    private final DocumentLoader loader = new DocumentLoader(KnownSpeakers.loadDefault());

    private Path article() throws Exception {
        Path file = folder.resolve("harbour.txt");
        Files.writeString(file, Fixtures.TEXT, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theLoaderHandsOverTheRadarsReportOnTheDocumentItLoaded() throws Exception {
        DocumentLoader.Loaded loaded = loader.load(article());
        RadarReport again = Radar.assess(loaded.document());

        assertThat(loaded.assessment()).isNotNull();
        assertThat(loaded.assessment().queue()).isEqualTo(again.queue());
        assertThat(loaded.assessment().flagCount()).isEqualTo(again.flagCount());
        for (var quote : loaded.document().quotes()) {
            assertThat(loaded.assessment().of(quote.id())).isEqualTo(again.of(quote.id()));
        }
    }

    @Test
    void theSampleComesWithItsReportToo() throws Exception {
        DocumentLoader.Loaded loaded = loader.loadSample();

        assertThat(loaded.assessment()).isNotNull();
        assertThat(loaded.assessment().queue()).isEqualTo(Radar.assess(loaded.document()).queue());
    }

    @Test
    void openingUsesTheLoadersReportAndFillsTheQuoteListOnceWithRisksAlreadyOnTheRows() throws Exception {
        List<Object> handedOver = new ArrayList<>();
        BackgroundRunner inPlace = BackgroundRunner.inPlace();
        BackgroundRunner recording = new BackgroundRunner() {
            @Override
            public <T> void run(String message, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
                inPlace.run(message, work, result -> {
                    handedOver.add(result);
                    onSuccess.accept(result);
                }, onFailure);
            }
        };
        MainViewModel viewModel = new MainViewModel(loader, recording, new StubDialogs(), RecentFiles.inMemory());
        // background assessments are dropped: whatever the radar shows came with the document
        viewModel.radar().assessOn(work -> { }, Runnable::run);
        List<String> listChanges = new ArrayList<>();
        viewModel.quoteList().rows().addListener((ListChangeListener<QuoteRow>) change -> {
            while (change.next()) {
                listChanges.add(change.wasReplaced() ? "replaced" : change.wasAdded() ? "added" : "other");
            }
        });

        viewModel.open(article());

        RadarReport given = ((DocumentLoader.Loaded) handedOver.get(0)).assessment();
        AnnotatedArticle document = viewModel.session().getDocument();
        assertThat(viewModel.radar().reportProperty().get()).isSameAs(given);
        assertThat(viewModel.radar().flagCountProperty().get()).isEqualTo(given.flagCount());
        assertThat(viewModel.radar().queue()).extracting(RadarViewModel.QueueEntry::quoteId)
                .containsExactlyElementsOf(given.queue());
        assertThat(listChanges).hasSize(1);
        assertThat(viewModel.quoteList().rows()).hasSize(document.quotes().size());
        for (QuoteRow row : viewModel.quoteList().rows()) {
            assertThat(row).isEqualTo(row.assessed(given.of(row.quoteId())));
        }
    }

    @Test
    void aDocumentOpenedWithoutAReportIsStillAssessedByTheWindow() throws Exception {
        MainViewModel viewModel = new MainViewModel(loader, BackgroundRunner.inPlace(), new StubDialogs(),
                RecentFiles.inMemory());
        DocumentLoader.Loaded loaded = loader.load(article());

        viewModel.radar().expect(loaded.document(), null);
        viewModel.session().open(loaded.document(), loaded.articleFile(), loaded.saveTarget());

        assertThat(viewModel.radar().reportProperty().get()).isNotNull();
        assertThat(viewModel.radar().reportProperty().get().queue()).isEqualTo(loaded.assessment().queue());
    }

    @Test
    void aReportForAnotherDocumentIsNotAppliedToTheOneOpened() throws Exception {
        MainViewModel viewModel = new MainViewModel(loader, BackgroundRunner.inPlace(), new StubDialogs(),
                RecentFiles.inMemory());
        DocumentLoader.Loaded sample = loader.loadSample();
        DocumentLoader.Loaded harbour = loader.load(article());

        viewModel.radar().expect(sample.document(), sample.assessment());
        viewModel.session().open(harbour.document(), harbour.articleFile(), harbour.saveTarget());

        assertThat(viewModel.radar().reportProperty().get()).isNotSameAs(sample.assessment());
        assertThat(viewModel.radar().reportProperty().get().queue()).isEqualTo(harbour.assessment().queue());
    }

    @Test
    void theLegendOrderWorkedOutWhileLoadingIsTheOneTheWindowShows() throws Exception {
        DocumentLoader.Loaded loaded = loader.load(article());
        MainViewModel viewModel = new MainViewModel(loader, BackgroundRunner.inPlace(), new StubDialogs(),
                RecentFiles.inMemory());

        viewModel.open(article());

        assertThat(viewModel.legend().entries().stream().filter(e -> e.speakerId() != null).map(LegendEntry::speakerId).toList())
                .isEqualTo(Legend.entries(loaded.document(), SpeakerPalette.SIZE).stream().map(e -> e.speaker().id()).toList());
    }
}
