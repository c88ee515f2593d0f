package org.newsfacts.extract.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.hibernate.jpa.SpecHints;
import org.jboss.logging.Logger;
import org.newsfacts.extract.messaging.AckedSend;

/**
 * Publishes queued outbox events to {@code facts.extracted} (at least once: an event is marked
 * relayed only after the broker acknowledged it; consumers deduplicate on the CloudEvents id, which
 * is the outbox id). Rows are locked with SKIP LOCKED, so several instances can relay side by side.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long PURGE_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
    /** How long a stop waits for the relay run in progress (a batch's acks normally take milliseconds). */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(10);

    private final Emitter<String> emitter;
    private final OutboxConfig config;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile boolean stopping;
    private long lastPurgeNanos = System.nanoTime();

    public OutboxRelay(
            @Channel("facts-extracted") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                    Emitter<String> emitter,
            OutboxConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxService.Queued queued) {
        request();
    }

    /** Catches up on whatever a commit notification missed (a crash before the relay ran, a broker outage). */
    void onStart(@Observes StartupEvent event) {
        long every = config.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::request, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * No run starts after this; the run in progress (at most one batch more) may finish marking what the
     * broker acknowledged before the database layer closes, or its events would be sent again by another
     * instance (harmless with at-least-once delivery, but avoidable).
     */
    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        executor.shutdown();
        if (!executor.awaitTermination(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn(
                    "stopping while facts.extracted events are being relayed; those not marked relayed are sent again");
        }
    }

    /** Coalesces requests: at most one run queued behind the one in progress. */
    private void request() {
        if (!stopping && requested.compareAndSet(false, true)) {
            executor.execute(() -> {
                requested.set(false);
                drain();
            });
        }
    }

    /** Relays until the outbox is empty or an error stops it (the next poll tries again). */
    void drain() {
        try {
            int relayed;
            do {
                relayed = QuarkusTransaction.requiringNew().call(this::relayBatch);
            } while (relayed == config.batchSize() && !stopping);
            // Purging is housekeeping: once a minute, not after every commit.
            if (System.nanoTime() - lastPurgeNanos >= PURGE_EVERY_NANOS) {
                QuarkusTransaction.requiringNew().run(this::purge);
                lastPurgeNanos = System.nanoTime();
            }
        } catch (RuntimeException e) {
            LOG.warnf("relaying facts.extracted events failed, will retry: %s", e.getMessage());
        }
    }

    private int relayBatch() throws Exception {
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("publishedAt is null order by createdAt")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2) // SKIP LOCKED
                .page(0, config.batchSize())
                .list();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Message<String>> messages = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            messages.add(Message.of(event.payload)
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                            .withKey(event.messageKey)
                            .withTopic(event.topic)
                            .build())
                    .addMetadata(OutgoingCloudEventMetadata.builder()
                            .withId(event.id.toString())
                            .withType(event.eventType)
                            .withSubject(event.messageKey)
                            .withTimestamp(event.createdAt.atZone(java.time.ZoneOffset.UTC))
                            .build()));
        }
        AckedSend.sendAll(emitter, messages, config.ackTimeout().toMillis());
        // One statement for the batch (the rows themselves, payload and all, are not written again).
        OutboxEvent.update(
                "publishedAt = ?1 where id in ?2",
                Instant.now(),
                batch.stream().map(e -> e.id).toList());
        LOG.debugf("relayed %d events", batch.size());
        return batch.size();
    }

    private void purge() {
        OutboxEvent.delete("publishedAt < ?1", Instant.now().minus(config.retention()));
    }
}
