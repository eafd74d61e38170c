package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsoleLoggerFinderTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final System.Logger logger = new ConsoleLoggerFinder.ConsoleLogger("javafx",
            new PrintStream(bytes, true, StandardCharsets.UTF_8));

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            TRACE,   false
            DEBUG,   false
            INFO,    true
            WARNING, true
            ERROR,   true
            """)
    void printsInfoAndAboveAndDropsTheChatter(System.Logger.Level level, boolean printed) {
        logger.log(level, "toolkit note");

        assertThat(logger.isLoggable(level)).isEqualTo(printed);
        assertThat(printed()).isEqualTo(printed ? level.getName() + " (javafx): toolkit note" + System.lineSeparator() : "");
    }

    @Test
    void aWarningIsOneLineWithItsCauseButNoStackTrace() {
        logger.log(System.Logger.Level.WARNING, "could not read the font", new IllegalStateException("no such file"));

        assertThat(printed().strip()).isEqualTo(
                "WARNING (javafx): could not read the font (java.lang.IllegalStateException: no such file)");
    }

    @Test
    void parametersAreFilledIntoTheMessage() {
        logger.log(System.Logger.Level.ERROR, "{0} of {1} glyphs missing", 3, 12);

        assertThat(printed().strip()).isEqualTo("ERROR (javafx): 3 of 12 glyphs missing");
    }

    @Test
    void theJdkFindsThisLoggerForSystemLoggers() {
        assertThat(System.LoggerFinder.getLoggerFinder()).isInstanceOf(ConsoleLoggerFinder.class);
    }
}
