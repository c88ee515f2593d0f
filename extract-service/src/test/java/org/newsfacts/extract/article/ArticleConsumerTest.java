package org.newsfacts.extract.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.ArticleIds;

class ArticleConsumerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
    private final ArticleConsumer consumer =
            new ArticleConsumer(null, null, null, MAPPER, new LiveTraffic(), new BatchGate(), null);
    private static final String ID = ArticleIds.idOf("Text.");

    @Test
    void parsesAValidRecordAndIgnoresUnknownFields() {
        IncomingArticle a = consumer.parse("{\"id\":\"" + ID + "\",\"source\":\"x.txt\",\"body\":\"Text.\","
                + "\"ingestedAt\":\"2025-02-24T10:00:00Z\",\"futureField\":1}");
        assertEquals("x.txt", a.source());
        assertEquals("Text.", a.body());
    }

    @Test
    void rejectsWhatIsNotAnArticleWithAReason() {
        assertTrue(assertThrows(InvalidArticleException.class, () -> consumer.parse("{not json"))
                .getMessage()
                .startsWith("not an articles.raw v1 JSON object"));
        assertTrue(assertThrows(
                        InvalidArticleException.class,
                        () -> consumer.parse("{\"id\":\"x\",\"source\":\"s\",\"body\":\"b\"}"))
                .getMessage()
                .contains("'id' must be 64 lower-case hex digits"));
        assertTrue(assertThrows(
                        InvalidArticleException.class,
                        () -> consumer.parse("{\"id\":\"" + ID + "\",\"source\":\"s\",\"body\":\" \"}"))
                .getMessage()
                .contains("'body' is missing or empty"));
        assertTrue(assertThrows(InvalidArticleException.class, () -> consumer.parse("  "))
                .getMessage()
                .startsWith("empty record"));
    }

    @Test
    void messageIdIsTheCloudEventsIdElseTheRecordsPosition() {
        ConsumerRecord<String, String> plain = new ConsumerRecord<>("articles.raw", 2, 41L, "k", "v");
        assertEquals("articles.raw-2-41", ArticleConsumer.messageId(plain));
        ConsumerRecord<String, String> ce = new ConsumerRecord<>("articles.raw", 2, 41L, "k", "v");
        ce.headers().add("ce_id", "abc".getBytes(StandardCharsets.UTF_8));
        assertEquals("abc", ArticleConsumer.messageId(ce));
    }

    @Test
    void theIdMustBeTheBodysAndMayBeLeftOut() {
        String other = consumer.parse("{\"source\":\"s\",\"body\":\"Another   text.\\n\"}")
                .id();
        assertEquals(ArticleIds.idOf("Another text."), other, "computed from the normalized body");
        InvalidArticleException wrong = assertThrows(
                InvalidArticleException.class,
                () -> consumer.parse("{\"id\":\"" + ID + "\",\"source\":\"s\",\"body\":\"Another text.\"}"));
        assertTrue(
                wrong.getMessage()
                        .contains("field 'id' is " + ID + " but the SHA-256 of the normalized body is " + other),
                wrong.getMessage());
        assertThrows(
                InvalidArticleException.class,
                () -> consumer.parse("{\"id\":\"" + "0".repeat(64) + "\",\"source\":\"s\",\"body\":\"Text.\"}"));
        assertTrue(assertThrows(
                        InvalidArticleException.class,
                        () -> consumer.parse("{\"source\":\"s\",\"body\":\"Text.\",\"sha256\":\"zz\"}"))
                .getMessage()
                .contains("'sha256' must be 64 lower-case hex digits"));
    }

    @Test
    void theIdentityRuleFoldsWhiteSpaceAndComposesUnicode() {
        assertEquals(ArticleIds.idOf("Caf\u00e9 opens."), ArticleIds.idOf("  Cafe\u0301\r\n opens. "));
        assertEquals(
                "7f83b1657ff1fc53b92dc18148a1d65dfc2d4b1fa3d677284addd200126d9069", ArticleIds.idOf("Hello World!"));
    }
    // --- a batch and the service's stop (fault drill 4: articles dead-lettered while the service stopped) ---

    /** The service's answers to each call of {@code process}, the dead letters sent, and the consumer under test. */
    private static final class Harness {
        final BatchGate gate = new BatchGate();
        final List<List<ArticleService.Delivery>> processed = new ArrayList<>();
        final List<DeadLetters.Letter> deadLettered = new ArrayList<>();
        final ArticleConsumer consumer;

        Harness(Function<List<ArticleService.Delivery>, List<ArticleService.Failure>> process) {
            ArticleService service = new ArticleService(null, null, null, null, null, null, null, null, null) {
                @Override
                public List<Failure> process(List<Delivery> batch) {
                    processed.add(batch);
                    return process.apply(batch);
                }
            };
            DeadLetters letters = new DeadLetters(null, null) {
                @Override
                public void sendAll(List<Letter> all) {
                    deadLettered.addAll(all);
                }
            };
            DatabaseRetry retry = new DatabaseRetry(
                    new DatabaseRetry.Config() {
                        @Override
                        public Duration initialBackoff() {
                            return Duration.ofMillis(1);
                        }

                        @Override
                        public Duration maxBackoff() {
                            return Duration.ofMillis(2);
                        }
                    },
                    gate);
            consumer = new ArticleConsumer(service, letters, retry, MAPPER, new LiveTraffic(), gate, new NoEvent<>());
        }
    }

    private static ConsumerRecords<String, String> batch(String... bodies) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            records.add(new ConsumerRecord<>(
                    "articles.raw",
                    0,
                    i,
                    "k" + i,
                    "{\"source\":\"gate-" + i + ".txt\",\"body\":\"" + bodies[i] + "\"}"));
        }
        return new ConsumerRecords<>(Map.of(new TopicPartition("articles.raw", 0), records));
    }

    @Test
    void aBatchArrivingAfterTheStopIsRefusedUnacknowledgedAndNothingIsDeadLettered() throws Exception {
        Harness h = new Harness(batch -> List.of());
        h.gate.close(Duration.ZERO);
        BatchGate.Stopping refused = assertThrows(
                BatchGate.Stopping.class,
                () -> h.consumer.consume(
                        batch("Northwind Mills hired a new chief executive.", "Harbor Freight Lines sold its depot.")));
        assertTrue(refused.getMessage().contains("stopping"), refused.getMessage());
        assertTrue(h.processed.isEmpty(), "not stored");
        assertTrue(h.deadLettered.isEmpty(), "not dead-lettered: the consumers that stay get the records");
    }

    @Test
    void aStoreThatFailsBecauseTheServiceStopsFailsTheBatchInsteadOfDeadLetteringIt() {
        // The stop comes while the batch is in hand and outlasts the gate's patience: the database layer closes under
        // it.
        Harness[] h = new Harness[1];
        h[0] = new Harness(batch -> {
            try {
                h[0].gate.close(Duration.ZERO);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("Session/EntityManager is closed");
        });
        IllegalStateException failed = assertThrows(
                IllegalStateException.class,
                () -> h[0].consumer.consume(
                        batch("Northwind Mills hired a new chief executive.", "Harbor Freight Lines sold its depot.")));
        assertEquals("Session/EntityManager is closed", failed.getMessage());
        assertEquals(1, h[0].processed.size(), "not stored again one article at a time");
        assertTrue(h[0].deadLettered.isEmpty(), "no article is blamed for the stop");
    }

    @Test
    void aDatabaseOutageIsNoLongerWaitedOutOnceTheServiceStops() {
        Harness[] h = new Harness[1];
        h[0] = new Harness(batch -> {
            if (h[0].processed.size() == 3) {
                try {
                    h[0].gate.close(Duration.ZERO);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            throw new IllegalStateException("could not connect", new SQLException("Connection refused", "08001"));
        });
        assertThrows(
                IllegalStateException.class,
                () -> h[0].consumer.consume(
                        batch("Northwind Mills hired a new chief executive.", "Harbor Freight Lines sold its depot.")));
        assertEquals(3, h[0].processed.size(), "tried again while running, given up at the stop");
        assertTrue(h[0].deadLettered.isEmpty());
    }

    @Test
    void whileTheServiceRunsOnlyTheArticleThatCannotBeStoredIsDeadLettered() {
        Harness h = new Harness(batch -> {
            if (batch.stream().anyMatch(d -> d.article().body().contains("depot"))) {
                throw new IllegalStateException("value too long", new SQLException("value too long", "22001"));
            }
            return List.of();
        });
        h.consumer.consume(
                batch("Northwind Mills hired a new chief executive.", "Harbor Freight Lines sold its depot."));
        assertEquals(3, h.processed.size(), "the batch, then each article alone");
        assertEquals(1, h.deadLettered.size());
        assertEquals(
                "gate-1.txt",
                MAPPER.convertValue(parseValue(h.deadLettered.get(0).record().value()), Map.class)
                        .get("source"));
        assertEquals(DeadLetters.Kind.NOT_STORABLE, h.deadLettered.get(0).kind());
        assertFalse(h.gate.closed());
    }

    private static com.fasterxml.jackson.databind.JsonNode parseValue(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CDI event nobody observes. */
    private static final class NoEvent<T> implements Event<T> {
        @Override
        public void fire(T event) {}

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            return new NoEvent<>();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            return new NoEvent<>();
        }
    }
}
