package org.quoteexplorer.gui;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** Runs what it was given only when a test says, in order: background work or FX hand-backs held in a queue. */
final class HeldExecutor implements Executor {

    final Queue<Runnable> queue = new ArrayDeque<>();

    @Override
    public void execute(Runnable work) {
        queue.add(work);
    }

    void runOne() {
        queue.poll().run();
    }

    void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }
}
