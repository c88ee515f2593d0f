package org.newsfacts.query.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.newsfacts.query.fact.FactPageCache;
import org.newsfacts.query.stream.FactHub;

/**
 * query-service's meters on {@code /q/metrics} besides Quarkus's own: requests by endpoint with latency
 * histograms ({@code http_server_requests_seconds_bucket{uri,method,status}}, buckets from 1 ms to
 * 10 s, so that a p99 can be computed across instances); the fact-page cache's hits and misses
 * ({@code newsfacts_query_page_cache_requests_total{result}}), the facts.extracted events that ended
 * cached pages ({@code newsfacts_query_page_cache_invalidations_total}) and what it holds
 * ({@code newsfacts_query_page_cache_pages}, {@code newsfacts_query_page_cache_facts}); the clients of
 * the live stream ({@code newsfacts_query_stream_clients}). They read the counters the cache and the
 * stream keep anyway.
 */
@Startup
@ApplicationScoped
public class QueryMetrics {

    static final String HTTP_REQUESTS = "http.server.requests";

    public QueryMetrics(MeterRegistry registry, FactPageCache cache, FactHub hub) {
        FunctionCounter.builder(
                        "newsfacts.query.page.cache.requests",
                        cache,
                        c -> c.stats().hits())
                .tag("result", "hit")
                .description("Fact pages asked for, by whether the cache had them")
                .register(registry);
        FunctionCounter.builder(
                        "newsfacts.query.page.cache.requests",
                        cache,
                        c -> c.stats().misses())
                .tag("result", "miss")
                .description("Fact pages asked for, by whether the cache had them")
                .register(registry);
        FunctionCounter.builder(
                        "newsfacts.query.page.cache.invalidations",
                        cache,
                        c -> c.stats().invalidations())
                .description(
                        "facts.extracted events that ended cached pages (each ends the pages naming what it changed)")
                .register(registry);
        Gauge.builder("newsfacts.query.page.cache.pages", cache, c -> c.stats().pages())
                .description("Fact pages held in the cache")
                .register(registry);
        Gauge.builder("newsfacts.query.page.cache.facts", cache, c -> c.stats().facts())
                .description("Facts held in the cache's pages")
                .register(registry);
        Gauge.builder("newsfacts.query.stream.clients", hub, FactHub::clients)
                .description("Clients connected to /api/stream")
                .register(registry);
    }

    /** Latency histograms for the HTTP endpoints (Prometheus computes quantiles from the buckets). */
    @Produces
    @Singleton
    MeterFilter requestHistograms() {
        return requestHistogramFilter();
    }

    static MeterFilter requestHistogramFilter() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(
                    io.micrometer.core.instrument.Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(10).toNanos())
                        .build()
                        .merge(config);
            }
        };
    }
}
