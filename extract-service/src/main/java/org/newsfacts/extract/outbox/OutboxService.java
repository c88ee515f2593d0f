package org.newsfacts.extract.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Queues events in the caller's transaction; {@link OutboxRelay} publishes them once it committed. */
@ApplicationScoped
public class OutboxService {

    /** Fired inside the transaction; the relay observes it after a successful commit. */
    public record Queued(String topic) {}

    private final Event<Queued> queued;

    public OutboxService(Event<Queued> queued) {
        this.queued = queued;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID add(String topic, String key, String eventType, String payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.messageKey = key;
        event.eventType = eventType;
        event.payload = payload;
        event.createdAt = Instant.now();
        event.persist();
        queued.fire(new Queued(topic));
        return event.id;
    }
}
