package org.newsfacts.extract.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, String> {

    /** Records one more name the article arrived under; a name already known is kept as it was. */
    public void addSource(String articleId, String source, Instant ingestedAt) {
        getEntityManager().createNativeQuery(
                        "INSERT INTO article_source (article_id, source, ingested_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, articleId)
                .setParameter(2, source)
                .setParameter(3, ingestedAt)
                .executeUpdate();
    }
}
