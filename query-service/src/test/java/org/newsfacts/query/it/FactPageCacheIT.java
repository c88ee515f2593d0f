package org.newsfacts.query.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfacts.query.it.Api.get;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Fact pages are served from the cache until facts.extracted announces a change, then read again:
 * a fact stored behind the service's back stays unseen until its announcement arrives.
 */
@QuarkusTest
@WithTestResource(QueryStack.class)
class FactPageCacheIT {

    @Test
    void aPageIsReadAgainOnceNewFactsAreAnnounced() throws Exception {
        String initech = "Initech " + World.RUN;
        String query = "/api/facts?subject={s}";
        assertEquals(0, get(query, initech).getInt("total"));

        String articleId = storeInvestment(initech, "cache-" + World.RUN + ".txt", "data centres", "2000000000");
        assertEquals(
                0,
                get(query, initech).getInt("total"),
                "the page read before the fact was stored is served until an announcement");

        String event = "{\"articleId\":\"" + articleId + "\",\"source\":\"cache-" + World.RUN
                + ".txt\",\"extractorVersion\":\"1.0.0\",\"facts\":[]}";
        try (KafkaProducer<String, String> producer = QueryStack.producer()) {
            // The service reads facts.extracted from the newest record once it has its partitions: announce until seen.
            await("the new fact after its announcement")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> {
                        producer.send(new ProducerRecord<>("facts.extracted", articleId, event))
                                .get();
                        return get(query, initech).getInt("total") == 1;
                    });
        }
        assertEquals("INVESTMENT", get(query, initech).getString("items[0].type"));

        // A page served from the cache is the JSON written when it was read, byte for byte, with its type.
        long hits = cache("hits");
        io.restassured.response.Response again = given().get(query, initech);
        assertEquals(hits + 1, cache("hits"), "the page came from the cache");
        assertEquals("application/json", again.contentType().replaceFirst(";.*", ""));
        assertEquals(given().get(query, initech).asString(), again.asString());
        assertEquals(articleId, again.jsonPath().getString("items[0].evidence.articleId"));
        assertEquals(2000000000L, again.jsonPath().getLong("items[0].valueUsd"));
    }

    @Test
    void aPageInUseIsReadAgainInTheBackgroundWhenAnEventEndsIt() throws Exception {
        String umbrella = "Umbrella " + World.RUN;
        String query = "/api/facts?subject={s}";
        assertEquals(0, get(query, umbrella).getInt("total"));
        String articleId = storeInvestment(umbrella, "renew-" + World.RUN + ".txt", "plant", "3000000000");
        long misses = cache("misses");
        long refreshes = cache("refreshes");
        long events = cache("invalidations");
        String event = "{\"articleId\":\"" + articleId + "\",\"source\":\"renew-" + World.RUN
                + ".txt\",\"extractorVersion\":\"1.0.0\",\"changedNames\":[\"" + umbrella + "\"],\"facts\":[]}";
        try (KafkaProducer<String, String> producer = QueryStack.producer()) {
            await("the announcement received")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> {
                        producer.send(new ProducerRecord<>("facts.extracted", articleId, event))
                                .get();
                        return cache("invalidations") > events;
                    });
        }
        // No request asks meanwhile: only the event can have the page read again.
        await("the page read again in the background")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> cache("refreshes") > refreshes);
        await("the renewed page")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> get(query, umbrella).getInt("total") == 1);
        assertEquals(misses, cache("misses"), "no request read the page itself after the event");
    }

    /** Stores, behind the service's back, an article in which {@code company} invests {@code usd} in {@code what}; its id. */
    private static String storeInvestment(String company, String source, String what, String usd) throws Exception {
        String sentence = company + " will invest $" + usd + " in " + what + ".";
        String body = sentence + " " + ("More words about " + what + " follow here. ").repeat(5);
        try (Fixtures db = new Fixtures(QueryStack.stack)) {
            db.entity(company, "ORGANIZATION", company);
            String articleId = db.article(
                    source,
                    company + " invests",
                    body,
                    World.WIRE,
                    Instant.parse("2025-03-02T08:00:00Z"),
                    Instant.now());
            db.fact(articleId, body, sentence, "INVESTMENT")
                    .subject(company)
                    .object(what, "TOPIC")
                    .money(usd, "USD", usd)
                    .save(0);
            return articleId;
        }
    }

    private static long cache(String stat) {
        return given().get("/q/health/ready")
                .jsonPath()
                .getLong("checks.find { it.name == 'fact page cache' }.data." + stat);
    }
}
