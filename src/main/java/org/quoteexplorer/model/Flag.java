package org.quoteexplorer.model;

import java.util.Objects;

/**
 * One reason to doubt a quote's attribution, e.g. {@code conflict}: "the same words are
 * attributed to Jane Smith in q7". A question for the analyst, not a verdict.
 *
 * @param reason plain language naming the other quote, speaker, rule or distance
 */
public record Flag(FlagCode code, String reason) {

    public Flag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
