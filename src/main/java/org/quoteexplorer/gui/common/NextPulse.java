package org.quoteexplorer.gui.common;

import javafx.animation.AnimationTimer;

/**
 * Work for the start of the next pulse, after the window drew what is done so far. Work queued
 * with {@code Platform.runLater} from the FX thread may all run before the window draws again, so
 * slices of a long job queued that way hold the window as long as the whole job would.
 */
public final class NextPulse {

    private NextPulse() {
    }

    /** Runs {@code work} once, on the FX thread, at the start of the next pulse. Call on the FX thread. */
    public static void run(Runnable work) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                work.run();
            }
        }.start();
    }
}
