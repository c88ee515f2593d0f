package org.newsfacts.extract.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Kafka adapter for {@code articles.raw}: takes the records of one poll as a batch, turns each into
 * an {@link IncomingArticle} and hands the valid ones to {@link ArticleService} inside one transaction
 * (one commit and a few statements per batch instead of per article). A record that is not a valid
 * article, or that the extractor fails on, goes to {@code articles.dlq} with the reason and the rest of
 * the batch goes on. Offsets are committed only after the transaction committed, so a crash in between
 * replays the batch, and the message log makes that replay a no-op.
 */
@ApplicationScoped
public class ArticleConsumer {

    static final String CONSUMER_GROUP = "extract-service";
    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ArticleService service;
    private final DeadLetters deadLetters;
    private final ObjectMapper mapper;

    public ArticleConsumer(ArticleService service, DeadLetters deadLetters, ObjectMapper mapper) {
        this.service = service;
        this.deadLetters = deadLetters;
        this.mapper = mapper;
    }

    @Incoming("articles-raw")
    @Blocking
    @Transactional
    public void consume(ConsumerRecords<String, String> records) {
        List<ArticleService.Delivery> deliveries = new ArrayList<>(records.count());
        Map<ArticleService.Delivery, ConsumerRecord<String, String>> recordOf = new IdentityHashMap<>();
        List<DeadLetters.Letter> dead = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                ArticleService.Delivery delivery = new ArticleService.Delivery(parse(record.value()), messageId(record));
                deliveries.add(delivery);
                recordOf.put(delivery, record);
            } catch (InvalidArticleException e) {
                dead.add(new DeadLetters.Letter(record, e.getMessage(), e));
            }
        }
        for (ArticleService.Failure failure : service.process(deliveries)) {
            dead.add(new DeadLetters.Letter(recordOf.get(failure.delivery()), failure.reason(), failure.cause()));
        }
        dead.forEach(d -> LOG.warnf("dead-lettered %s-%d@%d: %s", d.record().topic(), d.record().partition(),
                d.record().offset(), d.reason()));
        deadLetters.sendAll(dead);
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
