package org.newsfacts.extract.fx;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.newsfacts.devstack.NewsFactsTestResource;
import org.newsfacts.devstack.TestInfrastructure;
import org.newsfacts.engine.fx.FxRate;
import org.newsfacts.model.ArticleIds;

/**
 * Issue 26's acceptance on the real pipeline (articles on articles.raw, facts in PostgreSQL, events on
 * facts.extracted): the seeds' yuan amounts convert at their day's rate; an article dated after the
 * newest rate waits with the reason and gets its dollar value when a newer file is loaded.
 */
@QuarkusTest
@WithTestResource(NewsFactsTestResource.class)
@WithTestResource(EcbServer.class)
class FxAcceptanceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate SEED_DAY = LocalDate.of(2025, 2, 24);

    @Test
    void theSeedsYuanInvestmentConvertsAtThatDaysRateWhereTheArticleGivesNoDollars() throws Exception {
        String seed = seed("000_e2e09670cd839584.txt");
        String withoutDollars = seed.replace(" ($53 billion)", "");
        assertTrue(!withoutDollars.equals(seed), "the seed states 380 billion yuan ($53 billion)");
        Map<String, Object> converted = awaitFact(publish(withoutDollars, SEED_DAY), "INVESTMENT", "CNY");
        assertEquals(0, new BigDecimal("380000000000").compareTo((BigDecimal) converted.get("value")));
        BigDecimal usd = (BigDecimal) converted.get("value_usd");
        assertTrue(
                usd.compareTo(new BigDecimal("52.3e9")) > 0 && usd.compareTo(new BigDecimal("52.5e9")) < 0,
                "≈ $52.4bn: " + usd);
        assertEquals("ECB", converted.get("fx_source"));
        assertEquals(SEED_DAY, converted.get("fx_rate_date"));
        assertEquals(
                0,
                new BigDecimal("7.25005").compareTo((BigDecimal) converted.get("fx_rate")),
                "the ECB's CNY per USD that day");

        Map<String, Object> stated = awaitFact(publish(seed, SEED_DAY), "INVESTMENT", "CNY");
        assertEquals(
                0,
                new BigDecimal("53000000000").compareTo((BigDecimal) stated.get("value_usd")),
                "the article's own figure wins");
        assertEquals("ARTICLE", stated.get("fx_source"));
    }

    @Test
    void theSeedsYuanRevenueAtItsDaysRateFitsTheDollarFigureOfAnotherSeed() throws Exception {
        Map<String, Object> revenue =
                awaitFact(publish(seed("004_82dc4370d7324eed.txt"), SEED_DAY), "FINANCIAL_METRIC", "CNY");
        assertEquals(0, new BigDecimal("280200000000").compareTo((BigDecimal) revenue.get("value")));
        BigDecimal usd = (BigDecimal) revenue.get("value_usd");
        // Seed 003 gives the quarter's revenue as $38.38 billion; claims allow 2 % for conversion (query-service
        // Tolerance).
        double off = Math.abs(usd.doubleValue() - 38.38e9) / 38.38e9;
        assertTrue(off < 0.02, "RMB 280.2bn at the day's rate is $" + usd + ", " + off * 100 + " % from $38.38bn");
    }

    @Test
    void anArticleAfterTheNewestRateWaitsWithTheReasonAndGetsItsValueWhenANewerFileIsLoaded() throws Exception {
        LocalDate day = EcbFiles.today().minusDays(2);
        assumeTrue(
                noRateWithin(day.minusDays(6), day),
                "a rate within six days before " + day + " is stored already (a reused database)");
        String body =
                "Corvane Holdings will invest 700 million Swiss francs in a new research campus, the company said.\n"
                        + "Reference " + UUID.randomUUID() + ".";
        String id = publish(body, day);
        Map<String, Object> waiting = awaitFact(id, "INVESTMENT", "CHF");
        assertNull(waiting.get("value_usd"));
        assertEquals("RATE_TOO_OLD", waiting.get("fx_unconverted"));
        assertTrue(((String) waiting.get("fx_reason")).contains("newsfacts.fx.max-age"), (String)
                waiting.get("fx_reason"));

        given().contentType("application/xml")
                .body(EcbFiles.file(List.of(day.minusDays(1), day)))
                .post("/api/fx/rates")
                .then()
                .statusCode(200);
        BigDecimal perUsd = FxRate.crossViaEur(EcbFiles.rate("CHF", day), EcbFiles.rate("USD", day));
        BigDecimal expected = new BigDecimal("700000000")
                .divide(perUsd, MathContext.DECIMAL64)
                .round(new MathContext(6));
        await("the waiting fact converted")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> fact(id, "INVESTMENT", "CHF").get("value_usd") != null);
        Map<String, Object> now = fact(id, "INVESTMENT", "CHF");
        assertEquals(0, expected.compareTo((BigDecimal) now.get("value_usd")), "at the day's rate " + perUsd);
        assertEquals(day, now.get("fx_rate_date"));
        assertNull(now.get("fx_unconverted"));
        // The article is announced again with its facts as they are now.
        JsonNode fx = awaitAnnouncedFx(id);
        assertEquals(day.toString(), fx.get("rateDate").asText());
        assertEquals("ECB", fx.get("source").asText());
    }

    private static String seed(String name) throws Exception {
        Path root = Path.of(System.getProperty("newsfacts.projectRoot", ".."))
                .toAbsolutePath()
                .normalize();
        return Files.readString(root.resolve("seeds").resolve(name));
    }

    /** Puts an article on articles.raw as a minimal producer does (no id: it is the body's). */
    private static String publish(String body, LocalDate published) throws Exception {
        Map<String, String> record = Map.of(
                "source",
                "fx-acceptance-" + UUID.randomUUID() + ".txt",
                "body",
                body,
                "contentType",
                "text/plain",
                "publishedAt",
                published.atTime(8, 0).toInstant(ZoneOffset.UTC).toString());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(
                            "articles.raw", UUID.randomUUID().toString(), JSON.writeValueAsString(record)))
                    .get();
        }
        return ArticleIds.idOf(body);
    }

    private static Map<String, Object> awaitFact(String articleId, String type, String unit) throws Exception {
        await(type + " in " + unit + " of " + articleId)
                .atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> !fact(articleId, type, unit).isEmpty());
        return fact(articleId, type, unit);
    }

    /** The first fact of the type and unit in the article, as stored; empty when none. */
    private static Map<String, Object> fact(String articleId, String type, String unit) throws Exception {
        try (Connection c = FxFeedIT.connect();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT value, value_usd, fx_date, fx_rate, fx_rate_date, fx_source, fx_unconverted, fx_reason FROM fact "
                                + "WHERE article_id = ? AND type = ? AND unit = ? ORDER BY ordinal LIMIT 1")) {
            ps.setString(1, articleId);
            ps.setString(2, type);
            ps.setString(3, unit);
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, Object> row = new HashMap<>();
                if (rs.next()) {
                    for (String col : List.of("value", "value_usd", "fx_rate")) {
                        row.put(col, rs.getBigDecimal(col));
                    }
                    for (String col : List.of("fx_date", "fx_rate_date")) {
                        row.put(col, rs.getObject(col, LocalDate.class));
                    }
                    for (String col : List.of("fx_source", "fx_unconverted", "fx_reason")) {
                        row.put(col, rs.getString(col));
                    }
                }
                return row;
            }
        }
    }

    private static boolean noRateWithin(LocalDate from, LocalDate to) throws Exception {
        try (Connection c = FxFeedIT.connect();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM fx_rate WHERE day BETWEEN ? AND ?")) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        }
    }

    /** The fx of the CHF fact in the newest facts.extracted event of the article that has a converted one. */
    private static JsonNode awaitAnnouncedFx(String articleId) {
        JsonNode[] found = new JsonNode[1];
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "fx-acceptance-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of("facts.extracted"));
            await("facts.extracted announces the converted fact")
                    .atMost(PATIENCE)
                    .until(() -> {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                            if (!articleId.equals(r.key())) {
                                continue;
                            }
                            for (JsonNode f : JSON.readTree(r.value()).get("facts")) {
                                if ("CHF".equals(f.path("unit").asText())
                                        && f.path("valueUsd").isNumber()) {
                                    found[0] = f.get("fx");
                                }
                            }
                        }
                        return found[0] != null;
                    });
        }
        assertNotNull(found[0]);
        return found[0];
    }
}
