package org.quoteexplorer.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The radar's risk: a logistic model of how likely an attribution is wrong, from the features of
 * {@link RadarFeatures}. Its weights live in the resource {@value #RESOURCE}, fitted on the PolNeAR
 * training split by {@code eval --gold train.json --fit-radar=FILE} (regularisation chosen by
 * cross-validation on train; dev is only measured). A feature the table does not name weighs 0,
 * so a rule the training split never used neither raises nor lowers a quote's risk.
 */
public final class RadarModel {

    /** The weight table, a classpath resource: one "feature weight" a line, '#' starts a comment. */
    public static final String RESOURCE = "org/quoteexplorer/review/radar-model.txt";

    private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*(:[a-z]+(-[a-z]+)*)?");

    private final Map<String, Double> weights;

    /** A model with these weights; {@code bias} is the intercept. */
    public RadarModel(Map<String, Double> weights) {
        this.weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** The model shipped with the program. */
    public static RadarModel bundled() {
        return Bundled.MODEL;
    }

    /** Loaded on first use, so that a broken table still lets {@code --fit-radar} write a new one. */
    private static final class Bundled {
        static final RadarModel MODEL = load();
    }

    public Map<String, Double> weights() {
        return weights;
    }

    /** 0..1: the chance that the attribution described by {@code features} is wrong. */
    public double probability(Map<String, Double> features) {
        double z = 0;
        for (Map.Entry<String, Double> e : features.entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null) {
                z += w * e.getValue();
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The resource's text for these weights, with a header saying how they were made. */
    public static List<String> resource(Map<String, Double> weights, List<String> header) {
        List<String> lines = new ArrayList<>();
        lines.add("# Misattribution radar: logistic weights, risk = 1 / (1 + exp(-sum(weight * feature))).");
        lines.add("# See RadarModel.java and RadarFeatures.java; written by eval --gold train.json --fit-radar=FILE.");
        header.forEach(h -> lines.add("# " + h));
        weights.forEach((k, v) -> lines.add(k + " " + String.format(Locale.ROOT, "%.4f", v)));
        return lines;
    }

    private static RadarModel load() {
        try (InputStream in = RadarModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("radar weights " + RESOURCE + " are missing from the program");
            }
            return parse(RESOURCE, in);
        } catch (IOException e) {
            throw new IllegalStateException("radar weights " + RESOURCE + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table strictly: a malformed line, a weight that is not a finite number, a feature of
     * no known family, one given twice or a missing bias stops the program with the line named,
     * rather than ranking every quote by a half-read model.
     */
    static RadarModel parse(String name, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Double> table = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split(" ");
            double value;
            try {
                value = parts.length == 2 ? Double.parseDouble(parts[1]) : Double.NaN;
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!NAME.matcher(parts[0]).matches() || !Double.isFinite(value)
                    || !RadarFeatures.FAMILIES.contains(parts[0].split(":", 2)[0])) {
                throw new IllegalStateException("radar weights " + name + ", line " + number + ": \"" + line
                        + "\" is not a known feature and a number");
            }
            if (table.putIfAbsent(parts[0], value) != null) {
                throw new IllegalStateException("radar weights " + name + ", line " + number + ": feature \""
                        + parts[0] + "\" is given twice");
            }
        }
        if (!table.containsKey("bias")) {
            throw new IllegalStateException("radar weights " + name + " have no \"bias\" line");
        }
        return new RadarModel(table);
    }
}
