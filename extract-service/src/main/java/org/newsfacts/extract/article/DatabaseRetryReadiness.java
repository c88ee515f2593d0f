package org.newsfacts.extract.article;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** DOWN while the articles.raw consumer waits for the database (see {@link DatabaseRetry}), UP again after. */
@Readiness
@ApplicationScoped
public class DatabaseRetryReadiness implements HealthCheck {

    private final DatabaseRetry retry;

    public DatabaseRetryReadiness(DatabaseRetry retry) {
        this.retry = retry;
    }

    @Override
    public HealthCheckResponse call() {
        DatabaseRetry.State state = retry.state();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("articles.raw consumer");
        if (!state.waiting()) {
            return builder.up().withData("state", "consuming").build();
        }
        return builder.down()
                .withData("state", "paused: waiting for the database")
                .withData("since", state.waitingSince().toString())
                .withData("attempts", state.attempts())
                .withData("lastError", state.lastError())
                .build();
    }
}
