package org.quoteexplorer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder; its owner replaces it. */
@Command(name = "convert", description = "(not yet)")
public final class ConvertCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("convert: not yet implemented");
        return 2;
    }
}
