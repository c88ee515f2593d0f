package org.newsfacts.extract.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<FactEntity, Long> {

    public long deleteByArticle(String articleId) {
        return delete("articleId", articleId);
    }
}
