package org.newsfacts.engine.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.FactCopies;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Stage;
import org.newsfacts.model.Fact;

/**
 * Keeps, of each group of readings, the one the model finds most probable when that probability
 * reaches the model's threshold; the probability (calibrated) is the fact's confidence.
 */
public final class LearnedDecision implements Stage {

    private final DecisionModel model;

    public LearnedDecision(DecisionModel model) {
        this.model = model;
    }

    public LearnedDecision() {
        this(DecisionModel.shipped());
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.READINGS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.FACTS);
    }

    @Override
    public void process(Document document) {
        document.put(Layers.FACTS, List.copyOf(decide(document.get(Layers.READINGS), model)));
    }

    /** The facts the model keeps of these readings, in reading order. */
    static List<Fact> decide(List<Reading> readings, DecisionModel model) {
        List<Fact> out = new ArrayList<>();
        int i = 0;
        while (i < readings.size()) {
            int group = readings.get(i).group();
            Reading best = null;
            double bestP = -1;
            for (; i < readings.size() && readings.get(i).group() == group; i++) {
                double p = model.probability(readings.get(i).features());
                if (p > bestP) {
                    bestP = p;
                    best = readings.get(i);
                }
            }
            if (best != null && bestP >= model.threshold()) {
                out.add(FactCopies.withConfidence(best.candidate().fact(), Math.round(bestP * 1000) / 1000.0));
            }
        }
        return out;
    }
}
