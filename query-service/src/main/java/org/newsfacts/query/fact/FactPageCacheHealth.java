package org.newsfacts.query.fact;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * How the page cache does (always UP): pages served from it and read, and the facts.extracted events
 * that ended its pages, since start. The bench reads it to say what its query figures measured.
 */
@Readiness
@ApplicationScoped
public class FactPageCacheHealth implements HealthCheck {

    private final FactPageCache cache;

    public FactPageCacheHealth(FactPageCache cache) {
        this.cache = cache;
    }

    @Override
    public HealthCheckResponse call() {
        FactPageCache.Stats s = cache.stats();
        return HealthCheckResponse.named("fact page cache")
                .up()
                .withData("hits", s.hits())
                .withData("misses", s.misses())
                .withData("invalidations", s.invalidations())
                .withData("pages", s.pages())
                .withData("facts", s.facts())
                .withData("refreshes", s.refreshes())
                .withData("afterChange", s.afterChange())
                .build();
    }
}
