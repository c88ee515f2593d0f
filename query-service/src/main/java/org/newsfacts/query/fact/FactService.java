package org.newsfacts.query.fact;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsfacts.query.api.Cursor;

/** Pages of facts: from {@link FactPageCache} while current, else read from the database and written as JSON once. */
@ApplicationScoped
public class FactService {

    private final FactRepository repository;
    private final FactPageCache cache;
    private final ObjectMapper mapper;

    public FactService(FactRepository repository, FactPageCache cache, ObjectMapper mapper) {
        this.repository = repository;
        this.cache = cache;
        this.mapper = mapper;
    }

    /** See {@link FactRepository#page}. */
    public FactPage page(FactFilter filter, FactSort sort, Cursor after, int limit) {
        return cache.get(
                new FactPageCache.Key(filter, sort, after, limit),
                () -> FactPage.of(repository.page(filter, sort, after, limit), mapper));
    }
}
