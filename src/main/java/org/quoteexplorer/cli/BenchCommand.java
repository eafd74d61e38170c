package org.quoteexplorer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder; its owner replaces it. */
@Command(name = "bench", description = "(not yet)")
public final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("bench: not yet implemented");
        return 2;
    }
}
