package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.decide.Trainer;

/**
 * The honest figure of issue 25's goals: 8-fold cross-validation by article on the dev set
 * ({@code ../shared/devset}, where present; the seeds always in training), each fold decided by a model
 * trained without it. Fails below the goals: F1, precision, every type with at least 20 gold facts,
 * calibration (ECE), and the share and precision of the facts at confidence 0.8 or more.
 *
 * <p>A type that does not reach the per-type goal yet goes in {@link #BELOW_GOAL} with a floor a little
 * under where it is, so that it cannot slip further unnoticed; remove the entry when the type reaches
 * {@link #TYPE_F1}. None is below it now (ACQUISITION at CV F1 0.68, STAKE at 0.60 when this was written).
 */
class CrossValidationGoalTest {

    static final double F1 = 0.75;
    static final double PRECISION = 0.85;
    static final double TYPE_F1 = 0.60;
    static final double ECE = 0.05;
    static final double HIGH_PRECISION = 0.90;
    static final double HIGH_SHARE = 0.50;
    /** Types still under {@link #TYPE_F1}, with the floor they hold meanwhile (issue 25's open part). */
    static final Map<String, Double> BELOW_GOAL = Map.of();

    @Test
    void eightFoldCrossValidationOnTheDevSetMeetsTheGoals() throws IOException {
        Path root = EngineRegressionTest.projectRoot();
        Path devset = root.resolve("../shared/devset").normalize();
        Assumptions.assumeTrue(
                Files.isDirectory(devset.resolve("gold")),
                "skipped: the development set is not at " + devset + " (it is not part of the repository)");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        List<LabelledCorpus.Item> dev =
                LabelledCorpus.load(devset.resolve("gold"), devset.resolve("articles"), null, quiet);
        List<LabelledCorpus.Item> seeds =
                LabelledCorpus.load(root.resolve("seeds/gold"), root.resolve("seeds"), null, quiet);
        CrossValidation.Result r = CrossValidation.run(dev, seeds, 8, Trainer.Options.defaults());
        String report = CrossValidation.report(r);
        System.out.println(report);
        Scorer.Counts total = r.cv().total();
        assertTrue(total.f1() >= F1, "CV F1 below " + F1 + "\n" + report);
        assertTrue(total.precision() >= PRECISION, "CV precision below " + PRECISION + "\n" + report);
        r.cv().byType().forEach((type, c) -> {
            if (c.tp() + c.fn() >= 20) {
                double floor = BELOW_GOAL.getOrDefault(type, TYPE_F1);
                assertTrue(c.f1() >= floor, type + " CV F1 " + c.f1() + " below " + floor + "\n" + report);
            }
        });
        assertTrue(r.ece() <= ECE, "ECE " + r.ece() + " above " + ECE + "\n" + report);
        double[] high = r.atOrAbove(0.8);
        assertTrue(
                high[0] >= HIGH_SHARE && high[1] >= HIGH_PRECISION,
                "facts at confidence >= 0.8: share " + high[0] + ", precision " + high[1] + "\n" + report);
    }
}
