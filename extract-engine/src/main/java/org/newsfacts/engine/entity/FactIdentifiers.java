package org.newsfacts.engine.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.FactCopies;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Stage;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.Fact.RegisterIds;

/**
 * Gives each fact the register identifiers of its subject and object ({@code subjectIds},
 * {@code objectIds}) when that organisation was linked ({@link EntityLinker}). The fact keeps the
 * article's name for the entity; the register's canonical name travels beside it, in the identifiers.
 */
public final class FactIdentifiers implements Stage {

    private static final EntityType ORGANIZATION = EntityType.ORGANIZATION;

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.FACTS, Layers.FACTS_MERGED, Layers.LINKS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.FACTS_IDENTIFIED);
    }

    @Override
    public void process(Document document) {
        document.put(Layers.FACTS_IDENTIFIED, true);
        Map<String, RegisterEntry> links = document.get(Layers.LINKS);
        if (links.isEmpty()) {
            return;
        }
        List<Fact> facts = new ArrayList<>(document.get(Layers.FACTS));
        ListIterator<Fact> it = facts.listIterator();
        while (it.hasNext()) {
            Fact f = it.next();
            RegisterIds subject = ids(links, f.subject(), f.subjectType());
            RegisterIds object = ids(links, f.object(), f.objectType());
            if (subject != null || object != null) {
                it.set(FactCopies.withIds(f, subject, object));
            }
        }
        document.put(Layers.FACTS, List.copyOf(facts));
    }

    private static RegisterIds ids(Map<String, RegisterEntry> links, String name, EntityType type) {
        if (name == null || type != ORGANIZATION) {
            return null;
        }
        RegisterEntry e = links.get(name);
        return e == null ? null : e.identifiers();
    }
}
