package org.newsfacts.query.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    /** Newest first (by ingest time, then id), starting after the cursor's position. */
    public List<Article> page(Cursor after, int limit) {
        Sort newestFirst = Sort.descending("ingestedAt", "id");
        if (after == null) {
            return findAll(newestFirst).page(0, limit).list();
        }
        return find("ingestedAt < ?1 or (ingestedAt = ?1 and id < ?2)", newestFirst, after.ingestedAt(), after.id())
                .page(0, limit).list();
    }

    public List<String> sources(String articleId) {
        return getEntityManager()
                .createNativeQuery("SELECT source FROM article_source WHERE article_id = ?1 ORDER BY ingested_at, source", String.class)
                .setParameter(1, articleId)
                .getResultList();
    }
}
