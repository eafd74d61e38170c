package org.quoteexplorer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder; its owner replaces it. */
@Command(name = "eval", description = "(not yet)")
public final class EvalCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("eval: not yet implemented");
        return 2;
    }
}
