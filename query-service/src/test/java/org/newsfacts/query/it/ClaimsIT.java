package org.newsfacts.query.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.query.it.Api.get;
import static org.newsfacts.query.it.Api.problem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(QueryStack.class)
class ClaimsIT {

    @Test
    void dollarsAndYuanOfOneInvestmentAreEquivalentAndACopyIsNoExtraSource() {
        JsonPath claims = get("/api/claims?type=INVESTMENT&subject={s}", World.ACME_LEGAL);
        assertEquals(1, claims.getInt("total"));
        Map<String, Object> claim = claims.getMap("items[0]");
        assertEquals(World.ACME, claim.get("subject"));
        assertEquals("P3Y", claim.get("period"));
        assertEquals("EQUIVALENT", claim.get("verdict"));
        assertEquals(4, claim.get("articles"));
        assertEquals(3, claim.get("independentSources"), "ledger-2 is a syndicated copy of wire-1");
        assertEquals(
                List.of("53000000000", "380000000000", "52000000000", "53000000000"),
                claims.getList("items[0].sources.value").stream()
                        .map(String::valueOf)
                        .toList());
        assertEquals(List.of("USD", "CNY", "USD", "USD"), claims.getList("items[0].sources.unit"));
        assertEquals(1e9, ((Number) claims.get("items[0].usd.spread")).doubleValue());
        assertTrue(claims.getString("items[0].reason").contains("52500000000"), claims.getString("items[0].reason"));
    }

    /**
     * Issue 26: a quarter's revenue in yuan, converted at the rate of its article's day as extract-service
     * now stores it (RMB 280.2bn at the ECB's 7.25005 yuan per dollar of 2025-02-24: $38.648bn), and the
     * same revenue stated as $38.38bn elsewhere are EQUIVALENT; at the 2023-02 monthly rate the engine used
     * before (6.81: $41.15bn) they were a CONFLICT. The facts API shows which rate was used.
     */
    @Test
    void yuanRevenueAtItsDaysRateAndTheDollarFigureAreEquivalent() throws Exception {
        String vandelay = "Vandelay " + World.RUN;
        try (Fixtures db = new Fixtures(QueryStack.stack)) {
            String s1 = vandelay + "'s fourth-quarter revenue hit RMB 280.2bn, up 8% year over year.";
            String b1 = s1 + " The results beat estimates " + World.RUN + ".";
            String x1 = db.article(
                    "fx-yuan-" + World.RUN + ".txt",
                    vandelay + " results",
                    b1,
                    "Fx desk " + World.RUN,
                    java.time.Instant.parse("2025-02-24T08:00:00Z"),
                    World.T0.plusSeconds(400));
            db.fact(x1, b1, s1, "FINANCIAL_METRIC")
                    .subject(vandelay)
                    .metric("REVENUE")
                    .period("2024-Q4")
                    .money("280200000000", "CNY", "38648000000")
                    .fx("2025-02-24", "7.25005", "2025-02-24", "ECB")
                    .save(0);
            String s2 = vandelay + " said revenue rose 8% to $38.38 billion in the quarter ending in December.";
            String b2 = s2 + " Shares rose on the news " + World.RUN + ".";
            String x2 = db.article(
                    "fx-dollars-" + World.RUN + ".txt",
                    vandelay + " revenue",
                    b2,
                    "Fx desk " + World.RUN,
                    java.time.Instant.parse("2025-02-27T08:00:00Z"),
                    World.T0.plusSeconds(420));
            db.fact(x2, b2, s2, "FINANCIAL_METRIC")
                    .subject(vandelay)
                    .metric("REVENUE")
                    .period("2024-Q4")
                    .money("38380000000", "USD", "38380000000")
                    .save(0);
        }
        JsonPath claims = get("/api/claims?type=FINANCIAL_METRIC&subject={s}", vandelay);
        assertEquals(1, claims.getInt("total"));
        assertEquals("EQUIVALENT", claims.getString("items[0].verdict"), claims.prettify());
        JsonPath facts = get("/api/facts?subject={s}&type=FINANCIAL_METRIC", vandelay);
        Map<String, Object> yuan = facts.getList("items", Map.class).stream()
                .filter(f -> "CNY".equals(f.get("unit")))
                .findFirst()
                .orElseThrow();
        Map<?, ?> fx = (Map<?, ?>) yuan.get("fx");
        assertEquals("2025-02-24", fx.get("date"));
        assertEquals("2025-02-24", fx.get("rateDate"));
        assertEquals("ECB", fx.get("source"));
        assertEquals(
                0,
                new java.math.BigDecimal("7.25005").compareTo(new java.math.BigDecimal(String.valueOf(fx.get("rate")))),
                fx.toString());
        assertNull(fx.get("unconverted"));
    }

    @Test
    void twoPeopleAsCeoOfOneCompanyConflict() {
        JsonPath claims = get("/api/claims?type=ROLE&subject={s}", World.ACME);
        assertEquals(1, claims.getInt("total"));
        assertEquals("CEO", claims.getString("items[0].role"));
        assertEquals("CONFLICT", claims.getString("items[0].verdict"));
        assertEquals(3, claims.getInt("items[0].articles"));
        assertEquals(List.of(World.JANE, World.JOHN, World.JANE), claims.getList("items[0].sources.stated"));
        assertTrue(claims.getString("items[0].reason").contains(World.JOHN + " (1 article)"));
        // The same claim when asking about one of the people.
        assertEquals(
                "CONFLICT", get("/api/claims?type=ROLE&subject={s}", World.JOHN).getString("items[0].verdict"));
    }

    @Test
    void revenuesBeyondTheirPrecisionConflict() {
        JsonPath claims = get("/api/claims?subject={s}&metric=REVENUE", World.GLOBEX);
        assertEquals(1, claims.getInt("total"));
        assertEquals("CONFLICT", claims.getString("items[0].verdict"));
        assertEquals("2024", claims.getString("items[0].period"));
        assertTrue(
                claims.getString("items[0].reason").contains("at most 10500000000 USD"),
                claims.getString("items[0].reason"));
    }

    @Test
    void verdictFilterAndPaging() {
        JsonPath all = get("/api/claims?subject={s}", World.ACME);
        int total = all.getInt("total");
        assertTrue(total >= 3, "investment, role and stock move claims: " + all.getList("items.type"));
        JsonPath conflicts = get("/api/claims?subject={s}&verdict=conflict", World.ACME);
        assertEquals(List.of("ROLE"), conflicts.getList("items.type"));
        JsonPath first = get("/api/claims?subject={s}&limit=1", World.ACME);
        JsonPath second = get("/api/claims?subject={s}&limit=1&cursor={c}", World.ACME, first.getString("next"));
        assertEquals(total, second.getInt("total"));
        assertTrue(!first.getMap("items[0]").equals(second.getMap("items[0]")), "the second page is another claim");
    }

    @Test
    void withoutSourcesAClaimIsItsSummary() {
        JsonPath full = get("/api/claims?type=INVESTMENT&subject={s}", World.ACME_LEGAL);
        JsonPath summary = get("/api/claims?type=INVESTMENT&subject={s}&sources=false", World.ACME_LEGAL);
        assertEquals(full.getInt("total"), summary.getInt("total"));
        assertEquals("EQUIVALENT", summary.getString("items[0].verdict"));
        assertEquals(4, summary.getInt("items[0].articles"));
        assertNull(summary.get("items[0].sources"));
        assertEquals(4, full.getList("items[0].sources").size(), "sources=true is the default");
    }

    @Test
    void errors() {
        problem("/api/claims?sources=maybe", 400, "'sources' must be one of FALSE, TRUE");
        problem("/api/claims?type=GOSSIP", 400, "'type' must be one of");
        problem("/api/claims?verdict=MAYBE", 400, "'verdict' must be one of AGREE, CONFLICT, EQUIVALENT, got 'MAYBE'");
        problem("/api/claims?limit=x", 400, "'limit' must be a whole number");
    }
}
