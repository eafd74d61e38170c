package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.StubDialogs;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.gui.speakers.SpeakerEditingViewModel;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.SpeakerRegistryFile;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.RegistryColours;
import org.quoteexplorer.review.RegistryHistory;
import org.quoteexplorer.review.Workspace;

/**
 * Speaker edits in a workspace reach the registry and the other articles; without a toolkit: a
 * folder of two hand-made articles, each opened in a window's session in turn.
 */
class RegistryEditingViewModelTest {

    @TempDir
    Path folder;

    private final StubDialogs dialogs = new StubDialogs();

    /** One window: its session and view models on one article of the workspace. */
    private final class Window {
        final DocumentSession session = new DocumentSession();
        final LegendViewModel legend = new LegendViewModel(session);
        final ReviewViewModel review = new ReviewViewModel(session, legend, new QuoteListViewModel(session));
        final SpeakerEditingViewModel editing = new SpeakerEditingViewModel(session, review, dialogs);

        Window(Workspace ws, RegistryHistory history, String path) throws IOException {
            // As the workspace window opens an article: its saved review, linked to the registry as it is now.
            editing.useWorkspace(ws, history, path);
            session.open(ws.link(ws.folder().loadReview(path)), folder.resolve(path), null);
        }

        Speaker speakerNamed(String name) {
            return session.getDocument().speakers().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        }
    }

    /** An article attributed by the engine without a registry, saved next to it. */
    private void article(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        AnnotatedArticle review = new QuoteEngine().attribute(Article.of(name.replace(".txt", ""), text)).annotated();
        AnnotationJson.save(review, AnnotationFiles.sidecarOf(file));
    }

    private Workspace folderOfTwo() throws IOException {
        article("monday.txt", "Harbour news\n“The dock reopens on Monday,” said Nadia Okafor.\n");
        article("tuesday.txt", "Tolls\n“Fees will not rise,” said Nadia Okafor on Tuesday.\n");
        SpeakerRegistryFile.update(SpeakerRegistryFile.in(folder), disk -> List.of());
        return Workspace.open(WorkspaceFolder.at(folder));
    }

    @Test
    void speakerConfirmedInOneArticleIsLinkedWithTheSameColourInTheOther() throws IOException {
        Workspace ws = folderOfTwo();
        RegistryHistory history = new RegistryHistory(ws);
        Window monday = new Window(ws, history, "monday.txt");
        assertThat(monday.speakerNamed("Nadia Okafor").registryId()).isNull();

        monday.editing.confirmInRegistry(monday.speakerNamed("Nadia Okafor").id());

        RegistryEntry entry = ws.registry().find("Nadia Okafor").orElseThrow();
        assertThat(SpeakerRegistryFile.load(SpeakerRegistryFile.in(folder))).containsExactly(entry);
        Speaker here = monday.speakerNamed("Nadia Okafor");
        assertThat(here.registryId()).isEqualTo(entry.id());
        Window tuesday = new Window(ws, history, "tuesday.txt");
        Speaker there = tuesday.speakerNamed("Nadia Okafor");
        assertThat(there.registryId()).isEqualTo(entry.id());
        String colour = "speaker-" + RegistryColours.slotOf(entry);
        assertThat(monday.session.palette().styleClassOf(here.id())).isEqualTo(colour);
        assertThat(tuesday.session.palette().styleClassOf(there.id())).isEqualTo(colour);
        assertThat(tuesday.legend.entries().get(0).speakerClass()).isEqualTo(colour);
    }

    @Test
    void renamingALinkedSpeakerRenamesItInTheOtherArticleAndUndoesInBoth() throws IOException {
        Workspace ws = folderOfTwo();
        RegistryHistory history = new RegistryHistory(ws);
        Window monday = new Window(ws, history, "monday.txt");
        monday.editing.confirmInRegistry(monday.speakerNamed("Nadia Okafor").id());
        String tuesdayBefore = Files.readString(folder.resolve("tuesday.quotes.json"));

        dialogs.answer("Nadia Okafor-Reyes");
        monday.editing.rename(monday.speakerNamed("Nadia Okafor").id());

        assertThat(monday.speakerNamed("Nadia Okafor-Reyes").registryId()).isNotNull();
        assertThat(ws.folder().loadReview("tuesday.txt").speakers()).extracting(Speaker::name)
                .containsExactly("Nadia Okafor-Reyes");
        assertThat(monday.review.messageProperty().get()).contains("1 other article updated");

        monday.editing.undoRegistryChange();

        assertThat(monday.speakerNamed("Nadia Okafor").registryId()).isNotNull();
        assertThat(Files.readString(folder.resolve("tuesday.quotes.json"))).isEqualTo(tuesdayBefore);
        assertThat(ws.registry().find("Nadia Okafor")).isPresent();
    }

    @Test
    void registryColoursAreTheStyleSheetsSpeakerColoursInSlotOrder() throws IOException {
        String css = new String(SpeakerPalette.class.getResourceAsStream("/org/quoteexplorer/gui/quote-explorer.css").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-qe-speaker-(\\d+):\\s*(#[0-9a-fA-F]{6});").matcher(css);
        List<String> colours = new java.util.ArrayList<>();
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(colours.size());
            colours.add(m.group(2).toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(colours).hasSize(SpeakerPalette.SIZE).containsExactlyElementsOf(RegistryColours.PALETTE);
    }

    @Test
    void outsideAWorkspaceConfirmingSaysWhatItNeeds() {
        DocumentSession session = Fixtures.openSession();
        ReviewViewModel review = new ReviewViewModel(session, new LegendViewModel(session), new QuoteListViewModel(session));
        SpeakerEditingViewModel editing = new SpeakerEditingViewModel(session, review, dialogs);

        editing.confirmInRegistry("s1");

        assertThat(review.messageProperty().get()).contains("open the folder");
        assertThat(session.canUndoProperty().get()).isFalse();
    }
}
