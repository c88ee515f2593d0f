package org.newsfacts.extract.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsfacts.extract.article.ArticleConsumer;
import org.newsfacts.extract.article.ArticleService;
import org.newsfacts.extract.article.DatabaseRetry;
import org.newsfacts.extract.article.DeadLetters;
import org.newsfacts.extract.outbox.OutboxBacklog;

/**
 * extract-service's own meters on {@code /q/metrics} (Prometheus names): records consumed
 * ({@code newsfacts_extract_records_consumed_total}) and the size of each poll's batch
 * ({@code newsfacts_extract_batch_size_records}); live articles stored
 * ({@code newsfacts_extract_articles_stored_total}) and their facts by type
 * ({@code newsfacts_extract_facts_stored_total{type}}), counted once their transaction committed;
 * records dead-lettered by kind ({@code newsfacts_extract_dead_letters_total{reason}}); whether the
 * consumer waits out a database outage and how many attempts it made
 * ({@code newsfacts_extract_database_waiting}, {@code newsfacts_extract_database_attempts}); the
 * outbox's unrelayed events and the age of the oldest ({@code newsfacts_extract_outbox_pending_events},
 * {@code newsfacts_extract_outbox_relay_lag_seconds}). The time per article is
 * {@code newsfacts_extraction_seconds} (see {@code Extraction}); Kafka's consumer lag per partition is
 * the Kafka client's own {@code kafka_consumer_fetch_manager_records_lag}.
 * The business classes only announce what happened (CDI events); this class counts.
 */
@Startup
@ApplicationScoped
public class ExtractMetrics {

    private final MeterRegistry registry;
    private final Counter consumed;
    private final DistributionSummary batchSize;
    private final Counter articles;
    private final Counter freshArticles;
    private final Map<DeadLetters.Kind, Counter> deadLetters = new EnumMap<>(DeadLetters.Kind.class);
    private final Map<String, Counter> factsByType = new ConcurrentHashMap<>();

    public ExtractMetrics(MeterRegistry registry, DatabaseRetry database, OutboxBacklog outbox) {
        this.registry = registry;
        consumed = Counter.builder("newsfacts.extract.records.consumed")
                .description("Records of articles.raw handled: stored, skipped as already processed, or dead-lettered")
                .register(registry);
        batchSize = DistributionSummary.builder("newsfacts.extract.batch.size")
                .description("Records per poll of articles.raw")
                .baseUnit("records")
                .register(registry);
        articles = Counter.builder("newsfacts.extract.articles.stored")
                .description("Live articles stored with their facts (committed), new or known")
                .register(registry);
        freshArticles = Counter.builder("newsfacts.extract.articles.new")
                .description("Live articles stored for the first time (committed)")
                .register(registry);
        for (DeadLetters.Kind kind : DeadLetters.Kind.values()) {
            deadLetters.put(
                    kind,
                    Counter.builder("newsfacts.extract.dead.letters")
                            .description("Records sent to articles.dlq, by reason")
                            .tag("reason", kind.name().toLowerCase(Locale.ROOT))
                            .register(registry));
        }
        Gauge.builder(
                        "newsfacts.extract.database.waiting",
                        database,
                        d -> d.state().waitingSince() != null ? 1 : 0)
                .description("1 while the consumer holds its batch and waits for the database to come back, else 0")
                .register(registry);
        Gauge.builder(
                        "newsfacts.extract.database.attempts",
                        database,
                        d -> d.state().attempts())
                .description("Attempts made so far in the current wait for the database (0 when not waiting)")
                .register(registry);
        Gauge.builder(
                        "newsfacts.extract.outbox.pending",
                        outbox,
                        o -> known(o.current().pending()))
                .description("facts.extracted events written to the outbox and not yet relayed to Kafka")
                .baseUnit("events")
                .register(registry);
        Gauge.builder(
                        "newsfacts.extract.outbox.relay.lag",
                        outbox,
                        o -> known(o.current().lagSeconds()))
                .description("How long the oldest unrelayed outbox event has waited (0 when none)")
                .baseUnit("seconds")
                .register(registry);
    }

    void polled(@Observes ArticleConsumer.Polled polled) {
        consumed.increment(polled.records());
        batchSize.record(polled.records());
    }

    void deadLettered(@Observes DeadLetters.Letter letter) {
        deadLetters.get(letter.kind()).increment();
    }

    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleService.Stored stored) {
        articles.increment(stored.articles());
        freshArticles.increment(stored.fresh());
        stored.factsByType()
                .forEach((type, n) -> factsByType
                        .computeIfAbsent(
                                type,
                                t -> Counter.builder("newsfacts.extract.facts.stored")
                                        .description("Facts stored with live articles (committed), by type")
                                        .tag("type", t)
                                        .register(registry))
                        .increment(n));
    }

    /** The extraction histogram's buckets span 1 ms to 5 s (an article takes milliseconds; the default span reaches 30 s). */
    @Produces
    @Singleton
    MeterFilter extractionBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("newsfacts.extraction")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(5).toNanos())
                        .build()
                        .merge(config);
            }
        };
    }

    private static double known(double value) {
        return value < 0 ? Double.NaN : value;
    }
}
