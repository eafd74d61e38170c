package org.quoteexplorer.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The counts of one scoring run and the figures derived from them, as score_quotes.py prints them;
 * {@code outcomes} holds the verdict on every matched, attributable quote, as the script's
 * {@code outcomes} list does, for measuring how well confidences are calibrated.
 */
public record Score(int documents, int missingPredictions, int gold, int predicted, int matched, int attributable,
                    int speakerOk, int namedOk, int namedTotal, int pronounOk, int pronounTotal,
                    List<ScoringError> errors, List<Outcome> outcomes) {

    public Score {
        errors = List.copyOf(errors);
        outcomes = List.copyOf(outcomes);
    }

    public double precision() {
        return ratio(matched, predicted);
    }

    public double recall() {
        return ratio(matched, gold);
    }

    public double extractionF1() {
        return ratio(2 * precision() * recall(), precision() + recall());
    }

    public double speakerAccuracy() {
        return ratio(speakerOk, attributable);
    }

    public double namedAccuracy() {
        return ratio(namedOk, namedTotal);
    }

    public double pronounAccuracy() {
        return ratio(pronounOk, pronounTotal);
    }

    public double attributionF1() {
        double p = ratio(speakerOk, predicted);
        double r = ratio(speakerOk, gold);
        return ratio(2 * p * r, p + r);
    }

    /** Exactly the lines of score_quotes.py, same order, same rounding. */
    public List<String> lines() {
        return List.of(
                "documents " + documents + " (no prediction for " + missingPredictions + ")",
                "gold quotes " + gold + ", predicted " + predicted + ", matched " + matched,
                "extraction precision " + f3(precision()) + " recall " + f3(recall()) + " F1 " + f3(extractionF1()),
                "speaker accuracy, named gold speakers: " + f3(namedAccuracy()) + " (" + namedOk + "/" + namedTotal + ")",
                "speaker accuracy, pronoun gold speakers: " + f3(pronounAccuracy()) + " (" + pronounOk + "/"
                        + pronounTotal + ")",
                "attribution F1 " + f3(attributionF1()) + " (extraction F1 " + f3(extractionF1())
                        + ", speaker accuracy " + f3(speakerAccuracy()) + ")");
    }

    /**
     * Python's {@code f"{x:.3f}"} rounds the exact binary value half-to-even; Java's
     * {@code %.3f} rounds a decimal approximation half-up and can differ in the last digit.
     */
    static String f3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static double ratio(double a, double b) {
        return b != 0 ? a / b : 0.0;
    }
}
