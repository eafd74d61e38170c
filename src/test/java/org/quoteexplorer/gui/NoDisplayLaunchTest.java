package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.Launcher;

/** Starting the app where there is no screen (an SSH session, a server) ends with advice, not a stack trace. */
class NoDisplayLaunchTest {

    @TempDir
    Path home;

    @Test
    void withoutADisplayTheAppSaysWhatToUseInsteadAndExitsWithOne() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"),
                "only X11/Wayland sessions have a DISPLAY to take away");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Duser.home=" + home,
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "no-such-article.txt").stream().toList());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectErrorStream(true);
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("needs a graphical session").contains("attribute").doesNotContain("\tat ");
    }
}
