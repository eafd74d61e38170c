package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void savingOntoAFolderIsRefusedNamingTheFolderAndLeavesNoTemporary() throws Exception {
        Path target = Files.createDirectories(folder.resolve("exports"));

        assertThatThrownBy(() -> AtomicFiles.write(target, "x".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(java.io.IOException.class)
                .hasMessage(target + " is a folder; give a file name to save to");
        try (java.util.stream.Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void aNewFileGetsTheSamePermissionsAsAnyNewFileNotOwnerOnly() throws Exception {
        Path ordinary = Files.createFile(folder.resolve("ordinary.txt"));
        Path saved = folder.resolve("new.quotes.json");

        AtomicFiles.write(saved, "{}".getBytes(StandardCharsets.UTF_8));

        // Files.createFile honours the umask, like every editor; the save must not be stricter.
        assertThat(Files.getPosixFilePermissions(saved)).isEqualTo(Files.getPosixFilePermissions(ordinary));
        assertThat(Files.readString(saved)).isEqualTo("{}");
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws Exception {
        Path file = folder.resolve("shared.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void temporaryFilesLeftByAKilledWriterAreRemovedOnceStaleButNotWhileFresh() throws Exception {
        AtomicFiles.forgetTidiedFolders();
        Path file = folder.resolve("a[1].json");
        Path stale = aged(Files.writeString(folder.resolve(AtomicFiles.temporaryName()), "torn"), Duration.ofHours(2));
        Path fresh = Files.writeString(folder.resolve(AtomicFiles.temporaryName()), "another save in progress");
        Path unrelated = aged(Files.writeString(folder.resolve(".other.json.789.tmp"), "not ours"), Duration.ofHours(2));
        Path lookAlike = aged(Files.writeString(folder.resolve(".qe-notours.tmp"), "not ours either"), Duration.ofHours(2));

        AtomicFiles.write(file, "content".getBytes(StandardCharsets.UTF_8));

        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(unrelated).exists();
        assertThat(lookAlike).exists();
    }

    @Test
    void aFolderIsSearchedForStaleTemporariesOnlyAtItsFirstSaveInARun() throws Exception {
        AtomicFiles.forgetTidiedFolders();
        int scansBefore = AtomicFiles.folderScans();
        for (int i = 0; i < 20; i++) {
            AtomicFiles.write(folder.resolve("article-" + i + ".quotes.json"), "{}".getBytes(StandardCharsets.UTF_8));
        }
        Path staleLater = aged(Files.writeString(folder.resolve(AtomicFiles.temporaryName()), "torn"), Duration.ofHours(2));
        AtomicFiles.write(folder.resolve("article-0.quotes.json"), "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(AtomicFiles.folderScans() - scansBefore).isEqualTo(1);
        assertThat(staleLater).exists();

        AtomicFiles.forgetTidiedFolders();
        AtomicFiles.write(folder.resolve("article-0.quotes.json"), "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(staleLater).doesNotExist();
    }

    @Test
    void aTargetNameNearTheFileSystemLimitSaves() throws Exception {
        Path file = folder.resolve("a".repeat(250 - ".quotes.json".length()) + ".quotes.json");
        assertThat(file.getFileName().toString()).hasSize(250);

        AtomicFiles.write(file, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("{}");
        try (java.util.stream.Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void temporaryNamesAreShortAndRecognisedAsOurs() {
        String name = AtomicFiles.temporaryName();

        assertThat(name).matches("\\.qe-[a-z0-9]{12}\\.tmp");
        assertThat(AtomicFiles.isTemporaryName(name)).isTrue();
        assertThat(AtomicFiles.isTemporaryName(".story.json.123.tmp")).isFalse();
    }

    @Test
    void contentThatFailsWhileStreamingLeavesTheOldFileAndNoTemporary() throws Exception {
        Path file = Files.writeString(folder.resolve("kept.json"), "old");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IllegalArgumentException("cannot export: too large");
        })).hasMessage("cannot export: too large");

        assertThat(file).hasContent("old");
        try (java.util.stream.Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void deferredSavesAreCompleteFilesAndTheFolderCanBeSyncedAfterwards() throws Exception {
        for (int i = 0; i < 3; i++) {
            AtomicFiles.write(folder.resolve(i + ".json"), out -> out.write('x'), AtomicFiles.Durability.DEFER);
        }
        AtomicFiles.syncFolder(folder);

        for (int i = 0; i < 3; i++) {
            assertThat(folder.resolve(i + ".json")).hasContent("x");
        }
    }

    @Test
    void unforcedSavesAreCompleteAtOnceAndOneSyncMakesThemAllDurable() throws Exception {
        Path other = Files.createDirectories(folder.resolve("other"));
        java.util.List<Path> saved = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (Path into : java.util.List.of(folder, other)) {
                Path file = into.resolve(i + ".json");
                AtomicFiles.write(file, out -> out.write("content".getBytes(StandardCharsets.UTF_8)), AtomicFiles.Durability.LATER);
                saved.add(file);
                assertThat(file).hasContent("content");
            }
        }

        assertThat(AtomicFiles.syncAll(saved)).isTrue();
        try (java.util.stream.Stream<Path> left = Files.list(folder)) {
            assertThat(left).noneMatch(p -> AtomicFiles.isTemporaryName(p.getFileName().toString()));
        }
    }

    @Test
    void savingUnderAFileAsIfItWereAFolderFailsClearly() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("plain.txt"), "text");

        assertThatThrownBy(() -> AtomicFiles.write(notAFolder.resolve("x.json"), new byte[1]))
                .hasMessageContaining("folder " + notAFolder + " does not exist");
        assertThat(notAFolder).hasContent("text");
    }

    private static Path aged(Path file, Duration age) throws java.io.IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }

    @Test
    void writingIntoAMissingFolderFailsClearly() {
        Path file = folder.resolve("no/such/folder/x.json");

        assertThatThrownBy(() -> AtomicFiles.write(file, new byte[1])).hasMessageContaining("does not exist");
    }

    @Test
    void writingThroughASymbolicLinkReplacesTheTargetAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(folder.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), real);

        AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }
}
