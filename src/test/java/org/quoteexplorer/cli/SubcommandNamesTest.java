package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class SubcommandNamesTest {

    @Test
    void theNamesReadFromTheAnnotationsAreTheCommandLinesSubcommands() {
        var commandLine = QuoteExplorerCommand.commandLine(new ByteArrayOutputStream(), new ByteArrayOutputStream());

        assertThat(QuoteExplorerCommand.subcommandNames())
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(commandLine.getSubcommands().keySet());
    }
}
