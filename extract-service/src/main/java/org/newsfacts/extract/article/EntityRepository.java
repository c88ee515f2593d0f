package org.newsfacts.extract.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.newsfacts.extract.engine.Mention;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores the entities an article mentions: the canonical entity (created once, shared by all
 * articles), each written form as an alias, and the article's mentions (replaced on re-extraction).
 */
@ApplicationScoped
public class EntityRepository {

    private final EntityManager em;

    public EntityRepository(EntityManager em) {
        this.em = em;
    }

    public void replaceMentions(String articleId, List<Mention> mentions) {
        em.createNativeQuery("DELETE FROM mention WHERE article_id = ?1").setParameter(1, articleId).executeUpdate();
        Map<String, Long> ids = new HashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        for (Mention m : mentions) {
            String type = type(m.kind());
            if (type == null || m.reference()) {
                continue;
            }
            String key = type + "|" + m.canonical();
            Long id = ids.computeIfAbsent(key, k -> upsert(m.canonical(), type));
            aliases.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.text().replaceFirst("[’']s$", ""));
            em.createNativeQuery("INSERT INTO mention (article_id, start_offset, end_offset, entity_id, written) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                    .setParameter(1, articleId).setParameter(2, m.span().start()).setParameter(3, m.span().end())
                    .setParameter(4, id).setParameter(5, m.text())
                    .executeUpdate();
        }
        for (Map.Entry<String, Set<String>> e : aliases.entrySet()) {
            for (String alias : e.getValue()) {
                em.createNativeQuery("INSERT INTO entity_alias (entity_id, alias) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                        .setParameter(1, ids.get(e.getKey())).setParameter(2, alias).executeUpdate();
            }
        }
    }

    private Long upsert(String canonical, String type) {
        Object id = em.createNativeQuery("INSERT INTO entity (canonical, type) VALUES (?1, ?2) "
                        + "ON CONFLICT (canonical, type) DO UPDATE SET canonical = EXCLUDED.canonical RETURNING id")
                .setParameter(1, canonical).setParameter(2, type).getSingleResult();
        return ((Number) id).longValue();
    }

    static String type(Mention.Kind kind) {
        return switch (kind) {
            case ORG -> "ORGANIZATION";
            case PERSON -> "PERSON";
            case PLACE -> "PLACE";
            case MEDIA -> "MEDIA";
            default -> null;
        };
    }
}
