package org.newsfacts.query.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryMetricsTest {

    @Test
    void httpRequestTimersGetHistogramBucketsFromOneMillisecondToTenSecondsAndOtherTimersNone() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(QueryMetrics.requestHistogramFilter());
        Timer.builder(QueryMetrics.HTTP_REQUESTS)
                .tag("uri", "/api/facts")
                .register(registry)
                .record(Duration.ofMillis(3));
        Timer.builder("some.other.timer").register(registry).record(Duration.ofMillis(3));

        List<Double> bounds = registry.scrape()
                .lines()
                .filter(l -> l.startsWith("http_server_requests_seconds_bucket{") && !l.contains("le=\"+Inf\""))
                .map(l -> Double.parseDouble(l.replaceAll(".*le=\"([^\"]+)\".*", "$1")))
                .sorted()
                .toList();
        assertTrue(bounds.size() > 10, "buckets: " + bounds);
        assertEquals(0.001, bounds.get(0), 0.0005, "the first bucket is about a millisecond");
        assertEquals(10.0, bounds.get(bounds.size() - 1), 0.001, "the last bucket is ten seconds");
        assertTrue(
                registry.scrape().lines().noneMatch(l -> l.startsWith("some_other_timer_seconds_bucket")),
                "no buckets elsewhere");
    }
}
