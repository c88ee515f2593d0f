package org.newsfacts.ingest.upload;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.newsfacts.devstack.NewsFactsTestResource;
import org.newsfacts.devstack.TestInfrastructure;

/** POST /api/articles against a real broker: 202 only with the record on articles.raw; every refusal says why. */
@QuarkusTest
@WithTestResource(NewsFactsTestResource.class)
class UploadIT {

    private static final String KEY = "test-api-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAcceptedArticleIsOnTheTopicUnderItsId() throws Exception {
        String run = UUID.randomUUID().toString();
        String body = "Acme " + run + " will invest $5 billion in cloud infrastructure.\nMore text follows.";
        String id = post("text/plain; charset=utf-8", body.getBytes(), "acme-" + run + ".txt")
                .statusCode(202)
                .extract()
                .path("id");
        JsonNode record = awaitRecord(id);
        assertEquals("acme-" + run + ".txt", record.get("source").asText());
        assertEquals(body, record.get("body").asText());
        assertEquals("text/plain", record.get("contentType").asText());
    }

    @Test
    void aDeclaredCharsetIsHonoured() throws Exception {
        String body = "Café " + UUID.randomUUID() + " raised €5 million.";
        String id = post(
                        "text/plain; charset=windows-1252",
                        body.getBytes(java.nio.charset.Charset.forName("windows-1252")),
                        null)
                .statusCode(202)
                .extract()
                .path("id");
        assertEquals(body, awaitRecord(id).get("body").asText());
    }

    @Test
    void jsonAndJsonLinesAndHtmlAreRead() throws Exception {
        String run = UUID.randomUUID().toString();
        String html = "<html><head><meta property=\"og:site_name\" content=\"Example News\"><title>Globex " + run
                + "</title></head>" + "<body><article><p>Globex " + run
                + " revenue rose 12% to $10 billion in 2024.</p></article></body></html>";
        String htmlId = post("text/html", html.getBytes(), null)
                .statusCode(202)
                .extract()
                .path("id");
        assertEquals("Example News", awaitRecord(htmlId).get("outlet").asText());
        assertEquals(
                "upload-" + htmlId.substring(0, 12),
                awaitRecord(htmlId).get("source").asText());

        String lines = "{\"body\": \"First " + run + " article.\", \"outlet\": \"Wire\"}\n{\"text\": \"Second " + run
                + " article.\"}\n";
        List<String> ids = post("application/x-ndjson", lines.getBytes(), "feed.jsonl")
                .statusCode(202)
                .body("ids", hasSize(2))
                .extract()
                .path("ids");
        assertEquals("feed.jsonl#2", awaitRecord(ids.get(1)).get("source").asText());
    }

    @Test
    void refusalsSayWhatWasWrong() {
        given().contentType("text/plain")
                .body("no key")
                .post("/api/articles")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("X-Api-Key"));
        given().header("X-Api-Key", "wrong")
                .contentType("text/plain")
                .body("wrong key")
                .post("/api/articles")
                .then()
                .statusCode(403);
        post("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null)
                .statusCode(415)
                .body("detail", containsString("unsupported media type 'image/png"));
        post("text/plain; charset=x-no-such-charset", "A fine article.".getBytes(), null)
                .statusCode(415)
                .body("detail", containsString("unsupported charset"));
        post("text/plain", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0}, null)
                .statusCode(400)
                .body("detail", containsString("binary"));
        post("text/plain", new byte[0], null).statusCode(400).body("detail", containsString("empty"));
        post("application/json", "{\"title\": \"no body\"".getBytes(), null)
                .statusCode(400)
                .body("detail", containsString("malformed JSON"));
        post("text/plain", "x".repeat(3 * 1024 * 1024).getBytes(), null)
                .statusCode(413)
                .body("status", equalTo(413))
                .body("detail", containsString("too large"));
        for (String name : List.of("../../etc/passwd", "a/b.txt", "..", ".hidden", "a\\b.txt")) {
            post("text/plain", "A fine article.".getBytes(), name)
                    .statusCode(400)
                    .body("detail", containsString("plain file name"));
        }
    }

    private static ValidatableResponse post(String contentType, byte[] body, String name) {
        var request = given().header("X-Api-Key", KEY).contentType(contentType).body(body);
        if (name != null) {
            request = request.queryParam("name", name);
        }
        return request.post("/api/articles").then();
    }

    /** The articles.raw record with this key, read from the beginning of the topic. */
    private static JsonNode awaitRecord(String id) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "upload-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of("articles.raw"));
            JsonNode[] found = new JsonNode[1];
            await("article " + id + " on articles.raw")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                            if (id.equals(r.key())) {
                                found[0] = JSON.readTree(r.value());
                            }
                        }
                        return Optional.ofNullable(found[0]).isPresent();
                    });
            return found[0];
        }
    }
}
