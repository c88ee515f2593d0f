package org.newsfacts.extract.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, String> {

    /** A name an article arrived under. */
    public record Source(String articleId, String source, Instant ingestedAt) {}

    public Map<String, ArticleEntity> byId(Collection<String> ids) {
        Map<String, ArticleEntity> found = new HashMap<>();
        if (!ids.isEmpty()) {
            list("id in ?1", ids).forEach(a -> found.put(a.id, a));
        }
        return found;
    }

    /** Records the names the articles arrived under (one batch); a name already known is kept as it was. */
    public void addSources(List<Source> sources) {
        getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO article_source (article_id, source, ingested_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (Source s : sources) {
                    insert.setString(1, s.articleId());
                    insert.setString(2, s.source());
                    insert.setObject(3, s.ingestedAt().atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * Marks the articles as extracted by the given version now (the database's clock, which a
     * "re-extract all" request is timed by too).
     */
    public void markExtracted(Collection<String> ids, String version) {
        getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE article SET extractor_version = ?, extracted_at = clock_timestamp() WHERE id = ANY (?)")) {
                update.setString(1, version);
                update.setArray(2, c.createArrayOf("text", ids.toArray()));
                update.executeUpdate();
            }
        });
    }
}
