package org.quoteexplorer.io;

import java.util.stream.Collectors;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Flag;

/** Flags as two flat cells for JSON Lines and CSV: the codes, and the reasons in the same order. */
public final class FlagText {

    private FlagText() {
    }

    /** "conflict, weak-evidence": filter a spreadsheet column by a code. */
    public static String codes(Assessment assessment) {
        return assessment.flags().stream().map(f -> f.code().code()).collect(Collectors.joining(", "));
    }

    /** The reasons, one per flag, separated by " | " (reasons never contain it at their edges). */
    public static String reasons(Assessment assessment) {
        return assessment.flags().stream().map(Flag::reason).collect(Collectors.joining(" | "));
    }
}
