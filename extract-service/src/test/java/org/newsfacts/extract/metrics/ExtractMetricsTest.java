package org.newsfacts.extract.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.article.ArticleConsumer;
import org.newsfacts.extract.article.ArticleService;
import org.newsfacts.extract.article.DatabaseRetry;
import org.newsfacts.extract.article.DeadLetters;
import org.newsfacts.extract.outbox.OutboxBacklog;

class ExtractMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private OutboxBacklog.Backlog backlog = new OutboxBacklog.Backlog(7, 2.5);
    // Not waiting for the database: its settings are never read.
    private final ExtractMetrics metrics = new ExtractMetrics(
            registry, new DatabaseRetry(null, new org.newsfacts.extract.article.BatchGate()), new OutboxBacklog(null) {
                @Override
                public synchronized Backlog current() {
                    return backlog;
                }
            });

    @Test
    void pollsCountTheirRecordsAndTheBatchSize() {
        metrics.polled(new ArticleConsumer.Polled(3));
        metrics.polled(new ArticleConsumer.Polled(1));
        assertEquals(
                4, registry.get("newsfacts.extract.records.consumed").counter().count());
        assertEquals(2, registry.get("newsfacts.extract.batch.size").summary().count());
        assertEquals(3, registry.get("newsfacts.extract.batch.size").summary().max());
    }

    @Test
    void storedBatchesCountArticlesAndFactsByType() {
        metrics.stored(new ArticleService.Stored(2, 1, Map.of("ROLE", 3, "QUOTE", 1)));
        metrics.stored(new ArticleService.Stored(1, 1, Map.of("ROLE", 2)));
        assertEquals(
                3, registry.get("newsfacts.extract.articles.stored").counter().count());
        assertEquals(2, registry.get("newsfacts.extract.articles.new").counter().count());
        assertEquals(
                5,
                registry.get("newsfacts.extract.facts.stored")
                        .tag("type", "ROLE")
                        .counter()
                        .count());
        assertEquals(
                1,
                registry.get("newsfacts.extract.facts.stored")
                        .tag("type", "QUOTE")
                        .counter()
                        .count());
    }

    @Test
    void deadLettersAreCountedByKindEachFromZero() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("articles.raw", 0, 42L, "k", "{not json");
        metrics.deadLettered(new DeadLetters.Letter(record, DeadLetters.Kind.INVALID_RECORD, "not JSON", null));
        assertEquals(
                1,
                registry.get("newsfacts.extract.dead.letters")
                        .tag("reason", "invalid_record")
                        .counter()
                        .count());
        assertEquals(
                0,
                registry.get("newsfacts.extract.dead.letters")
                        .tag("reason", "extractor_failed")
                        .counter()
                        .count());
        assertEquals(
                0,
                registry.get("newsfacts.extract.dead.letters")
                        .tag("reason", "not_storable")
                        .counter()
                        .count());
    }

    @Test
    void gaugesReadTheOutboxBacklogAndTheDatabaseWait() {
        assertEquals(7, registry.get("newsfacts.extract.outbox.pending").gauge().value());
        assertEquals(
                2.5, registry.get("newsfacts.extract.outbox.relay.lag").gauge().value());
        assertEquals(
                0, registry.get("newsfacts.extract.database.waiting").gauge().value());
        backlog = new OutboxBacklog.Backlog(-1, -1); // the database does not answer
        assertTrue(Double.isNaN(
                registry.get("newsfacts.extract.outbox.pending").gauge().value()));
    }
}
