package org.newsfacts.query.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsfacts.query.it.Api.get;
import static org.newsfacts.query.it.Api.problem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(QueryStack.class)
class EntitiesIT {

    @Test
    void anAliasFindsItsEntityIgnoringCase() {
        JsonPath page = get("/api/entities?q={q}", ("acme " + World.RUN + " holdings").toUpperCase());
        assertEquals(1, page.getInt("total"));
        assertEquals(World.ACME, page.getString("items[0].canonical"));
        assertEquals("ORGANIZATION", page.getString("items[0].type"));
        assertEquals(List.of(World.ACME, World.ACME_LEGAL), page.getList("items[0].aliases"));
        // The subject of 4 investments and a stock move, the object of 3 roles.
        assertEquals(8, page.getInt("items[0].factCount"));
    }

    @Test
    void typeNarrowsAndPagesByName() {
        JsonPath people = get("/api/entities?q={q}&type=person", World.RUN);
        assertEquals(2, people.getInt("total"));
        assertEquals(List.of(World.JANE, World.JOHN), people.getList("items.canonical"));

        JsonPath first = get("/api/entities?q={q}&limit=2", World.RUN);
        assertEquals(4, first.getInt("total"));
        assertEquals(List.of(World.ACME, World.GLOBEX), first.getList("items.canonical"));
        JsonPath second = get("/api/entities?q={q}&limit=2&cursor={c}", World.RUN, first.getString("next"));
        assertEquals(List.of(World.JANE, World.JOHN), second.getList("items.canonical"));
        assertNull(second.get("next"));
    }

    @Test
    void oneEntityAndItsFacts() {
        given().when()
                .get("/api/entities/{id}", World.acmeId)
                .then()
                .statusCode(200)
                .body("canonical", equalTo(World.ACME))
                .body("factCount", equalTo(8))
                .body("articleCount", equalTo(4));
        JsonPath facts = get("/api/entities/{id}/facts?limit=5", World.acmeId);
        assertEquals(8, facts.getInt("total"));
        assertEquals(5, facts.getList("items").size());
        JsonPath rest = get("/api/entities/{id}/facts?limit=5&cursor={c}", World.acmeId, facts.getString("next"));
        assertEquals(3, rest.getList("items").size());
        assertNull(rest.get("next"));
    }

    @Test
    void aTickerAnIsinOrACikFindsTheLinkedOrganisationWithItsRegisterIdentifiers() {
        for (String query : List.of(
                "ticker=" + World.GLOBEX_TICKER.toLowerCase(),
                "isin=" + World.GLOBEX_ISIN,
                "cik=0" + World.GLOBEX_CIK,
                "ticker=" + World.GLOBEX_TICKER + "L")) {
            JsonPath page = get("/api/entities?" + query);
            assertEquals(1, page.getInt("total"), query);
            assertEquals(World.GLOBEX, page.getString("items[0].canonical"), query);
            assertEquals("Globex Corporation " + World.RUN, page.getString("items[0].register.name"), query);
            assertEquals(World.GLOBEX_CIK, page.getString("items[0].register.cik"), query);
        }
        assertEquals(
                0, get("/api/entities?ticker=ZZ" + World.RUN.substring(0, 6)).getInt("total"));
        // Unlinked entities carry no register; the one entity's page carries its identifiers.
        assertNull(get("/api/entities?q={q}&type=ORGANIZATION", World.ACME).get("items[0].register"));
        given().when()
                .get("/api/entities/{id}", World.globexId)
                .then()
                .statusCode(200)
                .body("register.country", equalTo("Canada"))
                .body("register.isins", equalTo(List.of(World.GLOBEX_ISIN)))
                .body("register.listings.ticker", equalTo(List.of(World.GLOBEX_TICKER + "L", World.GLOBEX_TICKER)))
                .body("register.listings.exchange", equalTo(List.of("LON", "US")));
    }

    @Test
    void errors() {
        problem(
                "/api/entities?ticker=BA*BA",
                400,
                "'ticker' must be a ticker: 1-12 letters, digits, '.' or '-' (BABA, BRK-B), got 'BA*BA'");
        problem(
                "/api/entities?isin=US123",
                400,
                "'isin' must be an ISIN: two letters, nine letters or digits, a check digit (US0378331005), got 'US123'");
        problem(
                "/api/entities?cik=12ab",
                400,
                "'cik' must be an SEC CIK: 1-10 digits (1577552 or 0001577552), got '12ab'");
        problem(
                "/api/entities?ticker=BABA&cik=1",
                400,
                "'ticker' cannot be combined with another identifier: give one of 'ticker', 'isin' and 'cik'");
        problem(
                "/api/entities?type=COMPANY",
                400,
                "'type' must be one of MEDIA, ORGANIZATION, PERSON, PLACE, got 'COMPANY'");
        problem("/api/entities/987654321987", 404, "no entity with id '987654321987'");
        problem("/api/entities/acme", 404, "no entity with id 'acme' (entity ids are whole numbers)");
        problem("/api/entities?q=" + "x".repeat(201), 400, "'q' is longer than 200 characters");
    }
}
