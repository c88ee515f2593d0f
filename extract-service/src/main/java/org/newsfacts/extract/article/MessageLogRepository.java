package org.newsfacts.extract.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

@ApplicationScoped
public class MessageLogRepository implements PanacheRepositoryBase<MessageLogEntity, MessageLogEntity.Key> {

    /** Those of the given messages processed before (a mutable set). */
    public Set<String> processed(String consumerGroup, Collection<String> messageIds) {
        Set<String> done = new HashSet<>();
        if (!messageIds.isEmpty()) {
            find("key.consumerGroup = ?1 and key.messageId in ?2", consumerGroup, messageIds).<MessageLogEntity>stream()
                    .forEach(m -> done.add(m.key.messageId()));
        }
        return done;
    }

    public void markProcessed(String consumerGroup, String messageId) {
        MessageLogEntity entry = new MessageLogEntity();
        entry.key = new MessageLogEntity.Key(consumerGroup, messageId);
        entry.processedAt = Instant.now();
        persist(entry);
    }
}
