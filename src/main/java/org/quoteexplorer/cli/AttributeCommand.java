package org.quoteexplorer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder; its owner replaces it. */
@Command(name = "attribute", description = "(not yet)")
public final class AttributeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("attribute: not yet implemented");
        return 2;
    }
}
