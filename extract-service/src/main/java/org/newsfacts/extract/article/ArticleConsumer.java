package org.newsfacts.extract.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The Kafka adapter for {@code articles.raw}: turns a record into an {@link IncomingArticle} and hands
 * it to {@link ArticleService} inside one transaction. A record that is not a valid article is nacked
 * and lands on {@code articles.dlq} with the reason (failure-strategy=dead-letter-queue). The offset is
 * committed only after the transaction committed, so a crash in between replays the record, and the
 * message log makes that replay a no-op.
 */
@ApplicationScoped
public class ArticleConsumer {

    static final String CONSUMER_GROUP = "extract-service";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ArticleService service;
    private final ObjectMapper mapper;

    public ArticleConsumer(ArticleService service, ObjectMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Incoming("articles-raw")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        service.process(parse(record.value()), messageId(record));
    }

    IncomingArticle parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidArticleException("empty record: expected an articles.raw v1 JSON object");
        }
        IncomingArticle article;
        try {
            article = mapper.readValue(json, IncomingArticle.class);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("not an articles.raw v1 JSON object: " + shorten(e.getOriginalMessage()), e);
        }
        if (article == null) {
            throw new InvalidArticleException("empty record: expected an articles.raw v1 JSON object");
        }
        if (article.id() == null || !SHA256.matcher(article.id()).matches()) {
            throw new InvalidArticleException("field 'id' must be 64 lower-case hex digits (SHA-256), got " + quote(article.id()));
        }
        if (article.body() == null || article.body().isBlank()) {
            throw new InvalidArticleException("field 'body' is missing or empty");
        }
        if (article.source() == null || article.source().isBlank()) {
            throw new InvalidArticleException("field 'source' is missing or empty");
        }
        return article;
    }

    /** The CloudEvents id when the producer set one, else the record's coordinates. */
    static String messageId(ConsumerRecord<String, String> record) {
        Header ce = record.headers().lastHeader("ce_id");
        if (ce != null && ce.value() != null && ce.value().length > 0) {
            return new String(ce.value(), StandardCharsets.UTF_8);
        }
        return record.topic() + "-" + record.partition() + "-" + record.offset();
    }

    /** Reasons travel as Kafka headers: keep them readable, never the whole payload. */
    private static String shorten(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    private static String quote(String s) {
        return s == null ? "null" : "'" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "'";
    }
}
