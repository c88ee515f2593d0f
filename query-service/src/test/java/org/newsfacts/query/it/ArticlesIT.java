package org.newsfacts.query.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.query.it.Api.get;
import static org.newsfacts.query.it.Api.problem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(QueryStack.class)
class ArticlesIT {

    @Test
    void listIsNewestFirstWithinAnOutlet() {
        JsonPath page = get("/api/articles?outlet={o}", World.WIRE.toUpperCase());
        assertEquals(3, page.getInt("total"));
        assertEquals(List.of(World.a5, World.a3, World.a1), page.getList("items.id"));
        assertNull(page.get("next"));
        assertNull(page.get("items[0].snippet"), "no snippet without a search");
    }

    @Test
    void cursorPagingVisitsEveryArticleOnceAndEnds() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = cursor == null
                    ? get("/api/articles?outlet={o}&limit=2", World.LEDGER)
                    : get("/api/articles?outlet={o}&limit=2&cursor={c}", World.LEDGER, cursor);
            assertEquals(2, page.getInt("total"));
            seen.addAll(page.getList("items.id"));
            cursor = page.get("next");
            pages++;
        } while (cursor != null);
        assertEquals(List.of(World.a4, World.a2), seen);
        assertEquals(1, pages, "two articles fit one page of two: no empty second page");

        List<String> one = new ArrayList<>();
        JsonPath first = get("/api/articles?outlet={o}&limit=1", World.WIRE);
        one.addAll(first.getList("items.id"));
        JsonPath second = get("/api/articles?outlet={o}&limit=1&cursor={c}", World.WIRE, first.getString("next"));
        one.addAll(second.getList("items.id"));
        assertEquals(List.of(World.a5, World.a3), one);
    }

    @Test
    void fullTextSearchRanksTitleAndBodyAndHighlights() {
        JsonPath page = get("/api/articles?q={q}&outlet={o}", "cloud infrastructure", World.WIRE);
        assertEquals(1, page.getInt("total"), "only a1 of the Wire articles says both words");
        assertEquals(World.a1, page.getString("items[0].id"));
        assertTrue(
                page.getString("items[0].snippet").contains("<mark>cloud</mark>"), page.getString("items[0].snippet"));
        assertTrue(page.getFloat("items[0].rank") > 0);

        JsonPath phrase =
                get("/api/articles?q={q}&source={s}", "\"380 billion yuan\"", "ledger-1-" + World.RUN + ".txt");
        assertEquals(List.of(World.a2), phrase.getList("items.id"));
        JsonPath excluded = get("/api/articles?q={q}&outlet={o}", "cloud -yuan", World.LEDGER);
        assertEquals(List.of(World.a4), excluded.getList("items.id"));
    }

    @Test
    void searchPagesByRankWithACursor() {
        JsonPath first = get("/api/articles?q={q}&limit=1", World.RUN);
        int total = first.getInt("total");
        assertEquals(5, total, "every article names the run's companies");
        List<String> seen = new ArrayList<>(first.getList("items.id"));
        String cursor = first.getString("next");
        while (cursor != null) {
            JsonPath next = get("/api/articles?q={q}&limit=2&cursor={c}", World.RUN, cursor);
            seen.addAll(next.getList("items.id"));
            cursor = next.getString("next");
        }
        assertEquals(5, seen.size());
        assertEquals(5, seen.stream().distinct().count(), "no article twice across pages: " + seen);
    }

    @Test
    void publicationDateRangeUsesIngestTimeWhenThereIsNoDate() {
        JsonPath day = get("/api/articles?outlet={o}&from=2025-02-25&to=2025-02-25", World.LEDGER);
        assertEquals(List.of(World.a2), day.getList("items.id"));
        JsonPath recent = get("/api/articles?outlet={o}&from={f}", World.LEDGER, World.T0.toString());
        assertEquals(List.of(World.a4), recent.getList("items.id"), "a4 has no date: its ingest time counts");
    }

    @Test
    void oneArticleHasBodySourcesFactsAndEntities() {
        given().when()
                .get("/api/articles/{id}", World.a2)
                .then()
                .statusCode(200)
                .body("id", equalTo(World.a2))
                .body("outlet", equalTo(World.LEDGER))
                .body("sources", equalTo(List.of("ledger-1-" + World.RUN + ".txt")))
                .body("body", containsString("380 billion yuan"))
                .body("facts.type", equalTo(List.of("INVESTMENT", "ROLE")))
                .body("facts[0].evidence.source", equalTo("ledger-1-" + World.RUN + ".txt"))
                .body("entities.canonical", hasItems(World.ACME, World.JOHN))
                .body("nearDuplicateOf", equalTo(null));
        given().when()
                .get("/api/articles/{id}", World.a4)
                .then()
                .statusCode(200)
                .body("nearDuplicateOf", equalTo(World.a1));
    }

    @Test
    void badRequestsAreProblemsThatSayWhatWasWrong() {
        problem("/api/articles?limit=0", 400, "'limit' must be a whole number from 1 to 200, got '0'");
        problem("/api/articles?limit=-5", 400, "'limit' must be a whole number from 1 to 200");
        problem("/api/articles?limit=99999999999", 400, "'limit' must be a whole number from 1 to 200");
        problem("/api/articles?from=24/02/2025", 400, "'from' must be a date (2025-02-24) or an instant");
        problem("/api/articles?from=2025-03-01&to=2025-02-01", 400, "'from' must be before 'to'");
        problem("/api/articles?cursor=garbage!", 400, "'cursor' is not a 'next' value from a previous response");
        String searchCursor = get("/api/articles?q={q}&limit=1", World.RUN).getString("next");
        assertNotNull(searchCursor);
        problem("/api/articles?cursor=" + searchCursor, 400, "belongs to a list in another order (relevance)");
        problem("/api/articles/" + "0".repeat(64), 404, "no article with id '" + "0".repeat(64) + "'");
        problem("/api/no-such-endpoint", 404, "nothing at /api/no-such-endpoint");
    }

    @Test
    void sqlInParametersIsJustText() {
        JsonPath page = get("/api/articles?q={q}&outlet={o}", "'; DROP TABLE article; --", "x' OR '1'='1");
        assertEquals(0, page.getInt("total"));
        assertEquals(3, get("/api/articles?outlet={o}", World.WIRE).getInt("total"), "the table is still there");
    }
}
