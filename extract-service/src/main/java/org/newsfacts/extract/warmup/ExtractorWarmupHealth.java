package org.newsfacts.extract.warmup;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Where the extractor's startup warm-up stands (always UP: the service extracts while it runs, only more slowly). */
@Readiness
@ApplicationScoped
public class ExtractorWarmupHealth implements HealthCheck {

    private final ExtractorWarmup warmup;

    public ExtractorWarmupHealth(ExtractorWarmup warmup) {
        this.warmup = warmup;
    }

    @Override
    public HealthCheckResponse call() {
        ExtractorWarmup.Progress p = warmup.progress();
        var response = HealthCheckResponse.named("extractor warm-up")
                .up()
                .withData("state", p.state().name())
                .withData("articles", p.articles());
        if (!p.ended().isEmpty()) {
            response.withData("ended", p.ended());
        }
        return response.build();
    }
}
