package org.newsfacts.query.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.query.it.Api.get;
import static org.newsfacts.query.it.Api.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.Contract;
import org.newsfacts.model.ContractValidator;

@QuarkusTest
@WithTestResource(QueryStack.class)
class FactsIT {

    @Inject
    DataSource dataSource;

    private static int total(String query, Object... params) {
        return get("/api/facts?" + query, params).getInt("total");
    }

    @Test
    void subjectAndObjectAcceptAnyAliasIgnoringCase() {
        assertEquals(5, total("subject={s}", World.ACME));
        assertEquals(5, total("subject={s}", World.ACME_LEGAL.toLowerCase()));
        assertEquals(3, total("object={o}&type=ROLE", World.ACME_LEGAL));
        assertEquals(1, total("subject={s}&type=QUOTE", "Roe" + World.RUN));
        assertEquals(0, total("subject={s}", "Nobody " + World.RUN));
    }

    @Test
    void everyFilterNarrows() {
        assertEquals(2, total("subject={s}&metric=revenue", World.GLOBEX));
        assertEquals(3, total("object={o}&role=CEO", World.ACME));
        assertEquals(1, total("subject={s}&unit=CNY", World.ACME));
        assertEquals(
                3,
                total("subject={s}&type=INVESTMENT&minUsd=52500000000", World.ACME),
                "$53bn twice and 380bn CNY ($53bn)");
        assertEquals(1, total("subject={s}&maxUsd=52000000000&type=INVESTMENT", World.ACME));
        assertEquals(2, total("subject={s}&minUsd=1e10&maxUsd=1.2e10", World.GLOBEX));
        assertEquals(2, total("subject={s}&period=2024", World.GLOBEX));
        assertEquals(1, total("subject={s}&period=2025", World.GLOBEX), "a year finds its quarters");
        assertEquals(4, total("subject={s}&period=p3y", World.ACME));
        assertEquals(2, total("article={a}", World.a2));
        assertEquals(2, total("article={a}&since={t}", World.a2, World.T0.toString()));
        assertEquals(0, total("article={a}&since=2999-01-01", World.a2));
    }

    @Test
    void sortedPagesFollowTheirOrderToTheEnd() {
        List<Double> usd = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = cursor == null
                    ? get("/api/facts?subject={s}&sort=-valueUsd&limit=2", World.ACME)
                    : get("/api/facts?subject={s}&sort=-valueUsd&limit=2&cursor={c}", World.ACME, cursor);
            assertEquals(5, page.getInt("total"));
            for (Object v : page.getList("items.valueUsd")) {
                usd.add(v == null ? null : ((Number) v).doubleValue());
            }
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(5, usd.size());
        assertEquals(53e9, usd.get(0));
        assertEquals(52e9, usd.get(3));
        assertNull(usd.get(4), "facts without a dollar value come last");

        JsonPath ascending = get("/api/facts?subject={s}&sort=valueUsd&limit=1", World.ACME);
        assertEquals(52e9, ((Number) ascending.get("items[0].valueUsd")).doubleValue());
    }

    @Test
    void exportHasTheSameFiltersAndTheFactsShape() throws Exception {
        String ndjson = given().when()
                .get("/api/facts/export?subject={s}", World.ACME)
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();
        List<String> lines = ndjson.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(5, lines.size());
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            assertEquals(List.of(), ContractValidator.errors(Contract.FACT, line), line);
            JsonNode fact = json.readTree(line);
            assertEquals(World.ACME, fact.get("subject").asText());
            assertTrue(fact.at("/evidence/source").asText().endsWith(World.RUN + ".txt"));
        }
        problem("/api/facts/export?type=NOPE", 400, "'type' must be one of");
    }

    @Test
    void aSubjectsRegisterIdentifierFiltersFactsWhichCarryTheirSubjectIds() throws Exception {
        // Globex (linked in World) is the subject of two revenues and one investment.
        assertEquals(3, total("subjectTicker={t}", World.GLOBEX_TICKER));
        assertEquals(3, total("subjectIsin={i}", World.GLOBEX_ISIN));
        assertEquals(2, total("subjectCik={c}&metric=REVENUE", World.GLOBEX_CIK));
        assertEquals(3, total("subjectTicker={t}&subject={s}", World.GLOBEX_TICKER, World.GLOBEX));
        assertEquals(0, total("subjectTicker={t}&subject={s}", World.GLOBEX_TICKER, World.ACME), "both must match");
        assertEquals(0, total("subjectTicker={t}", "ZZ" + World.RUN.substring(0, 6)));

        String ndjson = given().when()
                .get("/api/facts/export?subjectTicker={t}", World.GLOBEX_TICKER)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        ObjectMapper json = new ObjectMapper();
        int withIds = 0;
        for (String line : ndjson.lines().filter(l -> !l.isBlank()).toList()) {
            assertEquals(List.of(), ContractValidator.errors(Contract.FACT, line), line);
            JsonNode fact = json.readTree(line);
            if (fact.hasNonNull("subjectIds")) {
                withIds++;
                assertEquals(World.GLOBEX_CIK, fact.at("/subjectIds/cik").asText());
                assertEquals(World.GLOBEX_TICKER, fact.at("/subjectIds/ticker").asText());
                assertTrue(fact.get("objectIds").isNull());
            }
        }
        assertEquals(1, withIds, "the one fact stored with its subject's identifiers");
    }

    @Test
    void badParametersAreProblems() {
        problem("/api/facts?subjectTicker=A*B", 400, "'subjectTicker' must be a ticker");
        problem("/api/facts/export?subjectIsin=XX", 400, "'subjectIsin' must be an ISIN");
        problem("/api/facts?subjectCik=-1", 400, "'subjectCik' must be an SEC CIK");
        problem("/api/facts?limit=201", 400, "'limit' must be a whole number from 1 to 200, got '201'");
        problem(
                "/api/facts?sort=subject",
                400,
                "'sort' must be one of id, -id, valueUsd, -valueUsd, confidence, -confidence");
        problem("/api/facts?since=last%20week", 400, "'since' must be a date (2025-02-24) or an instant");
        problem("/api/facts?minUsd=lots", 400, "'minUsd' must be a plain number of US dollars");
        problem("/api/facts?minUsd=10&maxUsd=5", 400, "'minUsd' is greater than 'maxUsd' (5)");
        problem("/api/facts?article=abc", 400, "'article' must be an article id (64 hexadecimal digits)");
        problem("/api/facts?period=2025;DROP", 400, "'period' must be an ISO period");
        problem("/api/facts?metric=1%3D1", 400, "'metric' must be a name like REVENUE or CEO");
        String byValue =
                get("/api/facts?subject={s}&sort=-valueUsd&limit=1", World.ACME).getString("next");
        problem(
                "/api/facts?cursor=" + byValue,
                400,
                "belongs to a list in another order (-valueUsd), not to this one (id)");
        assertEquals(0, total("subject={s}", "x' OR '1'='1"));
    }

    @Test
    void theServiceCannotWrite() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            SQLException e = assertThrows(
                    SQLException.class, () -> s.executeUpdate("DELETE FROM fact WHERE subject = '" + World.ACME + "'"));
            assertTrue(
                    e.getMessage().contains("read-only") || e.getMessage().contains("permission denied"),
                    e.getMessage());
        }
        assertEquals(5, total("subject={s}", World.ACME));
    }
}
