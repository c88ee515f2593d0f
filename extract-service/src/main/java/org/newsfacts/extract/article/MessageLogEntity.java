package org.newsfacts.extract.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A Kafka record this service has processed, written in the same transaction as its effects. */
@Entity
@Table(name = "message_log")
public class MessageLogEntity extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "consumer_group") String consumerGroup,
            @Column(name = "message_id") String messageId) implements Serializable {}

    @EmbeddedId
    public Key key;

    @Column(name = "processed_at")
    public Instant processedAt;
}
