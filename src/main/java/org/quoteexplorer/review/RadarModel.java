package org.quoteexplorer.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The radar's risk: how likely an attribution is wrong, from the features of {@link RadarFeatures},
 * as a sum of small decision trees (gradient boosting) through the logistic function. Trees rather
 * than one weight per feature because the evidence combines: a pronoun is a fine mention next to
 * its cue and a weak one three sentences away, a rule is trustworthy with one candidate in the
 * sentence and not with three. The trees live in the resource {@value #RESOURCE}, fitted on the
 * PolNeAR training split by {@code eval --gold train.json --fit-radar=FILE} (depth and number of
 * trees chosen by cross-validation on train; dev is only measured). A feature a quote lacks counts
 * as 0, so a rule the training split never used takes the path of "not this rule".
 */
public final class RadarModel {

    /** The model, a classpath resource: see {@link #parse} for its lines; '#' starts a comment. */
    public static final String RESOURCE = "org/quoteexplorer/review/radar-model.txt";

    private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*(:[a-z]+(-[a-z]+)*)?");

    /** One node of a tree: a split on a feature or a leaf adding its value to the risk's log-odds. */
    public sealed interface Node permits Split, Leaf {
        double value(Map<String, Double> features);
    }

    /** Quotes whose {@code feature} is below {@code threshold} go to {@code below}, the others to {@code atOrAbove}. */
    public record Split(String feature, double threshold, Node below, Node atOrAbove) implements Node {
        @Override
        public double value(Map<String, Double> features) {
            Double v = features.get(feature);
            return (v == null ? 0 : v) < threshold ? below.value(features) : atOrAbove.value(features);
        }
    }

    public record Leaf(double value) implements Node {
        @Override
        public double value(Map<String, Double> features) {
            return value;
        }
    }

    private final double base;
    private final List<Node> trees;

    /*
     * The trees flattened into arrays, the features they read numbered: a quote's risk reads
     * each feature of its map once instead of one map look-up per split of every tree, which
     * made the trees the radar's largest cost on an article of thousands of quotes.
     */
    private final Map<String, Integer> featureIndex = new HashMap<>();
    private final int[] roots;
    /** Per node: the feature's number, or -1 for a leaf. */
    private final int[] nodeFeature;
    /** Per node: the split's threshold, or the leaf's value. */
    private final double[] nodeValue;
    private final int[] below;
    private final int[] atOrAbove;

    /** A model whose log-odds are {@code base} plus the leaf each tree sends the quote to. */
    public RadarModel(double base, List<Node> trees) {
        this.base = base;
        this.trees = List.copyOf(trees);
        List<Node> nodes = new ArrayList<>();
        this.roots = new int[trees.size()];
        for (int t = 0; t < trees.size(); t++) {
            roots[t] = nodes.size();
            collect(trees.get(t), nodes);
        }
        this.nodeFeature = new int[nodes.size()];
        this.nodeValue = new double[nodes.size()];
        this.below = new int[nodes.size()];
        this.atOrAbove = new int[nodes.size()];
        Map<Node, Integer> numbers = new IdentityHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            numbers.put(nodes.get(i), i);
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof Split s) {
                nodeFeature[i] = featureIndex.computeIfAbsent(s.feature(), k -> featureIndex.size());
                nodeValue[i] = s.threshold();
                below[i] = numbers.get(s.below());
                atOrAbove[i] = numbers.get(s.atOrAbove());
            } else {
                nodeFeature[i] = -1;
                nodeValue[i] = ((Leaf) nodes.get(i)).value();
            }
        }
    }

    private static void collect(Node node, List<Node> nodes) {
        nodes.add(node);
        if (node instanceof Split s) {
            collect(s.below(), nodes);
            collect(s.atOrAbove(), nodes);
        }
    }

    /** The model shipped with the program. */
    public static RadarModel bundled() {
        return Bundled.MODEL;
    }

    /** Loaded on first use, so that a broken file still lets {@code --fit-radar} write a new one. */
    private static final class Bundled {
        static final RadarModel MODEL = load();
    }

    public double base() {
        return base;
    }

    public List<Node> trees() {
        return trees;
    }

    /** 0..1: the chance that the attribution described by {@code features} is wrong. */
    public double probability(Map<String, Double> features) {
        double[] x = new double[featureIndex.size()];
        for (Map.Entry<String, Double> e : features.entrySet()) {
            Integer j = featureIndex.get(e.getKey());
            if (j != null) {
                x[j] = e.getValue();
            }
        }
        return probability(x);
    }

    /** A quote's features written straight into this model's numbering, for quote after quote. */
    Input input() {
        return new Input();
    }

    /** The features the trees read, numbered; the others are dropped as they are written. */
    final class Input implements RadarFeatures.Sink {
        private final double[] x = new double[featureIndex.size()];

        @Override
        public void put(String name, double value) {
            Integer j = featureIndex.get(name);
            if (j != null) {
                x[j] = value;
            }
        }

        /** {@link RadarModel#probability(Map)} of the features written since the last call; then starts afresh. */
        double probability() {
            double p = RadarModel.this.probability(x);
            java.util.Arrays.fill(x, 0);
            return p;
        }
    }

    private double probability(double[] x) {
        double z = base;
        for (int root : roots) {
            int node = root;
            while (nodeFeature[node] >= 0) {
                node = x[nodeFeature[node]] < nodeValue[node] ? below[node] : atOrAbove[node];
            }
            z += nodeValue[node];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The resource's text for this model, with a header saying how it was made. */
    public List<String> resource(List<String> header) {
        List<String> lines = new ArrayList<>();
        lines.add("# Misattribution radar: boosted decision trees, risk = 1 / (1 + exp(-(base + sum of the trees' leaves))).");
        lines.add("# See RadarModel.java and RadarFeatures.java; written by eval --gold train.json --fit-radar=FILE.");
        lines.add("# In a tree, \"split FEATURE T\" is followed by the branch for FEATURE < T, then the one for >= T;");
        lines.add("# a feature a quote lacks is 0.");
        header.forEach(h -> lines.add("# " + h));
        lines.add("base " + number(base));
        for (Node tree : trees) {
            lines.add("tree");
            write(tree, "  ", lines);
        }
        return lines;
    }

    private static void write(Node node, String indent, List<String> lines) {
        if (node instanceof Split s) {
            lines.add(indent + "split " + s.feature() + " " + number(s.threshold()));
            write(s.below(), indent + "  ", lines);
            write(s.atOrAbove(), indent + "  ", lines);
        } else {
            lines.add(indent + "leaf " + number(((Leaf) node).value()));
        }
    }

    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        // "-0.000000" reads as a value that lowers the risk; it is nothing.
        return s.equals("-0.000000") ? "0.000000" : s;
    }

    private static RadarModel load() {
        try (InputStream in = RadarModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("radar model " + RESOURCE + " is missing from the program");
            }
            return parse(RESOURCE, in);
        } catch (IOException e) {
            throw new IllegalStateException("radar model " + RESOURCE + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model strictly: "base NUMBER" once, then any number of "tree" lines, each followed
     * by its nodes in order ("split FEATURE THRESHOLD" then its two branches, or "leaf NUMBER"),
     * indented two spaces per level. A malformed line, a number that is not finite, a feature of
     * no known family, a tree cut short or a missing base stops the program with the line named,
     * rather than ranking every quote by a half-read model.
     */
    static RadarModel parse(String name, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (!line.startsWith("#") && !line.isBlank()) {
                lines.add(line);
                numbers.add(number);
            }
        }
        Parser p = new Parser(name, lines, numbers);
        return p.model();
    }

    private static final class Parser {
        private final String name;
        private final List<String> lines;
        private final List<Integer> numbers;
        private int at;

        Parser(String name, List<String> lines, List<Integer> numbers) {
            this.name = name;
            this.lines = lines;
            this.numbers = numbers;
        }

        RadarModel model() {
            if (lines.isEmpty() || !lines.get(0).startsWith("base ")) {
                throw new IllegalStateException("radar model " + name + " has no \"base\" line before its trees");
            }
            double base = number(lines.get(0).substring(5), 0);
            at = 1;
            List<Node> trees = new ArrayList<>();
            while (at < lines.size()) {
                if (!lines.get(at).equals("tree")) {
                    throw bad(at, "is not \"tree\" where a new tree should start");
                }
                at++;
                trees.add(node(1));
            }
            return new RadarModel(base, trees);
        }

        private Node node(int depth) {
            if (at >= lines.size()) {
                throw new IllegalStateException("radar model " + name + " ends inside a tree: a branch is missing");
            }
            int index = at++;
            String line = lines.get(index);
            String indent = "  ".repeat(depth);
            if (!line.startsWith(indent) || line.length() > indent.length() && line.charAt(indent.length()) == ' ') {
                throw bad(index, "is not indented " + indent.length() + " spaces, as its place in the tree needs");
            }
            String[] parts = line.substring(indent.length()).split(" ");
            if (parts.length == 2 && parts[0].equals("leaf")) {
                return new Leaf(number(parts[1], index));
            }
            if (parts.length == 3 && parts[0].equals("split")) {
                if (!NAME.matcher(parts[1]).matches() || !RadarFeatures.FAMILIES.contains(parts[1].split(":", 2)[0])) {
                    throw bad(index, "does not split on a known feature");
                }
                double threshold = number(parts[2], index);
                Node below = node(depth + 1);
                Node above = node(depth + 1);
                return new Split(parts[1], threshold, below, above);
            }
            throw bad(index, "is neither \"split FEATURE NUMBER\" nor \"leaf NUMBER\"");
        }

        private double number(String text, int index) {
            double v;
            try {
                v = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!Double.isFinite(v) || text.isBlank()) {
                throw bad(index, "does not end in a finite number");
            }
            return v;
        }

        private IllegalStateException bad(int index, String what) {
            return new IllegalStateException("radar model " + name + ", line " + numbers.get(index) + ": \""
                    + lines.get(index).strip() + "\" " + what);
        }
    }
}
