package org.newsfacts.query.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.query.it.Api.get;
import static org.newsfacts.query.it.Api.problem;
import static org.newsfacts.query.it.ConfidenceWorld.HOOLI;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code minConfidence} on the facts, an entity's facts, an article, the export and the claims, over
 * {@link ConfidenceWorld}'s facts of confidence 0.92, 0.81, 0.35 and 0.3; and the lowest confidence
 * that counts in a claim, {@code newsfacts.claims.min-confidence}, at its default 0.5.
 */
@QuarkusTest
@WithTestResource(QueryStack.class)
class ConfidenceIT {

    @BeforeEach
    void load() throws Exception {
        ConfidenceWorld.load();
    }

    private static List<Double> confidences(JsonPath page) {
        return doubles(page, "items.confidence");
    }

    /** The numbers at {@code path}, to six decimals (JsonPath reads them as floats). */
    private static List<Double> doubles(JsonPath json, String path) {
        return json.getList(path).stream()
                .map(v -> Math.round(((Number) v).doubleValue() * 1e6) / 1e6)
                .toList();
    }

    @Test
    void theFactsBelowTheLowestConfidenceAreLeftOut() {
        assertEquals(List.of(0.92, 0.35, 0.81, 0.3), confidences(get("/api/facts?subject={s}", HOOLI)));
        assertEquals(List.of(0.92, 0.81), confidences(get("/api/facts?subject={s}&minConfidence=0.5", HOOLI)));
        assertEquals(
                List.of(0.92, 0.81),
                confidences(get("/api/facts?subject={s}&minConfidence=0.81", HOOLI)),
                "at it is kept");
        assertEquals(List.of(0.92), confidences(get("/api/facts?subject={s}&minConfidence=0.9", HOOLI)));
        assertEquals(4, get("/api/facts?subject={s}&minConfidence=0", HOOLI).getInt("total"));
        assertEquals(0, get("/api/facts?subject={s}&minConfidence=1", HOOLI).getInt("total"));
        assertEquals(
                1,
                get("/api/facts?subject={s}&minConfidence=0.85&metric=REVENUE&period=2024&maxUsd=1e10", HOOLI)
                        .getInt("total"),
                "with the other filters");
        JsonPath byConfidence = get("/api/facts?subject={s}&minConfidence=0.35&sort=confidence&limit=2", HOOLI);
        assertEquals(3, byConfidence.getInt("total"));
        assertEquals(List.of(0.35, 0.81), confidences(byConfidence));
        assertEquals(
                List.of(0.92),
                confidences(get(
                        "/api/facts?subject={s}&minConfidence=0.35&sort=confidence&limit=2&cursor={c}",
                        HOOLI,
                        byConfidence.getString("next"))),
                "the next page keeps the filter");
    }

    @Test
    void eachLowestConfidenceIsAPageOfItsOwnInTheCache() {
        // Read in turn: a cache keyed without the lowest confidence would serve the first page for the others.
        String query = "/api/facts?subject={s}&type=FINANCIAL_METRIC";
        assertEquals(3, get(query, HOOLI).getInt("total"));
        assertEquals(2, get(query + "&minConfidence=0.5", HOOLI).getInt("total"));
        assertEquals(1, get(query + "&minConfidence=0.9", HOOLI).getInt("total"));
        assertEquals(2, get(query + "&minConfidence=0.5", HOOLI).getInt("total"));
        assertEquals(3, get(query, HOOLI).getInt("total"));
        assertEquals(3, get(query + "&minConfidence=0", HOOLI).getInt("total"));
    }

    @Test
    void anEntitysFactsAndAnArticlesFactsToo() {
        assertEquals(4, get("/api/entities/{id}/facts", ConfidenceWorld.hooliId).getInt("total"));
        assertEquals(
                List.of(0.92, 0.81),
                confidences(get("/api/entities/{id}/facts?minConfidence=0.5", ConfidenceWorld.hooliId)));
        assertEquals(List.of(0.92, 0.35), doubles(get("/api/articles/{id}", ConfidenceWorld.c1), "facts.confidence"));
        JsonPath likely = get("/api/articles/{id}?minConfidence=0.5", ConfidenceWorld.c1);
        assertEquals(List.of("FINANCIAL_METRIC"), likely.getList("facts.type"));
        assertTrue(likely.getString("body").contains("shares rose 3%"), "the article itself is whole");
        assertEquals(
                List.of(),
                get("/api/articles/{id}?minConfidence=0.5", ConfidenceWorld.c3).getList("facts"));
    }

    @Test
    void theExportLeavesThemOutToo() throws Exception {
        String ndjson = given().when()
                .get("/api/facts/export?subject={s}&minConfidence=0.5", HOOLI)
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();
        ObjectMapper json = new ObjectMapper();
        List<Double> exported = ndjson.lines()
                .filter(l -> !l.isBlank())
                .map(l -> {
                    try {
                        return json.readTree(l).get("confidence").asDouble();
                    } catch (Exception e) {
                        throw new IllegalStateException(l, e);
                    }
                })
                .sorted()
                .toList();
        assertEquals(List.of(0.81, 0.92), exported, "in article order");
        String all = given().when()
                .get("/api/facts/export?subject={s}", HOOLI)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(4, all.lines().filter(l -> !l.isBlank()).count());
    }

    @Test
    void claimsCountOnlyFactsAtOrAboveTheSettingAndARequestCanRaiseIt() {
        // At the default 0.5 the $20bn of 0.3 is left out: the two $10bn statements agree.
        JsonPath claims = get("/api/claims?subject={s}", HOOLI);
        assertEquals(
                1, claims.getInt("total"), "the share move of 0.35 makes no claim: " + claims.getList("items.type"));
        assertEquals("REVENUE", claims.getString("items[0].metric"));
        assertEquals("AGREE", claims.getString("items[0].verdict"));
        assertEquals(2, claims.getInt("items[0].articles"));
        assertEquals(List.of(0.92, 0.81), doubles(claims, "items[0].sources.confidence"));
        // A request below the setting does not lower it.
        JsonPath lower = get("/api/claims?subject={s}&minConfidence=0.1", HOOLI);
        assertEquals(1, lower.getInt("total"));
        assertEquals(2, lower.getInt("items[0].articles"));
        // A request above it raises it.
        JsonPath higher = get("/api/claims?subject={s}&metric=REVENUE&minConfidence=0.9", HOOLI);
        assertEquals(1, higher.getInt("total"));
        assertEquals(1, higher.getInt("items[0].articles"));
        assertEquals(0, get("/api/claims?subject={s}&minConfidence=0.95", HOOLI).getInt("total"));
    }

    @Test
    void aLowestConfidenceThatIsNoProbabilityIsAProblem() {
        String expected = "'minConfidence' must be a number from 0 to 1, a probability (0.8 for 80 %)";
        problem("/api/facts?minConfidence=80", 400, expected + ", got '80'");
        problem("/api/facts?minConfidence=1.5", 400, expected);
        problem("/api/facts?minConfidence=-0.1", 400, expected);
        problem("/api/facts?minConfidence=high", 400, expected + ", got 'high'");
        problem("/api/facts?minConfidence=NaN", 400, expected);
        problem("/api/facts/export?minConfidence=80%", 400, expected + ", got '80%'");
        problem("/api/claims?minConfidence=2", 400, expected);
        problem("/api/entities/" + ConfidenceWorld.hooliId + "/facts?minConfidence=x", 400, expected);
        problem("/api/articles/" + ConfidenceWorld.c1 + "?minConfidence=x", 400, expected);
        problem("/api/stream?minConfidence=x", 400, expected);
    }

    @Test
    void theOpenApiDocumentDescribesTheParameter() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(given().when()
                        .get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        for (String path : List.of(
                "/api/facts",
                "/api/facts/export",
                "/api/claims",
                "/api/stream",
                "/api/entities/{id}/facts",
                "/api/articles/{id}")) {
            JsonNode parameter = null;
            for (JsonNode p : doc.path("paths").path(path).path("get").path("parameters")) {
                if (p.path("name").asText().equals("minConfidence")) {
                    parameter = p;
                }
            }
            assertTrue(parameter != null, "minConfidence on " + path);
            assertEquals("query", parameter.path("in").asText());
            assertEquals("number", parameter.at("/schema/type").asText(), path);
            assertEquals(0, parameter.at("/schema/minimum").asInt(), path);
            assertEquals(1, parameter.at("/schema/maximum").asInt(), path);
            assertTrue(parameter.path("description").asText().contains("confidence"), path);
        }
    }
}
