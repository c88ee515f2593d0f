package org.newsfacts.query.fact;

import jakarta.enterprise.context.ApplicationScoped;
import org.newsfacts.query.api.Cursor;
import org.newsfacts.query.api.Page;

/** Pages of facts: from {@link FactPageCache} while current, else from the database. */
@ApplicationScoped
public class FactService {

    private final FactRepository repository;
    private final FactPageCache cache;

    public FactService(FactRepository repository, FactPageCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    /** See {@link FactRepository#page}. */
    public Page<FactJson> page(FactFilter filter, FactSort sort, Cursor after, int limit) {
        return cache.get(new FactPageCache.Key(filter, sort, after, limit), () -> repository.page(filter, sort, after, limit));
    }
}
