package org.newsfacts.engine.decide;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The learned decision: a logistic regression over {@link ReadingFeatures} (LIBLINEAR), its scores
 * mapped to probabilities by Platt scaling fitted on held-out predictions, and the threshold a
 * reading's probability must reach to become a fact. Immutable and thread-safe.
 *
 * <p>File format (text, UTF-8): {@code # comment} lines, then {@code key value} header lines
 * ({@code format 1}, {@code threshold}, {@code platt.a}, {@code platt.b}, {@code features N}), the N
 * feature names one per line in index order, a line {@code liblinear}, and LIBLINEAR's own model text.
 */
public final class DecisionModel {

    /** Where the shipped model lives on the class path. */
    public static final String RESOURCE = "/org/newsfacts/engine/decide/decision-model.txt";

    private static final int FORMAT = 1;

    private final Map<String, Integer> index;
    private final Model model;
    private final int positive;
    private final double plattA;
    private final double plattB;
    private final double threshold;
    private final Map<String, String> info;

    DecisionModel(
            Map<String, Integer> index,
            Model model,
            double plattA,
            double plattB,
            double threshold,
            Map<String, String> info) {
        this.index = Map.copyOf(index);
        this.model = model;
        this.positive = Arrays.stream(model.getLabels()).boxed().toList().indexOf(1);
        this.plattA = plattA;
        this.plattB = plattB;
        this.threshold = threshold;
        this.info = new LinkedHashMap<>(info);
    }

    private static final class Shipped {
        static final DecisionModel MODEL = load();

        private static DecisionModel load() {
            try (InputStream in = DecisionModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the decision model " + RESOURCE
                            + " is not on the class path; train one with" + " ./newsfacts train");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the decision model " + RESOURCE, e);
            }
        }
    }

    /** The model shipped with the engine (loaded once). */
    public static DecisionModel shipped() {
        return Shipped.MODEL;
    }

    /** The readings' probability of being right, calibrated. */
    public double probability(List<String> features) {
        return calibrated(score(features));
    }

    /** The logistic regression's own probability, before calibration. */
    double score(List<String> features) {
        Feature[] x = vector(features);
        double[] p = new double[model.getNrClass()];
        Linear.predictProbability(model, x, p);
        return positive < 0 ? 0 : p[positive];
    }

    double calibrated(double raw) {
        double r = Math.min(Math.max(raw, 1e-6), 1 - 1e-6);
        double logit = Math.log(r / (1 - r));
        return 1 / (1 + Math.exp(-(plattA * logit + plattB)));
    }

    Feature[] vector(List<String> features) {
        return vector(index, features);
    }

    static Feature[] vector(Map<String, Integer> index, List<String> features) {
        int[] ids = new int[features.size()];
        int n = 0;
        for (String f : features) {
            Integer id = index.get(f);
            if (id != null) {
                ids[n++] = id;
            }
        }
        Arrays.sort(ids, 0, n);
        Feature[] x = new Feature[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (k == 0 || ids[i] != x[k - 1].getIndex()) {
                x[k++] = new FeatureNode(ids[i], 1);
            }
        }
        return k == n ? x : Arrays.copyOf(x, k);
    }

    /** A reading becomes a fact when its probability reaches this. */
    public double threshold() {
        return threshold;
    }

    /** What the model was trained on and how it scored (header lines of the file, in order). */
    public Map<String, String> info() {
        return java.util.Collections.unmodifiableMap(info);
    }

    public int featureCount() {
        return index.size();
    }

    /** The same model with another threshold. */
    public DecisionModel withThreshold(double t) {
        return new DecisionModel(index, model, plattA, plattB, t, info);
    }

    public DecisionModel withInfo(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(info);
        all.putAll(more);
        return new DecisionModel(index, model, plattA, plattB, threshold, all);
    }

    public void write(Writer out) throws IOException {
        out.write(
                "# NewsFacts decision model: which candidate readings become facts (extract-engine, decide package).\n");
        out.write(
                "# Written by ./newsfacts train; see MODEL.md beside it for the data it saw and its cross-validated figures.\n");
        out.write("format " + FORMAT + "\n");
        for (Map.Entry<String, String> e : info.entrySet()) {
            out.write("info." + e.getKey() + " " + e.getValue().replace('\n', ' ') + "\n");
        }
        out.write("threshold " + threshold + "\n");
        out.write("platt.a " + plattA + "\n");
        out.write("platt.b " + plattB + "\n");
        String[] names = new String[index.size()];
        index.forEach((name, i) -> names[i - 1] = name);
        out.write("features " + names.length + "\n");
        for (String n : names) {
            out.write(n + "\n");
        }
        out.write("liblinear\n");
        StringWriter text = new StringWriter();
        Linear.saveModel(text, model);
        out.write(text.toString());
        out.flush();
    }

    public static DecisionModel read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        Map<String, String> header = new HashMap<>();
        Map<String, String> info = new LinkedHashMap<>();
        Map<String, Integer> index = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String value = space < 0 ? "" : line.substring(space + 1);
            if (key.startsWith("info.")) {
                info.put(key.substring(5), value);
            } else if (key.equals("features")) {
                int n = Integer.parseInt(value);
                for (int i = 1; i <= n; i++) {
                    String name = in.readLine();
                    if (name == null) {
                        throw new IOException(
                                "decision model: " + n + " features announced, the file ends after " + (i - 1));
                    }
                    index.put(name, i);
                }
            } else if (key.equals("liblinear")) {
                break;
            } else {
                header.put(key, value);
            }
        }
        if (!String.valueOf(FORMAT).equals(header.get("format"))) {
            throw new IOException("decision model: format " + header.get("format") + " is not " + FORMAT);
        }
        if (line == null) {
            throw new IOException("decision model: no 'liblinear' section");
        }
        StringBuilder rest = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            rest.append(buf, 0, n);
        }
        Model model = Linear.loadModel(new StringReader(rest.toString()));
        return new DecisionModel(
                index,
                model,
                Double.parseDouble(header.get("platt.a")),
                Double.parseDouble(header.get("platt.b")),
                Double.parseDouble(header.get("threshold")),
                info);
    }

    /** Names in index order (for tests and summaries). */
    List<String> featureNames() {
        String[] names = new String[index.size()];
        index.forEach((name, i) -> names[i - 1] = name);
        return new ArrayList<>(List.of(names));
    }
}
