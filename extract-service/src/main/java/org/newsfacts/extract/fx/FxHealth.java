package org.newsfacts.extract.fx;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The newest exchange rate's date and age, and the feed's last outcome. Always UP: without a recent
 * rate the service still extracts (the facts say why they have no dollar value, and get it later).
 */
@Readiness
@ApplicationScoped
public class FxHealth implements HealthCheck {

    private final LiveRates rates;
    private final FxFeed feed;

    public FxHealth(LiveRates rates, FxFeed feed) {
        this.rates = rates;
        this.feed = feed;
    }

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("exchange-rates")
                .up()
                .withData("newestRate", String.valueOf(rates.newestEcbDay()))
                .withData("ageDays", (long) feed.ageDays());
        FxFeed.Outcome last = feed.lastOutcome();
        if (last != null) {
            b.withData("feed", last.state() + " " + last.at() + ": " + last.detail());
        }
        return b.build();
    }
}
