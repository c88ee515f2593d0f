package org.newsfacts.query.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.query.it.Api.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The live stream on a real broker: records put on facts.extracted come out of /api/stream, filtered. */
@QuarkusTest
@WithTestResource(QueryStack.class)
class StreamIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/stream")
    URL stream;

    @Test
    void newFactsArriveFilteredByTypeAndSubjectAlias() throws Exception {
        ConcurrentLinkedQueue<JsonNode> received = new ConcurrentLinkedQueue<>();
        URI uri = URI.create(stream + "?type=INVESTMENT&subject="
                + URLEncoder.encode(World.ACME_LEGAL.toUpperCase(), StandardCharsets.UTF_8));
        EventLines events = new EventLines(received);
        HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(uri)
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.fromLineSubscriber(events));
        String wanted = "stream-" + World.RUN;
        Map<String, Object> investment = Map.of(
                "type",
                "INVESTMENT",
                "subject",
                World.ACME,
                "subjectType",
                "ORGANIZATION",
                "object",
                wanted,
                "objectType",
                "TOPIC",
                "value",
                1,
                "unit",
                "USD",
                "evidence",
                evidence(),
                "confidence",
                0.9);
        Map<String, Object> role = Map.of(
                "type",
                "ROLE",
                "subject",
                World.JANE,
                "subjectType",
                "PERSON",
                "object",
                World.ACME,
                "objectType",
                "ORGANIZATION",
                "role",
                "CEO",
                "evidence",
                evidence(),
                "confidence",
                0.9);
        Map<String, Object> otherInvestment = Map.of(
                "type",
                "INVESTMENT",
                "subject",
                World.GLOBEX,
                "subjectType",
                "ORGANIZATION",
                "value",
                2,
                "unit",
                "USD",
                "evidence",
                evidence(),
                "confidence",
                0.9);
        try (KafkaProducer<String, String> producer = QueryStack.producer()) {
            // The stream starts at the newest record once its consumer has its partitions: send until one arrives.
            await("a ROLE fact about " + World.ACME + " on the stream")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        String event = JSON.writeValueAsString(Map.of(
                                "articleId",
                                "a".repeat(64),
                                "source",
                                "stream-test.txt",
                                "extractorVersion",
                                "1.0.0",
                                "facts",
                                List.of(role, otherInvestment, investment)));
                        producer.send(new ProducerRecord<>("facts.extracted", "a".repeat(64), event))
                                .get();
                        producer.send(new ProducerRecord<>("facts.extracted", "b".repeat(64), "not json at all"))
                                .get();
                        return !received.isEmpty();
                    });
        } finally {
            events.cancel();
        }
        for (JsonNode fact : received) {
            assertEquals("INVESTMENT", fact.get("type").asText(), "only investments: " + fact);
            assertEquals(World.ACME, fact.get("subject").asText(), "only Acme's: " + fact);
            assertEquals(wanted, fact.get("object").asText());
        }
        assertTrue(received.size() >= 1);
    }

    @Test
    void aLowestConfidenceLeavesTheLessLikelyFactsOut() throws Exception {
        ConcurrentLinkedQueue<JsonNode> received = new ConcurrentLinkedQueue<>();
        URI uri = URI.create(stream + "?type=QUOTE&minConfidence=0.6");
        EventLines events = new EventLines(received);
        HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(uri)
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.fromLineSubscriber(events));
        String run = "confidence-" + World.RUN;
        Map<String, Object> unlikely = new HashMap<>(quote(run + "-unlikely"));
        unlikely.put("confidence", 0.59);
        Map<String, Object> likely = new HashMap<>(quote(run + "-likely"));
        likely.put("confidence", 0.6);
        try (KafkaProducer<String, String> producer = QueryStack.producer()) {
            // The unlikely fact comes first in each event: had it passed, it would have arrived before the likely one.
            await("the likely fact on the stream")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        send(producer, unlikely, likely);
                        return objects(received).contains(run + "-likely");
                    });
        } finally {
            events.cancel();
        }
        for (JsonNode fact : received) {
            assertTrue(fact.get("confidence").asDouble() >= 0.6, "only facts of 0.6 or more: " + fact);
        }
        assertTrue(objects(received).stream().noneMatch(o -> o.equals(run + "-unlikely")));
    }

    /** The data lines of an event stream, parsed as JSON. */
    private static final class EventLines implements Flow.Subscriber<String> {
        private final ConcurrentLinkedQueue<JsonNode> sink;
        /** The id of each event, in order. */
        final ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();

        private volatile Flow.Subscription subscription;

        EventLines(ConcurrentLinkedQueue<JsonNode> sink) {
            this.sink = sink;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("id:")) {
                ids.add(line.substring(3).strip());
            }
            if (line.startsWith("data:")) {
                try {
                    sink.add(JSON.readTree(line.substring(5)));
                } catch (Exception e) {
                    throw new IllegalStateException("not JSON on the stream: " + line, e);
                }
            }
        }

        @Override
        public void onError(Throwable t) {
            // The test cancels the stream; nothing to report.
        }

        @Override
        public void onComplete() {}

        void cancel() {
            if (subscription != null) {
                subscription.cancel();
            }
        }
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsTheFactsAnnouncedWhileItWasAway() throws Exception {
        URI uri = URI.create(stream + "?type=QUOTE");
        String run = "reconnect-" + World.RUN;
        // First connection: until a fact arrives, so that the client has an event id.
        ConcurrentLinkedQueue<JsonNode> first = new ConcurrentLinkedQueue<>();
        EventLines before = new EventLines(first);
        HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(uri)
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.fromLineSubscriber(before));
        try (KafkaProducer<String, String> producer = QueryStack.producer()) {
            await("a QUOTE on the first connection")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        send(producer, quote(run + "-before"));
                        return !before.ids.isEmpty();
                    });
            before.cancel();
            String lastEventId = List.copyOf(before.ids).get(before.ids.size() - 1);
            assertTrue(lastEventId.matches("[0-9a-z]+-[0-9]+"), "an event id: " + lastEventId);

            // While the client is away, three facts are announced.
            send(producer, quote(run + "-missed-1"), quote(run + "-missed-2"), quote(run + "-missed-3"));

            ConcurrentLinkedQueue<JsonNode> again = new ConcurrentLinkedQueue<>();
            EventLines after = new EventLines(again);
            HttpClient.newHttpClient()
                    .sendAsync(
                            HttpRequest.newBuilder(uri)
                                    .header("Accept", "text/event-stream")
                                    .header("Last-Event-ID", lastEventId)
                                    .build(),
                            HttpResponse.BodyHandlers.fromLineSubscriber(after));
            try {
                await("the three missed facts after reconnecting")
                        .atMost(Duration.ofSeconds(30))
                        .until(() -> objects(again).stream()
                                        .filter(o -> o.contains("-missed-"))
                                        .count()
                                >= 3);
            } finally {
                after.cancel();
            }
            List<String> missed = objects(again).stream()
                    .filter(o -> o.startsWith(run + "-missed-"))
                    .toList();
            assertEquals(
                    List.of(run + "-missed-1", run + "-missed-2", run + "-missed-3"), missed, "each once, in order");
            long lastNumber = Long.parseLong(lastEventId.substring(lastEventId.indexOf('-') + 1));
            for (String id : after.ids) {
                assertTrue(
                        Long.parseLong(id.substring(id.indexOf('-') + 1)) > lastNumber,
                        id + " comes after " + lastEventId);
            }
        }
    }

    private static Map<String, Object> quote(String object) {
        return Map.of(
                "type",
                "QUOTE",
                "subject",
                World.JANE,
                "subjectType",
                "PERSON",
                "object",
                object,
                "evidence",
                evidence(),
                "confidence",
                0.9);
    }

    @SafeVarargs
    private static void send(KafkaProducer<String, String> producer, Map<String, Object>... facts) throws Exception {
        String event = JSON.writeValueAsString(Map.of(
                "articleId",
                "c".repeat(64),
                "source",
                "stream-test.txt",
                "extractorVersion",
                "1.0.0",
                "facts",
                List.of(facts)));
        producer.send(new ProducerRecord<>("facts.extracted", "c".repeat(64), event))
                .get();
    }

    private static List<String> objects(ConcurrentLinkedQueue<JsonNode> facts) {
        return facts.stream().map(f -> f.path("object").asText()).toList();
    }

    @Test
    void badFiltersAreRefusedBeforeStreaming() {
        problem("/api/stream?type=NEWS", 400, "'type' must be one of");
        problem("/api/stream?minConfidence=90", 400, "'minConfidence' must be a number from 0 to 1");
    }

    private static Map<String, Object> evidence() {
        return Map.of(
                "articleId",
                "a".repeat(64),
                "source",
                "stream-test.txt",
                "sentence",
                "A sentence.",
                "start",
                0,
                "end",
                11);
    }
}
