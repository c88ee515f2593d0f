package org.newsfacts.extract.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.newsfacts.model.ArticleIds;

/**
 * The Kafka adapter for {@code articles.raw}: takes the records of one poll as a batch, turns each into
 * an {@link IncomingArticle} and hands the valid ones to {@link ArticleService}, which stores them in
 * one transaction (one commit and a few statements per batch instead of per article). A record that is
 * not a valid article, or that the extractor fails on, goes to {@code articles.dlq} with the reason and
 * the rest of the batch goes on. While the database is down the batch is held and tried again
 * ({@link DatabaseRetry}); the connector pauses the partitions meanwhile. Offsets are committed only
 * after the transaction committed, so a crash in between replays the batch, and the message log makes
 * that replay a no-op. (The transaction is the service's, not this method's, so that it can be run again.)
 */
@ApplicationScoped
public class ArticleConsumer {

    static final String CONSUMER_GROUP = "extract-service";
    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ArticleService service;
    private final DeadLetters deadLetters;
    private final DatabaseRetry database;
    private final ObjectMapper mapper;
    private final LiveTraffic traffic;
    private final BatchGate gate;
    private final Event<Polled> polled;

    public ArticleConsumer(
            ArticleService service,
            DeadLetters deadLetters,
            DatabaseRetry database,
            ObjectMapper mapper,
            LiveTraffic traffic,
            BatchGate gate,
            Event<Polled> polled) {
        this.service = service;
        this.deadLetters = deadLetters;
        this.database = database;
        this.mapper = mapper;
        this.traffic = traffic;
        this.gate = gate;
        this.polled = polled;
    }

    /** The records of one poll, handled (stored or dead-lettered): announced as a CDI event for the metrics. */
    public record Polled(int records) {}

    @Incoming("articles-raw")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        if (!gate.enter()) {
            // Not acknowledged, so not committed: the consumers that stay get these records after the rebalance.
            throw new BatchGate.Stopping(records.count());
        }
        traffic.batchStarted(); // background re-extraction yields meanwhile
        try {
            handle(records);
            polled.fire(new Polled(records.count()));
        } finally {
            traffic.batchEnded();
            gate.leave();
        }
    }

    private void handle(ConsumerRecords<String, String> records) {
        List<ArticleService.Delivery> deliveries = new ArrayList<>(records.count());
        Map<ArticleService.Delivery, ConsumerRecord<String, String>> recordOf = new IdentityHashMap<>();
        List<DeadLetters.Letter> dead = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                ArticleService.Delivery delivery =
                        new ArticleService.Delivery(parse(record.value()), messageId(record));
                deliveries.add(delivery);
                recordOf.put(delivery, record);
            } catch (InvalidArticleException e) {
                dead.add(new DeadLetters.Letter(record, DeadLetters.Kind.INVALID_RECORD, e.getMessage(), e));
            }
        }
        for (ArticleService.Failure failure : store(deliveries)) {
            dead.add(new DeadLetters.Letter(
                    recordOf.get(failure.delivery()), failure.kind(), failure.reason(), failure.cause()));
        }
        dead.forEach(d -> LOG.warnf(
                "dead-lettered %s-%d@%d: %s",
                d.record().topic(), d.record().partition(), d.record().offset(), d.reason()));
        deadLetters.sendAll(dead);
    }

    /**
     * Stores the batch in one transaction, waiting out database outages ({@link DatabaseRetry}). If the
     * batch fails as a whole for another reason, each article is stored in a transaction of its own, so
     * that only the one that cannot be stored is dead-lettered. Once the service stops ({@link BatchGate}),
     * a failure is the stop's (the database layer closing), never an article's: it fails the batch,
     * which is then not committed, and dead-letters nothing.
     */
    private List<ArticleService.Failure> store(List<ArticleService.Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        try {
            return database.call(
                    "store a batch of " + deliveries.size() + " articles", () -> service.process(deliveries));
        } catch (RuntimeException batchError) {
            if (deliveries.size() == 1 || Thread.currentThread().isInterrupted() || gate.closed()) {
                throw batchError;
            }
            LOG.warnf(
                    "a batch of %d articles failed as a whole (%s); storing them one by one",
                    deliveries.size(), batchError);
        }
        List<ArticleService.Failure> failures = new ArrayList<>();
        for (ArticleService.Delivery d : deliveries) {
            try {
                failures.addAll(database.call("store article " + d.article().id(), () -> service.process(List.of(d))));
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted() || gate.closed()) {
                    throw e;
                }
                failures.add(new ArticleService.Failure(d, DeadLetters.Kind.NOT_STORABLE, "cannot be stored: " + e, e));
            }
        }
        return failures;
    }

    IncomingArticle parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidArticleException("empty record: expected an articles.raw v1 JSON object");
        }
        IncomingArticle article;
        try {
            article = mapper.readValue(json, IncomingArticle.class);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException(
                    "not an articles.raw v1 JSON object: " + shorten(e.getOriginalMessage()), e);
        }
        if (article == null) {
            throw new InvalidArticleException("empty record: expected an articles.raw v1 JSON object");
        }
        if (article.id() != null && !SHA256.matcher(article.id()).matches()) {
            throw new InvalidArticleException(
                    "field 'id' must be 64 lower-case hex digits (SHA-256), got " + quote(article.id()));
        }
        if (article.sha256() != null && !SHA256.matcher(article.sha256()).matches()) {
            throw new InvalidArticleException(
                    "field 'sha256' must be 64 lower-case hex digits (SHA-256), got " + quote(article.sha256()));
        }
        if (article.body() == null || article.body().isBlank()) {
            throw new InvalidArticleException("field 'body' is missing or empty");
        }
        if (article.source() == null || article.source().isBlank()) {
            throw new InvalidArticleException("field 'source' is missing or empty");
        }
        String id = ArticleIds.idOf(article.body());
        if (article.id() != null && !article.id().equals(id)) {
            // a record must not give an article another text's facts (or dodge the exact-duplicate check)
            throw new InvalidArticleException(
                    "field 'id' is " + article.id() + " but the SHA-256 of the normalized body is " + id
                            + " (contract rule: Unicode NFC, white space runs folded to one space, trimmed); nothing stored");
        }
        return article.id() != null ? article : article.withId(id); // producers may leave 'id' to this service
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
