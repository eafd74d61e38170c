package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.model.Span;

class SmallPartsTest {

    @Test
    void recentFilesAreNewestFirstWithoutDuplicatesAndLimited() {
        RecentFiles recent = RecentFiles.inMemory();
        for (int i = 0; i < RecentFiles.LIMIT + 3; i++) {
            recent.add(Path.of("a" + i + ".txt"));
        }
        recent.add(Path.of("a5.txt"));
        assertThat(recent.list()).hasSize(RecentFiles.LIMIT);
        assertThat(recent.list().get(0).getFileName().toString()).isEqualTo("a5.txt");
        assertThat(recent.list()).doesNotHaveDuplicates();
    }

    @Test
    void recentFilesAreKeptUnderTheUserHomeOfTheMomentAndSurviveARestart(@org.junit.jupiter.api.io.TempDir Path home) {
        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            RecentFiles.inUserHome().add(Path.of("first.txt"));
            RecentFiles.inUserHome().add(Path.of("second.txt"));
            assertThat(RecentFiles.inUserHome().list()).extracting(p -> p.getFileName().toString())
                    .containsExactly("second.txt", "first.txt");
            assertThat(home.resolve(".quote-explorer").resolve(RecentFiles.FILE_NAME)).isRegularFile();
        } finally {
            System.setProperty("user.home", realHome);
        }
    }

    @Test
    void aRecentFilesFileThatCannotBeWrittenNeverStopsAnOpen(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        java.nio.file.Files.writeString(folder.resolve("taken"), "a file where the folder should be");
        RecentFiles recent = RecentFiles.inFile(folder.resolve("taken").resolve(RecentFiles.FILE_NAME));
        assertThat(recent.add(Path.of("story.txt"))).extracting(p -> p.getFileName().toString()).containsExactly("story.txt");
        assertThat(recent.list()).isEmpty();
    }

    @Test
    void evidenceFarApartIsShownAsTwoPieces() {
        String text = "He said it. " + "x".repeat(60) + " Jones";
        Span cue = new Span(3, 7);
        Span mention = new Span(text.length() - 5, text.length());
        assertThat(QuoteDetails.evidence(text, cue, mention)).isEqualTo("said \u2026 Jones");
        assertThat(QuoteDetails.evidence(text, null, mention)).isEqualTo("Jones");
        assertThat(QuoteDetails.evidence(text, null, null)).isEmpty();
    }

    @Test
    void paletteSlotsFollowTheSpeakerIdAndWrapAfterTwelve() {
        SpeakerPalette palette = new SpeakerPalette();
        assertThat(palette.slotOf("s1")).isZero();
        assertThat(palette.slotOf("s13")).isZero();
        assertThat(palette.slotOf("s12")).isEqualTo(SpeakerPalette.SIZE - 1);
        assertThat(palette.styleClassOf("s3")).isEqualTo("speaker-2");
        assertThat(palette.slotOf("someone")).isBetween(0, SpeakerPalette.SIZE - 1);
        assertThat(palette.styleClassOf(null)).isEqualTo(SpeakerPalette.UNATTRIBUTED_CLASS);
    }

    /**
     * A key JavaFX does not know by that name ("Back Space") becomes a combination of typed
     * characters that no key press ever matches: the key silently does nothing.
     */
    @Test
    void everyKeyOfTheActionsTableIsAKeyJavaFxKnows() {
        for (org.quoteexplorer.review.ReviewAction action : org.quoteexplorer.review.ReviewActions.all()) {
            for (String key : action.keys()) {
                javafx.scene.input.KeyCombination combination = javafx.scene.input.KeyCombination.keyCombination(key);
                String last = key.substring(key.lastIndexOf('+') + 1);
                if (last.length() > 1) {
                    org.assertj.core.api.Assertions.assertThat(combination).as(action.id() + ": " + key)
                            .isInstanceOf(javafx.scene.input.KeyCodeCombination.class);
                }
            }
        }
    }
}
