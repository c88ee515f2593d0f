package org.newsfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsfacts.engine.Extractor;
import org.newsfacts.engine.decide.DecisionModel;
import org.newsfacts.engine.decide.Trainer;
import org.newsfacts.model.Fact;

/**
 * K-fold cross-validation by article: the articles of the folded set are dealt into k fixed folds
 * ({@link Trainer#folds}, seeded), each fold's articles are decided by a model trained on the other
 * folds and on the always-trained set, and every fold's facts are scored together. Also the
 * resubstitution figure (one model trained on everything, scored on the folded set), the candidate
 * recall (gold facts some reading states: the ceiling of the decision) and, for calibration, every
 * cross-validated fact's confidence with whether it is right.
 */
final class CrossValidation {

    /** Bins of the reliability table: [0, 0.1), [0.1, 0.2) … [0.9, 1]. */
    static final int BINS = 10;

    record Result(
            int k,
            long seed,
            Scorer cv,
            Scorer resubstitution,
            Map<String, int[]> candidateRecall,
            List<double[]> confidences) {

        /** Expected calibration error over {@link #BINS} equal-width bins. */
        double ece() {
            double[][] bins = bins();
            double n = confidences.size();
            double e = 0;
            for (double[] b : bins) {
                if (b[0] > 0) {
                    e += b[0] / n * Math.abs(b[2] / b[0] - b[1] / b[0]);
                }
            }
            return e;
        }

        /** Per bin: facts, sum of confidences, facts right. */
        double[][] bins() {
            double[][] bins = new double[BINS][3];
            for (double[] c : confidences) {
                int bin = Math.min(BINS - 1, (int) (c[0] * BINS));
                bins[bin][0]++;
                bins[bin][1] += c[0];
                bins[bin][2] += c[1];
            }
            return bins;
        }

        /** Share of facts at or above {@code p}, and their precision. */
        double[] atOrAbove(double p) {
            long n = confidences.stream().filter(c -> c[0] >= p).count();
            double right = confidences.stream()
                    .filter(c -> c[0] >= p)
                    .mapToDouble(c -> c[1])
                    .sum();
            return new double[] {confidences.isEmpty() ? 0 : (double) n / confidences.size(), n == 0 ? 0 : right / n};
        }

        int[] candidateRecallTotal() {
            int[] t = new int[2];
            candidateRecall.values().forEach(v -> {
                t[0] += v[0];
                t[1] += v[1];
            });
            return t;
        }
    }

    private CrossValidation() {}

    static Result run(
            List<LabelledCorpus.Item> folded, List<LabelledCorpus.Item> always, int k, Trainer.Options options) {
        Map<String, Integer> foldOf =
                Trainer.folds(folded.stream().map(LabelledCorpus.Item::source).toList(), k, options.seed());
        Scorer cv = new Scorer();
        List<double[]> confidences = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            int f = fold;
            List<LabelledCorpus.Item> train = new ArrayList<>(always);
            folded.stream().filter(i -> foldOf.get(i.source()) != f).forEach(train::add);
            DecisionModel model = Trainer.train(examples(train), options);
            for (LabelledCorpus.Item item : folded) {
                if (foldOf.get(item.source()) == f) {
                    List<JsonNode> got = decide(item, model);
                    cv.score(item.source(), item.gold(), got);
                    for (JsonNode fact : got) {
                        boolean right = item.gold().stream().anyMatch(g -> Scorer.matches(g, fact));
                        confidences.add(new double[] {fact.path("confidence").asDouble(), right ? 1 : 0});
                    }
                }
            }
        }
        List<LabelledCorpus.Item> all = new ArrayList<>(always);
        all.addAll(folded);
        DecisionModel full = Trainer.train(examples(all), options);
        Scorer resub = new Scorer();
        for (LabelledCorpus.Item item : folded) {
            resub.score(item.source(), item.gold(), decide(item, full));
        }
        Map<String, int[]> recall = new TreeMap<>();
        for (LabelledCorpus.Item item : folded) {
            for (int g = 0; g < item.gold().size(); g++) {
                int[] c = recall.computeIfAbsent(item.gold().get(g).path("type").asText(), t -> new int[2]);
                c[0] += item.covered()[g] ? 1 : 0;
                c[1]++;
            }
        }
        return new Result(k, options.seed(), cv, resub, recall, confidences);
    }

    static List<Trainer.Example> examples(List<LabelledCorpus.Item> items) {
        List<Trainer.Example> out = new ArrayList<>();
        items.forEach(i -> out.addAll(i.examples()));
        return out;
    }

    /** The facts the model keeps of an article, in the export's JSON shape. */
    static List<JsonNode> decide(LabelledCorpus.Item item, DecisionModel model) {
        List<Fact> facts = Extractor.decision(model).continueOn(item.document()).get(org.newsfacts.engine.Layers.FACTS);
        List<JsonNode> out = new ArrayList<>();
        for (Fact f : facts) {
            out.add(LabelledCorpus.json(f, item.articleId(), item.source()));
        }
        return out;
    }

    /** The report: CV and resubstitution per type side by side, candidate recall, the reliability table. */
    static String report(Result r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%d-fold cross-validation by article (seed %d): each fold decided by a model trained without it%n",
                r.k(),
                r.seed()));
        out.append(String.format(
                Locale.ROOT,
                "%-18s%6s%6s%6s%6s  |%6s%6s%6s  |%8s%n",
                "type",
                "gold",
                "P",
                "R",
                "F1",
                "P",
                "R",
                "F1",
                "cand.R"));
        out.append(String.format(
                Locale.ROOT, "%-18s%6s%18s  |%18s  |%8s%n", "", "", "cross-validated", "resubstitution", ""));
        Map<String, Scorer.Counts> cv = r.cv().byType();
        Map<String, Scorer.Counts> re = r.resubstitution().byType();
        for (String type : new java.util.TreeSet<>(r.candidateRecall().keySet())) {
            Scorer.Counts c = cv.getOrDefault(type, new Scorer.Counts(0, 0, 0, 0));
            Scorer.Counts s = re.getOrDefault(type, new Scorer.Counts(0, 0, 0, 0));
            int[] cr = r.candidateRecall().get(type);
            out.append(String.format(
                    Locale.ROOT,
                    "%-18s%6d%6.2f%6.2f%6.2f  |%6.2f%6.2f%6.2f  |%8.2f%n",
                    type,
                    cr[1],
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    s.precision(),
                    s.recall(),
                    s.f1(),
                    (double) cr[0] / cr[1]));
        }
        Scorer.Counts c = r.cv().total();
        Scorer.Counts s = r.resubstitution().total();
        int[] cr = r.candidateRecallTotal();
        out.append(String.format(
                Locale.ROOT,
                "%-18s%6d%6.3f%6.3f%6.3f  |%6.3f%6.3f%6.3f  |%8.3f%n",
                "ALL",
                cr[1],
                c.precision(),
                c.recall(),
                c.f1(),
                s.precision(),
                s.recall(),
                s.f1(),
                (double) cr[0] / cr[1]));
        out.append(String.format(
                Locale.ROOT,
                "%nreliability of the cross-validated facts' confidence (%d facts)%n",
                r.confidences().size()));
        out.append(String.format(Locale.ROOT, "%-12s%8s%12s%12s%n", "confidence", "facts", "mean conf.", "precision"));
        double[][] bins = r.bins();
        for (int b = 0; b < BINS; b++) {
            if (bins[b][0] > 0) {
                out.append(String.format(
                        Locale.ROOT,
                        "[%.1f, %.1f)%8d%12.3f%12.3f%n",
                        b / (double) BINS,
                        (b + 1) / (double) BINS,
                        (int) bins[b][0],
                        bins[b][1] / bins[b][0],
                        bins[b][2] / bins[b][0]));
            }
        }
        double[] high = r.atOrAbove(0.8);
        out.append(String.format(
                Locale.ROOT,
                "expected calibration error (ECE) %.3f; facts at confidence >= 0.8: %.0f%% of all, precision %.3f%n",
                r.ece(),
                high[0] * 100,
                high[1]));
        out.append(String.format(
                Locale.ROOT,
                "cross-validated: precision=%.3f recall=%.3f f1=%.3f (tp=%d fp=%d fn=%d dup=%d) over %d articles%n",
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp(),
                c.fp(),
                c.fn(),
                c.dup(),
                r.cv().articles()));
        return out.toString();
    }
}
