package org.newsfacts.extract.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<FactEntity, Long> {

    /**
     * Makes the stored facts of each given article the given ones, ordinal by ordinal: a fact that is
     * the same stays as it is (its row and id), a changed one is updated in its row, one more is
     * added, one fewer deleted. So an extraction that finds what was stored writes nothing, and the
     * facts keep their order by id.
     *
     * @return per article, the subjects and objects of the facts added, removed or changed (both
     * versions), sorted; empty when nothing changed
     */
    public Map<String, List<String>> replace(Map<String, List<FactEntity>> wanted) {
        Map<String, List<FactEntity>> stored = new HashMap<>();
        if (!wanted.isEmpty()) {
            list("articleId in ?1 order by articleId, ordinal", wanted.keySet())
                    .forEach(f -> stored.computeIfAbsent(f.articleId, k -> new ArrayList<>())
                            .add(f));
        }
        Map<String, List<String>> changed = new HashMap<>();
        wanted.forEach((articleId, facts) -> {
            List<FactEntity> before = stored.getOrDefault(articleId, List.of());
            TreeSet<String> names = new TreeSet<>();
            for (int i = 0; i < Math.max(before.size(), facts.size()); i++) {
                FactEntity old = i < before.size() ? before.get(i) : null;
                FactEntity now = i < facts.size() ? facts.get(i) : null;
                if (old != null && now != null) {
                    if (!old.sameAs(now)) {
                        old.addNames(names);
                        now.addNames(names);
                        old.take(now); // a managed row: updated at flush
                    }
                } else if (now != null) {
                    persist(now);
                    now.addNames(names);
                } else {
                    delete(old);
                    old.addNames(names);
                }
            }
            changed.put(articleId, List.copyOf(names));
        });
        return changed;
    }
}
