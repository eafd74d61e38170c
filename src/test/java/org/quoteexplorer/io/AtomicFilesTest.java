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
        Path file = folder.resolve("a[1].json");
        Path stale = Files.writeString(folder.resolve(".a[1].json.123.tmp"), "torn");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(folder.resolve(".a[1].json.456.tmp"), "another save in progress");
        Path unrelated = Files.writeString(folder.resolve(".other.json.789.tmp"), "not ours");
        Files.setLastModifiedTime(unrelated, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        AtomicFiles.write(file, "content".getBytes(StandardCharsets.UTF_8));

        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(unrelated).exists();
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
