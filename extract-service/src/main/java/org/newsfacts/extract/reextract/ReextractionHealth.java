package org.newsfacts.extract.reextract;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says how many stored articles still wait for re-extraction. Always UP: a backlog is work in
 * progress, not a reason to take the instance out of service. If the count cannot be taken (the
 * database is away), the consumer's own check says DOWN already.
 */
@Readiness
@ApplicationScoped
public class ReextractionHealth implements HealthCheck {

    private final Reextraction reextraction;

    public ReextractionHealth(Reextraction reextraction) {
        this.reextraction = reextraction;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("re-extraction").up();
        try {
            Reextraction.Status s =
                    reextraction.status(Duration.ofSeconds(10)); // probes come often: a recent count will do
            builder.withData("extractorVersion", s.extractorVersion())
                    .withData("state", s.state().name())
                    .withData("remaining", s.remaining());
        } catch (RuntimeException e) {
            builder.withData("remaining", "unknown: " + e.getMessage());
        }
        return builder.build();
    }
}
