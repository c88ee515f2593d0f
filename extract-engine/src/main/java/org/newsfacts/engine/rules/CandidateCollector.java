package org.newsfacts.engine.rules;

import java.util.ArrayList;
import java.util.Set;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Stage;

/** Opens the candidates layer that the rules after it propose into. */
public final class CandidateCollector implements Stage {

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.CANDIDATES);
    }

    @Override
    public void process(Document document) {
        document.put(Layers.CANDIDATES, new ArrayList<>());
    }
}
