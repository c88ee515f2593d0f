package org.newsfacts.engine.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Training on small synthetic data: what is learned, calibration, determinism, the file round trip, folds. */
class TrainerTest {

    /**
     * 20 articles of readings: "cue=GOOD" is right 90% of the time, "cue=BAD" 10%, "cue=HALF" half the
     * time; every reading also has a noise feature.
     */
    static List<Trainer.Example> synthetic() {
        Random random = new Random(7);
        List<Trainer.Example> out = new ArrayList<>();
        for (int a = 0; a < 20; a++) {
            for (int i = 0; i < 30; i++) {
                String kind = i % 3 == 0 ? "GOOD" : i % 3 == 1 ? "BAD" : "HALF";
                double p = kind.equals("GOOD") ? 0.9 : kind.equals("BAD") ? 0.1 : 0.5;
                out.add(new Trainer.Example(
                        "article-" + a, List.of("cue=" + kind, "noise=" + random.nextInt(5)), random.nextDouble() < p));
            }
        }
        return out;
    }

    @Test
    void learnsWhichFeaturesMakeAReadingRightWithCalibratedProbabilities() {
        DecisionModel model = Trainer.train(synthetic(), Trainer.Options.defaults());
        double good = model.probability(List.of("cue=GOOD", "noise=1"));
        double bad = model.probability(List.of("cue=BAD", "noise=1"));
        double half = model.probability(List.of("cue=HALF", "noise=1"));
        assertTrue(good > 0.8 && good < 0.97, "good " + good);
        assertTrue(bad < 0.2 && bad > 0.03, "bad " + bad);
        assertTrue(Math.abs(half - 0.5) < 0.15, "half " + half);
        assertEquals(0.5, model.threshold());
        assertEquals("600", model.info().get("readings"));
    }

    @Test
    void aFeatureSeenFewerThanMinCountTimesIsLeftOut() {
        List<Trainer.Example> examples = new ArrayList<>(synthetic());
        examples.add(new Trainer.Example("article-0", List.of("cue=GOOD", "rare=once"), true));
        DecisionModel model = Trainer.train(examples, Trainer.Options.defaults());
        assertFalse(model.featureNames().contains("rare=once"));
        assertTrue(model.featureNames().contains("cue=GOOD"));
    }

    @Test
    void theSameDataGivesTheSameModelFile() throws IOException {
        assertEquals(
                text(Trainer.train(synthetic(), Trainer.Options.defaults())),
                text(Trainer.train(synthetic(), Trainer.Options.defaults())));
    }

    @Test
    void aWrittenModelReadsBackWithTheSameProbabilities() throws IOException {
        DecisionModel model = Trainer.train(
                        synthetic(), Trainer.Options.defaults().withThreshold(0.6))
                .withInfo(Map.of("cv", "P 1 R 1"));
        DecisionModel back = DecisionModel.read(new StringReader(text(model)));
        for (String kind : List.of("GOOD", "BAD", "HALF")) {
            List<String> f = List.of("cue=" + kind, "noise=3", "never=seen");
            assertEquals(model.probability(f), back.probability(f), 1e-9);
        }
        assertEquals(0.6, back.threshold());
        assertEquals("P 1 R 1", back.info().get("cv"));
    }

    @Test
    void aFileThatIsNotAModelIsRefusedWithTheReason() {
        IOException e = assertThrows(IOException.class, () -> DecisionModel.read(new StringReader("format 9\n")));
        assertTrue(e.getMessage().contains("format 9"), e.getMessage());
        e = assertThrows(IOException.class, () -> DecisionModel.read(new StringReader("format 1\nfeatures 3\na\n")));
        assertTrue(e.getMessage().contains("3 features"), e.getMessage());
    }

    @Test
    void trainingNeedsBothRightAndWrongReadings() {
        List<Trainer.Example> allRight =
                List.of(new Trainer.Example("a", List.of("x"), true), new Trainer.Example("b", List.of("y"), true));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Trainer.train(allRight, Trainer.Options.defaults()));
        assertTrue(e.getMessage().contains("right and readings that are wrong"), e.getMessage());
    }

    @Test
    void foldsAreFixedBySeedBalancedAndCoverEveryArticle() {
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            articles.add("a" + i);
        }
        Map<String, Integer> folds = Trainer.folds(articles, 4, 42);
        List<String> reversed = new ArrayList<>(articles);
        java.util.Collections.reverse(reversed);
        assertEquals(folds, Trainer.folds(reversed, 4, 42), "the order given does not matter");
        assertEquals(17, folds.size());
        for (int f = 0; f < 4; f++) {
            int fold = f;
            long n = folds.values().stream().filter(v -> v == fold).count();
            assertTrue(n == 4 || n == 5, "fold " + f + " has " + n);
        }
        assertFalse(folds.equals(Trainer.folds(articles, 4, 43)), "another seed deals otherwise");
    }

    private static String text(DecisionModel model) throws IOException {
        StringWriter w = new StringWriter();
        model.write(w);
        return w.toString();
    }
}
