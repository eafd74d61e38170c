package org.quoteexplorer.review;

import java.util.List;

/**
 * What a background attribution did.
 *
 * @param attributed articles attributed and saved
 * @param kept       articles left alone because a review of them was saved meanwhile
 * @param problems   one plain-language line per article that could not be read or attributed
 * @param cancelled  whether it was stopped before every article was done
 */
public record AttributionSummary(int attributed, int kept, List<String> problems, boolean cancelled) {

    public AttributionSummary {
        problems = List.copyOf(problems);
    }
}
