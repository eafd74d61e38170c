package org.quoteexplorer.model;

import java.util.List;

/**
 * The radar's view of one quote.
 *
 * @param risk  0..1, how likely the attribution is wrong; orders the review queue
 * @param flags the reasons, strongest first; empty when nothing looks wrong
 */
public record Assessment(double risk, List<Flag> flags) {

    /** Nothing to look at: a reviewed quote, a scare quote, or one the radar finds no fault with. */
    public static final Assessment NONE = new Assessment(0, List.of());

    public Assessment {
        if (risk < 0 || risk > 1 || Double.isNaN(risk)) {
            throw new IllegalArgumentException("risk must be in [0, 1]: " + risk);
        }
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public boolean isFlagged() {
        return !flags.isEmpty();
    }

    public boolean has(FlagCode code) {
        return flags.stream().anyMatch(f -> f.code() == code);
    }
}
