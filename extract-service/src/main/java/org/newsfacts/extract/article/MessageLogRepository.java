package org.newsfacts.extract.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class MessageLogRepository implements PanacheRepositoryBase<MessageLogEntity, MessageLogEntity.Key> {

    public boolean alreadyProcessed(String consumerGroup, String messageId) {
        return findById(new MessageLogEntity.Key(consumerGroup, messageId)) != null;
    }

    public void markProcessed(String consumerGroup, String messageId) {
        MessageLogEntity entry = new MessageLogEntity();
        entry.key = new MessageLogEntity.Key(consumerGroup, messageId);
        entry.processedAt = Instant.now();
        persist(entry);
    }
}
