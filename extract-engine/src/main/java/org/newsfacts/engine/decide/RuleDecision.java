package org.newsfacts.engine.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsfacts.engine.Candidate;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Stage;
import org.newsfacts.model.Fact;

/**
 * Every candidate (but the broad ones) as its rule proposed it, with the rule's own confidence: the rules alone, without
 * the learned decision (for the rules' tests and for comparison).
 */
public final class RuleDecision implements Stage {

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.CANDIDATES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.FACTS);
    }

    @Override
    public void process(Document document) {
        List<Fact> facts = new ArrayList<>();
        for (Candidate c : document.get(Layers.CANDIDATES)) {
            if (!c.broad()) {
                facts.add(c.fact());
            }
        }
        document.put(Layers.FACTS, List.copyOf(facts));
    }
}
