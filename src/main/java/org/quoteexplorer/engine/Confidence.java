package org.quoteexplorer.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How often each rule is right, so that a confidence of 0.9 means "right about nine times in
 * ten". The precisions live in the resource {@value #RESOURCE}, written by
 * {@code eval --gold train.json --calibrate=FILE}: measured on the PolNeAR training split with
 * shrinkage toward the split's overall rate, checked by 5-fold cross-validation so that the
 * figures hold on articles they were not measured on. Rules a sieve discounts further (a weak
 * cue, a bare role) are measured with their discounts, so the rule's quotes as a whole are
 * right as often as their mean confidence says.
 */
public final class Confidence {

    /** The precision table, a classpath resource: one "rule precision" a line, '#' starts a comment. */
    public static final String RESOURCE = "org/quoteexplorer/engine/confidence.txt";

    /** A bare role ("the spokesman") still has to be matched to a name, which sometimes goes wrong. */
    static final double BARE_ROLE = 0.9;

    /**
     * A sentence cue that is not a plain "said" costs this share. On PolNeAR train such quotes were
     * right 86.7% of the time against 92.0% for the rule's plainly cued ones (the discount table of
     * {@code eval --calibrate} shows it again after a change); the former 0.9 under-promised them.
     */
    static final double WEAK_CUE = 0.94;

    private static final Map<String, Double> PRECISION = load();

    /**
     * The rules named above as too rare on the training split to measure: an article may well
     * never use them, so a test that every rule fires somewhere leaves these out.
     */
    static final Set<String> RARE = Set.of("headline-words", "turn-taking", "quote-by-speaker", "quote-dash-speaker",
            "speaker-dash-quote");

    private Confidence() {
    }

    /** Every rule name with a measured precision. */
    static Set<String> ruleNames() {
        return PRECISION.keySet();
    }

    /** The table as loaded, rule name to precision, in the resource's order; for re-calibration. */
    public static Map<String, Double> precisions() {
        return PRECISION;
    }

    /**
     * The confidence of a decision by rule {@code sieve}. A rule without a measured precision is a
     * programming error (a new or misspelt name), not a case for a default guess.
     *
     * @throws IllegalArgumentException for a rule name not in the table
     */
    static double of(String sieve, Mention mention) {
        Double measured = PRECISION.get(sieve);
        if (measured == null) {
            throw new IllegalArgumentException("rule \"" + sieve + "\" has no measured precision in " + RESOURCE);
        }
        double base = measured;
        if (mention != null && mention.isBareRole()) {
            base *= BARE_ROLE;
        }
        return Math.min(1.0, Math.max(0.0, base));
    }

    private static Map<String, Double> load() {
        try (InputStream in = Confidence.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("confidence table " + RESOURCE + " is missing from the program");
            }
            return parse(RESOURCE, in);
        } catch (IOException e) {
            throw new IllegalStateException("confidence table " + RESOURCE + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table strictly: a hand edit that leaves a malformed line, a precision outside
     * (0, 1] or a rule given twice stops the program at start-up with the line named.
     */
    static Map<String, Double> parse(String name, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Double> table = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(" ");
            double value;
            try {
                value = parts.length == 2 ? Double.parseDouble(parts[1]) : Double.NaN;
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!parts[0].matches("[a-z]+(-[a-z]+)*") || !(value > 0 && value <= 1)) {
                throw new IllegalStateException("confidence table " + name + ", line " + number + ": \"" + line
                        + "\" is not a rule name and a precision between 0 and 1");
            }
            if (table.putIfAbsent(parts[0], value) != null) {
                throw new IllegalStateException("confidence table " + name + ", line " + number + ": rule \""
                        + parts[0] + "\" is given twice");
            }
        }
        return Collections.unmodifiableMap(table);
    }
}
