package org.quoteexplorer.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why the misattribution radar asks the analyst to look at a quote. Each code carries a weight:
 * how strongly it suggests the attribution is wrong, which orders a quote's flags (strongest
 * first). The quote's risk, which orders the review queue, is the radar's model fitted on the
 * PolNeAR training split (review/radar-model.txt), in which each flag is one feature.
 */
public enum FlagCode {
    /** The same or nearly the same words are attributed to another speaker elsewhere. */
    CONFLICT("conflict", 0.3),
    /** The quote sits inside (or around) another quote with a different speaker. */
    NESTED_CONFLICT("nested-conflict", 0.3),
    /** A headline quote whose counterpart in the body has another speaker. */
    HEADLINE_CONFLICT("headline-conflict", 0.2),
    /** The writer's own sentence credits somebody else with these words. */
    NARRATION("narration", 0.1),
    /** The attribution rests on a rule that guesses from context (pronoun, continuation, turn-taking …). */
    WEAK_EVIDENCE("weak-evidence", 0.03),
    /** The speaker's mention is far from the quote. */
    FAR_SPEAKER("far-speaker", 0.5),
    /** Another speaker is named closer to the quote than the one it is attributed to. */
    NEARER_SPEAKER("nearer-speaker", 0.2),
    /** The speaker is a place, a document or a bare role rather than a person or body that speaks. */
    NOT_A_PERSON("not-a-person", 0.1),
    /** The rule that attributed the quote is often wrong. */
    LOW_CONFIDENCE("low-confidence", 0.1),
    /** Nobody is credited with the quote. */
    UNATTRIBUTED("unattributed", 0.9),
    /** The speaker is only ever referred to by a pronoun or a role, never by name. */
    UNNAMED_SPEAKER("unnamed-speaker", 0.4),
    /** The speaker matches a known person under an alias or title the list does not know. */
    SPEAKER_LIST_MISMATCH("speaker-list-mismatch", 0.2);

    private final String code;
    private final double weight;

    FlagCode(String code, double weight) {
        this.code = code;
        this.weight = weight;
    }

    /** The code in exports and on the command line ("nested-conflict"). */
    public String code() {
        return code;
    }

    /** 0..1: how much this flag alone raises a quote's risk. */
    public double weight() {
        return weight;
    }

    public static Optional<FlagCode> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
