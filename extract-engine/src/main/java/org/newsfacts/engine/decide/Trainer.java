package org.newsfacts.engine.decide;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains a {@link DecisionModel} from labelled readings: L2-regularised logistic regression
 * (LIBLINEAR's primal solver, deterministic), on the features seen in at least {@code minCount}
 * readings; then Platt scaling fitted on predictions for articles held out of the fit (folds by
 * article, fixed seed), so that the model's probability is the share of readings at that
 * probability that are right.
 */
public final class Trainer {

    /** One reading of one article, with whether it states a gold fact. */
    public record Example(String article, List<String> features, boolean right) {}

    /**
     * @param cost          LIBLINEAR's C (inverse of the regularisation)
     * @param minCount      a feature counts if at least this many readings have it
     * @param calibrationFolds folds by article for the held-out predictions Platt scaling is fitted on
     * @param threshold     the probability a reading needs to become a fact
     * @param seed          the folds' shuffle
     */
    public record Options(double cost, int minCount, int calibrationFolds, double threshold, long seed) {
        public static Options defaults() {
            return new Options(0.1, 2, 5, 0.5, 42);
        }

        public Options withThreshold(double t) {
            return new Options(cost, minCount, calibrationFolds, t, seed);
        }
    }

    private Trainer() {}

    public static DecisionModel train(List<Example> examples, Options options) {
        if (examples.stream().noneMatch(Example::right) || examples.stream().allMatch(Example::right)) {
            throw new IllegalArgumentException("training needs readings that are right and readings that are wrong ("
                    + examples.size() + " readings, "
                    + examples.stream().filter(Example::right).count() + " right)");
        }
        Linear.disableDebugOutput();
        Map<String, Integer> index = index(examples, options.minCount());
        Model model = fit(examples, index, options.cost());
        // Held-out raw scores: each fold's readings scored by a model fitted without that fold's articles.
        List<String> articles = new ArrayList<>(
                new TreeSet<>(examples.stream().map(Example::article).toList()));
        Map<String, Integer> foldOf =
                folds(articles, Math.min(options.calibrationFolds(), articles.size()), options.seed());
        List<double[]> held = new ArrayList<>();
        int k = Math.min(options.calibrationFolds(), articles.size());
        for (int fold = 0; fold < k && k > 1; fold++) {
            int f = fold;
            List<Example> fit =
                    examples.stream().filter(e -> foldOf.get(e.article()) != f).toList();
            List<Example> out =
                    examples.stream().filter(e -> foldOf.get(e.article()) == f).toList();
            if (out.isEmpty()
                    || fit.stream().noneMatch(Example::right)
                    || fit.stream().allMatch(Example::right)) {
                continue;
            }
            DecisionModel m =
                    new DecisionModel(index, fit(fit, index, options.cost()), 1, 0, options.threshold(), Map.of());
            for (Example e : out) {
                held.add(new double[] {m.score(e.features()), e.right() ? 1 : 0});
            }
        }
        double[] platt = held.isEmpty() ? new double[] {1, 0} : platt(held);
        Map<String, String> info = new LinkedHashMap<>();
        info.put("readings", Integer.toString(examples.size()));
        info.put("right", Long.toString(examples.stream().filter(Example::right).count()));
        info.put("articles", Integer.toString(articles.size()));
        info.put(
                "learner",
                "LIBLINEAR " + SolverType.L2R_LR + " C=" + options.cost() + " minCount=" + options.minCount()
                        + " Platt scaling on " + k + "-fold held-out scores, seed " + options.seed());
        return new DecisionModel(index, model, platt[0], platt[1], options.threshold(), info);
    }

    /** Folds by article: the sorted names shuffled with the seed, dealt out in turn. */
    public static Map<String, Integer> folds(List<String> articles, int k, long seed) {
        List<String> order = new ArrayList<>(new TreeSet<>(articles));
        Collections.shuffle(order, new Random(seed));
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            out.put(order.get(i), i % Math.max(1, k));
        }
        return out;
    }

    private static Map<String, Integer> index(List<Example> examples, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String f : new TreeSet<>(e.features())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String f : new TreeSet<>(counts.keySet())) {
            if (counts.get(f) >= minCount) {
                index.put(f, index.size() + 1);
            }
        }
        return index;
    }

    private static Model fit(List<Example> examples, Map<String, Integer> index, double cost) {
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = index.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Feature[] v = DecisionModel.vector(index, examples.get(i).features());
            Feature[] withBias = java.util.Arrays.copyOf(v, v.length + 1);
            withBias[v.length] = new FeatureNode(index.size() + 1, 1);
            problem.x[i] = withBias;
            problem.y[i] = examples.get(i).right() ? 1 : 0;
        }
        Linear.resetRandom();
        return Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, 0.001));
    }

    /** Platt scaling: p = 1 / (1 + exp(-(a·logit(raw) + b))), fitted by (nearly unregularised) logistic regression. */
    private static double[] platt(List<double[]> held) {
        Problem problem = new Problem();
        problem.l = held.size();
        problem.n = 2;
        problem.bias = 1;
        problem.x = new Feature[held.size()][];
        problem.y = new double[held.size()];
        for (int i = 0; i < held.size(); i++) {
            double r = Math.min(Math.max(held.get(i)[0], 1e-6), 1 - 1e-6);
            problem.x[i] = new Feature[] {new FeatureNode(1, Math.log(r / (1 - r))), new FeatureNode(2, 1)};
            problem.y[i] = held.get(i)[1];
        }
        Linear.resetRandom();
        Model m = Linear.train(problem, new Parameter(SolverType.L2R_LR, 100, 0.0001));
        double[] w = m.getFeatureWeights();
        double sign = m.getLabels()[0] == 1 ? 1 : -1;
        return new double[] {sign * w[0], sign * w[1]};
    }
}
