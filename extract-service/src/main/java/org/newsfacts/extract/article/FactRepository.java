package org.newsfacts.extract.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;

@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<FactEntity, Long> {

    public long deleteByArticles(Collection<String> articleIds) {
        return articleIds.isEmpty() ? 0 : delete("articleId in ?1", articleIds);
    }
}
