package org.newsfacts.query.warmup;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Where the startup warm-up stands (always UP: the service answers while it runs, only more slowly). */
@Readiness
@ApplicationScoped
public class QueryWarmupHealth implements HealthCheck {

    private final QueryWarmup warmup;

    public QueryWarmupHealth(QueryWarmup warmup) {
        this.warmup = warmup;
    }

    @Override
    public HealthCheckResponse call() {
        QueryWarmup.Progress p = warmup.progress();
        var response = HealthCheckResponse.named("query warm-up")
                .up()
                .withData("state", p.state().name())
                .withData("answered", p.answered())
                .withData("failed", p.failed());
        if (!Double.isNaN(p.seconds())) {
            response.withData("seconds", String.format(java.util.Locale.ROOT, "%.1f", p.seconds()));
        }
        return response.build();
    }
}
