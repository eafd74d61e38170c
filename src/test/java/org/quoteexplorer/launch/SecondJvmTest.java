package org.quoteexplorer.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecondJvmTest {

    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path JAR = Path.of("/apps/qe/quote-explorer.jar");
    private static final Path ARCHIVE = Path.of("/apps/qe/quote-explorer.jsa");

    private static SecondJvm.Situation situation(Path archive, List<String> jvmOptions, String toolOptions) {
        return new SecondJvm.Situation(JAVA, JAR, archive, jvmOptions, toolOptions, 1_234L,
                "org.quoteexplorer.Launcher", List.of("story.txt", "--weird arg"));
    }

    @Test
    void theSecondJvmGetsTheQuickCompilerEarlierTheArchiveTheUsersOptionsAndTheSameArguments() {
        List<String> command = SecondJvm.plan(situation(ARCHIVE, List.of("-Xmx2g", "-Duser.language=de"), null))
                .orElseThrow();

        assertThat(command).containsExactly("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.3",
                "-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Xmx2g", "-Duser.language=de", "-D" + SecondJvm.LAUNCHED_AT + "=1234",
                "-cp", JAR.toString(), "org.quoteexplorer.Launcher", "story.txt", "--weird arg");
    }

    @Test
    void withoutAFreshArchiveTheSecondJvmStillGetsTheQuickCompiler() {
        List<String> command = SecondJvm.plan(situation(null, List.of(), null)).orElseThrow();

        assertThat(command).contains("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.3").noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"))
                .noneMatch(o -> o.startsWith("-Xlog"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            -XX:StartFlightRecording=filename=app.jfr
            -XX:+UseSerialGC
            -XX:ArchiveClassesAtExit=app.jsa
            '-agentlib:jdwp=transport=dt_socket,server=y,address=5005'
            -javaagent:profiler.jar
            -Xshare:off
            -Xint
            """)
    void optionsASecondJvmWouldOverrideOrFightOverKeepTheAppInTheFirst(String option) {
        assertThat(SecondJvm.plan(situation(ARCHIVE, List.of("-Xmx1g", option), null))).isEmpty();
        assertThat(SecondJvm.plan(situation(ARCHIVE, List.of(), "-Dx=1 " + option))).isEmpty();
    }

    @Test
    void outsideTheJarTheAppStaysInItsJvm() {
        SecondJvm.Situation fromClasses = new SecondJvm.Situation(JAVA, null, null, List.of(), null, 0L,
                "org.quoteexplorer.Launcher", List.of());

        assertThat(SecondJvm.plan(fromClasses)).isEmpty();
    }

    @Test
    void theArchiveLivesBesideTheJarUnderTheSameName() {
        assertThat(SecondJvm.archiveBeside(JAR)).isEqualTo(ARCHIVE);
    }

    @Test
    void startUpCountsFromTheFirstJvmWhenRelaunched() {
        String before = System.getProperty(SecondJvm.LAUNCHED_AT);
        try {
            System.setProperty(SecondJvm.LAUNCHED_AT, "42");
            assertThat(SecondJvm.launchedAtMillis()).isEqualTo(42L);
            System.clearProperty(SecondJvm.LAUNCHED_AT);
            assertThat(SecondJvm.launchedAtMillis())
                    .isEqualTo(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        } finally {
            Optional.ofNullable(before).ifPresentOrElse(v -> System.setProperty(SecondJvm.LAUNCHED_AT, v),
                    () -> System.clearProperty(SecondJvm.LAUNCHED_AT));
        }
    }
}
