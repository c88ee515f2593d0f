package org.newsfacts.query.entity;

import java.util.List;

/** The JSON shapes of the entity endpoints. */
public final class EntityDtos {

    private EntityDtos() {
    }

    /** An entity with every way articles wrote it and the number of facts it is subject or object of. */
    public record EntitySummary(long id, String canonical, String type, List<String> aliases, long factCount) {
    }

    public record EntityDetail(long id, String canonical, String type, List<String> aliases, long factCount,
                               long articleCount) {
    }

    /** An entity as one article mentions it. */
    public record ArticleEntity(long id, String canonical, String type, long mentions) {
    }
}
