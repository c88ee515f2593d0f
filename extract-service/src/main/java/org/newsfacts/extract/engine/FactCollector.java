package org.newsfacts.extract.engine;

import java.util.ArrayList;
import java.util.Set;

/** Opens the facts layer that the rules after it add to. */
public final class FactCollector implements Stage {

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.FACTS);
    }

    @Override
    public void process(Document document) {
        document.put(Layers.FACTS, new ArrayList<>());
    }
}
