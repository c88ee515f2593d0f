package org.newsfacts.ingest.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.newsfacts.model.RawArticle;

/** Publishes raw articles to {@code articles.raw}, keyed by article id, with CloudEvents headers. */
@ApplicationScoped
public class ArticlePublisher {

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper mapper;

    public ArticlePublisher(
            @Channel("articles-raw") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                    MutinyEmitter<String> emitter,
            ObjectMapper mapper) {
        this.emitter = emitter;
        this.mapper = mapper;
    }

    /** Completes once the broker acknowledged the record (acks=all), fails if it did not. */
    public CompletionStage<Void> publish(RawArticle article) {
        Message<String> message = Message.of(toJson(article))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(article.id())
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(UUID.randomUUID().toString())
                        .withSubject(article.id())
                        .build());
        return emitter.sendMessage(message).subscribeAsCompletionStage();
    }

    /** Publishes every article; completes once the broker acknowledged all of them, fails if any was not. */
    public CompletableFuture<Void> publishAll(List<RawArticle> articles) {
        return CompletableFuture.allOf(
                articles.stream().map(a -> publish(a).toCompletableFuture()).toArray(CompletableFuture[]::new));
    }

    public String toJson(RawArticle article) {
        try {
            return mapper.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize article " + article.id(), e);
        }
    }
}
