package org.quoteexplorer;

import org.quoteexplorer.cli.QuoteExplorerCommand;
import org.quoteexplorer.gui.QuoteExplorerApp;
import org.quoteexplorer.launch.SecondJvm;

/**
 * Entry point of the shaded jar. It must not extend {@code Application}: the JavaFX launcher
 * refuses to start an Application main class from a plain class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (QuoteExplorerCommand.wantsCommandLine(args)) {
            if (QuoteExplorerCommand.runsBatchOnSeveralCores(args)) {
                SecondJvm.relaunchIfWorthIt(Launcher.class, args);
            }
            System.exit(QuoteExplorerCommand.execute(args));
        }
        SecondJvm.relaunchIfWorthIt(Launcher.class, args);
        QuoteExplorerApp.launchWith(args);
    }
}
