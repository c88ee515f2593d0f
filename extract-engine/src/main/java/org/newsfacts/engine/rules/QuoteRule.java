package org.newsfacts.engine.rules;

import java.util.List;
import java.util.Set;
import org.newsfacts.engine.Candidate;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.FactBuilder;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Quote;
import org.newsfacts.engine.Span;
import org.newsfacts.engine.Stage;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;

/** QUOTE facts: every quotation with a named speaker (a person or an organisation). */
public final class QuoteRule implements Stage {

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.QUOTES, Layers.CANDIDATES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of();
    }

    @Override
    public void process(Document document) {
        List<Candidate> candidates = document.get(Layers.CANDIDATES);
        for (Quote q : document.get(Layers.QUOTES)) {
            Span e = q.evidence();
            candidates.add(Candidate.proposed(
                    FactBuilder.of(
                                    FactType.QUOTE,
                                    q.speaker(),
                                    FactBuilder.evidence(e.of(document.text()), e.start(), e.end()))
                            .subjectType(q.person() ? EntityType.PERSON : EntityType.ORGANIZATION)
                            .text(q.text())
                            .confidence(q.person() ? 0.85 : 0.8)
                            .build(),
                    name()));
        }
    }
}
